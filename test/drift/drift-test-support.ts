// Synthetic pipeline outputs for the drift tests: DetectionSets, TrackSets, image statistics,
// a logger that keeps its JSON lines, and a seeded normal generator.
import type { Logger } from "pino";
import { createLogger } from "../../runtime/observe/index.js";
import { Registry } from "prom-client";
import { DriftConfigSchema, type DriftConfig } from "../../runtime/config/drift-config.js";
import { mulberry32 } from "../../runtime/sim/index.js";
import type { DetectionSetMessage } from "../../runtime/publish/index.js";
import type { TrackSetMessage } from "../../runtime/tracking/index.js";

export function driftConfig(overrides: Record<string, unknown> = {}): DriftConfig {
  return DriftConfigSchema.parse(overrides);
}

export function detectionSet(sensorId: string, seq: number, scores: ReadonlyArray<readonly [string, number]>): DetectionSetMessage {
  return {
    sensorId,
    seq: BigInt(seq),
    captureTimeNs: BigInt(seq) * 100_000_000n,
    publishTimeNs: BigInt(seq) * 100_000_000n,
    modelName: "synthetic",
    modelVersion: "1",
    backend: "none",
    frameWidth: 640,
    frameHeight: 480,
    detections: scores.map(([label, score], i) => ({ classId: i, label, score, box: [0, 0, 10, 10] as [number, number, number, number] })),
    timings: {},
  };
}

export function trackSet(sensorId: string, seq: number, tracks: ReadonlyArray<readonly [number, number]>): TrackSetMessage {
  return {
    sensorId,
    seq: BigInt(seq),
    captureTimeNs: BigInt(seq) * 100_000_000n,
    publishTimeNs: BigInt(seq) * 100_000_000n,
    modelName: "synthetic",
    modelVersion: "1",
    tracks: tracks.map(([trackId, hits]) => ({ trackId, classId: 0, label: "person", score: 0.9, box: [0, 0, 10, 10], velocity: [0, 0], ageNs: 0n, hits, state: "confirmed" as const })),
    timings: {},
  };
}

/** Normal(mean, sd) from a seeded uniform source (sum of 12 uniforms). */
export function normalSource(seed: number): (mean: number, sd: number) => number {
  const random = mulberry32(seed);
  return (mean, sd) => {
    let s = 0;
    for (let i = 0; i < 12; i++) s += random();
    return mean + sd * (s - 6);
  };
}

/** The process logger (component and sensor on every line) whose lines land in `lines`, parsed. */
export function capturingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger("test", "debug", "test", { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });
  return { logger, lines };
}

/** The value of one series of a metric on a registry (undefined when the series does not exist). */
export async function metricValue(registry: Registry, name: string, labels: Record<string, string> = {}): Promise<number | undefined> {
  const metric = registry.getSingleMetric(name);
  if (metric === undefined) return undefined;
  const { values } = await metric.get();
  const hit = values.find((v) => Object.entries(labels).every(([k, want]) => String(v.labels[k]) === want) && Object.keys(v.labels).length === Object.keys(labels).length);
  return hit?.value;
}

/** Series of a metric on a registry. */
export async function seriesCount(registry: Registry, name: string): Promise<number> {
  const metric = registry.getSingleMetric(name);
  return metric === undefined ? 0 : (await metric.get()).values.length;
}

/**
 * One sensor's synthetic track stream: a new track starts every frame and lives `lifetime(i)`
 * frames (hits grow by one per frame). update() returns the tracks to report for the frame.
 */
export class TrackStream {
  #next = 1;
  #live: Array<{ id: number; hits: number; left: number }> = [];

  update(lifetime: () => number): Array<readonly [number, number]> {
    for (const t of this.#live) {
      t.hits++;
      t.left--;
    }
    this.#live = this.#live.filter((t) => t.left > 0);
    this.#live.push({ id: this.#next++, hits: 1, left: lifetime() });
    return this.#live.map((t) => [t.id, t.hits] as const);
  }
}
