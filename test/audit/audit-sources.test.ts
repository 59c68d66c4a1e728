import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { AgentReport, ModelState } from "../../device/agent/index.js";
import { bigintToLong, type ActuationCommandMessage } from "../../proto/index.js";
import { auditTaps, configHash, recordCommandTransitions, recordConfig, recordModelReport, verifyAuditFile, type AuditEntry } from "../../runtime/audit/index.js";
import { parsePipeline } from "../../runtime/config/index.js";
import { fileLines, openTrail, tempDir } from "./audit-test-support.js";

const entries = (path: string): AuditEntry[] => fileLines(path).map((l) => JSON.parse(l) as AuditEntry);
const PIPELINE = { name: "dock", ingest: [{ endpoint: "tcp://127.0.0.1:1", kind: "objects" }], output: { detections: { endpoint: "tcp://127.0.0.1:2" } } };

function report(state: ModelState, extra: Partial<AgentReport> = {}): AgentReport {
  return {
    site: "dock-3",
    device: "fl-7",
    timeNs: bigintToLong(1_767_322_000_000_000_000n),
    deployId: "d-42",
    modelName: "yolox_nano",
    version: "1.2.0",
    state,
    reasonCode: "",
    detail: "",
    metrics: {},
    previousVersion: "1.1.0",
    ...extra,
  };
}

let seq = 0n;
function command(source: ActuationCommandMessage["source"], kind: ActuationCommandMessage["kind"], reason: string, atMs: number, maxSpeedMps = 0): ActuationCommandMessage {
  const issued = 1_767_322_000_000_000_000n + BigInt(atMs) * 1_000_000n;
  return { machineId: "forklift-7", seq: ++seq, issuedTimeNs: issued, validUntilNs: issued + 200_000_000n, kind, source, maxSpeedMps, reason, assessmentId: "", origin: "vigil-arbiter" };
}

