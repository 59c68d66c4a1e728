import { describe, expect, it } from "vitest";
import { SupervisorCore, supervisorSettings, type SupervisorSettings } from "../../fallback/index.js";
import { NO_FRAME_YET, type ActuationCommandMessage, type HeartbeatComponent, type HeartbeatMessage } from "../../proto/index.js";
import { ManualClock, msToNs } from "../../runtime/clock/index.js";
import { parsePipeline } from "../../runtime/config/index.js";
import { codeOf } from "../error-code-of.js";

const T0 = 1_700_000_000_000_000_000n;
const DEADLINE_MS = 200;
const HEALTHY_MS = 300;

/** An objects-only pipeline (required: ingest, track, risk) with a heartbeat section and the given fallback overrides. */
function settings(fallback: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): SupervisorSettings {
  return supervisorSettings(
    parsePipeline({
      name: "demo",
      ingest: [{ endpoint: "tcp://127.0.0.1:1", kind: "objects" }],
      output: { detections: { endpoint: "tcp://127.0.0.1:2" } },
      heartbeat: {},
      fallback: { recovery: { healthy_ms: HEALTHY_MS }, publish_period_ms: 50, validity_ms: 200, ...fallback },
      ...extra,
    }),
  );
}

function beat(component: HeartbeatComponent, instance = "demo", over: Partial<HeartbeatMessage> = {}): HeartbeatMessage {
  return { component, instance, seq: 1n, timeNs: 0n, state: "OK", reason: "", frameAgeNs: msToNs(10), latencyNs: msToNs(2), queueDepth: 0, counters: {}, ...over };
}

/** Every required instance of the objects pipeline, at the clock's time. */
const HEALTHY: Array<[HeartbeatComponent, string]> = [
  ["ingest", "*"],
  ["ingest", "cam0"],
  ["track", "demo"],
  ["risk", "demo"],
];

function beatAll(core: SupervisorCore, clock: ManualClock, except: string[] = []): void {
  for (const [c, i] of HEALTHY) if (!except.includes(`${c}/${i}`)) core.onHeartbeat(beat(c, i), clock.nowNs());
}

function codes(core: SupervisorCore, clock: ManualClock): string[] {
  return core.evaluate(clock.nowNs()).conditions.map((c) => `${c.code} ${c.subject}`);
}

/** A core already out of its start-up incident: everything beat for HEALTHY_MS. */
function healthyCore(s = settings()): { core: SupervisorCore; clock: ManualClock } {
  const clock = new ManualClock(T0);
  const core = new SupervisorCore(s, clock.nowNs());
  core.evaluate(clock.nowNs());
  for (let t = 0; t <= HEALTHY_MS; t += 50) {
    beatAll(core, clock);
    core.evaluate(clock.nowNs());
    if (t < HEALTHY_MS) clock.advanceMs(50);
  }
  expect(core.incident).toBeUndefined();
  return { core, clock };
}

