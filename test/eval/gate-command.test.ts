// `vigil gate` as a real child process: the table, SHIP / NO-SHIP and the exit codes; and
// the gate rules themselves in-process.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { campaignReport, evaluateCampaign, evaluateGates, parseGatesYaml, reportMetric, type MetricValue } from "../../runtime/eval/index.js";
import { codeOf } from "../error-code-of.js";
import { startVigil } from "../vigil-process.js";
import { sixSequences } from "./synthetic-campaign.js";

const mv = (value: number | null, ci95: [number, number] | null = null): MetricValue => ({ value, ci95, spread: null });

/** A report with just the figures the gates below read. */
function report(recall: number, recallCi: [number, number], mota: number, missed: number, falseStopsPerHour: number, nightRecall?: number) {
  return {
    kind: "vigil.eval.report",
    version: 1,
    detection: { recall: mv(recall, recallCi), classes: { person: { ap: mv(0.7) } } },
    mot: { mota: mv(mota) },
    hazard: { missed: mv(missed), false_stops_per_hour: mv(falseStopsPerHour) },
    tags: nightRecall === undefined ? {} : { night: { detection: { recall: mv(nightRecall) } } },
    sequences: { "cam1.2024-05-01": { mot: { mota: mv(0.9) } } },
  };
}

const GATES = `gates:
  - metric: detection.recall
    min: 0.80
  - metric: mot.mota
    max_drop: 0.02
  - metric: hazard.missed
    max: 0
  - metric: hazard.false_stops_per_hour
    max_increase: 0.5
  - metric: detection.recall
    ci_lower_min: 0.75
    name: recall-ci
`;

async function vigil(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = startVigil(args);
  const code = await p.exited;
  return { code, stdout: p.stdout(), stderr: p.stderr() };
}