describe("audit event sources", () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  async function setup(options = {}) {
    const tmp = tempDir();
    const path = join(tmp.dir, "audit.jsonl");
    const t = await openTrail(path, options);
    cleanups.push(tmp.remove, () => t.trail.close());
    return { ...t, path };
  }

  it("recordConfig: config_loaded with the config's hash; config_changed (old and new hash) only when the last loaded config differs, across restarts", async () => {
    const s = await setup();
    const config = parsePipeline(PIPELINE);
    // Key order and YAML layout do not matter, values do.
    expect(configHash(parsePipeline(JSON.parse(JSON.stringify(PIPELINE)) as unknown))).toBe(configHash(config));
    const first = await recordConfig(s.trail, "/etc/vigil/dock.yaml", config);
    expect(first.changed).toBeUndefined();
    expect(first.loaded).toMatchObject({ kind: "config_loaded", actor: "vigil-run", detail: { path: "/etc/vigil/dock.yaml", config_hash: configHash(config) } });
    expect(first.loaded.detail.config_hash).toMatch(/^[0-9a-f]{64}$/);
    await s.trail.close();

    // A restart with the same config: loaded again, nothing changed.
    const again = await openTrail(s.path);
    expect((await recordConfig(again.trail, "/etc/vigil/dock.yaml", config)).changed).toBeUndefined();
    // One field differs: changed, naming both hashes.
    const edited = parsePipeline({ ...PIPELINE, max_frame_age_ms: 750 });
    const third = await recordConfig(again.trail, "/etc/vigil/dock.yaml", edited);
    expect(third.changed).toMatchObject({
      kind: "config_changed",
      detail: { old_hash: configHash(config), new_hash: configHash(edited), old_seq: 2, path: "/etc/vigil/dock.yaml", old_path: "/etc/vigil/dock.yaml" },
    });
    await again.trail.close();
    expect(entries(s.path).map((e) => e.kind)).toEqual(["config_loaded", "config_loaded", "config_loaded", "config_changed"]);
    expect(await verifyAuditFile(s.path)).toMatchObject({ ok: true, lines: 4 });
  });

  it("recordModelReport: active, confirmed, rolled_back (and refusals) become entries from the device agent's AgentReport; steps do not", async () => {
    const { trail, path } = await setup();
    const steps: ModelState[] = ["received", "verified", "self_test_passed", "shadow"];
    for (const state of steps) expect(await recordModelReport(trail, report(state))).toBeUndefined();
    await recordModelReport(trail, report("active", { detail: "yolox_nano@1.2.0 active (mode canary)" }));
    await recordModelReport(trail, report("confirmed", { metrics: { p99_latency_ms: 31.5, error_rate: 0 } }));
    await recordModelReport(trail, report("rolled_back", { reasonCode: "ROLLBACK_LATENCY", detail: "p99 61 ms > 2 x 30 ms; back on 1.1.0", previousVersion: "1.1.0" }));
    await recordModelReport(trail, report("refused", { reasonCode: "MODEL_SIGNATURE_INVALID", version: "1.3.0" }));
    const written = entries(path);
    expect(written.map((e) => [e.kind, e.actor])).toEqual([
      ["model_activated", "device-agent"],
      ["model_confirmed", "device-agent"],
      ["model_rolled_back", "device-agent"],
      ["model_refused", "device-agent"],
    ]);
    expect(written[0]!.detail).toEqual({
      state: "active",
      deploy_id: "d-42",
      model: "yolox_nano",
      version: "1.2.0",
      previous_version: "1.1.0",
      reason_code: "",
      detail: "yolox_nano@1.2.0 active (mode canary)",
      metrics: {},
      site: "dock-3",
      device: "fl-7",
      report_time_ns: "1767322000000000000",
    });
    expect(written[1]!.detail.metrics).toEqual({ p99_latency_ms: 31.5, error_rate: 0 });
    expect(written[2]!.detail).toMatchObject({ reason_code: "ROLLBACK_LATENCY", previous_version: "1.1.0" });
    expect(written[3]!.detail).toMatchObject({ reason_code: "MODEL_SIGNATURE_INVALID", version: "1.3.0" });
  });

  it("recordCommandTransitions: records transitions into and out of FALLBACK SAFE_STOP and each new OPERATOR decision, not every re-publish", async () => {
    const { trail, path } = await setup();
    const errors: unknown[] = [];
    const tap = recordCommandTransitions(trail, { onError: (err) => errors.push(err) });
    const stream = [
      command("FALLBACK", "SAFE_STOP", "no valid command", 0), // the arbiter's own stop at start
      command("FALLBACK", "SAFE_STOP", "no valid command", 50),
      command("PERCEPTION", "PROCEED", "clear", 100),
      command("PERCEPTION", "SLOW", "person in zone A", 150, 1.5),
      command("FALLBACK", "SAFE_STOP", "FALLBACK_HEARTBEAT_MISSING: no heartbeat from detect/dock for 201 ms", 200), // the supervisor's
      command("FALLBACK", "SAFE_STOP", "FALLBACK_HEARTBEAT_MISSING: no heartbeat from detect/dock for 251 ms", 250),
      command("OPERATOR", "STOP", "operator alice: hold", 300),
      command("OPERATOR", "STOP", "operator alice: hold", 350),
      command("OPERATOR", "SLOW", "operator alice: creep", 400, 0.5),
      command("PERCEPTION", "PROCEED", "clear", 450),
    ];
    for (const c of stream) tap(c);
    await trail.close(); // waits for every queued entry
    expect(errors).toEqual([]);
    const written = entries(path);
    expect(written.map((e) => [e.kind, e.actor])).toEqual([
      ["safe_stop_started", "arbiter"],
      ["safe_stop_ended", "arbiter"],
      ["safe_stop_started", "arbiter"],
      ["safe_stop_ended", "arbiter"],
      ["operator_override", "operator"],
      ["operator_override", "operator"],
    ]);
    expect(written[0]!.detail).toMatchObject({ machine_id: "forklift-7", reason: "no valid command", command_seq: String(stream[0]!.seq) });
    expect(written[1]!.detail).toMatchObject({ stop_reason: "no valid command", duration_ms: 100, now_source: "PERCEPTION", now_kind: "PROCEED" });
    expect(written[2]!.detail.reason).toMatch(/^FALLBACK_HEARTBEAT_MISSING: /);
    expect(written[3]!.detail).toMatchObject({ duration_ms: 100, now_source: "OPERATOR", now_kind: "STOP" });
    expect(written[4]!.detail).toMatchObject({ command_kind: "STOP", reason: "operator alice: hold" });
    expect(written[5]!.detail).toMatchObject({ command_kind: "SLOW", max_speed_mps: 0.5 });
  });

  it("auditTaps never throw: a lost entry (AUDIT_QUEUE_FULL) reaches onError with its kind", async () => {
    const { trail, path } = await setup({ maxPending: 1 });
    const errors: Array<[string | undefined, string]> = [];
    const taps = auditTaps(trail, { onError: (err, kind) => errors.push([(err as { code?: string }).code, kind]) });
    taps.onModelReport(report("active"));
    taps.onModelReport(report("confirmed")); // the first still waits for the disk
    taps.onCommand(command("FALLBACK", "SAFE_STOP", "no valid command", 0));
    await trail.close();
    expect(errors.sort()).toEqual([
      ["AUDIT_QUEUE_FULL", "model_report"],
      ["AUDIT_QUEUE_FULL", "safe_stop_started"],
    ]);
    expect(entries(path).map((e) => e.kind)).toEqual(["model_activated"]);
  });
});
