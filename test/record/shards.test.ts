import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { CampaignReport } from "../../runtime/eval/index.js";
import { importMotSequence } from "../../runtime/record/index.js";
import { describeWithFixtures, fixture, REPO_ROOT } from "../fixtures.js";
import { startVigil } from "../vigil-process.js";

const SEQUENCES = ["PETS09-S2L1", "TUD-Campus", "TUD-Stadtmitte"];
const CAMERA = join(REPO_ROOT, "pipelines", "camera.yaml");

async function vigil(args: string[]): Promise<string> {
  const p = startVigil(args);
  const code = await p.exited;
  if (code !== 0) throw new Error(`vigil ${args.join(" ")} exited ${code}:\n${p.stderr()}`);
  return p.stdout();
}

describeWithFixtures("sharded replay and evaluation (n = 3) give what one run gives", SEQUENCES.map((s) => `tracking/${s}/gt/gt.txt`), () => {
  let dir: string;
  const at = (...p: string[]) => join(dir, ...p);
  const logs = () => SEQUENCES.map((s) => at("logs", `${s}.mcap`));
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "vigil-shards-"));
    mkdirSync(at("logs"));
    // Detections and ground truth only: the replays run tracking and risk, no model.
    for (const s of SEQUENCES) await importMotSequence({ seqDir: fixture("tracking", s), out: at("logs", `${s}.mcap`), startNs: 0n });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("replays every log into the same bytes whichever shard replays it, and merged shard evaluations equal the unsharded report", async () => {
    await vigil(["replay", ...logs(), "--config", CAMERA, "--out", at("all")]);
    // Shards get the logs in another order: the split follows the names, not the argument order.
    for (let i = 0; i < 3; i++) await vigil(["replay", ...logs().reverse(), "--config", CAMERA, "--out", at("sharded"), "--shard", `${i}/3`]);
    expect(readdirSync(at("sharded")).sort()).toEqual(SEQUENCES.map((s) => `${s}.mcap`));
    for (const s of SEQUENCES) expect(readFileSync(at("sharded", `${s}.mcap`)).equals(readFileSync(at("all", `${s}.mcap`))), s).toBe(true);

    const evalArgs = (extra: string[]) => ["eval", ...SEQUENCES.map((s) => at("all", `${s}.mcap`)), ...SEQUENCES.flatMap((s) => ["--labels", at("logs", `${s}.mcap`)]), ...extra];
    await vigil(evalArgs(["--json", at("unsharded.json")]));
    for (let i = 0; i < 3; i++) await vigil(evalArgs(["--shard", `${i}/3`, "--campaign", at(`campaign-${i}.json`), "--json", at(`shard-${i}.json`)]));
    await vigil(["eval", "merge", at("campaign-0.json"), at("campaign-1.json"), at("campaign-2.json"), "--json", at("merged.json")]);
    await vigil(["eval", "merge", at("campaign-2.json"), at("campaign-0.json"), at("campaign-1.json"), "--json", at("merged-other-order.json")]);

    const unsharded = readFileSync(at("unsharded.json"), "utf8");
    expect(readFileSync(at("merged.json"), "utf8")).toBe(unsharded);
    expect(readFileSync(at("merged-other-order.json"), "utf8")).toBe(unsharded);
    const report = JSON.parse(unsharded) as CampaignReport;
    expect(Object.keys(report.sequences)).toEqual(SEQUENCES);
    // Three sequences: a real interval and spread, and each shard alone has one sequence.
    expect(report.mot!.mota.spread!.n).toBe(3);
    expect(report.mot!.mota.ci95![0]).toBeLessThanOrEqual(report.mot!.mota.value!);
    expect(report.mot!.mota.ci95![1]).toBeGreaterThanOrEqual(report.mot!.mota.value!);
    for (let i = 0; i < 3; i++) expect(Object.keys((JSON.parse(readFileSync(at(`shard-${i}.json`), "utf8")) as CampaignReport).sequences)).toEqual([SEQUENCES[i]]);
  }, 180_000);

  it("scores labelled hazards from a hazards file: the pipeline without risk rules misses them, and tags come with them", async () => {
    writeFileSync(
      at("hazards.yaml"),
      "sequences:\n  PETS09-S2L1:\n    tags: [outdoor]\n    hazards:\n      - { id: crossing, start_s: 1, end_s: 3, min_level: WARNING }\n      - { id: close-pass, start_s: 10, end_s: 12, min_level: DANGER }\n  TUD-Campus:\n    tags: [indoor]\n",
    );
    const args = ["eval", ...SEQUENCES.map((s) => at("all", `${s}.mcap`)), ...SEQUENCES.flatMap((s) => ["--labels", at("logs", `${s}.mcap`)])];
    await vigil([...args, "--hazards", at("hazards.yaml"), "--json", at("hazards.json")]);
    const report = JSON.parse(readFileSync(at("hazards.json"), "utf8")) as CampaignReport;
    // pipelines/camera.yaml has no risk rules: every assessment is CLEAR, so both hazards are missed and nothing stops.
    expect([report.hazard!.hazards.value, report.hazard!.missed.value, report.hazard!.false_stops.value]).toEqual([2, 2, 0]);
    expect(report.sequences["PETS09-S2L1"]!.hazard!.missed.value).toBe(2);
    expect(report.sequences["TUD-Stadtmitte"]!.hazard!.hazards.value).toBe(0);
    expect(Object.keys(report.tags).sort()).toEqual(["indoor", "outdoor"]);
    expect(report.tags.outdoor!.sequences).toEqual(["PETS09-S2L1"]);
    // Hours: each sequence's span (frames - 1) / frame rate, summed.
    expect(report.hazard!.hours.value!).toBeCloseTo((149 / 7 + 70 / 25 + 178 / 25) / 3600, 4);
  }, 60_000);
});
