import type { MotEvaluation } from "./evaluate-mot.js";
import type { MotMetrics } from "./mot-metrics.js";

type Column = { title: string; value: (m: MotMetrics) => string };

const percent = (v: number): string => (Number.isNaN(v) ? "-" : `${(v * 100).toFixed(1)}%`);
const count = (v: number): string => String(v);

/** The MOTChallenge columns, titled as py-motmetrics' `motchallenge_metric_names`. */
const COLUMNS: readonly Column[] = [
  { title: "IDF1", value: (m) => percent(m.idf1) },
  { title: "IDP", value: (m) => percent(m.idp) },
  { title: "IDR", value: (m) => percent(m.idr) },
  { title: "Rcll", value: (m) => percent(m.recall) },
  { title: "Prcn", value: (m) => percent(m.precision) },
  { title: "GT", value: (m) => count(m.num_unique_objects) },
  { title: "MT", value: (m) => count(m.mostly_tracked) },
  { title: "PT", value: (m) => count(m.partially_tracked) },
  { title: "ML", value: (m) => count(m.mostly_lost) },
  { title: "FP", value: (m) => count(m.num_false_positives) },
  { title: "FN", value: (m) => count(m.num_misses) },
  { title: "IDs", value: (m) => count(m.num_switches) },
  { title: "FM", value: (m) => count(m.num_fragmentations) },
  { title: "MOTA", value: (m) => percent(m.mota) },
  { title: "MOTP", value: (m) => (Number.isNaN(m.motp) ? "-" : m.motp.toFixed(3)) },
];

/**
 * Renders an evaluation as a text table: one row per sequence, plus OVERALL when there is
 * more than one. MOTP is the mean 1 - IoU (lower is better), as py-motmetrics prints it.
 *   process.stdout.write(formatMotSummaryTable(evaluateMot(sequences)));
 */
export function formatMotSummaryTable(evaluation: MotEvaluation): string {
  const rows: [string, MotMetrics][] = evaluation.sequences.map((s) => [s.name, s.metrics]);
  if (rows.length > 1) rows.push(["OVERALL", evaluation.overall]);
  const table = [["", ...COLUMNS.map((c) => c.title)], ...rows.map(([name, m]) => [name, ...COLUMNS.map((c) => c.value(m))])];
  const widths = table[0]!.map((_, k) => Math.max(...table.map((cells) => cells[k]!.length)));
  return table.map((cells) => cells.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]!) : cell.padStart(widths[k]!))).join("  ")).join("\n") + "\n";
}
