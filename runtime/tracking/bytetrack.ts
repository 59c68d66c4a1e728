import { VigilError } from "../errors/index.js";
import type { Detection } from "../perception/index.js";
import { gatedAssignment } from "./gated-assignment.js";
import { iouCostMatrix } from "./iou-cost-matrix.js";
import { KalmanBoxFilter } from "./kalman-box-filter.js";
import { TrackRecord } from "./track-record.js";
import type { TrackMessage } from "./track-message.js";
import type { TrackerConfig } from "./tracker-config.js";

/** What a tracker refused or dropped since it was made (bounded buffers, counted). */
export interface TrackerCounters {
  /** Detections that would have started a track while max_tracks were held. */
  tracksRefused: number;
  /** Detections beyond max_detections on one update (the lowest-scoring). */
  detectionsDropped: number;
  /** Tracks removed (tentative ones that missed, lost ones that timed out). */
  tracksRemoved: number;
}

interface AssociationBuffers {
  trackBoxes: Float64Array;
  trackClasses: Int32Array;
  detBoxes: Float64Array;
  detClasses: Int32Array;
  detOrder: Int32Array;
  matrix: Float64Array;
}

/**
 * ByteTrack for one sensor: high-score detections match confirmed and lost tracks, low-score
 * ones keep still-tracked tracks alive, tentative tracks confirm after min_hits, lost ones
 * expire after max_lost_ms. Time comes from the caller (frame capture time, bigint ns).
 *   const tracker = new ByteTracker(TrackerConfigSchema.parse({}));
 *   const tracks = tracker.update(detectionSet.detections, detectionSet.captureTimeNs);
 */
export class ByteTracker {
  readonly #config: TrackerConfig;
  readonly #kf: KalmanBoxFilter;
  readonly #maxLostNs: bigint;
  #tracks: TrackRecord[] = [];
  #nextId = 1;
  #lastNs: bigint | undefined;
  // Association buffers, grown on demand (bounded by max_tracks and max_detections) and reused.
  #buffers: AssociationBuffers = { trackBoxes: new Float64Array(0), trackClasses: new Int32Array(0), detBoxes: new Float64Array(0), detClasses: new Int32Array(0), detOrder: new Int32Array(0), matrix: new Float64Array(0) };
  readonly counters: TrackerCounters = { tracksRefused: 0, detectionsDropped: 0, tracksRemoved: 0 };

  constructor(config: TrackerConfig) {
    this.#config = config;
    this.#kf = new KalmanBoxFilter(config.kalman);
    this.#maxLostNs = BigInt(Math.round(config.max_lost_ms * 1e6));
  }

  /** Tracks held now, in all states but removed. */
  get trackCount(): number {
    return this.#tracks.length;
  }