describe("SupervisorCore: start-up", () => {
  it("holds SAFE_STOP from the first moment (FALLBACK_STARTING) until every required component beats with fresh frames", () => {
    const clock = new ManualClock(T0);
    const core = new SupervisorCore(settings(), clock.nowNs());
    const first = core.evaluate(clock.nowNs());
    expect(first.conditions).toEqual([{ code: "FALLBACK_STARTING", subject: "supervisor", detail: "no heartbeat received yet, 0 ms after start" }]);
    expect(first.events.map((e) => e.type)).toEqual(["conditions_changed", "incident_started"]);
    expect(first.incident).toMatchObject({ id: 1, cause: "FALLBACK_STARTING", startNs: T0, causes: ["FALLBACK_STARTING"] });

    const command = core.nextCommand(clock.nowNs()) as ActuationCommandMessage;
    expect(command).toEqual({
      machineId: "machine-0",
      seq: 1n,
      issuedTimeNs: T0,
      validUntilNs: T0 + msToNs(200),
      kind: "SAFE_STOP",
      source: "FALLBACK",
      maxSpeedMps: 0,
      reason: "FALLBACK_STARTING: no heartbeat received yet, 0 ms after start",
      assessmentId: "",
      origin: "vigil-supervisor",
    });

    clock.advanceMs(20);
    core.onHeartbeat(beat("ingest", "*"), clock.nowNs());
    expect(codes(core, clock)).toEqual(["FALLBACK_HEARTBEAT_MISSING track", "FALLBACK_HEARTBEAT_MISSING risk"]);
    expect(core.conditions[0]!.detail).toBe("no heartbeat from track yet");

    core.onHeartbeat(beat("track"), clock.nowNs());
    core.onHeartbeat(beat("risk", "demo", { frameAgeNs: NO_FRAME_YET }), clock.nowNs());
    expect(codes(core, clock)).toEqual(["FALLBACK_FRAME_AGE risk/demo"]);
    expect(core.conditions[0]!.detail).toBe("risk/demo has handled no frame yet");

    core.onHeartbeat(beat("risk"), clock.nowNs());
    const healthy = core.evaluate(clock.nowNs());
    expect(healthy.conditions).toEqual([]);
    // Still holding: recovery needs HEALTHY_MS of continuous health.
    expect(healthy.incident?.causes).toEqual(["FALLBACK_STARTING", "FALLBACK_HEARTBEAT_MISSING", "FALLBACK_FRAME_AGE"]);
    clock.set(T0 + msToNs(50));
    expect(core.evaluate(clock.nowNs()).conditions).toEqual([]);
    expect(core.nextCommand(clock.nowNs())?.reason).toBe(`holding: FALLBACK_STARTING (recovering, healthy for 30 of ${HEALTHY_MS} ms)`);
  });
});

