import { motMetricsFromCounts, type MotMetrics } from "./mot-metrics.js";

/** The counts of MotMetrics: they add up across sequences. */
export const MOT_COUNT_KEYS = [
  "num_frames",
  "num_objects",
  "num_predictions",
  "num_matches",
  "num_switches",
  "num_false_positives",
  "num_misses",
  "num_detections",
  "num_unique_objects",
  "mostly_tracked",
  "partially_tracked",
  "mostly_lost",
  "num_fragmentations",
  "idtp",
  "idfp",
  "idfn",
] as const satisfies readonly (keyof MotMetrics)[];

/**
 * A sequence's MOT result as numbers that add up across sequences: MotMetrics' counts plus
 * the summed matched distance (MOTP's numerator). Plain JSON, so shards can be merged.
 */
export type MotCounts = Record<(typeof MOT_COUNT_KEYS)[number] | "distance_sum", number>;

/**
 * The mergeable counts of one sequence's metrics (distance_sum as combineMotMetrics takes
 * it: motp x num_detections, 0 when nothing matched).
 *   const counts = motCountsOf(computeMotMetrics(compareToGroundTruth(gt, res)));
 */
export function motCountsOf(m: MotMetrics): MotCounts {
  const counts = Object.fromEntries(MOT_COUNT_KEYS.map((k) => [k, m[k]])) as MotCounts;
  counts.distance_sum = m.num_detections > 0 ? m.motp * m.num_detections : 0;
  return counts;
}

/**
 * MotMetrics of groups taken together, group g counted weights[g] times (default: once
 * each): counts summed in group order, ratios recomputed from the sums as combineMotMetrics
 * does, so the unweighted result is `vigil eval mot`'s OVERALL row. Null groups (no MOT
 * data) add nothing.
 *   combineMotCounts(sequences.map((s) => s.mot), resampleWeights).mota
 */
export function combineMotCounts(parts: readonly (MotCounts | null)[], weights?: ArrayLike<number>): MotMetrics {
  const sums = Object.fromEntries([...MOT_COUNT_KEYS, "distance_sum"].map((k) => [k, 0])) as MotCounts;
  parts.forEach((p, g) => {
    const w = weights ? weights[g]! : 1;
    if (!p || w === 0) return;
    for (const k of [...MOT_COUNT_KEYS, "distance_sum"] as const) sums[k] += w * p[k];
  });
  const { distance_sum: distanceSum, ...c } = sums;
  return motMetricsFromCounts({ ...c, distanceSum });
}