  /**
   * One frame's detections at time nowNs (not before the previous update's; equal is allowed).
   * Returns every live track, ordered by id: confirmed ones were matched on this update.
   */
  update(detections: readonly Detection[], nowNs: bigint): TrackMessage[] {
    const c = this.#config;
    if (this.#lastNs !== undefined && nowNs < this.#lastNs) {
      throw new VigilError("TRACK_TIME_REVERSED", `tracker update at ${nowNs} ns is before the previous one at ${this.#lastNs} ns`);
    }
    const firstUpdate = this.#lastNs === undefined;
    const dt = firstUpdate ? 0 : Number(nowNs - (this.#lastNs as bigint)) / 1e9;
    this.#lastNs = nowNs;

    for (const t of this.#tracks) t.predict(this.#kf, dt);

    const { high, low } = this.#split(detections);

    // Stage 1: high detections vs confirmed and lost tracks.
    const pool = this.#tracks.filter((t) => t.state === "confirmed" || t.state === "lost");
    const matched = new Set<TrackRecord>();
    const highLeft = this.#associate(pool, high, c.match_iou, matched, nowNs);

    // Stage 2: low detections vs tracks that were tracked on the previous update and are still unmatched.
    const stillTracked = pool.filter((t) => t.state === "confirmed" && !matched.has(t));
    this.#associate(stillTracked, low, c.low_match_iou, matched, nowNs);
    for (const t of pool) {
      if (matched.has(t)) t.state = "confirmed";
      else if (t.state === "confirmed") t.state = "lost";
    }

    // Stage 3: tentative tracks vs the high detections left; a tentative track that misses is dropped.
    const tentative = this.#tracks.filter((t) => t.state === "tentative");
    const newLeft = this.#associate(tentative, highLeft, c.tentative_match_iou, matched, nowNs);
    for (const t of tentative) {
      if (!matched.has(t)) t.state = "removed";
      else if (t.hits >= c.min_hits) t.state = "confirmed";
    }

    // Lost tracks past their time are removed.
    for (const t of this.#tracks) {
      if (t.state === "lost" && nowNs - t.lastMatchNs > this.#maxLostNs) t.state = "removed";
    }
    const before = this.#tracks.length;
    this.#tracks = this.#tracks.filter((t) => t.state !== "removed");
    this.counters.tracksRemoved += before - this.#tracks.length;

    // New tracks from the high detections nothing took.
    for (const d of newLeft) {
      if (d.score < c.new_track_score) continue;
      if (this.#tracks.length >= c.max_tracks) {
        this.counters.tracksRefused++;
        continue;
      }
      const t = new TrackRecord(this.#nextId++, d, nowNs, this.#kf, c.max_class_votes);
      if (c.min_hits <= 1 || (firstUpdate && c.confirm_on_first_update)) t.state = "confirmed";
      this.#tracks.push(t);
    }

    return this.#tracks.map((t) => t.toMessage(this.#kf, nowNs));
  }

  /** The association buffers, grown (doubling) to hold rows x cols. */
  #scratch(rows: number, cols: number): AssociationBuffers {
    const b = this.#buffers;
    if (b.trackClasses.length < rows) {
      const n = Math.max(rows, 2 * b.trackClasses.length);
      b.trackBoxes = new Float64Array(4 * n);
      b.trackClasses = new Int32Array(n);
    }
    if (b.detClasses.length < cols) {
      const n = Math.max(cols, 2 * b.detClasses.length);
      b.detBoxes = new Float64Array(4 * n);
      b.detClasses = new Int32Array(n);
      b.detOrder = new Int32Array(n);
    }
    if (b.matrix.length < rows * cols) b.matrix = new Float64Array(Math.max(rows * cols, 2 * b.matrix.length));
    return b;
  }

  /** Detections at or above low_score, split at high_score, at most max_detections (best first). */
  #split(detections: readonly Detection[]): { high: Detection[]; low: Detection[] } {
    const c = this.#config;
    let kept = detections.filter((d) => d.score >= c.low_score);
    if (kept.length > c.max_detections) {
      kept = kept.sort((a, b) => b.score - a.score).slice(0, c.max_detections);
      this.counters.detectionsDropped += detections.length - kept.length;
    }
    const high: Detection[] = [];
    const low: Detection[] = [];
    for (const d of kept) (d.score >= c.high_score ? high : low).push(d);
    return { high, low };
  }

  /**
   * Matches tracks to detections by 1 - IoU of the predicted box, pairs under minIou
   * forbidden (and across classes when class_aware). Updates matched tracks, adds them to
   * `matched`, and returns the detections left over.
   */
  #associate(tracks: readonly TrackRecord[], detections: readonly Detection[], minIou: number, matched: Set<TrackRecord>, nowNs: bigint): Detection[] {
    if (tracks.length === 0 || detections.length === 0) return detections.slice();
    const rows = tracks.length;
    const cols = detections.length;
    const cost = this.#scratch(rows, cols);
    for (let i = 0; i < rows; i++) {
      const t = tracks[i]!;
      cost.trackBoxes.set(t.predicted, 4 * i);
      cost.trackClasses[i] = t.classId;
    }
    for (let j = 0; j < cols; j++) {
      const d = detections[j]!;
      cost.detBoxes[4 * j] = d.box[0];
      cost.detBoxes[4 * j + 1] = d.box[1];
      cost.detBoxes[4 * j + 2] = d.box[2];
      cost.detBoxes[4 * j + 3] = d.box[3];
      cost.detClasses[j] = d.classId;
    }
    const classes = this.#config.class_aware ? { a: cost.trackClasses, b: cost.detClasses } : undefined;
    iouCostMatrix(cost.trackBoxes, rows, cost.detBoxes, cols, minIou, cost.matrix, cost.detOrder, classes);
    const rowToCol = gatedAssignment(cost.matrix, rows, cols);
    const taken = new Uint8Array(cols);
    for (let i = 0; i < rows; i++) {
      const j = rowToCol[i]!;
      if (j < 0) continue;
      taken[j] = 1;
      const t = tracks[i]!;
      t.match(detections[j]!, nowNs, this.#kf);
      matched.add(t);
    }
    return detections.filter((_, j) => !taken[j]);
  }
}
