import { connect, type MqttClient } from "mqtt";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { bigintToLong, longToBigint, vigil } from "../../proto/index.js";
import {
  CloudLink,
  CloudSubscriber,
  DurableOutbox,
  MESSAGE_ID_FILE,
  MessageIdSequence,
  deviceTopics,
  type CloudDelivery,
  type CloudLinkOptions,
} from "../../runtime/cloud/index.js";
import { describeWithMosquitto, freePort, type MosquittoBroker } from "../mosquitto-broker.js";
import { codeOf } from "../error-code-of.js";
import { startBroker } from "./cloud-broker.js";
import { RiskDeviceProcess } from "./risk-device-process.js";

const WAIT = { timeout: 15_000, interval: 20 };

describeWithMosquitto("CloudLink over a real Mosquitto", () => {
  let broker: MosquittoBroker;
  let dir: string;
  const cleanups: Array<() => Promise<unknown>> = [];
  let n = 0;
  let device: string;

  beforeAll(async () => {
    broker = await startBroker();
  });
  afterAll(async () => {
    await broker.dispose();
  });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "vigil-link-"));
    device = `fl-${++n}`; // each test its own device: retained status and sessions do not leak between tests
  });
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
    await rm(dir, { recursive: true, force: true });
  });

  async function openLink(extra: Partial<CloudLinkOptions> = {}, sub = "link"): Promise<CloudLink> {
    const outbox = await DurableOutbox.open({ dir: join(dir, sub), maxBytes: 1 << 20, fsync: "batch" });
    const ids = await MessageIdSequence.open({ file: join(dir, sub, MESSAGE_ID_FILE), prefix: device });
    const link = new CloudLink({ url: broker.url, site: "dock-3", device, outbox, ids, reconnectMs: 100, ...extra });
    cleanups.push(() => link.close());
    return link;
  }

  async function subscribe(filters: string[], clientId = `test-sub-${device}`): Promise<{ sub: CloudSubscriber; got: CloudDelivery[] }> {
    const sub = new CloudSubscriber({ url: broker.url, clientId, filters, reconnectMs: 100 });
    const got: CloudDelivery[] = [];
    sub.onMessage((d) => got.push(d));
    await sub.connect();
    cleanups.push(() => sub.close());
    return { sub, got };
  }

  async function rawClient(clientId: string): Promise<MqttClient> {
    const client = connect(broker.url, { protocolVersion: 5, clientId, reconnectPeriod: 100 });
    await new Promise((resolve) => client.once("connect", resolve));
    cleanups.push(() => client.endAsync());
    return client;
  }

  const statusOf = (d: CloudDelivery): vigil.v1.DeviceStatus => vigil.v1.DeviceStatus.decode(d.payload);

  it("publishes the retained status on connect, again on setStatus, and a retained offline status on close", async () => {
    const t = deviceTopics("dock-3", device);
    const link = await openLink();
    link.setStatus({ state: "running", activeModel: "yolox_nano", activeVersion: "1.2.0", metrics: { frames: 42 } });
    expect(link.state).toBe("offline");
    await link.connect();
    await vi.waitFor(() => expect(link.counters().statusPublished).toBe(1), WAIT);
    expect(link.state).toBe("online");
    expect(link.counters().connects).toBe(1);

    // a subscriber that comes later gets the retained status
    const { got } = await subscribe([t.status]);
    await vi.waitFor(() => expect(got.length).toBe(1), WAIT);
    expect(got[0]!.retained).toBe(true);
    expect(got[0]!.id).toBeUndefined();
    const first = statusOf(got[0]!);
    expect([first.site, first.device, first.online, first.state, first.activeModel, first.activeVersion]).toEqual(["dock-3", device, true, "running", "yolox_nano", "1.2.0"]);
    expect(first.metrics).toEqual({ frames: 42 });
    expect(longToBigint(first.timeNs)).toBeGreaterThan(0n);

    link.setStatus({ state: "running", activeModel: "yolox_nano", activeVersion: "1.3.0" });
    await vi.waitFor(() => expect(got.length).toBe(2), WAIT);
    expect(statusOf(got[1]!).activeVersion).toBe("1.3.0");

    await link.close();
    await vi.waitFor(() => expect(got.length).toBe(3), WAIT);
    const last = statusOf(got[2]!);
    expect([last.online, last.state, last.activeVersion]).toEqual([false, "offline", "1.3.0"]);
    expect(link.state).toBe("offline");
    expect(link.counters().statusPublished).toBe(3);

    // and it stays retained: a fresh subscriber sees the device offline
    const { got: fresh } = await subscribe([t.status], `test-fresh-${device}`);
    await vi.waitFor(() => expect(fresh.length).toBe(1), WAIT);
    expect([fresh[0]!.retained, statusOf(fresh[0]!).online, statusOf(fresh[0]!).state]).toEqual([true, false, "offline"]);
  });

  it("leaves a retained offline last will when the device process is SIGKILLed", async () => {
    const t = deviceTopics("dock-3", device);
    const { got } = await subscribe([t.status]);
    const child = new RiskDeviceProcess({ url: broker.url, dir: join(dir, "child"), site: "dock-3", device, periodMs: 0, reconnectMs: 100 });
    cleanups.push(() => child.kill());
    await vi.waitFor(() => {
      expect(child.onlineCount, child.stderr).toBe(1);
      expect(got.map((d) => statusOf(d).online)).toEqual([true]);
    }, WAIT);
    expect(statusOf(got[0]!).activeVersion).toBe("1.0.0");

    expect(await child.kill()).toBe("SIGKILL");
    await vi.waitFor(() => expect(got.length).toBe(2), WAIT);
    const will = statusOf(got[1]!);
    expect([will.site, will.device, will.online, will.state]).toEqual(["dock-3", device, false, "offline"]);
    expect(will.activeVersion).toBe("1.0.0"); // the will carries the last known model

    const { got: fresh } = await subscribe([t.status], `test-fresh-${device}`);
    await vi.waitFor(() => expect(fresh.length).toBe(1), WAIT);
    expect([fresh[0]!.retained, statusOf(fresh[0]!).online, statusOf(fresh[0]!).state]).toEqual([true, false, "offline"]);
  });

  it("hands commands under cmd/# to onCommand, counts handler failures, and gets commands queued while it was away", async () => {
    const t = deviceTopics("dock-3", device);
    const link = await openLink();
    const commands: Array<{ topic: string; deployId: string }> = [];
    link.onCommand((topic, payload) => {
      if (topic === t.deploy) {
        const cmd = vigil.v1.DeployCommand.decode(payload);
        if (cmd.deployId === "bad") throw new Error("refused by the test handler");
        commands.push({ topic, deployId: cmd.deployId });
      } else {
        commands.push({ topic, deployId: vigil.v1.RollbackCommand.decode(payload).deployId });
      }
    });
    await link.connect();
    await vi.waitFor(() => expect(link.state).toBe("online"), WAIT);
    const fleet = await rawClient(`fleet-${device}`);
    const deploy = (deployId: string): Buffer => Buffer.from(vigil.v1.DeployCommand.encode({ deployId, mode: "shadow" }).finish());
    // the subscription is made right after the CONNACK: wait for the first command to arrive
    await vi.waitFor(async () => {
      await fleet.publishAsync(t.deploy, deploy("d-1"), { qos: 1 });
      expect(commands.length).toBeGreaterThan(0);
    }, WAIT);
    await fleet.publishAsync(t.deploy, deploy("bad"), { qos: 1 });
    await fleet.publishAsync(t.rollback, Buffer.from(vigil.v1.RollbackCommand.encode({ deployId: "r-1" }).finish()), { qos: 1 });
    await fleet.publishAsync(deviceTopics("dock-3", "someone-else").deploy, deploy("not-mine"), { qos: 1 });
    await vi.waitFor(() => expect(commands.at(-1)).toEqual({ topic: t.rollback, deployId: "r-1" }), WAIT);
    expect(new Set(commands.map((c) => c.deployId))).toEqual(new Set(["d-1", "r-1"]));
    const c = link.counters();
    expect(c.commandsReceived).toBe(commands.length + 1);
    expect(c.commandErrors).toBe(1);

    // the device goes away; a command sent meanwhile waits in its session on the broker
    await link.close();
    await fleet.publishAsync(t.deploy, deploy("d-2"), { qos: 1 });
    const again = await openLink();
    const later: string[] = [];
    again.onCommand((_topic, payload) => {
      later.push(vigil.v1.DeployCommand.decode(payload).deployId);
    });
    await again.connect();
    await vi.waitFor(() => expect(later).toEqual(["d-2"]), WAIT);
    expect(again.counters().commandErrors).toBe(0);
  });

  it("delivers risk events, telemetry and model status in order, each with user property id, and acks the outbox", async () => {
    const t = deviceTopics("dock-3", device);
    const { sub, got } = await subscribe([t.riskEvents, t.telemetry, t.modelStatus]);
    const link = await openLink({ maxInflight: 8 });
    await link.connect();
    const ids: string[] = [];
    for (let seq = 1; seq <= 200; seq++) ids.push(await link.sendRiskEvent({ sensorId: "cam-1", seq: bigintToLong(BigInt(seq), true), level: 3, rawLevel: 4 }));
    const telemetryId = await link.sendTelemetry({ error_rate: 0.01, frames: 1200 });
    const statusId = await link.sendModelStatus({ deployId: "d-9", modelName: "yolox_nano", version: "1.3.0", state: "verified" });
    expect(ids.slice(0, 3)).toEqual([`${device}:1`, `${device}:2`, `${device}:3`]);
    await vi.waitFor(() => expect(got.length).toBe(202), WAIT);

    const risk = got.filter((d) => d.topic === t.riskEvents);
    expect(risk.map((d) => d.id)).toEqual(ids);
    const events = risk.map((d) => vigil.v1.RiskEvent.decode(d.payload));
    expect(events.map((e) => e.eventId)).toEqual(ids);
    expect(events.map((e) => Number(longToBigint(e.assessment!.seq)))).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(events.every((e) => e.site === "dock-3" && e.device === device && e.assessment!.level === 3)).toBe(true);

    const [telemetry] = got.filter((d) => d.topic === t.telemetry);
    const tm = vigil.v1.Telemetry.decode(telemetry!.payload);
    expect([telemetry!.id, tm.messageId, tm.site, tm.device, tm.values]).toEqual([telemetryId, telemetryId, "dock-3", device, { error_rate: 0.01, frames: 1200 }]);
    const [report] = got.filter((d) => d.topic === t.modelStatus);
    const ms = vigil.v1.ModelStatusReport.decode(report!.payload);
    expect([report!.id, ms.messageId, ms.deployId, ms.state, ms.version, ms.device]).toEqual([statusId, statusId, "d-9", "verified", "1.3.0", device]);
    expect(longToBigint(ms.timeNs)).toBeGreaterThan(0n);

    await vi.waitFor(() => expect([link.counters().outbox.records, link.counters().inflight]).toEqual([0, 0]), WAIT);
    const c = link.counters();
    expect([c.published, c.acked, c.inflight, c.publishErrors, c.ackErrors]).toEqual([202, 202, 0, 0, 0]);
    expect([c.outbox.appended, c.outbox.acked]).toEqual([202, 202]);
    expect(sub.counters()).toMatchObject({ received: 202, delivered: 202, duplicates: 0 });
  });

  it("keeps at most maxInflight records unacknowledged while it drains a backlog", async () => {
    const t = deviceTopics("dock-3", device);
    const { got } = await subscribe([t.riskEvents]);
    const link = await openLink({ maxInflight: 3 });
    const ids: string[] = [];
    for (let seq = 1; seq <= 100; seq++) ids.push(await link.sendRiskEvent({ sensorId: "cam-1", seq: bigintToLong(BigInt(seq), true), level: 2 }));
    expect([link.counters().published, link.counters().outbox.records]).toEqual([0, 100]); // nothing goes to mqtt.js before connect
    await link.connect();
    let maxSeen = 0;
    const deadline = Date.now() + 15_000;
    while (got.length < 100 && Date.now() < deadline) {
      maxSeen = Math.max(maxSeen, link.counters().inflight);
      await new Promise((r) => setImmediate(r));
    }
    expect(maxSeen).toBe(3);
    expect(got.map((d) => d.id)).toEqual(ids);
  });

  it("close() leaves no timer or socket behind, whether the link was online or retrying", async () => {
    const handles = (): Record<string, number> => {
      const counts: Record<string, number> = {};
      for (const r of process.getActiveResourcesInfo()) if (r === "Timeout" || r === "TCPSocketWrap") counts[r] = (counts[r] ?? 0) + 1;
      return counts;
    };
    const before = handles();
    const online = await openLink({}, "online");
    const retrying = await openLink({ url: `mqtt://127.0.0.1:${await freePort()}`, clientId: `retrying-${device}` }, "retrying");
    await online.connect();
    await retrying.connect();
    await online.sendRiskEvent({ sensorId: "cam-1", level: 2 });
    await retrying.sendRiskEvent({ sensorId: "cam-1", level: 2 });
    await vi.waitFor(() => {
      expect(online.counters().acked).toBe(1);
      expect(retrying.counters().connectErrors).toBeGreaterThanOrEqual(2);
    }, WAIT);
    await online.close();
    await retrying.close();
    expect([online.state, retrying.state]).toEqual(["offline", "offline"]);
    expect(retrying.counters().outbox.records).toBe(1); // kept for the next start
    // polled with setImmediate: a timer-based wait would count itself
    const leftOver = (): string[] => Object.entries(handles()).flatMap(([k, n]) => (n > (before[k] ?? 0) ? [`${k}: ${n} (before: ${before[k] ?? 0})`] : []));
    for (let i = 0; i < 1000 && leftOver().length > 0; i++) await new Promise((r) => setImmediate(r));
    expect(leftOver()).toEqual([]);
    expect(await codeOf(online.sendRiskEvent({ sensorId: "cam-1", level: 2 }))).toBe("OUTBOX_CLOSED");
  });
});
