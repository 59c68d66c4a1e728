import { Counter, Gauge } from "prom-client";
import type { CountersSnapshot } from "../observe/index.js";
import { METRIC_NAMES, type MetricsTarget } from "./metric-names.js";

/** The label of rejects no sensor can be named for (malformed, oversize). */
export const UNATTRIBUTED_SENSOR = "";

type Outcome = "received" | "processed" | "dropped" | "stale" | "failed" | "rejected";

const FAMILIES: readonly { outcome: Outcome; name: string; help: string }[] = [
  { outcome: "received", name: METRIC_NAMES.framesReceived, help: "Frames and object lists received per sensor (valid, or rejected after the sensor was known)" },
  { outcome: "processed", name: METRIC_NAMES.framesProcessed, help: "Frames that came out of detection (or object lists turned into detections)" },
  { outcome: "dropped", name: METRIC_NAMES.framesDropped, help: "Frames replaced by a newer one while waiting (latest-wins)" },
  { outcome: "stale", name: METRIC_NAMES.framesStale, help: "Frames older than their sensor's max_frame_age_ms before or after a stage" },
  { outcome: "failed", name: METRIC_NAMES.framesFailed, help: "Frames the model could not run on (inference error or timeout)" },
  { outcome: "rejected", name: METRIC_NAMES.framesRejected, help: 'Rejected messages per sensor; sensor="" for those no sensor can be named for' },
];

/**
 * The frame counter families, read from the pipeline's PipelineCounters at scrape time (never
 * counted twice, so they cannot drift from it): per sensor received, processed, dropped, stale,
 * failed, rejected and pending, and rejects per reason code. Sensors are already bounded by
 * PipelineCounters (MAX_SENSORS, then "(other)").
 *   const frames = new FrameCounterMetrics(target); frames.source = () => pipeline.counters.snapshot();
 */
export class FrameCounterMetrics {
  /** Where the counts come from; no series until set. */
  source: (() => CountersSnapshot) | undefined;
  // One snapshot per scrape: every family's collect() runs in the same synchronous pass of
  // Registry.metrics(), so they all see the same counts (received = outcomes + pending holds).
  #cached: CountersSnapshot | undefined;

  constructor(target: MetricsTarget) {
    const { registry, prefix } = target;
    for (const f of FAMILIES) {
      const counter: Counter<"sensor"> = new Counter({
        name: prefix + f.name,
        help: f.help,
        labelNames: ["sensor"],
        registers: [registry],
        collect: () => {
          counter.reset();
          const s = this.#snapshot();
          if (s === undefined) return;
          for (const [sensor, c] of Object.entries(s.sensors)) counter.inc({ sensor }, c[f.outcome]);
          if (f.outcome === "rejected" && s.rejectedUnattributed > 0) counter.inc({ sensor: UNATTRIBUTED_SENSOR }, s.rejectedUnattributed);
        },
      });
    }
    const byReason: Counter<"reason"> = new Counter({
      name: prefix + METRIC_NAMES.framesRejectedByReason,
      help: "Rejected messages per reject code (FRAME_MALFORMED, FRAME_TOO_LARGE, ...), all sensors and unattributed ones together",
      labelNames: ["reason"],
      registers: [registry],
      collect: () => {
        byReason.reset();
        const s = this.#snapshot();
        if (s === undefined) return;
        for (const [reason, n] of Object.entries(s.rejectedByReason)) byReason.inc({ reason }, n);
      },
    });
    const pending: Gauge<"sensor"> = new Gauge({
      name: prefix + METRIC_NAMES.framesPending,
      help: "Frames received and not yet accounted for (waiting or in flight) per sensor",
      labelNames: ["sensor"],
      registers: [registry],
      collect: () => {
        pending.reset();
        const s = this.#snapshot();
        if (s === undefined) return;
        for (const [sensor, c] of Object.entries(s.sensors)) pending.set({ sensor }, c.pending);
      },
    });
  }

  #snapshot(): CountersSnapshot | undefined {
    if (this.#cached !== undefined) return this.#cached;
    const s = this.source?.();
    if (s === undefined) return undefined;
    this.#cached = s;
    queueMicrotask(() => {
      this.#cached = undefined;
    });
    return s;
  }
}
