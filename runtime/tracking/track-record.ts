import type { Box, Detection } from "../perception/index.js";
import { KALMAN_STATE_SIZE, type KalmanBoxFilter } from "./kalman-box-filter.js";
import type { TrackMessage } from "./track-message.js";
import type { TrackState } from "./track-state.js";

/**
 * The tracker's working record of one track: filter state, lifecycle, class votes.
 * Internal to ByteTracker (tests may reach in).
 *   const t = new TrackRecord(7, detection, nowNs, kf, 4); t.match(next, laterNs, kf);
 */
export class TrackRecord {
  readonly id: number;
  readonly kalman = new Float64Array(KALMAN_STATE_SIZE);
  /** The predicted box on this update, before any match: what association compares with. */
  readonly predicted = new Float64Array(4);
  state: TrackState = "tentative";
  hits = 1;
  score: number;
  readonly startNs: bigint;
  lastMatchNs: bigint;
  readonly #votes = new Map<number, { count: number; label: string }>();
  readonly #maxVotes: number;
  #classId: number;
  #label: string;

  constructor(id: number, detection: Detection, nowNs: bigint, kf: KalmanBoxFilter, maxVotes: number) {
    this.id = id;
    this.score = detection.score;
    this.startNs = nowNs;
    this.lastMatchNs = nowNs;
    this.#maxVotes = maxVotes;
    this.#classId = detection.classId;
    this.#label = detection.label;
    this.#vote(detection);
    kf.initiate(this.kalman, detection.box);
    kf.box(this.kalman, this.predicted);
  }

  get classId(): number {
    return this.#classId;
  }

  /** Moves the filter to this update's time and records the predicted box. */
  predict(kf: KalmanBoxFilter, dt: number): void {
    if (this.state === "lost") kf.freezeHeight(this.kalman);
    kf.predict(this.kalman, dt);
    kf.box(this.kalman, this.predicted);
  }

  /** A detection matched this track on this update. */
  match(detection: Detection, nowNs: bigint, kf: KalmanBoxFilter): void {
    kf.update(this.kalman, detection.box);
    this.hits++;
    this.score = detection.score;
    this.lastMatchNs = nowNs;
    this.#vote(detection);
  }

  toMessage(kf: KalmanBoxFilter, nowNs: bigint): TrackMessage {
    const box: Box = [0, 0, 0, 0];
    kf.box(this.kalman, box);
    return {
      trackId: this.id,
      classId: this.#classId,
      label: this.#label,
      score: this.score,
      box,
      velocity: kf.velocity(this.kalman),
      ageNs: nowNs - this.startNs,
      hits: this.hits,
      state: this.state,
    };
  }

  #vote(detection: Detection): void {
    let v = this.#votes.get(detection.classId);
    if (!v) {
      if (this.#votes.size >= this.#maxVotes) return; // bounded: a further class is not counted
      this.#votes.set(detection.classId, (v = { count: 0, label: detection.label }));
    }
    v.count++;
    v.label = detection.label;
    const lead = this.#votes.get(this.#classId);
    if (detection.classId === this.#classId || !lead || v.count >= lead.count) {
      this.#classId = detection.classId;
      this.#label = v.label;
    }
  }
}