describe("SupervisorCore: conditions", () => {
  it("reports a missing heartbeat exactly after the deadline, not before, and names component, instance and silence", () => {
    const { core, clock } = healthyCore();
    const lastNs = clock.nowNs();
    clock.advanceMs(50);
    beatAll(core, clock, ["track/demo"]);
    core.evaluate(clock.nowNs());
    // track/demo is the first instance to miss its deadline.
    expect(core.nextDeadlineNs(clock.nowNs())).toBe(lastNs + msToNs(DEADLINE_MS) + 1n);

    clock.set(lastNs + msToNs(DEADLINE_MS - 1));
    expect(codes(core, clock)).toEqual([]);
    clock.set(lastNs + msToNs(DEADLINE_MS));
    expect(codes(core, clock)).toEqual([]);
    clock.set(lastNs + msToNs(DEADLINE_MS) + 1n);
    const at = core.evaluate(clock.nowNs());
    expect(at.conditions).toEqual([{ code: "FALLBACK_HEARTBEAT_MISSING", subject: "track/demo", detail: "no heartbeat from track/demo for 200 ms (deadline 200 ms)" }]);
    expect(at.events.map((e) => e.type)).toEqual(["conditions_changed", "incident_started"]);
    expect(at.incident).toMatchObject({ id: 2, cause: "FALLBACK_HEARTBEAT_MISSING", detail: "no heartbeat from track/demo for 200 ms (deadline 200 ms)", startNs: clock.nowNs() });
    clock.set(lastNs + msToNs(DEADLINE_MS + 30));
    expect(core.evaluate(clock.nowNs()).conditions[0]!.detail).toBe("no heartbeat from track/demo for 230 ms (deadline 200 ms)");
  });

  it("uses each component's own deadline", () => {
    const { core, clock } = healthyCore(settings({ components: { risk: { heartbeat_deadline_ms: 1000, max_frame_age_ms: 2000 } } }));
    clock.advanceMs(500);
    expect(codes(core, clock)).toEqual(["FALLBACK_HEARTBEAT_MISSING ingest/*", "FALLBACK_HEARTBEAT_MISSING ingest/cam0", "FALLBACK_HEARTBEAT_MISSING track/demo"]);
  });

  it("estimates frame age from arrival time minus the reported age, and triggers just past max_frame_age_ms", () => {
    const { core, clock } = healthyCore();
    beatAll(core, clock, ["track/demo"]);
    const arrival = clock.nowNs();
    // The sender's own clock is ignored: timeNs is nonsense here on purpose.
    core.onHeartbeat(beat("track", "demo", { frameAgeNs: msToNs(400), timeNs: 42n }), arrival);
    expect(codes(core, clock)).toEqual([]);
    expect(core.nextDeadlineNs(arrival)).toBe(arrival + msToNs(100) + 1n);
    clock.set(arrival + msToNs(100));
    expect(codes(core, clock)).toEqual([]);
    clock.set(arrival + msToNs(100) + 1n);
    expect(core.evaluate(clock.nowNs()).conditions).toEqual([
      { code: "FALLBACK_FRAME_AGE", subject: "track/demo", detail: "track/demo: newest frame is 500 ms old (max 500 ms)" },
    ]);
  });

  it("treats FAILED as a trigger with the heartbeat's reason, and DEGRADED only as status", () => {
    const { core, clock } = healthyCore();
    core.onHeartbeat(beat("track", "demo", { state: "DEGRADED", reason: "INFERENCE_OVERLOAD" }), clock.nowNs());
    expect(codes(core, clock)).toEqual([]);
    expect(core.status(clock.nowNs()).degraded).toEqual(["track/demo: INFERENCE_OVERLOAD"]);
    expect(core.incident).toBeUndefined();

    core.onHeartbeat(beat("risk", "demo", { state: "FAILED", reason: "BACKEND_ALL_FAILED,SENSOR_SILENT" }), clock.nowNs());
    const e = core.evaluate(clock.nowNs());
    expect(e.conditions).toEqual([{ code: "FALLBACK_COMPONENT_FAILED", subject: "risk/demo", detail: "risk/demo reports FAILED: BACKEND_ALL_FAILED,SENSOR_SILENT" }]);
    expect(e.incident?.cause).toBe("FALLBACK_COMPONENT_FAILED");
    expect(core.nextCommand(clock.nowNs())?.reason).toBe("FALLBACK_COMPONENT_FAILED: risk/demo reports FAILED: BACKEND_ALL_FAILED,SENSOR_SILENT");
  });

  it("lists conditions most fundamental first, in pipeline order", () => {
    const { core, clock } = healthyCore();
    clock.advanceMs(150);
    core.onHeartbeat(beat("risk", "demo", { state: "FAILED", reason: "X" }), clock.nowNs());
    core.onHeartbeat(beat("track", "demo", { frameAgeNs: NO_FRAME_YET }), clock.nowNs());
    clock.advanceMs(60);
    expect(codes(core, clock)).toEqual([
      "FALLBACK_HEARTBEAT_MISSING ingest/*",
      "FALLBACK_HEARTBEAT_MISSING ingest/cam0",
      "FALLBACK_COMPONENT_FAILED risk/demo",
      "FALLBACK_FRAME_AGE track/demo",
    ]);
    expect(core.nextCommand(clock.nowNs())?.reason).toBe("FALLBACK_HEARTBEAT_MISSING: no heartbeat from ingest/* for 210 ms (deadline 200 ms) (+3 more)");
  });

  it("stops when a watched command stream is silent past command_deadline_ms (since start, then since its last command), ignoring its own and other machines' commands", () => {
    const s = settings({ command_deadline_ms: 300 }, { actuation: { machine_id: "forklift-1", publish: { endpoint: "tcp://127.0.0.1:5560" } } });
    expect(s.commandEndpoints).toEqual(["tcp://127.0.0.1:5560"]);
    expect(s.required).toEqual(["ingest", "track", "risk", "arbiter"]);
    const clock = new ManualClock(T0);
    const core = new SupervisorCore(s, clock.nowNs());
    const endpoint = "tcp://127.0.0.1:5560";
    const command = (origin: string, machineId = "forklift-1"): ActuationCommandMessage => ({
      machineId, seq: 1n, issuedTimeNs: 0n, validUntilNs: 0n, kind: "PROCEED", source: "PERCEPTION", maxSpeedMps: 0, reason: "", assessmentId: "", origin,
    });
    const beatWithArbiter = (): void => {
      beatAll(core, clock);
      core.onHeartbeat(beat("arbiter"), clock.nowNs());
    };
    beatWithArbiter();
    expect(core.nextDeadlineNs(clock.nowNs())).toBe(T0 + msToNs(200) + 1n);
    clock.advanceMs(150);
    beatWithArbiter();
    expect(core.nextDeadlineNs(clock.nowNs())).toBe(T0 + msToNs(300) + 1n);
    clock.set(T0 + msToNs(300));
    expect(codes(core, clock)).toEqual([]);
    clock.set(T0 + msToNs(300) + 1n);
    expect(core.evaluate(clock.nowNs()).conditions).toEqual([
      { code: "FALLBACK_COMMANDS_STOPPED", subject: endpoint, detail: `no command on ${endpoint} yet, 300 ms after start (deadline 300 ms)` },
    ]);

    expect(core.onCommand(command("vigil-supervisor"), clock.nowNs(), endpoint)).toBe("own");
    expect(core.onCommand(command("vigil-arbiter", "forklift-9"), clock.nowNs(), endpoint)).toBe("other_machine");
    expect(core.onCommand(command("vigil-arbiter"), clock.nowNs(), "tcp://127.0.0.1:9")).toBe("unwatched");
    expect(codes(core, clock)).toEqual([`FALLBACK_COMMANDS_STOPPED ${endpoint}`]);
    const lastNs = clock.nowNs();
    expect(core.onCommand(command("vigil-arbiter"), lastNs, endpoint)).toBe("counted");
    expect(codes(core, clock)).toEqual([]);
    clock.advanceMs(150);
    beatWithArbiter();
    clock.set(lastNs + msToNs(300) + 1n);
    expect(core.evaluate(clock.nowNs()).conditions[0]!.detail).toBe(`no command on ${endpoint} for 300 ms (deadline 300 ms)`);
    expect(core.status(clock.nowNs()).counters).toMatchObject({ commands: 1, ownCommands: 1, otherMachineCommands: 1 });
  });

  it("rejects heartbeats it cannot trust as HEARTBEAT_MALFORMED", async () => {
    const core = new SupervisorCore(settings(), T0);
    await expect(codeOf(Promise.resolve().then(() => core.onHeartbeat(beat("track", "demo", { frameAgeNs: -5n }), T0)))).resolves.toBe("HEARTBEAT_MALFORMED");
    await expect(codeOf(Promise.resolve().then(() => core.onHeartbeat(beat("track", "x".repeat(129)), T0)))).resolves.toBe("HEARTBEAT_MALFORMED");
    expect(core.status(T0).instances).toEqual([]);
  });
});

