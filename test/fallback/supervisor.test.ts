import { filter, firstValueFrom } from "rxjs";
import { afterEach, describe, expect, it } from "vitest";
import { Publisher, Request } from "zeromq";
import { createJsonLinesLogger, sendControlRequest, Supervisor, supervisorSettings, type SupervisorEvent, type SupervisorSettings } from "../../fallback/index.js";
import { encodeHeartbeat, type HeartbeatComponent } from "../../proto/index.js";
import { ActuatorGateway, type GatewayTransition } from "../../runtime/actuation/index.js";
import { SystemClock, msToNs } from "../../runtime/clock/index.js";
import { parsePipeline } from "../../runtime/config/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { within } from "../ingest/ingest-test-support.js";

const DEADLINE_MS = 150;
const CHECK_MS = 10;
const PUBLISH_MS = 50;
const VALIDITY_MS = 200;
const HEALTHY_MS = 300;
const BEAT_MS = 20;
/** Loopback transport, the gateway's own check and a loaded CI machine's scheduling. */
const SLACK_MS = 60;
const clock = new SystemClock();
const INSTANCES: Array<[HeartbeatComponent, string]> = [
  ["ingest", "*"],
  ["ingest", "cam0"],
  ["track", "demo"],
  ["risk", "demo"],
];

function settingsFor(heartbeats: string, fallback: Record<string, unknown> = {}): SupervisorSettings {
  const deadlines = { heartbeat_deadline_ms: DEADLINE_MS, max_frame_age_ms: 500 };
  return supervisorSettings(
    parsePipeline({
      name: "demo",
      ingest: [{ endpoint: "tcp://127.0.0.1:1", kind: "objects" }],
      output: { detections: { endpoint: "tcp://127.0.0.1:2" } },
      fallback: {
        heartbeats: [heartbeats],
        publish: { endpoint: "tcp://127.0.0.1:*" },
        control: { endpoint: "tcp://127.0.0.1:*" },
        components: { ingest: deadlines, track: deadlines, risk: deadlines },
        check_period_ms: CHECK_MS,
        publish_period_ms: PUBLISH_MS,
        validity_ms: VALIDITY_MS,
        recovery: { mode: "auto", healthy_ms: HEALTHY_MS },
        ...fallback,
      },
    }),
  );
}

