// `vigil record` as a process: its help and its usage errors (the recording itself is in
// recording-pipeline.test.ts).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../fixtures.js";

const vigil = (...args: string[]) => spawnSync(process.execPath, [join(REPO_ROOT, "bin", "vigil.js"), ...args], { cwd: REPO_ROOT, encoding: "utf8", timeout: 60_000 });

describe("vigil record", () => {
  it("--help names every input flag, the settings and the exit codes, and exits 0", () => {
    const r = vigil("record", "--help");
    expect(r.status).toBe(0);
    for (const flag of ["--frames", "--objects", "--detections", "--tracks", "--risk", "--commands", "--heartbeats", "--out", "--config", "--rotate-bytes", "--rotate-seconds", "--max-total-bytes", "--no-clips"]) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toContain("Exit status");
  });

  it.each([
    [["record", "--out", "/tmp/vigil-record-x"], "nothing to record"],
    [["record", "--detections", "tcp://127.0.0.1:1"], "--out <dir> is required"],
    [["record", "--out", "/tmp/vigil-record-x", "--risk", "localhost:5567"], "not a ZeroMQ endpoint"],
    [["record", "--out", "/tmp/vigil-record-x", "--risk", "tcp://127.0.0.1:1", "--rotate-bytes", "10"], "rotate_bytes"],
    [["record", "--out", "/tmp/vigil-record-x", "--risk", "tcp://127.0.0.1:1", "--rotate-seconds", "-1"], "--rotate-seconds"],
  ])("usage error %j exits 2 and says what is wrong", (args, says) => {
    const r = vigil(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(says);
  });
});