describe("SupervisorCore: incidents and recovery", () => {
  it("auto: ends the incident exactly healthy_ms after the last condition cleared, and records cause, causes, start and end", () => {
    const { core, clock } = healthyCore();
    clock.advanceMs(DEADLINE_MS + 1);
    const started = core.evaluate(clock.nowNs());
    const startNs = clock.nowNs();
    expect(started.incident).toMatchObject({ id: 2, cause: "FALLBACK_HEARTBEAT_MISSING", startNs });
    // A frame-age problem joins the incident while it lasts.
    clock.advanceMs(10);
    core.onHeartbeat(beat("ingest", "*"), clock.nowNs());
    core.onHeartbeat(beat("ingest", "cam0"), clock.nowNs());
    core.onHeartbeat(beat("track"), clock.nowNs());
    core.onHeartbeat(beat("risk", "demo", { frameAgeNs: msToNs(900) }), clock.nowNs());
    expect(codes(core, clock)).toEqual(["FALLBACK_FRAME_AGE risk/demo"]);
    clock.advanceMs(10);
    beatAll(core, clock);
    const healthySince = clock.nowNs();
    expect(core.evaluate(healthySince).conditions).toEqual([]);
    expect(core.nextDeadlineNs(healthySince)).toBeLessThanOrEqual(healthySince + msToNs(HEALTHY_MS));

    for (let t = 50; t < HEALTHY_MS; t += 50) {
      clock.set(healthySince + msToNs(t));
      beatAll(core, clock);
      expect(core.evaluate(clock.nowNs()).incident, `still holding at ${t} ms`).toBeDefined();
    }
    clock.set(healthySince + msToNs(HEALTHY_MS) - 1n);
    expect(core.evaluate(clock.nowNs()).incident).toBeDefined();
    clock.set(healthySince + msToNs(HEALTHY_MS));
    const ended = core.evaluate(clock.nowNs());
    expect(ended.incident).toBeUndefined();
    expect(ended.events).toEqual([
      {
        type: "incident_ended",
        atNs: clock.nowNs(),
        incident: {
          id: 2,
          cause: "FALLBACK_HEARTBEAT_MISSING",
          detail: "no heartbeat from ingest/* for 201 ms (deadline 200 ms)",
          startNs,
          causes: ["FALLBACK_HEARTBEAT_MISSING", "FALLBACK_FRAME_AGE"],
          endNs: clock.nowNs(),
          endedBy: "auto",
        },
      },
    ]);
    expect(core.nextCommand(clock.nowNs())).toBeUndefined();
    expect(core.history.map((i) => [i.id, i.endedBy])).toEqual([
      [1, "auto"],
      [2, "auto"],
    ]);
    expect(core.status(clock.nowNs()).incidents[1]).toMatchObject({ id: 2, durationMs: Number((clock.nowNs() - startNs) / 1_000_000n) });
  });

  it("a condition during recovery restarts the healthy time", () => {
    const { core, clock } = healthyCore();
    clock.advanceMs(DEADLINE_MS + 1);
    core.evaluate(clock.nowNs());
    beatAll(core, clock);
    core.evaluate(clock.nowNs());
    clock.advanceMs(HEALTHY_MS - 100);
    beatAll(core, clock, ["risk/demo"]);
    core.onHeartbeat(beat("risk", "demo", { state: "FAILED", reason: "X" }), clock.nowNs());
    expect(core.evaluate(clock.nowNs()).incident?.causes).toEqual(["FALLBACK_HEARTBEAT_MISSING", "FALLBACK_COMPONENT_FAILED"]);
    beatAll(core, clock);
    const again = clock.nowNs();
    core.evaluate(again);
    clock.set(again + msToNs(HEALTHY_MS - 50));
    beatAll(core, clock);
    expect(core.evaluate(clock.nowNs()).incident).toBeDefined();
    clock.set(again + msToNs(HEALTHY_MS));
    beatAll(core, clock);
    expect(core.evaluate(clock.nowNs()).incident).toBeUndefined();
  });

  it("operator: refuses a reset while a condition holds or before healthy_ms, then accepts it and stops publishing", () => {
    const s = settings({ recovery: { mode: "operator", healthy_ms: HEALTHY_MS } });
    const clock = new ManualClock(T0);
    const core = new SupervisorCore(s, clock.nowNs());
    core.evaluate(clock.nowNs());
    const refused = core.requestReset("alice", clock.nowNs());
    expect(refused).toMatchObject({ accepted: false, code: "FALLBACK_RESET_REFUSED", incident: { id: 1, cause: "FALLBACK_STARTING" } });
    expect(refused.message).toContain("FALLBACK_STARTING holds");

    beatAll(core, clock);
    const healthySince = clock.nowNs();
    core.evaluate(healthySince);
    clock.advanceMs(100);
    beatAll(core, clock);
    const early = core.requestReset("alice", clock.nowNs());
    expect(early).toMatchObject({ accepted: false, code: "FALLBACK_RESET_REFUSED" });
    expect(early.message).toContain(`healthy for 100 of the ${HEALTHY_MS} ms`);

    // Past healthy_ms an operator incident still holds, and says it waits for the reset.
    for (let t = 150; t <= HEALTHY_MS + 200; t += 50) {
      clock.set(healthySince + msToNs(t));
      beatAll(core, clock);
      expect(core.evaluate(clock.nowNs()).incident).toBeDefined();
    }
    expect(core.nextCommand(clock.nowNs())?.reason).toBe(`awaiting operator reset: FALLBACK_STARTING (healthy for ${HEALTHY_MS + 200} ms)`);

    const accepted = core.requestReset("alice", clock.nowNs());
    expect(accepted).toMatchObject({ accepted: true, incident: { id: 1, endedBy: "operator:alice", endNs: clock.nowNs() } });
    expect(accepted.events.map((e) => e.type)).toEqual(["incident_ended"]);
    expect(core.incident).toBeUndefined();
    clock.advanceMs(100);
    beatAll(core, clock);
    core.evaluate(clock.nowNs());
    expect(core.nextCommand(clock.nowNs())).toBeUndefined();
    expect(core.requestReset("bob", clock.nowNs())).toMatchObject({ accepted: true, message: expect.stringContaining("no incident") });
  });

  it("publishes at once when an incident starts, then every publish_period_ms, with increasing seq", () => {
    const { core, clock } = healthyCore();
    expect(core.nextCommand(clock.nowNs())).toBeUndefined();
    clock.advanceMs(DEADLINE_MS + 1);
    core.evaluate(clock.nowNs());
    const first = core.nextCommand(clock.nowNs());
    expect(first).toMatchObject({ kind: "SAFE_STOP", source: "FALLBACK", issuedTimeNs: clock.nowNs(), validUntilNs: clock.nowNs() + msToNs(200) });
    expect(core.nextCommand(clock.nowNs())).toBeUndefined();
    expect(core.nextDeadlineNs(clock.nowNs())).toBe(clock.nowNs() + msToNs(50));
    clock.advanceMs(49);
    core.evaluate(clock.nowNs());
    expect(core.nextCommand(clock.nowNs())).toBeUndefined();
    clock.advanceMs(1);
    core.evaluate(clock.nowNs());
    expect(core.nextCommand(clock.nowNs())?.seq).toBe(first!.seq + 1n);
  });
});

