import type { GateLimitKind, GateResult, GateVerdict } from "./gates.js";

const LIMIT_TEXT: Record<GateLimitKind, string> = {
  min: ">=",
  max: "<=",
  max_drop: "drop <=",
  max_increase: "rise <=",
  ci_lower_min: "ci95 low >=",
  ci_upper_max: "ci95 high <=",
};

/** A figure with up to 6 significant digits; "-" for none. */
const num = (v: number | null): string => (v === null ? "-" : String(Number(v.toPrecision(6))));
const signed = (v: number | null): string => (v === null ? "-" : v > 0 ? `+${num(v)}` : num(v));

function candidateText(r: GateResult): string {
  const ci = r.kind === "ci_lower_min" || r.kind === "ci_upper_max" ? r.candidateCi95 : null;
  return ci ? `${num(r.candidate)} [${num(ci[0])}, ${num(ci[1])}]` : num(r.candidate);
}

/**
 * The verdict as a text table, one row per gate, then why any unjudgeable gate failed and a
 * last line SHIP or NO-SHIP: what `vigil gate` prints.
 *   process.stdout.write(formatGateTable(evaluateGates(gates, baseline, candidate)));
 */
export function formatGateTable(verdict: GateVerdict): string {
  const header = ["#", "GATE", "METRIC", "BASELINE", "CANDIDATE", "DELTA", "LIMIT", "RESULT"];
  const rows = verdict.results.map((r) => [String(r.index), r.name, r.metric, num(r.baseline), candidateText(r), signed(r.delta), `${LIMIT_TEXT[r.kind]} ${num(r.limit)}`, r.pass ? "PASS" : "FAIL"]);
  const table = [header, ...rows];
  const widths = header.map((_, k) => Math.max(...table.map((cells) => cells[k]!.length)));
  const numeric = new Set([0, 3, 4, 5]);
  const lines = table.map((cells) =>
    cells
      .map((cell, k) => (numeric.has(k) ? cell.padStart(widths[k]!) : cell.padEnd(widths[k]!)))
      .join("  ")
      .trimEnd(),
  );
  for (const r of verdict.results) if (r.reason !== null) lines.push(`gate ${r.index}: ${r.reason}`);
  const failed = verdict.results.filter((r) => !r.pass).length;
  lines.push(verdict.ship ? `SHIP: all ${verdict.results.length} gates pass` : `NO-SHIP: ${failed} of ${verdict.results.length} gates fail`);
  return lines.join("\n") + "\n";
}
