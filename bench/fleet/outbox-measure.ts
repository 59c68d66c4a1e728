// The event half of `npm run bench -- fleet`: RiskEvents through a DurableOutbox and the
// device's CloudLink (QoS 1, user property id, ack on PUBACK) to mosquitto and a subscriber
// that de-duplicates by id; events/s end to end, with batch and with always fsync.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "mqtt";
import { bigintToLong, vigil } from "../../proto/index.js";
import { CloudLink, DedupeWindow, DurableOutbox, MessageIdSequence } from "../../runtime/cloud/index.js";
import type { MosquittoBroker } from "../../test/mosquitto-broker.js";
import { round } from "../stats.js";

export interface OutboxMeasurement {
  fsync: "batch" | "always";
  events: number;
  eventBytes: number;
  maxInflight: number;
  appendWindow: number;
  /** First append to the last event at the subscriber and the outbox empty. */
  seconds: number;
  eventsPerSecond: number;
  /** First append to the last append resolved (durable on disk). */
  appendSeconds: number;
  receivedUnique: number;
  duplicatesAtSubscriber: number;
  outboxLeft: number;
}

const APPEND_WINDOW = 512;

function assessment(i: number): vigil.v1.RiskAssessment.$Properties {
  return {
    sensorId: "cam-front",
    seq: bigintToLong(BigInt(i), true),
    captureTimeNs: bigintToLong(1_800_000_000_000_000_000n + BigInt(i) * 33_000_000n),
    decisionTimeNs: bigintToLong(1_800_000_000_000_000_000n + BigInt(i) * 33_000_000n + 21_000_000n),
    level: vigil.v1.RiskLevel.RISK_LEVEL_WARNING,
    rawLevel: vigil.v1.RiskLevel.RISK_LEVEL_WARNING,
    factors: [
      { trackId: bigintToLong(17n, true), rule: "person-in-zone", zone: "forks", level: vigil.v1.RiskLevel.RISK_LEVEL_WARNING, ttcS: 2.4, distanceM: 3.1, detail: "person 3.1 m ahead, closing at 1.3 m/s" },
    ],
    modelName: "yolox_nano",
    modelVersion: "2.0.0",
    assessmentId: `cam-front:${i}`,
  };
}

export async function measureOutbox(broker: MosquittoBroker, fsync: "batch" | "always", events: number, log: (line: string) => void): Promise<OutboxMeasurement> {
  const dir = await mkdtemp(join(tmpdir(), `vigil-bench-outbox-${fsync}-`));
  const device = `outbox-${fsync}`;
  const dedupe = new DedupeWindow({ maxIds: events + 1 });
  let unique = 0;
  let duplicates = 0;
  let allIn: () => void = () => undefined;
  const received = new Promise<void>((resolve) => (allIn = resolve));
  const sub = connect(broker.url, { protocolVersion: 5, clientId: `bench-sub-${fsync}`, clean: true, manualConnect: true });
  sub.on("message", (_topic, _payload, packet) => {
    const id = packet.properties?.userProperties?.id;
    const key = Array.isArray(id) ? id[0] : id;
    if (key === undefined || dedupe.seen(key)) {
      duplicates++;
      return;
    }
    if (++unique === events) allIn();
  });
  sub.on("error", (err) => log(`fleet: subscriber error ${err.message}`));
  sub.connect();
  await new Promise<void>((resolve) => sub.once("connect", () => resolve()));
  await sub.subscribeAsync(`vigil/bench/${device}/events/risk`, { qos: 1 });

  const outbox = await DurableOutbox.open({ dir: join(dir, "outbox"), maxBytes: 256 * 1024 * 1024, fsync });
  const ids = await MessageIdSequence.open({ file: join(dir, "seq"), prefix: device });
  const link = new CloudLink({ url: broker.url, site: "bench", device, outbox, ids });
  await link.connect();
  const deadline = performance.now() + 15_000;
  while (link.state !== "online") {
    if (performance.now() > deadline) throw new Error("the bench cloud link did not come online within 15 s");
    await new Promise((r) => setTimeout(r, 10));
  }
  const eventBytes = vigil.v1.RiskEvent.encode({ eventId: `${device}:1`, site: "bench", device, assessment: assessment(1) }).finish().length;
  try {
    const t0 = performance.now();
    const inFlight = new Set<Promise<unknown>>();
    for (let i = 0; i < events; i++) {
      const p: Promise<unknown> = link.sendRiskEvent(assessment(i)).finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= APPEND_WINDOW) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const appendSeconds = (performance.now() - t0) / 1000;
    await received;
    while (outbox.counters().records > 0) await new Promise((r) => setTimeout(r, 5));
    const seconds = (performance.now() - t0) / 1000;
    log(`fleet: ${events} events with fsync ${fsync}: ${Math.round(events / seconds)} events/s`);
    return {
      fsync,
      events,
      eventBytes,
      maxInflight: link.maxInflight,
      appendWindow: APPEND_WINDOW,
      seconds: round(seconds, 2),
      eventsPerSecond: Math.round(events / seconds),
      appendSeconds: round(appendSeconds, 2),
      receivedUnique: unique,
      duplicatesAtSubscriber: duplicates,
      outboxLeft: outbox.counters().records,
    };
  } finally {
    await link.close();
    await sub.endAsync();
    await rm(dir, { recursive: true, force: true });
  }
}
