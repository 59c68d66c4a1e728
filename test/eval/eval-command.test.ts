// `vigil eval mot` run in-process (the command is not registered in main.ts yet, so the
// bin/vigil.js child-process route is left to the CLI suite once it is).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { evalCommand } from "../../runtime/cli/eval-command.js";
import { codeOf } from "../error-code-of.js";
import { describeWithFixtures, fixture } from "../fixtures.js";

/** Runs `vigil eval <args>` and returns what it wrote to stdout. */
async function evalMot(args: string[]): Promise<string> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    const cmd = evalCommand();
    // As main.ts does: commander errors throw instead of exiting the test process.
    const override = (c: Command): void => {
      c.exitOverride();
      c.configureOutput({ writeErr: () => undefined });
      c.commands.forEach(override);
    };
    override(cmd);
    await cmd.parseAsync(["mot", ...args], { from: "user" });
  } finally {
    spy.mockRestore();
  }
  return chunks.join("");
}

afterEach(() => vi.restoreAllMocks());

describe("vigil eval mot: arguments and files", () => {
  const dir = mkdtempSync(join(tmpdir(), "vigil-eval-"));
  const seqGt = join(dir, "Seq-A", "gt", "gt.txt");
  const res = join(dir, "res.txt");
  const bad = join(dir, "bad.txt");
  beforeAll(() => {
    mkdirSync(join(dir, "Seq-A", "gt"), { recursive: true });
    writeFileSync(seqGt, "1,1,10,10,10,10,1,-1,-1,-1\n2,1,10,10,10,10,1,-1,-1,-1\n");
    writeFileSync(res, "1,5,10,10,10,10,-1,-1,-1,-1\n");
    writeFileSync(bad, "1,5,10,10,ten,10,-1,-1,-1,-1\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the sequence after the folder above gt/ and prints JSON with py-motmetrics names", async () => {
    const out = JSON.parse(await evalMot(["--gt", seqGt, "--res", res, "--json"])) as Record<string, Record<string, number>>;
    expect(Object.keys(out)).toEqual(["Seq-A"]);
    expect(out["Seq-A"]).toMatchObject({ num_matches: 1, num_misses: 1, num_false_positives: 0, num_switches: 0, mota: 0.5, recall: 0.5, precision: 1, motp: 0, num_frames: 2 });
  });

  it("prints a table, with OVERALL for several sequences and --name taken in order", async () => {
    const out = await evalMot(["--gt", seqGt, "--res", res, "--gt", seqGt, "--res", seqGt, "--name", "first", "--name", "second"]);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]!.split(/\s+/).filter(Boolean)).toEqual(["IDF1", "IDP", "IDR", "Rcll", "Prcn", "GT", "MT", "PT", "ML", "FP", "FN", "IDs", "FM", "MOTA", "MOTP"]);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(["first", "second", "OVERALL"]);
    expect(lines[2]).toContain("100.0%");
  });

  it.each([
    [["--gt", "x"], "USAGE"],
    [["--gt", "a", "--res", "b", "--gt", "c"], "USAGE"],
    [["--gt", "a", "--res", "b", "--name", "x", "--name", "y"], "USAGE"],
  ])("%j is a usage error", async (args, code) => {
    expect(await codeOf(evalMot(args))).toBe(code);
  });

  it("names the missing file in a usage error", async () => {
    const missing = join(dir, "nope.txt");
    await expect(evalMot(["--gt", seqGt, "--res", missing])).rejects.toMatchObject({ code: "USAGE", message: expect.stringContaining(missing) });
  });

  it("rejects the same sequence name twice", async () => {
    await expect(evalMot(["--gt", seqGt, "--res", res, "--gt", seqGt, "--res", res])).rejects.toMatchObject({ code: "USAGE", message: expect.stringContaining("Seq-A") });
  });

  it("reports a malformed line as MOT_FILE_INVALID with the path and line", async () => {
    await expect(evalMot(["--gt", seqGt, "--res", bad])).rejects.toMatchObject({ code: "MOT_FILE_INVALID", message: expect.stringContaining(`${bad}:1`) });
  });

  it("--help shows an example", async () => {
    const help = evalCommand().commands.find((c) => c.name() === "mot")!.helpInformation();
    expect(help).toContain("--gt <path>");
    let text = "";
    const cmd = evalCommand();
    cmd.commands.forEach((c) => c.exitOverride().configureOutput({ writeOut: (s) => (text += s) }));
    await expect(cmd.parseAsync(["mot", "--help"], { from: "user" })).rejects.toMatchObject({ code: "commander.helpDisplayed" });
    expect(text).toContain("Example:");
    expect(text).toContain("vigil eval mot --gt");
  });
});

describeWithFixtures("vigil eval mot on the py-motmetrics fixtures", ["tracking/TUD-Campus/gt/gt.txt", "tracking/TUD-Campus/pymotmetrics_test.txt", "tracking/TUD-Stadtmitte/gt/gt.txt", "tracking/TUD-Stadtmitte/pymotmetrics_test.txt"], () => {
  it("--json keys rows by sequence folder and OVERALL, with the reference values", async () => {
    const args = ["TUD-Campus", "TUD-Stadtmitte"].flatMap((s) => ["--gt", fixture("tracking", s, "gt", "gt.txt"), "--res", fixture("tracking", s, "pymotmetrics_test.txt")]);
    const out = JSON.parse(await evalMot([...args, "--json"])) as Record<string, Record<string, number>>;
    expect(Object.keys(out)).toEqual(["TUD-Campus", "TUD-Stadtmitte", "OVERALL"]);
    expect(out.OVERALL!.mota).toBeCloseTo(0.555116, 5);
    expect(out.OVERALL!.idf1).toBeCloseTo(0.624296, 5);
    expect(out["TUD-Campus"]!.num_switches).toBe(7);
    expect(out["TUD-Stadtmitte"]!.num_fragmentations).toBe(6);
  });
});
