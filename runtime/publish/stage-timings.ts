import { bigintToLong, longToBigint, type Long, type vigil } from "../../proto/index.js";

/**
 * Per-stage timings (stage name → nanoseconds) as the repeated vigil.v1.StageTiming field
 * of DetectionSet and TrackSet, and back.
 *   timings: encodeStageTimings(m.timings) ... decodeStageTimings(d.timings)
 */
export function encodeStageTimings(timings: Record<string, bigint>): vigil.v1.IStageTiming[] {
  return Object.entries(timings).map(([stage, ns]) => ({ stage, durationNs: bigintToLong(ns) }));
}

export function decodeStageTimings(timings: readonly { stage?: string | null; durationNs?: Long | number | null }[]): Record<string, bigint> {
  return Object.fromEntries(timings.map((t) => [t.stage ?? "", longToBigint(t.durationNs)]));
}
