import { filter, firstValueFrom } from "rxjs";
import { afterEach, describe, expect, it } from "vitest";
import { Publisher } from "zeromq";
import {
  ActuatorGateway,
  CommandPublisher,
  encodeActuationCommand,
  type ActuationCommandMessage,
  type CommandKindName,
  type CommandSourceName,
  type GatewayTransition,
} from "../../runtime/actuation/index.js";
import { SystemClock } from "../../runtime/graph/index.js";
import { lineCountingLogger, within } from "../ingest/ingest-test-support.js";

const MS = 1_000_000n;
const VALIDITY_MS = 150;
const CHECK_MS = 10;
const clock = new SystemClock();

describe("ActuatorGateway over real ZeroMQ sockets (tcp loopback)", () => {
  const closers: Array<() => unknown> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  async function commandPublisher(): Promise<CommandPublisher> {
    const pub = await CommandPublisher.open({ endpoint: "tcp://127.0.0.1:*", mode: "bind", send_hwm: 16, max_pending: 8 });
    closers.push(() => pub.close());
    expect(pub.endpoint).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    return pub;
  }

  async function gateway(endpoints: string[], extra: { machineId?: string } = {}) {
    const { logger, lines } = lineCountingLogger();
    const gw = await ActuatorGateway.open({ endpoints, clock, checkMs: CHECK_MS, logger, ...extra });
    closers.push(() => gw.close());
    return { gw, lines };
  }

  /** Publishes `kind` from `source` every 50 ms, valid for VALIDITY_MS; returns what it sent last and a stop(). */
  function keepSending(pub: CommandPublisher, kind: CommandKindName, source: CommandSourceName, machineId = "forklift-7") {
    let seq = 0n;
    const sent: { last: ActuationCommandMessage | undefined } = { last: undefined };
    const send = (): void => {
      const now = clock.nowNs();
      sent.last = { machineId, seq: ++seq, issuedTimeNs: now, validUntilNs: now + BigInt(VALIDITY_MS) * MS, kind, source, maxSpeedMps: 0, reason: `${source} ${kind}`, assessmentId: "", origin: "test" };
      pub.publish(sent.last);
    };
    send();
    const timer = setInterval(send, 50);
    const stop = (): void => clearInterval(timer);
    closers.push(stop);
    return { sent, stop };
  }

  /** The first transition (replayed or new) after `sinceNs` that matches. */
  function transition(gw: ActuatorGateway, sinceNs: bigint, match: (t: GatewayTransition) => boolean, what: string): Promise<GatewayTransition> {
    return within(firstValueFrom(gw.transitions$.pipe(filter((t) => t.atNs >= sinceNs && match(t)))), 5000, what);
  }

  it("starts SAFE ('no command yet'), obeys a refreshed PROCEED, and goes SAFE within validity + one check after the publisher stops", async () => {
    const pub = await commandPublisher();
    const { gw, lines } = await gateway([pub.endpoint]);
    expect(gw.state.mode).toBe("SAFE");
    const first = await firstValueFrom(gw.transitions$);
    expect(first).toMatchObject({ from: "START", to: "SAFE", cause: "no command yet" });

    const t0 = clock.nowNs();
    const sender = keepSending(pub, "PROCEED", "PERCEPTION");
    const proceed = await transition(gw, t0, (t) => t.to === "PROCEED", "gateway to obey PROCEED");
    expect(proceed).toMatchObject({ from: "SAFE", cause: "command", command: { kind: "PROCEED", source: "PERCEPTION" } });
    expect(gw.state.mode).toBe("PROCEED");

    sender.stop();
    const lastSent = sender.sent.last;
    if (lastSent === undefined) throw new Error("nothing sent");
    const safe = await transition(gw, proceed.atNs, (t) => t.to === "SAFE", "gateway to go SAFE after silence");
    expect(safe.from).toBe("PROCEED");
    expect(safe.cause).toBe("expired");
    expect(safe.command).toBeUndefined();
    // Never before the obeyed command's valid_until; within one check period (plus scheduling margin) after it.
    const expired = safe.expired;
    if (expired === undefined) throw new Error("the SAFE transition names no expired command");
    expect(safe.atNs).toBeGreaterThan(expired.validUntilNs);
    expect(Number(safe.atNs - expired.validUntilNs) / 1e6).toBeLessThanOrEqual(CHECK_MS + 90);
    // From the last message sent: at most validity + 100 ms.
    expect(Number(safe.atNs - lastSent.issuedTimeNs) / 1e6).toBeLessThanOrEqual(VALIDITY_MS + 100);
    expect(gw.state).toEqual({ mode: "SAFE", maxSpeedMps: 0, command: undefined });

    // The transition log: one JSON line per transition, naming the cause.
    const logged = lines.filter((l) => l.event === "actuator_transition").map((l) => `${String(l.from)}->${String(l.to)}:${String(l.cause)}`);
    expect(logged).toEqual(["START->SAFE:no command yet", "SAFE->PROCEED:command", "PROCEED->SAFE:expired"]);
    expect(lines.at(-1)).toMatchObject({ expired: { source: "PERCEPTION", kind: "PROCEED", seq: String(expired.seq) } });
  });

  it("obeys a FALLBACK SAFE_STOP over a PERCEPTION PROCEED from another endpoint, and returns to PROCEED when it expires", async () => {
    const perceptionPub = await commandPublisher();
    const fallbackPub = await commandPublisher();
    const { gw } = await gateway([perceptionPub.endpoint, fallbackPub.endpoint]);

    const t0 = clock.nowNs();
    keepSending(perceptionPub, "PROCEED", "PERCEPTION");
    await transition(gw, t0, (t) => t.to === "PROCEED", "PROCEED from perception");

    const t1 = clock.nowNs();
    const fallback = keepSending(fallbackPub, "SAFE_STOP", "FALLBACK");
    const stop = await transition(gw, t1, (t) => t.to === "SAFE_STOP", "SAFE_STOP from the fallback");
    expect(stop).toMatchObject({ from: "PROCEED", cause: "command", command: { kind: "SAFE_STOP", source: "FALLBACK", reason: "FALLBACK SAFE_STOP" } });

    // Perception keeps saying PROCEED: the fallback still wins.
    await new Promise((r) => setTimeout(r, 200));
    expect(gw.state.mode).toBe("SAFE_STOP");
    expect(gw.state.command?.source).toBe("FALLBACK");

    fallback.stop();
    const back = await transition(gw, stop.atNs, (t) => t.to === "PROCEED", "PROCEED once the fallback's command expires");
    expect(back).toMatchObject({ from: "SAFE_STOP", cause: "expired", command: { source: "PERCEPTION" }, expired: { source: "FALLBACK", kind: "SAFE_STOP" } });
  });

  it("counts and ignores malformed messages and commands for another machine", async () => {
    const raw = new Publisher({ linger: 0 });
    closers.push(() => raw.close());
    await raw.bind("tcp://127.0.0.1:*");
    const { gw, lines } = await gateway([raw.lastEndpoint as string], { machineId: "forklift-7" });
    const now = (): bigint => clock.nowNs();
    const proceed = (machineId: string): Uint8Array =>
      encodeActuationCommand({ machineId, seq: 1n, issuedTimeNs: now(), validUntilNs: now() + 10_000n * MS, kind: "PROCEED", source: "PERCEPTION", maxSpeedMps: 0, reason: "", assessmentId: "", origin: "test" });
    // PUB drops until the subscription arrives: repeat (bounded) until the gateway has seen both kinds.
    for (let tries = 0; gw.rejected === 0 || gw.ignored === 0; tries++) {
      expect(tries, "messages never reached the gateway").toBeLessThan(250);
      await raw.send(new Uint8Array([0x0a, 0xff, 0xff]));
      await raw.send(proceed("forklift-9"));
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(gw.state.mode).toBe("SAFE");
    expect(gw.received).toBe(0);
    expect(lines.some((l) => l.code === "COMMAND_MALFORMED")).toBe(true);

    await raw.send(proceed("forklift-7"));
    await transition(gw, 0n, (t) => t.to === "PROCEED", "PROCEED for this machine");
    expect(gw.received).toBe(1);
  });

  it("trusts a command at most maxValidityMs, whatever valid_until it carries", async () => {
    const pub = await commandPublisher();
    const { logger } = lineCountingLogger();
    const gw = await ActuatorGateway.open({ endpoints: [pub.endpoint], clock, checkMs: CHECK_MS, maxValidityMs: 100, logger });
    closers.push(() => gw.close());
    const t0 = clock.nowNs();
    const send = (): void => pub.publish({ machineId: "m", seq: 1n, issuedTimeNs: clock.nowNs(), validUntilNs: clock.nowNs() + 3_600_000n * MS, kind: "PROCEED", source: "OPERATOR", maxSpeedMps: 0, reason: "an hour", assessmentId: "", origin: "test" });
    const timer = setInterval(send, 20);
    closers.push(() => clearInterval(timer));
    const proceed = await transition(gw, t0, (t) => t.to === "PROCEED", "PROCEED");
    clearInterval(timer);
    const safe = await transition(gw, proceed.atNs, (t) => t.to === "SAFE", "SAFE after the clamp");
    expect(safe.cause).toBe("expired");
    expect(Number(safe.atNs - proceed.atNs) / 1e6).toBeLessThan(1000);
  });

  it("rejects bad options with USAGE", async () => {
    await expect(ActuatorGateway.open({ endpoints: [], clock })).rejects.toMatchObject({ code: "USAGE" });
    await expect(ActuatorGateway.open({ endpoints: ["tcp://127.0.0.1:1"], clock, checkMs: 0 })).rejects.toMatchObject({ code: "USAGE" });
  });
});