describe("Supervisor over real ZeroMQ sockets (tcp loopback) with a real ActuatorGateway", () => {
  const closers: Array<() => unknown> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  async function heartbeatPublisher() {
    const pub = new Publisher({ linger: 0 });
    await pub.bind("tcp://127.0.0.1:*");
    closers.push(() => pub.close());
    const sent = { lastNs: 0n, count: 0 };
    let seq = 0n;
    // One send at a time (zeromq.js): queue the instances of one beat in a chain.
    let chain: Promise<unknown> = Promise.resolve();
    const beatOnce = (): void => {
      for (const [component, instance] of INSTANCES) {
        const bytes = encodeHeartbeat({ component, instance, seq: ++seq, timeNs: clock.nowNs(), state: "OK", reason: "", frameAgeNs: msToNs(5), latencyNs: msToNs(1), queueDepth: 0, counters: {} });
        chain = chain.then(() => pub.send(bytes)).then(() => {
          sent.lastNs = clock.nowNs();
          sent.count++;
        });
      }
    };
    let timer: NodeJS.Timeout | undefined;
    const start = (): void => {
      beatOnce();
      timer = setInterval(beatOnce, BEAT_MS);
    };
    const stop = async (): Promise<void> => {
      clearInterval(timer);
      await chain;
    };
    closers.push(stop);
    const sendRaw = (bytes: Uint8Array): void => {
      chain = chain.then(() => pub.send(bytes));
    };
    return { endpoint: pub.lastEndpoint as string, sent, start, stop, sendRaw };
  }

  async function startSupervisor(settings: SupervisorSettings) {
    const lines: Array<Record<string, unknown>> = [];
    const logger = createJsonLinesLogger({ write: (line) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    const sup = await Supervisor.start(settings, { clock, logger });
    closers.push(() => sup.close());
    return { sup, lines };
  }

  function nextEvent(sup: Supervisor, match: (e: SupervisorEvent) => boolean, what: string): Promise<SupervisorEvent> {
    let unsubscribe: () => void = () => undefined;
    const found = new Promise<SupervisorEvent>((resolve) => {
      unsubscribe = sup.onEvent((e) => {
        if (match(e)) resolve(e);
      });
    });
    return within(found, 10_000, what).finally(() => unsubscribe());
  }

  function transition(gw: ActuatorGateway, sinceNs: bigint, match: (t: GatewayTransition) => boolean, what: string): Promise<GatewayTransition> {
    return within(firstValueFrom(gw.transitions$.pipe(filter((t) => t.atNs >= sinceNs && match(t)))), 10_000, what);
  }

  it("stops the machine within deadline + 2 checks of the last heartbeat, releases it healthy_ms after they resume, and logs every incident", async () => {
    const beats = await heartbeatPublisher();
    const { sup, lines } = await startSupervisor(settingsFor(beats.endpoint));
    expect(sup.endpoints.publish).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    const gw = await ActuatorGateway.open({ endpoints: [sup.endpoints.publish], clock, checkMs: 5, logger: silentLogger });
    closers.push(() => gw.close());

    // Start-up: held in SAFE_STOP before anything is heard.
    const starting = await transition(gw, 0n, (t) => t.to === "SAFE_STOP", "SAFE_STOP while starting");
    expect(starting.command).toMatchObject({ source: "FALLBACK", kind: "SAFE_STOP", machineId: "machine-0", origin: "vigil-supervisor" });
    expect(starting.command?.reason).toMatch(/^FALLBACK_STARTING: /);

    beats.start();
    const firstEnd = await nextEvent(sup, (e) => e.type === "incident_ended" && e.incident.id === 1, "the start-up incident to end");
    expect(firstEnd).toMatchObject({ incident: { cause: "FALLBACK_STARTING", endedBy: "auto" } });
    const released = await transition(gw, firstEnd.atNs, (t) => t.to === "SAFE", "the gateway to go SAFE once the last SAFE_STOP expires");
    expect(released).toMatchObject({ from: "SAFE_STOP", cause: "expired", expired: { source: "FALLBACK" } });
    expect(released.atNs).toBeGreaterThan(released.expired!.validUntilNs);

    // Garbage on the heartbeat endpoint is counted, not fatal, and not taken for a heartbeat.
    for (let tries = 0; (sup.status().malformed.HEARTBEAT_MALFORMED ?? 0) === 0; tries++) {
      expect(tries, "the malformed heartbeat never arrived").toBeLessThan(100);
      beats.sendRaw(new Uint8Array([0x0a, 0xff, 0xff, 0x01]));
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(sup.status()).toMatchObject({ holding: false, conditions: [] });
    expect(lines.some((l) => l.code === "HEARTBEAT_MALFORMED" && l.msg === "message rejected")).toBe(true);

    // The runtime dies: no more heartbeats.
    await beats.stop();
    const lastSentNs = beats.sent.lastNs;
    const stop = await transition(gw, lastSentNs, (t) => t.to === "SAFE_STOP", "SAFE_STOP after the heartbeats stop");
    const started = await nextEvent(sup, (e) => e.type === "incident_started" && e.incident.id === 2, "incident 2");
    expect(stop.command).toMatchObject({ source: "FALLBACK", kind: "SAFE_STOP" });
    expect(stop.command?.reason).toMatch(/^FALLBACK_HEARTBEAT_MISSING: no heartbeat from ingest\/\* for \d+ ms \(deadline 150 ms\)( \(\+[1-3] more\))?$/); // the four beats arrive spread by a few ms: the first deadline may pass alone
    const reactionMs = Number(stop.atNs - lastSentNs) / 1e6;
    const detectMs = Number(started.atNs - lastSentNs) / 1e6;
    console.info(`last heartbeat -> incident ${detectMs.toFixed(1)} ms, -> gateway SAFE_STOP ${reactionMs.toFixed(1)} ms (deadline ${DEADLINE_MS} ms, check ${CHECK_MS} ms)`);
    // Never before the deadline (lastNs is the last of the beat's four sends, so allow their spread; exactness is in the core tests).
    expect(detectMs).toBeGreaterThanOrEqual(DEADLINE_MS - 1);
    expect(reactionMs).toBeLessThanOrEqual(DEADLINE_MS + 2 * CHECK_MS + SLACK_MS);

    // It comes back: the incident ends healthy_ms after the first fresh heartbeats, its SAFE_STOPs stop and lapse.
    const resumedNs = clock.nowNs();
    beats.start();
    const ended = await nextEvent(sup, (e) => e.type === "incident_ended" && e.incident.id === 2, "incident 2 to end");
    if (ended.type !== "incident_ended") throw new Error("not an end");
    expect(ended.incident).toMatchObject({ cause: "FALLBACK_HEARTBEAT_MISSING", causes: ["FALLBACK_HEARTBEAT_MISSING"], endedBy: "auto" });
    expect(Number(ended.atNs - resumedNs) / 1e6).toBeGreaterThanOrEqual(HEALTHY_MS);
    const safe = await transition(gw, ended.atNs, (t) => t.to === "SAFE", "SAFE when the last SAFE_STOP lapses");
    expect(safe).toMatchObject({ from: "SAFE_STOP", cause: "expired", expired: { source: "FALLBACK" } });
    expect(Number(safe.atNs - ended.atNs) / 1e6).toBeLessThanOrEqual(VALIDITY_MS + SLACK_MS);
    const publishedAtEnd = sup.status().published;
    await new Promise((r) => setTimeout(r, 3 * PUBLISH_MS));
    expect(sup.status().published).toBe(publishedAtEnd);

    // "Every incident is logged with its cause, start and end."
    const endLine = lines.find((l) => l.event === "incident_ended" && l.id === 2);
    expect(endLine).toMatchObject({
      cause: "FALLBACK_HEARTBEAT_MISSING",
      causes: ["FALLBACK_HEARTBEAT_MISSING"],
      detail: expect.stringContaining("no heartbeat from ingest/*"),
      startNs: started.atNs.toString(),
      endNs: ended.atNs.toString(),
      durationMs: Math.round(Number(ended.atNs - started.atNs) / 1e6),
      endedBy: "auto",
      level: 30,
      name: "vigil-supervisor",
    });
    expect(lines.filter((l) => l.event === "incident_started").map((l) => [l.id, l.cause])).toEqual([
      [1, "FALLBACK_STARTING"],
      [2, "FALLBACK_HEARTBEAT_MISSING"],
    ]);
  });

  it("answers status and reset requests on its control socket, and a malformed request with USAGE", async () => {
    const beats = await heartbeatPublisher();
    const { sup } = await startSupervisor(settingsFor(beats.endpoint, { recovery: { mode: "operator", healthy_ms: 100 } }));
    const refused = await sendControlRequest(sup.endpoints.control, { op: "reset", operator: "alice" }, 2000);
    expect(refused).toMatchObject({ op: "reset", accepted: false, code: "FALLBACK_RESET_REFUSED", incident: { id: 1, cause: "FALLBACK_STARTING" } });

    beats.start();
    await within(
      (async () => {
        while (sup.status().conditions.length > 0 || (sup.status().incident?.healthyForMs ?? 0) < 100) await new Promise((r) => setTimeout(r, 20));
      })(),
      10_000,
      "100 ms of health",
    );
    const status = await sendControlRequest(sup.endpoints.control, { op: "status" }, 2000);
    if (status.op !== "status") throw new Error(`unexpected reply ${JSON.stringify(status)}`);
    expect(status.status).toMatchObject({ pipeline: "demo", holding: true, conditions: [], recovery: { mode: "operator" }, required: ["ingest", "track", "risk"] });
    expect(status.status.instances.map((i) => `${i.component}/${i.instance}`)).toEqual(["ingest/*", "ingest/cam0", "track/demo", "risk/demo"]);

    const accepted = await sendControlRequest(sup.endpoints.control, { op: "reset", operator: "alice" }, 2000);
    expect(accepted).toMatchObject({ op: "reset", accepted: true, incident: { id: 1, endedBy: "operator:alice" } });
    expect(sup.status().holding).toBe(false);

    const raw = new Request({ linger: 0, receiveTimeout: 2000 });
    closers.push(() => raw.close());
    raw.connect(sup.endpoints.control);
    await raw.send("{not json");
    const [reply] = await raw.receive();
    expect(JSON.parse(reply!.toString())).toMatchObject({ op: "error", code: "USAGE" });
  });

  it("FALLBACK_SOCKET_FAILED when its publish endpoint is taken, and no reply (FALLBACK_SOCKET_FAILED) from a control endpoint nobody serves", async () => {
    const taken = new Publisher({ linger: 0 });
    await taken.bind("tcp://127.0.0.1:*");
    closers.push(() => taken.close());
    const settings = settingsFor("tcp://127.0.0.1:1", { publish: { endpoint: taken.lastEndpoint } });
    await expect(Supervisor.start(settings, { clock })).rejects.toMatchObject({ code: "FALLBACK_SOCKET_FAILED" });
    await expect(sendControlRequest(taken.lastEndpoint as string, { op: "status" }, 200)).rejects.toMatchObject({ code: "FALLBACK_SOCKET_FAILED" });
  });
});
