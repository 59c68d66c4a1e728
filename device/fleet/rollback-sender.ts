import type { MqttClient } from "mqtt";
import { bigintToLong, vigil } from "../../proto/index.js";
import { msToNs, type Clock } from "../../runtime/clock/index.js";
import { deviceTopics } from "../../runtime/cloud/index.js";
import type { Logger } from "../../runtime/observe/index.js";
import { signRollback, type SigningKey } from "../manifest/index.js";
import { DeadlineWait } from "./deadline-wait.js";
import type { FleetReport, ModelReportFeed } from "./model-report-feed.js";

/** A device to send back, and to which version. */
export interface RollbackTarget {
  site: string;
  device: string;
  /** Empty or undefined: nothing known to go back to (skipped, ROLLBACK_VERSION_MISSING). */
  toVersion: string | undefined;
}

/** What one device answered. */
export interface RollbackOutcome {
  /** `site/device`. */
  device: string;
  toVersion: string;
  /** "rolled_back", "refused" (the device's reason code), "timeout" (no answer in time), "skipped" (nothing to go back to). */
  state: "rolled_back" | "refused" | "timeout" | "skipped";
  reason: string;
}

export interface SendRollbacksOptions {
  client: MqttClient;
  /** Subscribed to the model status reports on `client`. */
  feed: ModelReportFeed;
  key: SigningKey;
  modelName: string;
  /** The RollbackCommand's deploy_id; answers carry it. */
  deployId: string;
  /** A "rolled_back" report under one of these deploy ids counts as done too (a device that rolled itself back). */
  alsoAccept?: readonly string[];
  /** Default ROLLOUT_GATE_FAILED. */
  reason?: string;
  targets: readonly RollbackTarget[];
  /** How long to wait for the answers. */
  timeoutMs: number;
  clock: Clock;
  logger: Logger;
}

/**
 * Sends a signed RollbackCommand (QoS 1) to each target's cmd/rollback (one signature per
 * version) and waits, bounded, for each device's "rolled_back" or "refused".
 *   const outcomes = await sendRollbacks({ client, feed, key, modelName: "yolox_nano", deployId: "rb-1", targets, timeoutMs: 60_000, clock, logger });
 */
export async function sendRollbacks(o: SendRollbacksOptions): Promise<RollbackOutcome[]> {
  const reason = o.reason ?? "ROLLOUT_GATE_FAILED";
  const outcomes = new Map<string, RollbackOutcome>();
  const waiting = new Set<string>();
  for (const t of o.targets) {
    const name = `${t.site}/${t.device}`;
    if (!t.toVersion) {
      outcomes.set(name, { device: name, toVersion: "", state: "skipped", reason: "ROLLBACK_VERSION_MISSING" });
    } else {
      outcomes.set(name, { device: name, toVersion: t.toVersion, state: "timeout", reason: "ROLLOUT_TIMEOUT" });
      waiting.add(name);
    }
  }
  const accept = new Set(o.alsoAccept ?? []);
  const waits = new DeadlineWait(o.clock);
  const stop = o.feed.onReport((r: FleetReport) => {
    const name = `${r.site}/${r.device}`;
    if (!waiting.has(name)) return;
    const { state, deployId, reasonCode } = r.report;
    const answers = deployId === o.deployId ? state === "rolled_back" || state === "refused" : accept.has(deployId) && state === "rolled_back";
    if (!answers) return;
    const outcome = outcomes.get(name) as RollbackOutcome;
    outcome.state = state as "rolled_back" | "refused";
    outcome.reason = reasonCode;
    waiting.delete(name);
    waits.poke();
  });
  try {
    const issuedTimeNs = bigintToLong(o.clock.nowNs());
    const signed = new Map<string, Buffer>();
    for (const t of o.targets) {
      if (!t.toVersion) continue;
      let body = signed.get(t.toVersion);
      if (body === undefined) {
        const cmd = signRollback({ deployId: o.deployId, modelName: o.modelName, toVersion: t.toVersion, reason, issuedTimeNs }, o.key);
        body = Buffer.from(vigil.v1.RollbackCommand.encode(cmd).finish());
        signed.set(t.toVersion, body);
      }
      const topic = deviceTopics(t.site, t.device).rollback;
      o.client.publish(topic, body, { qos: 1 }, (err) => {
        if (err) o.logger.warn({ code: "CLOUD_LINK_DOWN", topic, err: err.message }, "rollback command not acknowledged by the broker");
      });
    }
    await waits.until(() => waiting.size === 0, o.clock.nowNs() + msToNs(o.timeoutMs));
  } finally {
    stop();
    waits.cancel();
  }
  return [...outcomes.values()];
}
