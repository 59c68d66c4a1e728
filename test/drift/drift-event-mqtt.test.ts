// Drift alarms to the fleet: a DriftMonitor's onAlarm routed to CloudLink.sendDriftEvent goes
// through the durable outbox to vigil/<site>/<device>/events/drift over a real Mosquitto, as
// a DriftEvent with the message id; and a full outbox drops telemetry, never drift events.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it, vi } from "vitest";
import { longToBigint, vigil } from "../../proto/index.js";
import { ManualClock } from "../../runtime/clock/index.js";
import { CloudLink, CloudSubscriber, DurableOutbox, MESSAGE_ID_FILE, MessageIdSequence, deviceTopics, type CloudDelivery } from "../../runtime/cloud/index.js";
import { DriftMonitor, driftEventFields, driftTaps } from "../../runtime/drift/index.js";
import { codeOf } from "../error-code-of.js";
import { describeWithMosquitto, MosquittoBroker } from "../mosquitto-broker.js";
import { detectionSet, driftConfig } from "./drift-test-support.js";

const WAIT = { timeout: 20_000, interval: 20 };

describeWithMosquitto("drift events over MQTT", () => {
  let broker: MosquittoBroker | undefined;
  let dir: string | undefined;
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
    await broker?.dispose();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it("a raised and a cleared alarm arrive as DriftEvents on events/drift, with the outbox id", { timeout: 60_000 }, async () => {
    broker = await MosquittoBroker.start();
    dir = await mkdtemp(join(tmpdir(), "vigil-drift-mqtt-"));
    const topics = deviceTopics("dock-3", "fl-drift");
    const sub = new CloudSubscriber({ url: broker.url, clientId: "fleet-drift-test", filters: [topics.driftEvents], reconnectMs: 100 });
    const got: CloudDelivery[] = [];
    sub.onMessage((d) => got.push(d));
    await sub.connect();
    cleanups.push(() => sub.close());
    const outbox = await DurableOutbox.open({ dir, maxBytes: 1 << 20, fsync: "batch" });
    const ids = await MessageIdSequence.open({ file: join(dir, MESSAGE_ID_FILE), prefix: "fl-drift" });
    const clock = new ManualClock(1_700_000_000_000_000_000n);
    const link = new CloudLink({ url: broker.url, site: "dock-3", device: "fl-drift", outbox, ids, reconnectMs: 100, clock });
    cleanups.push(() => link.close());
    await link.connect();

    // The lead's wiring in `vigil run`: onAlarm -> sendDriftEvent (its promise logged on failure).
    const sent: Array<Promise<string>> = [];
    const config = driftConfig({ window_frames: 20, evaluate_every_frames: 10, min_samples: 10, clear_windows: 1 });
    const learner = new DriftMonitor({ config, clock });
    for (let i = 1; i <= 40; i++) learner.observeDetections(detectionSet("cam0", i, [["person", 0.8]]));
    const monitor = new DriftMonitor({ config, clock, profile: learner.freeze()!, onAlarm: (e) => sent.push(link.sendDriftEvent(driftEventFields(e))) });
    const taps = driftTaps(monitor);
    for (let i = 1; i <= 20; i++) taps.onDetections(detectionSet("cam0", i, [["person", 0.3]]));
    clock.advanceMs(1000);
    for (let i = 21; i <= 40; i++) taps.onDetections(detectionSet("cam0", i, [["person", 0.8]]));
    expect(sent).toHaveLength(2);
    const eventIds = await Promise.all(sent);

    await vi.waitFor(() => expect(got).toHaveLength(2), WAIT);
    expect(got.map((d) => d.topic)).toEqual([topics.driftEvents, topics.driftEvents]);
    expect(got.map((d) => d.id)).toEqual(eventIds);
    const [raised, cleared] = got.map((d) => vigil.v1.DriftEvent.decode(d.payload));
    expect(raised).toMatchObject({ eventId: eventIds[0], site: "dock-3", device: "fl-drift", sensorId: "cam0", feature: "score:person", statistic: "psi", threshold: 0.25, state: "alarm", windowFrames: 20 });
    expect(raised!.value).toBeGreaterThan(5);
    expect(longToBigint(raised!.timeNs)).toBe(1_700_000_000_000_000_000n);
    expect(cleared).toMatchObject({ eventId: eventIds[1], feature: "score:person", statistic: "psi", state: "clear", threshold: 0.25 });
    expect(cleared!.value).toBe(0);
    expect(longToBigint(cleared!.timeNs)).toBe(1_700_000_001_000_000_000n);
    await vi.waitFor(() => expect(link.counters().acked).toBe(2), WAIT);
  });
});

it("a full outbox drops telemetry to make room for drift events, never drift events", async () => {
  const work = await mkdtemp(join(tmpdir(), "vigil-drift-full-"));
  try {
    const outbox = await DurableOutbox.open({ dir: work, maxBytes: 4096, segmentBytes: 1024, fsync: "batch" });
    const ids = await MessageIdSequence.open({ file: join(work, MESSAGE_ID_FILE), prefix: "fl-full" });
    // Never connected: everything waits in the outbox.
    const link = new CloudLink({ url: "mqtt://127.0.0.1:1", site: "dock-3", device: "fl-full", outbox, ids });
    try {
      for (let i = 0; i < 20; i++) await link.sendTelemetry({ frames: i, padding: 1e9 });
      const drift = { sensorId: "cam0", feature: "brightness", statistic: "psi", value: 3.2, threshold: 0.25, state: "alarm", windowFrames: 300 };
      let accepted = 0;
      let code: string | undefined;
      for (let i = 0; i < 200 && code === undefined; i++) {
        code = await codeOf(link.sendDriftEvent(drift));
        if (code === undefined) accepted++;
      }
      const counters = link.counters().outbox;
      expect(counters.droppedByClass.telemetry).toBeGreaterThan(0);
      expect(counters.droppedByClass.drift ?? 0).toBe(0);
      expect(accepted).toBeGreaterThan(10);
      // Once only drift events are left, one more is refused, not squeezed in by dropping another.
      expect(code).toBe("OUTBOX_FULL");
    } finally {
      await link.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
