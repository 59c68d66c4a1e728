// `npm run bench -- fleet`: a gated three-wave rollout to N simulated devices (default 1,000,
// --quick 100), each with its own MQTT connection to a real mosquitto, through one graceful
// broker restart; then RiskEvents/s through the device's DurableOutbox and CloudLink to a
// subscriber (fsync batch and always). Nothing here asserts: test/device/fleet does.
import { startBroker } from "../test/cloud/cloud-broker.js";
import { measureOutbox, type OutboxMeasurement } from "./fleet/outbox-measure.js";
import { measureRollout } from "./fleet/rollout-measure.js";
import { publishReport, table } from "./report.js";

const log = (line: string): void => void process.stderr.write(`${line}\n`);

export async function fleetBench(fixtures: string, { quick }: { quick: boolean }): Promise<void> {
  const devices = quick ? 100 : 1000;
  const rolloutBroker = await startBroker();
  let rollout;
  try {
    rollout = await measureRollout(rolloutBroker, fixtures, devices, log);
  } finally {
    await rolloutBroker.dispose();
  }

  const outbox: OutboxMeasurement[] = [];
  const eventsBroker = await startBroker();
  try {
    outbox.push(await measureOutbox(eventsBroker, "batch", quick ? 2000 : 20_000, log));
    outbox.push(await measureOutbox(eventsBroker, "always", quick ? 500 : 5000, log));
  } finally {
    await eventsBroker.dispose();
  }

  const r = rollout;
  const markdown = [
    "## Rollout: three gated waves to simulated devices, broker restarted once",
    "",
    `${r.devices} simulated devices in one process, each its own MQTT 5 connection (durable session, keepalive 60 s) to mosquitto on loopback; ` +
      `signed yolox_nano served over loopback HTTP (one shared download, real signature and sha256 checks); waves ${r.waves.map((w) => `${w * 100}%`).join(", ")}; ` +
      `simulated post-activation watch ${r.watchMs} ms; gates p99_latency_ms <= 120, error_rate <= 0.01, fallback_triggers <= 0 (all pass). ` +
      `The broker is stopped gracefully (SIGTERM, persistence on) ${r.restart.afterMs} ms into wave ${r.restart.atWave} and started again after ${r.restart.downMs} ms (restart took ${r.restart.restartMs} ms). ` +
      `Goal: the rollout completes within ${r.goalMs / 1000} s for 1,000 devices with every device confirmed exactly once.`,
    "",
    table(
      ["devices", "outcome", "rollout s", "goal", "confirmed exactly once", "reports received", "duplicates dropped", "controller reconnects", "deploys re-sent", "re-sent deploys ignored by devices", "devices reconnected", "connect all s"],
      [[r.devices, r.outcome, (r.rolloutMs / 1000).toFixed(1), r.goalMet ? "met" : "missed", r.confirmedExactlyOnce, r.reports.received, r.reports.duplicates, r.reconnects, r.republished, r.deviceCounters.duplicateDeploys, r.deviceCounters.reconnectedDevices, (r.connectAllMs / 1000).toFixed(1)]],
    ),
    "",
    "### Per wave",
    "",
    table(["wave", "mode", "devices (cumulative)", "deployed", "confirmed", "seconds"], r.perWave.map((w) => [w.wave, w.mode, w.devices, w.deployed, w.confirmed, w.seconds])),
    "",
    "## Events through the durable outbox",
    "",
    "RiskEvents (one factor) appended to a DurableOutbox, published by the device's CloudLink (QoS 1, user property id, at most `maxInflight` unacknowledged, " +
      "outbox ack on PUBACK) to mosquitto, received by a QoS 1 subscriber that de-duplicates by id. Time from the first append until every event is at the subscriber and the outbox is empty.",
    "",
    table(
      ["fsync", "events", "event bytes", "max in flight", "events/s", "seconds", "appends durable s", "received (unique)", "duplicates", "left in outbox"],
      outbox.map((o) => [o.fsync, o.events, o.eventBytes, o.maxInflight, o.eventsPerSecond, o.seconds, o.appendSeconds, o.receivedUnique, o.duplicatesAtSubscriber, o.outboxLeft]),
    ),
  ];
  publishReport({ suite: "fleet", markdown, data: { rollout: r, outbox } }, { write: !quick });
}
