// The outbox's full policy seen through the link: while the broker is away and the outbox is
// small, telemetry is dropped first (counted) and risk never; once the broker is back every
// accepted risk event arrives.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it, vi } from "vitest";
import { bigintToLong, vigil } from "../../proto/index.js";
import {
  CloudLink,
  CloudSubscriber,
  DurableOutbox,
  MESSAGE_ID_FILE,
  MessageIdSequence,
  deviceTopics,
  type CloudDelivery,
} from "../../runtime/cloud/index.js";
import { codeOf } from "../error-code-of.js";
import { describeWithMosquitto, type MosquittoBroker } from "../mosquitto-broker.js";
import { startBroker } from "./cloud-broker.js";

const WAIT = { timeout: 20_000, interval: 20 };

describeWithMosquitto("CloudLink with a full outbox while the broker is down", () => {
  let broker: MosquittoBroker | undefined;
  let dir: string | undefined;
  const cleanups: Array<() => Promise<unknown>> = [];

  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
    await broker?.dispose();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it("drops telemetry first, never risk, and delivers every accepted risk event when the broker is back", { timeout: 60_000 }, async () => {
    broker = await startBroker();
    dir = await mkdtemp(join(tmpdir(), "vigil-full-"));
    const t = deviceTopics("dock-3", "fl-full");
    const sub = new CloudSubscriber({ url: broker.url, clientId: "fleet-full-test", filters: [t.riskEvents, t.telemetry], reconnectMs: 100 });
    const got: CloudDelivery[] = [];
    sub.onMessage((d) => got.push(d));
    await sub.connect(); // the session and its subscriptions now wait on the broker for the events
    cleanups.push(() => sub.close());

    await broker.stop();
    const outbox = await DurableOutbox.open({ dir, maxBytes: 4096, segmentBytes: 1024, fsync: "batch" });
    const ids = await MessageIdSequence.open({ file: join(dir, MESSAGE_ID_FILE), prefix: "fl-full" });
    const link = new CloudLink({ url: broker.url, site: "dock-3", device: "fl-full", outbox, ids, reconnectMs: 100 });
    cleanups.push(() => link.close());
    await link.connect();
    await vi.waitFor(() => expect(link.counters().connectErrors).toBeGreaterThan(0), WAIT);
    expect(link.state).toBe("offline");
    expect(link.lastError?.code).toBe("CLOUD_LINK_DOWN");

    const risk = (seq: number): Promise<string> => link.sendRiskEvent({ sensorId: "cam-1", seq: bigintToLong(BigInt(seq), true), level: 4, rawLevel: 4 });
    // phase 1: risk and telemetry interleaved, more than the outbox holds
    const riskIds: string[] = [];
    const telemetryIds: string[] = [];
    for (let i = 0; i < 60; i++) {
      if (i % 3 === 0) riskIds.push(await risk(i));
      else telemetryIds.push(await link.sendTelemetry({ frames: i, error_rate: 0.5 }));
    }
    let c = link.counters();
    const droppedTelemetry = c.outbox.droppedByClass.telemetry ?? 0;
    expect(droppedTelemetry).toBeGreaterThan(0);
    expect(c.outbox.droppedByClass.risk).toBeUndefined();
    expect(c.outbox.rejectedFull).toBe(0);
    expect(c.outbox.bytes).toBeLessThanOrEqual(4096);
    expect(c.published).toBe(0);
    // the oldest telemetry went first: what waits is every risk event and the newest telemetry
    const waiting = outbox.peek(1000).map((r) => r.id);
    const survivors = telemetryIds.slice(droppedTelemetry);
    expect(waiting.filter((id) => riskIds.includes(id))).toEqual(riskIds);
    expect(waiting.filter((id) => telemetryIds.includes(id))).toEqual(survivors);

    // phase 2: the broker comes back; everything that waits arrives, dropped telemetry never
    await broker.restart();
    await vi.waitFor(() => expect(got.length).toBe(riskIds.length + survivors.length), WAIT);
    expect(got.filter((d) => d.topic === t.riskEvents).map((d) => d.id)).toEqual(riskIds);
    expect(got.filter((d) => d.topic === t.telemetry).map((d) => d.id)).toEqual(survivors);
    expect(got.filter((d) => d.topic === t.riskEvents).map((d) => vigil.v1.RiskEvent.decode(d.payload).eventId)).toEqual(riskIds);
    await vi.waitFor(() => expect([link.counters().outbox.records, link.counters().inflight]).toEqual([0, 0]), WAIT);

    // phase 3: down again, and only risk events: once no telemetry is left to drop, the next
    // risk event is refused (OUTBOX_FULL) instead of dropping an older one
    await broker.stop();
    await vi.waitFor(() => expect(link.state).toBe("offline"), WAIT);
    await link.sendTelemetry({ frames: 1 });
    const accepted: string[] = [];
    let refused: string | undefined;
    for (let i = 0; i < 200 && refused === undefined; i++) {
      const p = risk(1000 + i);
      refused = await codeOf(p);
      if (refused === undefined) accepted.push(await p);
    }
    expect(refused).toBe("OUTBOX_FULL");
    c = link.counters();
    expect(c.outbox.rejectedFull).toBe(1);
    expect(c.outbox.droppedByClass.telemetry).toBe(droppedTelemetry + 1);
    expect(c.outbox.droppedByClass.risk).toBeUndefined();
    expect(c.outbox.records).toBe(accepted.length);
    expect(accepted.length).toBeGreaterThan(10);

    const before = got.length; // before the restart: the link may deliver before restart() returns
    await broker.restart();
    const diagnose = (): string => JSON.stringify({ before, accepted: accepted.length, got: got.length, link: link.counters(), sub: sub.counters(), subOnline: sub.online, log: broker?.log.slice(-500) });
    await vi.waitFor(() => expect(got.length, diagnose()).toBe(before + accepted.length), WAIT);
    expect(got.slice(before).map((d) => d.id)).toEqual(accepted);
    await vi.waitFor(() => expect(link.counters().outbox.records).toBe(0), WAIT);
    expect(link.counters().reconnects).toBe(1);
  });
});