describe("vigil gate (child process)", () => {
  const dir = mkdtempSync(join(tmpdir(), "vigil-gate-"));
  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const baseline = file("baseline.json", JSON.stringify(report(0.85, [0.8, 0.9], 0.7, 0, 1.0)));
  const good = file("good.json", JSON.stringify(report(0.86, [0.78, 0.92], 0.68, 0, 1.5)));
  const bad = file("bad.json", JSON.stringify(report(0.79, [0.7, 0.85], 0.65, 2, 1.4)));
  const gates = file("gates.yaml", GATES);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints every gate and SHIP, exit 0, when all pass (limits are inclusive)", async () => {
    const r = await vigil(["gate", "--baseline", baseline, "--candidate", good, "--gates", gates]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]!.split(/\s{2,}/)).toEqual(["#", "GATE", "METRIC", "BASELINE", "CANDIDATE", "DELTA", "LIMIT", "RESULT"]);
    expect(lines[1]!.split(/\s{2,}/).map((c) => c.trim())).toEqual(["1", "min", "detection.recall", "0.85", "0.86", "+0.01", ">= 0.8", "PASS"]);
    expect(lines[2]!.split(/\s{2,}/).map((c) => c.trim())).toEqual(["2", "max_drop", "mot.mota", "0.7", "0.68", "-0.02", "drop <= 0.02", "PASS"]);
    expect(lines[4]).toContain("rise <= 0.5");
    expect(lines[5]!.split(/\s{2,}/).map((c) => c.trim())).toEqual(["5", "recall-ci", "detection.recall", "0.85", "0.86 [0.78, 0.92]", "+0.01", "ci95 low >= 0.75", "PASS"]);
    expect(lines.at(-1)).toBe("SHIP: all 5 gates pass");
  });

  it("prints NO-SHIP and exits 1 (GATE_NO_SHIP) when a gate fails", async () => {
    const r = await vigil(["gate", "--baseline", baseline, "--candidate", bad, "--gates", gates]);
    expect(r.code).toBe(1);
    const results = r.stdout.trimEnd().split("\n").slice(1, 6).map((l) => l.trim().split(/\s+/).at(-1));
    expect(results).toEqual(["FAIL", "FAIL", "FAIL", "PASS", "FAIL"]);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("NO-SHIP: 4 of 5 gates fail");
    expect(r.stderr).toContain("GATE_NO_SHIP");
  });

  it("fails a gate whose metric is missing from a report, saying so", async () => {
    const extra = file("extra.yaml", `${GATES}  - metric: tags.night.detection.recall\n    min: 0.5\n  - metric: detection.classes.person.ap\n    max_drop: 0.1\n`);
    const r = await vigil(["gate", "--baseline", baseline, "--candidate", good, "--gates", extra, "--json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { ship: boolean; gates: { index: number; pass: boolean; reason: string | null }[] };
    expect(out.ship).toBe(false);
    expect(out.gates.map((g) => g.pass)).toEqual([true, true, true, true, true, false, true]);
    expect(out.gates[5]!.reason).toBe("tags.night.detection.recall is not in the candidate report");
    const table = await vigil(["gate", "--baseline", baseline, "--candidate", good, "--gates", extra]);
    expect(table.stdout).toContain("gate 6: tags.night.detection.recall is not in the candidate report");
    expect(table.stdout.trimEnd().split("\n").at(-1)).toBe("NO-SHIP: 1 of 7 gates fail");
  });

  it.each([
    ["a missing report", () => ["--candidate", join(dir, "nope.json")], "USAGE"],
    ["a report that is not JSON", () => ["--candidate", file("text.json", "recall: 0.8")], "USAGE"],
    ["a JSON file that is not a report", () => ["--candidate", file("other.json", '{"mota": 0.7}')], "USAGE"],
    ["a missing gates file", () => ["--gates", join(dir, "nope.yaml")], "CONFIG_NOT_FOUND"],
    ["a gate with two limits", () => ["--gates", file("two.yaml", "gates:\n  - metric: mot.mota\n    min: 0.5\n    max: 0.9\n")], "CONFIG_INVALID"],
    ["an unknown gate key", () => ["--gates", file("typo.yaml", "gates:\n  - metric: mot.mota\n    minimum: 0.5\n")], "CONFIG_INVALID"],
    ["an empty gates list", () => ["--gates", file("empty.yaml", "gates: []\n")], "CONFIG_INVALID"],
  ])("%s is a usage error: exit 2", async (_, override, code) => {
    const args = { "--baseline": baseline, "--candidate": good, "--gates": gates } as Record<string, string>;
    const [flag, value] = override();
    args[flag!] = value!;
    const r = await vigil(["gate", ...Object.entries(args).flat()]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(code);
    expect(r.stdout).toBe("");
  });

  it("passes a real report against itself with max_drop 0, and --help shows an example gates file", async () => {
    const real = file("real.json", JSON.stringify(campaignReport(evaluateCampaign(sixSequences()), { resamples: 50 })));
    const self = file("self.yaml", "gates:\n  - metric: mot.mota\n    max_drop: 0\n  - metric: tags.night.detection.classes.person.ap\n    max_drop: 0\n  - metric: sequences.seq-a.hazard.missed\n    max: 1\n  - metric: hazard.false_stops_per_hour\n    ci_upper_max: 1000\n");
    const r = await vigil(["gate", "--baseline", real, "--candidate", real, "--gates", self]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const help = await vigil(["gate", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: vigil gate");
    expect(help.stdout).toContain("max_drop: 0.02");
  });
});

describe("gate rules", () => {
  const base = report(0.85, [0.8, 0.9], 0.7, 0, 1.0, 0.8);

  it("looks figures up by dotted path, keys with dots included, and plain numbers too", () => {
    expect(reportMetric(base, "detection.recall")).toEqual({ value: 0.85, ci95: [0.8, 0.9] });
    expect(reportMetric(base, "sequences.cam1.2024-05-01.mot.mota")).toEqual({ value: 0.9, ci95: null });
    expect(reportMetric({ a: { b: 3 } }, "a.b")).toEqual({ value: 3, ci95: null });
    expect(reportMetric(base, "detection")).toBeUndefined();
    expect(reportMetric(base, "detection.nope")).toBeUndefined();
  });

  it("fails a null figure and a missing baseline for relative gates, never passes silently", () => {
    const gates = parseGatesYaml("gates:\n  - metric: tags.night.detection.recall\n    max_drop: 0.1\n  - metric: mot.mota\n    min: 0\n");
    const candidate = { ...base, mot: { mota: mv(null) } };
    const verdict = evaluateGates(gates, report(0.85, [0.8, 0.9], 0.7, 0, 1.0), candidate);
    expect(verdict.ship).toBe(false);
    expect(verdict.results.map((r) => r.reason)).toEqual(["tags.night.detection.recall is not in the baseline report", "mot.mota has no value in the candidate report"]);
  });

  it("rejects a gates file that is not YAML with CONFIG_INVALID", async () => {
    expect(await codeOf(Promise.resolve().then(() => parseGatesYaml("gates: [", "g.yaml")))).toBe("CONFIG_INVALID");
  });
});
