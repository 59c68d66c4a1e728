import { compareToGroundTruth } from "./compare-to-ground-truth.js";
import type { MotAccumulatorOptions } from "./mot-accumulator.js";
import type { MotRow } from "./mot-format.js";
import { combineMotMetrics, computeMotMetrics, type MotMetrics } from "./mot-metrics.js";

/** One sequence to evaluate: its ground truth and a tracker's results, as parsed MOT rows. */
export interface MotSequenceInput {
  name: string;
  groundTruth: readonly MotRow[];
  results: readonly MotRow[];
}

export interface MotEvaluation {
  sequences: { name: string; metrics: MotMetrics }[];
  /** All sequences together (py-motmetrics' OVERALL row); equals the only row for one sequence. */
  overall: MotMetrics;
}

/**
 * Evaluates tracker results against ground truth for each sequence and overall, with the
 * numbers py-motmetrics gives (`compare_to_groundtruth(gt, res, "iou", distth=0.5)` +
 * `compute_many(..., generate_overall=True)`). What `vigil eval mot` runs.
 *   const { sequences, overall } = evaluateMot([{ name: "TUD-Campus", groundTruth, results }]);
 */
export function evaluateMot(inputs: readonly MotSequenceInput[], options: MotAccumulatorOptions = {}): MotEvaluation {
  const sequences = inputs.map(({ name, groundTruth, results }) => ({ name, metrics: computeMotMetrics(compareToGroundTruth(groundTruth, results, options)) }));
  return { sequences, overall: combineMotMetrics(sequences.map((s) => s.metrics)) };
}
