import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bigintToLong, longToBigint, vigil } from "../../proto/index.js";
import { REPO_ROOT } from "../fixtures.js";

describe("proto/gen", () => {
  const out = mkdtempSync(join(tmpdir(), "vigil-proto-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("is what `npm run proto:gen` produces from proto/vigil/v1 (never edited by hand)", () => {
    execFileSync(process.execPath, [join(REPO_ROOT, "proto", "generate.js"), out], { stdio: "pipe" });
    for (const file of ["vigil.js", "vigil.d.ts"]) {
      const fresh = readFileSync(join(out, file), "utf8");
      const committed = readFileSync(join(REPO_ROOT, "proto", "gen", file), "utf8");
      expect(committed === fresh, `proto/gen/${file} is stale: run npm run proto:gen`).toBe(true);
    }
  });

  it("has every message DESIGN.md names, and int64 nanoseconds survive a round trip", () => {
    const v1 = vigil.v1;
    for (const m of [v1.SensorFrame, v1.ObjectList, v1.Detection, v1.DetectionSet, v1.Track, v1.TrackSet, v1.RiskAssessment, v1.RiskFactor, v1.ActuationCommand, v1.Heartbeat, v1.ModelManifest, v1.DeployCommand, v1.DeviceStatus, v1.RiskEvent, v1.Telemetry]) {
      expect(typeof m.encode).toBe("function");
    }
    const ns = 1_795_000_000_123_456_789n; // past 2^53: needs 64 bits
    const bytes = v1.ActuationCommand.encode({ validUntilNs: bigintToLong(ns), kind: v1.CommandKind.COMMAND_KIND_SAFE_STOP }).finish();
    const back = v1.ActuationCommand.decode(bytes);
    expect(longToBigint(back.validUntilNs)).toBe(ns);
    expect(back.kind).toBe(v1.CommandKind.COMMAND_KIND_SAFE_STOP);
  });
});