describe("SupervisorCore: bounds", () => {
  it("watches at most max_instances pairs; more are ignored and counted", () => {
    const { core, clock } = healthyCore(settings({ max_instances: 5 }));
    expect(core.onHeartbeat(beat("ingest", "cam1"), clock.nowNs())).toBe("new");
    expect(core.onHeartbeat(beat("ingest", "cam2"), clock.nowNs())).toBe("over_limit");
    expect(core.onHeartbeat(beat("ingest", "cam1"), clock.nowNs())).toBe("tracked");
    const status = core.status(clock.nowNs());
    expect(status.instances.map((i) => `${i.component}/${i.instance}`)).toEqual(["ingest/*", "ingest/cam0", "ingest/cam1", "track/demo", "risk/demo"]);
    expect(status.counters.instancesOverLimit).toBe(1);
  });

  it("forgets instances after forget_after_ms, but a forgotten required component stays missing, so the stop is never released", () => {
    const FORGET_MS = 2000;
    const { core, clock } = healthyCore(settings({ forget_after_ms: FORGET_MS }));
    core.onHeartbeat(beat("ingest", "cam9"), clock.nowNs());
    const lastTrack = clock.nowNs();
    // Everything but track keeps beating; cam9 (not required) goes silent too.
    for (let t = 50; t <= FORGET_MS + 100; t += 50) {
      clock.set(lastTrack + msToNs(t));
      beatAll(core, clock, ["track/demo"]);
      core.evaluate(clock.nowNs());
    }
    const e = core.evaluate(clock.nowNs());
    expect(e.conditions).toEqual([{ code: "FALLBACK_HEARTBEAT_MISSING", subject: "track", detail: `no heartbeat from track for ${FORGET_MS + 100} ms` }]);
    expect(e.incident).toMatchObject({ cause: "FALLBACK_HEARTBEAT_MISSING" });
    expect(core.status(clock.nowNs()).counters.instancesForgotten).toBe(2);
    clock.advanceMs(HEALTHY_MS * 10);
    beatAll(core, clock, ["track/demo"]);
    expect(core.evaluate(clock.nowNs()).incident).toBeDefined();
  });

  it("keeps the last 64 incidents", () => {
    const { core, clock } = healthyCore(settings({ recovery: { healthy_ms: 0 } }));
    for (let n = 0; n < 70; n++) {
      core.onHeartbeat(beat("risk", "demo", { state: "FAILED", reason: "X" }), clock.nowNs());
      core.evaluate(clock.nowNs());
      core.onHeartbeat(beat("risk"), clock.nowNs());
      core.evaluate(clock.nowNs());
    }
    const history = core.history;
    expect(history).toHaveLength(64);
    expect(history[0]!.id).toBe(71 - 64 + 1);
    expect(history.at(-1)!.id).toBe(71);
  });

  it("nextDeadlineNs is undefined with no incident and nothing watched that can expire", () => {
    const core = new SupervisorCore(settings(), T0);
    // Holding (STARTING): the next publish is due now, before anything was published.
    core.evaluate(T0);
    expect(core.nextDeadlineNs(T0)).toBe(T0);
    core.nextCommand(T0);
    expect(core.nextDeadlineNs(T0)).toBe(T0 + msToNs(50));
  });
});

