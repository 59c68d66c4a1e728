import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { machineInfo } from "./machine-info.js";

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), "results");

export interface BenchReport {
  suite: string;
  /** Sections of the markdown report, each a heading and a table (or text). */
  markdown: string[];
  data: Record<string, unknown>;
}

/** Prints the JSON and the markdown table, and writes both under bench/results/. */
export function publishReport(report: BenchReport, { write = true } = {}): void {
  const date = new Date().toISOString();
  const json = { suite: report.suite, date, machine: machineInfo(), ...report.data };
  const md = [`# bench: ${report.suite}`, "", `${date} on ${JSON.stringify(json.machine)}`, "", ...report.markdown, ""].join("\n");
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n\n${md}\n`);
  if (!write) return;
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${report.suite}.json`), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(RESULTS_DIR, `${report.suite}.md`), md);
  process.stderr.write(`bench: wrote ${join(RESULTS_DIR, report.suite)}.{json,md}\n`);
}

export function table(headers: string[], rows: (string | number)[][]): string {
  return [`| ${headers.join(" | ")} |`, `|${headers.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}
