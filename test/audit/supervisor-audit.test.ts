import { appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { Publisher } from "zeromq";
import { createJsonLinesLogger, loadSupervisorSettings, sendControlRequest, Supervisor, supervisorSettings, type SupervisorEvent, type SupervisorSettings } from "../../fallback/index.js";
import { encodeHeartbeat, type HeartbeatComponent } from "../../proto/index.js";
import { verifyAuditFile, type AuditEntry } from "../../runtime/audit/index.js";
import { SystemClock, msToNs } from "../../runtime/clock/index.js";
import { parsePipeline } from "../../runtime/config/index.js";
import { within } from "../ingest/ingest-test-support.js";
import { fileLines, tempDir } from "./audit-test-support.js";

const clock = new SystemClock();
const HEALTHY_MS = 100;
const INSTANCES: Array<[HeartbeatComponent, string]> = [
  ["ingest", "*"],
  ["track", "demo"],
  ["risk", "demo"],
];
const PIPELINE = { name: "demo", ingest: [{ endpoint: "tcp://127.0.0.1:1", kind: "objects" }], output: { detections: { endpoint: "tcp://127.0.0.1:2" } } };
const entries = (path: string): AuditEntry[] => fileLines(path).map((l) => JSON.parse(l) as AuditEntry);

function settingsFor(heartbeats: string, auditFile: string): SupervisorSettings {
  const deadlines = { heartbeat_deadline_ms: 150, max_frame_age_ms: 500 };
  return supervisorSettings(
    parsePipeline({
      ...PIPELINE,
      fallback: {
        heartbeats: [heartbeats],
        publish: { endpoint: "tcp://127.0.0.1:*" },
        control: { endpoint: "tcp://127.0.0.1:*" },
        components: { ingest: deadlines, track: deadlines, risk: deadlines },
        recovery: { mode: "operator", healthy_ms: HEALTHY_MS },
        audit_file: auditFile,
      },
    }),
  );
}

describe("the fallback supervisor's audit trail (fallback.audit_file)", () => {
  const closers: Array<() => unknown> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  async function heartbeats() {
    const pub = new Publisher({ linger: 0 });
    await pub.bind("tcp://127.0.0.1:*");
    closers.push(() => pub.close());
    let seq = 0n;
    let chain: Promise<unknown> = Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const beat = (): void => {
      for (const [component, instance] of INSTANCES) {
        const bytes = encodeHeartbeat({ component, instance, seq: ++seq, timeNs: clock.nowNs(), state: "OK", reason: "", frameAgeNs: msToNs(5), latencyNs: 0n, queueDepth: 0, counters: {} });
        chain = chain.then(() => pub.send(bytes));
      }
    };
    const stop = async (): Promise<void> => {
      clearInterval(timer);
      await chain;
    };
    closers.push(stop);
    return { endpoint: pub.lastEndpoint as string, start: () => (timer = setInterval(beat, 20)), stop };
  }

  async function start(settings: SupervisorSettings) {
    const lines: Array<Record<string, unknown>> = [];
    const logger = createJsonLinesLogger({ write: (line) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    const sup = await Supervisor.start(settings, { clock, logger });
    closers.push(() => sup.close());
    return { sup, lines };
  }

  function event(sup: Supervisor, match: (e: SupervisorEvent) => boolean, what: string): Promise<SupervisorEvent> {
    let unsubscribe: () => void = () => undefined;
    const found = new Promise<SupervisorEvent>((resolve) => {
      unsubscribe = sup.onEvent((e) => {
        if (match(e)) resolve(e);
      });
    });
    return within(found, 10_000, what).finally(() => unsubscribe());
  }

  it("writes safe_stop_started / safe_stop_ended with their causes and every reset (refused and accepted) with the operator, as a verifiable chain that survives a restart", async () => {
    const tmp = tempDir();
    closers.push(tmp.remove);
    const audit = join(tmp.dir, "supervisor-audit.jsonl");
    const beats = await heartbeats();
    const { sup, lines } = await start(settingsFor(beats.endpoint, audit));

    const refused = await sendControlRequest(sup.endpoints.control, { op: "reset", operator: "alice" }, 2000);
    expect(refused).toMatchObject({ accepted: false, code: "FALLBACK_RESET_REFUSED" });
    beats.start();
    await within(
      (async () => {
        while (sup.status().conditions.length > 0 || (sup.status().incident?.healthyForMs ?? 0) < HEALTHY_MS) await new Promise((r) => setTimeout(r, 20));
      })(),
      10_000,
      `${HEALTHY_MS} ms of health`,
    );
    const accepted = await sendControlRequest(sup.endpoints.control, { op: "reset", operator: "alice" }, 2000);
    expect(accepted).toMatchObject({ accepted: true, incident: { id: 1, endedBy: "operator:alice" } });
    await beats.stop();
    await event(sup, (e) => e.type === "incident_started" && e.incident.id === 2, "incident 2 after the heartbeats stop");
    await sup.close(); // waits for the trail's queued entries

    const written = entries(audit);
    expect(written.map((e) => [e.kind, e.actor])).toEqual([
      ["safe_stop_started", "vigil-supervisor"],
      ["operator_override", "operator:alice"],
      ["safe_stop_ended", "operator:alice"],
      ["operator_override", "operator:alice"],
      ["safe_stop_started", "vigil-supervisor"],
    ]);
    expect(written[0]!.detail).toMatchObject({ incident_id: 1, cause: "FALLBACK_STARTING", causes: ["FALLBACK_STARTING"] });
    expect(written[1]!.detail).toMatchObject({ request: "reset", operator: "alice", accepted: false, code: "FALLBACK_RESET_REFUSED", incident_id: 1 });
    expect(written[1]!.detail.message).toMatch(/cannot be reset while FALLBACK_STARTING holds/);
    expect(written[2]!.detail).toMatchObject({ incident_id: 1, cause: "FALLBACK_STARTING", ended_by: "operator:alice" });
    expect(written[2]!.detail.duration_ms).toBeGreaterThanOrEqual(HEALTHY_MS);
    expect(written[3]!.detail).toMatchObject({ accepted: true, code: null, incident_id: 1 });
    expect(written[4]!.detail).toMatchObject({ incident_id: 2, cause: "FALLBACK_HEARTBEAT_MISSING" });
    expect(written[4]!.detail.cause_detail).toMatch(/^no heartbeat from /);
    expect(await verifyAuditFile(audit)).toMatchObject({ ok: true, lines: 5, lastSeq: 5 });

    // Its JSON log lines name the component and no sensor.
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatchObject({ component: "fallback", sensor: null, name: "vigil-supervisor" });

    // A restarted supervisor continues the same chain.
    const again = await start(settingsFor(beats.endpoint, audit));
    await event(again.sup, (e) => e.type === "incident_started", "the restarted supervisor's first incident");
    await again.sup.close();
    expect(entries(audit).slice(5).map((e) => [e.seq, e.kind, e.detail.cause])).toEqual([[6, "safe_stop_started", "FALLBACK_STARTING"]]);
    expect(await verifyAuditFile(audit)).toMatchObject({ ok: true, lines: 6 });
  });

  it("an audit file with a torn tail is reported (AUDIT_CHAIN_BROKEN, logged) and the supervisor still supervises, writing nothing after it", async () => {
    const tmp = tempDir();
    closers.push(tmp.remove);
    const audit = join(tmp.dir, "torn.jsonl");
    writeFileSync(audit, "");
    appendFileSync(audit, '{"seq":1,"time":"2026-01-02T03:04:05.000Z","ti');
    const beats = await heartbeats();
    const { sup, lines } = await start(settingsFor(beats.endpoint, audit));
    await event(sup, (e) => e.type === "incident_started", "the start-up incident");
    expect(sup.status().holding).toBe(true);
    expect(lines.find((l) => l.code === "AUDIT_CHAIN_BROKEN")).toMatchObject({ level: 50, component: "fallback", msg: expect.stringContaining("torn.jsonl line 1 is incomplete") });
    await sup.close();
    expect(fileLines(audit)).toEqual(['{"seq":1,"time":"2026-01-02T03:04:05.000Z","ti']);
  });

  it("resolves a relative fallback.audit_file against the pipeline file's folder", async () => {
    const tmp = tempDir();
    closers.push(tmp.remove);
    const file = join(tmp.dir, "pipeline.yaml");
    writeFileSync(file, YAML.stringify({ ...PIPELINE, fallback: { heartbeats: ["tcp://127.0.0.1:1"], audit_file: "audit/supervisor.jsonl" } }));
    expect((await loadSupervisorSettings(file)).fallback.audit_file).toBe(join(tmp.dir, "audit", "supervisor.jsonl"));
  });
});
