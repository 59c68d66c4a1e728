import { FRAME_REJECT_CODES, type FrameRejectCode } from "../errors/index.js";

/** What happened to frames from one sensor. Every received frame ends in exactly one of
 * processed, dropped (replaced while waiting), stale (too old), rejected (bad input) or
 * failed (the model could not run on it). */
export interface SensorCounts {
  received: number;
  processed: number;
  dropped: number;
  stale: number;
  rejected: number;
  failed: number;
  /** Frames waiting or in flight right now (received minus the outcomes). */
  readonly pending: number;
}

export interface CountersSnapshot {
  sensors: Record<string, Omit<SensorCounts, "pending"> & { pending: number }>;
  rejectedByReason: Record<FrameRejectCode, number>;
  /** Rejects that could not be tied to a sensor (malformed, oversize). */
  rejectedUnattributed: number;
}

/** Told of every count as it happens (health monitors judge rates over time windows from it). */
export interface CounterListener {
  /** A valid message from the sensor arrived. */
  received(sensorId: string): void;
  /** A message was rejected; afterReceive: it had already been counted as received (e.g. undecodable at preprocessing). */
  rejected(code: FrameRejectCode, sensorId: string | undefined, afterReceive: boolean): void;
  outcome(sensorId: string, outcome: "processed" | "dropped" | "stale" | "failed"): void;
}

/**
 * The pipeline's frame counters, per sensor and per reject reason.
 * Bounded: at most MAX_SENSORS sensor entries; beyond that, counts go to "(other)".
 *   counters.received("cam0"); counters.outcome("cam0", "processed");
 */
export class PipelineCounters {
  static readonly MAX_SENSORS = 64;
  static readonly OTHER = "(other)";
  readonly #sensors = new Map<string, Omit<SensorCounts, "pending">>();
  readonly #byReason = Object.fromEntries(FRAME_REJECT_CODES.map((c) => [c, 0])) as Record<FrameRejectCode, number>;
  #unattributed = 0;
  readonly #listener: CounterListener | undefined;

  constructor(listener?: CounterListener) {
    this.#listener = listener;
  }

  #entry(sensorId: string): Omit<SensorCounts, "pending"> {
    let e = this.#sensors.get(sensorId);
    if (e) return e;
    const key = this.#sensors.size < PipelineCounters.MAX_SENSORS ? sensorId : PipelineCounters.OTHER;
    e = this.#sensors.get(key) ?? { received: 0, processed: 0, dropped: 0, stale: 0, rejected: 0, failed: 0 };
    this.#sensors.set(key, e);
    return e;
  }

  received(sensorId: string): void {
    this.#entry(sensorId).received++;
    this.#listener?.received(sensorId);
  }

  outcome(sensorId: string, outcome: "processed" | "dropped" | "stale" | "failed"): void {
    this.#entry(sensorId)[outcome]++;
    this.#listener?.outcome(sensorId, outcome);
  }

  /** A rejected frame. With a sensor id it also counts as received for that sensor. */
  rejected(code: FrameRejectCode, sensorId?: string): void {
    this.#byReason[code]++;
    this.#listener?.rejected(code, sensorId, false);
    if (sensorId === undefined) {
      this.#unattributed++;
      return;
    }
    const e = this.#entry(sensorId);
    e.received++;
    e.rejected++;
  }

  /** Reject a frame that was already counted as received (e.g. undecodable at preprocessing). */
  rejectedAfterReceive(code: FrameRejectCode, sensorId: string): void {
    this.#byReason[code]++;
    this.#listener?.rejected(code, sensorId, true);
    this.#entry(sensorId).rejected++;
  }

  sensor(sensorId: string): SensorCounts {
    const e = this.#sensors.get(sensorId) ?? { received: 0, processed: 0, dropped: 0, stale: 0, rejected: 0, failed: 0 };
    return { ...e, pending: e.received - e.processed - e.dropped - e.stale - e.rejected - e.failed };
  }

  snapshot(): CountersSnapshot {
    const sensors: CountersSnapshot["sensors"] = {};
    for (const id of this.#sensors.keys()) sensors[id] = this.sensor(id);
    return { sensors, rejectedByReason: { ...this.#byReason }, rejectedUnattributed: this.#unattributed };
  }
}
