import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditCommand } from "../../runtime/cli/audit-command.js";
import { REPO_ROOT } from "../fixtures.js";
import { fileLines, openTrail, tempDir, writeLines } from "./audit-test-support.js";

/** Runs `vigil ...` as a real process without blocking the event loop. */
function vigil(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, "bin", "vigil.js"), ...args], { cwd: REPO_ROOT, env: { ...process.env, VIGIL_LOG_LEVEL: "warn" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the audit command in-process with captured output; resolves with the error it threw, if any. */
async function inProcess(args: string[]): Promise<{ out: string; err: string; error: unknown }> {
  let out = "";
  let err = "";
  const cmd = auditCommand({ stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } });
  cmd.exitOverride();
  try {
    await cmd.parseAsync(args, { from: "user" });
    return { out, err, error: undefined };
  } catch (error) {
    return { out, err, error };
  }
}

describe("vigil audit verify / show", () => {
  const tmp = tempDir("vigil-audit-cli-");
  const path = join(tmp.dir, "audit.jsonl");
  const rotatedPath = join(tmp.dir, "rotated", "audit.jsonl");
  let lastHash = "";
  beforeAll(async () => {
    const t = await openTrail(path);
    await t.trail.append("config_loaded", "vigil-run", { path: "/etc/vigil/dock.yaml", config_hash: "c".repeat(64) });
    await t.append(3, "safe_stop_started");
    await t.trail.append("operator_override", "operator:alice", { accepted: true, message: "incident 1 ended" });
    lastHash = t.trail.lastHash;
    await t.trail.close();
    const r = await openTrail(rotatedPath, { maxBytes: 1024, maxFiles: 1 });
    await r.append(12);
    await r.trail.close();
  });
  afterAll(() => tmp.remove());

  it("prints OK with the line count and last hash, exit 0", async () => {
    const r = await vigil(["audit", "verify", path]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`OK: 5 lines, chain intact (last hash ${lastHash})\n`);
  });

  it("prints FAIL with the line and code, exit 1, for an edited copy", async () => {
    const edited = join(tmp.dir, "edited.jsonl");
    const lines = fileLines(path);
    lines[2] = lines[2]!.replace('"actor":"test"', '"actor":"tampered"');
    writeLines(edited, lines);
    const r = await vigil(["audit", "verify", edited]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL line 3: AUDIT_LINE_EDITED: .*edited\.jsonl:3: seq 3 \(safe_stop_started\) does not match its own hash/);
    expect(r.stderr).toContain("vigil: AUDIT_LINE_EDITED:");
  });

  it("checks a rotated set with --rotated (oldest first), and says where the chain starts", async () => {
    const v = await inProcess(["verify", rotatedPath, "--rotated"]);
    expect(v.error).toBeUndefined();
    expect(v.out).toMatch(/^OK: \d+ lines, chain intact \(last hash [0-9a-f]{64}\)\n/);
    const kept = Number(/^OK: (\d+) lines/.exec(v.out)![1]);
    expect(kept).toBeLessThan(12);
    expect(v.out).toContain(`note: the chain starts at seq ${13 - kept} `);
    // --from-start: the rotated-away beginning is a failure.
    const strict = await inProcess(["verify", rotatedPath, "--rotated", "--from-start"]);
    expect(strict.out).toMatch(/^FAIL line 1: AUDIT_LINE_MISSING: /);
    expect(strict.error).toMatchObject({ code: "AUDIT_LINE_MISSING" });
  });

  it("a missing file is a usage error (exit 2)", async () => {
    const r = await vigil(["audit", "verify", join(tmp.dir, "nope.jsonl")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("USAGE: no audit file at");
  });

  it("show lists entries readably, filters by --kind, and prints them as written with --json", async () => {
    const all = await inProcess(["show", path]);
    expect(all.error).toBeUndefined();
    const lines = all.out.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(`#1 2026-01-02T03:04:05.000Z config_loaded by vigil-run: config_hash=${"c".repeat(64)} path=/etc/vigil/dock.yaml`);
    expect(lines[4]).toBe('#5 2026-01-02T03:04:05.003Z operator_override by operator:alice: accepted=true message="incident 1 ended"');
    const stops = await inProcess(["show", path, "--kind", "safe_stop_started", "--json"]);
    expect(stops.out.trimEnd().split("\n").map((l) => (JSON.parse(l) as { seq: number; kind: string }).seq)).toEqual([2, 3, 4]);
    expect(stops.out.trimEnd().split("\n")).toEqual(fileLines(path).slice(1, 4));
  });
});
