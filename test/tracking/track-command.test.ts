import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { trackCommand } from "../../runtime/cli/track-command.js";
import { parseMotText } from "../../runtime/eval/index.js";
import { codeOf } from "../error-code-of.js";
import { describeWithFixtures, fixture } from "../fixtures.js";

const run = (...args: string[]): Promise<unknown> => trackCommand().exitOverride().parseAsync(args, { from: "user" });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "vigil-track-"));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe("vigil track: usage", () => {
  it("a missing sequence folder or det.txt is a USAGE error (exit 2)", async () => {
    expect(await codeOf(run("--mot", join(dir, "nope"), "--out", join(dir, "r.txt")))).toBe("USAGE");
    expect(await codeOf(run("--mot", dir, "--out", join(dir, "r.txt")))).toBe("USAGE"); // folder without det/det.txt
  });

  it("--help shows an example", () => {
    expect(trackCommand().helpInformation()).toContain("--mot <seqdir>");
    let help = "";
    const cmd = trackCommand().exitOverride().configureOutput({ writeOut: (s) => (help += s) });
    expect(() => cmd.parse(["--help"], { from: "user" })).toThrow();
    expect(help).toContain("Example:");
    expect(help).toContain("vigil track --mot");
  });
});

describeWithFixtures("vigil track on TUD-Campus", ["tracking/TUD-Campus/det/det.txt", "tracking/TUD-Campus/seqinfo.ini"], () => {
  it("writes MOTChallenge results and prints a one-line summary", async () => {
    const out = join(dir, "TUD-Campus.txt");
    const lines: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    await run("--mot", fixture("tracking", "TUD-Campus"), "--out", out);
    vi.restoreAllMocks();
    const rows = parseMotText(await readFile(out, "utf8"), out);
    expect(rows.length).toBeGreaterThan(200);
    expect(rows.every((r) => r.id >= 1 && r.frame >= 1 && r.frame <= 71)).toBe(true);
    expect(lines.join("")).toMatch(/^TUD-Campus: 71 frames, 321 detections, \d+ tracks, \d+ result rows, \d+ frames\/s -> .*\n$/);
  });

  it("--min-score leaves out detections before tracking", async () => {
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const all = join(dir, "all.txt");
    const strict = join(dir, "strict.txt");
    await run("--mot", fixture("tracking", "TUD-Campus"), "--out", all);
    await run("--mot", fixture("tracking", "TUD-Campus"), "--out", strict, "--min-score", "0.99");
    const n = async (p: string): Promise<number> => parseMotText(await readFile(p, "utf8"), p).length;
    expect(await n(strict)).toBeLessThan(await n(all));
  });
});
