import type { MotEvaluation } from "./evaluate-mot.js";
import type { MotMetrics } from "./mot-metrics.js";

/** The metrics `vigil eval mot --json` prints per sequence, under py-motmetrics' names. */
export const MOT_JSON_METRICS = [
  "mota",
  "motp",
  "idf1",
  "idp",
  "idr",
  "recall",
  "precision",
  "num_false_positives",
  "num_misses",
  "num_switches",
  "num_fragmentations",
  "mostly_tracked",
  "partially_tracked",
  "mostly_lost",
  "num_unique_objects",
  "num_frames",
  "num_objects",
  "num_predictions",
  "num_matches",
] as const satisfies readonly (keyof MotMetrics)[];

export type MotJsonRow = Record<(typeof MOT_JSON_METRICS)[number], number | null>;

/**
 * An evaluation as a plain object keyed by sequence name, plus "OVERALL" when there is more
 * than one sequence; a ratio that is undefined (NaN, e.g. no ground truth) becomes null.
 *   process.stdout.write(JSON.stringify(motEvaluationToJson(evaluateMot(sequences)), null, 2));
 */
export function motEvaluationToJson(evaluation: MotEvaluation): Record<string, MotJsonRow> {
  const out: Record<string, MotJsonRow> = {};
  for (const s of evaluation.sequences) out[s.name] = pick(s.metrics);
  if (evaluation.sequences.length > 1) out.OVERALL = pick(evaluation.overall);
  return out;
}

function pick(m: MotMetrics): MotJsonRow {
  return Object.fromEntries(MOT_JSON_METRICS.map((k) => [k, Number.isFinite(m[k]) ? m[k] : null])) as MotJsonRow;
}