describe("supervisorSettings", () => {
  const base = { name: "cams", ingest: [{ endpoint: "tcp://127.0.0.1:1" }], output: { detections: { endpoint: "tcp://127.0.0.1:2" } } };

  it("derives endpoints and required components from the pipeline", () => {
    const s = supervisorSettings(parsePipeline({ ...base, heartbeat: { publish: { endpoint: "tcp://127.0.0.1:5570" } }, actuation: { machine_id: "fk-2" } }));
    expect(s).toMatchObject({
      pipeline: "cams",
      machineId: "fk-2",
      heartbeatEndpoints: ["tcp://127.0.0.1:5570"],
      commandEndpoints: ["tcp://127.0.0.1:5560"],
      required: ["ingest", "detect", "track", "risk", "arbiter"],
    });
    const explicit = supervisorSettings(
      parsePipeline({ ...base, fallback: { heartbeats: ["tcp://10.0.0.2:5570"], commands: [], require: ["risk", "ingest"] } }),
    );
    expect(explicit).toMatchObject({ machineId: "machine-0", heartbeatEndpoints: ["tcp://10.0.0.2:5570"], commandEndpoints: [], required: ["ingest", "risk"] });
  });

  it("says to add a heartbeat section when there is nothing to watch (USAGE)", () => {
    expect(() => supervisorSettings(parsePipeline(base))).toThrow(/add a `heartbeat:` section/);
    expect(() => supervisorSettings(parsePipeline(base))).toThrow(expect.objectContaining({ code: "USAGE" }));
  });

  it("refuses to guess where to subscribe when the runtime connects its publishers (USAGE)", () => {
    const config = parsePipeline({ ...base, heartbeat: { publish: { endpoint: "tcp://broker:5570", mode: "connect" } } });
    expect(() => supervisorSettings(config)).toThrow(/fallback\.heartbeats/);
    const listed = parsePipeline({ ...base, heartbeat: { publish: { endpoint: "tcp://broker:5570", mode: "connect" } }, fallback: { heartbeats: ["tcp://broker:5571"] } });
    expect(supervisorSettings(listed).heartbeatEndpoints).toEqual(["tcp://broker:5571"]);
  });

  it("refuses forget_after_ms not above every heartbeat deadline (USAGE)", () => {
    const config = parsePipeline({ ...base, heartbeat: {}, fallback: { forget_after_ms: 1000, components: { detect: { heartbeat_deadline_ms: 1000 } } } });
    expect(() => supervisorSettings(config)).toThrow(expect.objectContaining({ code: "USAGE" }));
  });
});
