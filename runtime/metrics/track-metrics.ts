import { Counter, Gauge } from "prom-client";
import { PipelineCounters } from "../observe/index.js";
import type { TrackSetMessage } from "../tracking/index.js";
import { LabelBound } from "./label-bound.js";
import { METRIC_NAMES, type MetricsTarget } from "./metric-names.js";

/**
 * Tracks per sensor from each TrackSet: how many are confirmed now, and how many have been
 * confirmed since start (a track counts once, when it is first confirmed; coasting as lost and
 * being confirmed again does not count again). Sensors are bounded like PipelineCounters'.
 *   const tracks = new TrackMetrics(target); tracks.onTracks(trackSet);
 */
export class TrackMetrics {
  readonly sensors = new LabelBound(METRIC_NAMES.tracksActive, PipelineCounters.MAX_SENSORS);
  readonly #active: Gauge<"sensor">;
  readonly #started: Counter<"sensor">;
  /** Per sensor label, the ids of the tracks in its last TrackSet that have been confirmed (at most the tracker's max_tracks). */
  readonly #confirmed = new Map<string, Set<number>>();

  constructor(target: MetricsTarget) {
    const { registry, prefix } = target;
    this.#active = new Gauge({
      name: prefix + METRIC_NAMES.tracksActive,
      help: "Confirmed tracks in the sensor's newest TrackSet",
      labelNames: ["sensor"],
      registers: [registry],
    });
    this.#started = new Counter({
      name: prefix + METRIC_NAMES.tracksStarted,
      help: "Tracks confirmed for the first time, per sensor",
      labelNames: ["sensor"],
      registers: [registry],
    });
  }

  onTracks(m: TrackSetMessage): void {
    const sensor = this.sensors.label(m.sensorId);
    const before = this.#confirmed.get(sensor) ?? new Set<number>();
    const now = new Set<number>();
    let active = 0;
    let started = 0;
    for (const t of m.tracks) {
      if (t.state === "confirmed") {
        active++;
        if (!before.has(t.trackId)) started++;
        now.add(t.trackId);
      } else if (before.has(t.trackId) && t.state !== "removed") {
        now.add(t.trackId); // lost, still remembered as once confirmed
      }
    }
    this.#confirmed.set(sensor, now);
    this.#active.set({ sensor }, active);
    this.#started.inc({ sensor }, started);
  }
}
