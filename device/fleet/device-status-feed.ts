import type { MqttClient } from "mqtt";
import { vigil } from "../../proto/index.js";
import type { Clock } from "../../runtime/clock/index.js";
import { ALL_STATUS_FILTER, parseDeviceTopic, targetMatches } from "../../runtime/cloud/index.js";
import { RateLimitedLog, type Logger } from "../../runtime/observe/index.js";
import { subscribeQos1 } from "./model-report-feed.js";

const STATUS_INVALID = "FLEET_REPORT_INVALID";

export interface DeviceStatusFeedOptions {
  /** Most devices remembered; statuses of further devices are counted and dropped. Default 100,000. */
  maxDevices?: number;
  clock: Clock;
  logger: Logger;
}

/**
 * The latest retained DeviceStatus of every device (`vigil/+/+/status`), by `site/device`.
 * An empty retained message (a cleared status) forgets the device.
 *   const feed = new DeviceStatusFeed(client, { clock, logger }); await feed.subscribe(); feed.matching("dock-3/+");
 */
export class DeviceStatusFeed {
  readonly maxDevices: number;
  readonly #client: MqttClient;
  readonly #log: RateLimitedLog;
  readonly #statuses = new Map<string, vigil.v1.DeviceStatus>();
  readonly #listeners = new Set<() => void>();
  readonly #onMessage: (topic: string, payload: Buffer) => void;
  #counters = { received: 0, invalid: 0, overflow: 0 };

  constructor(client: MqttClient, { maxDevices = 100_000, clock, logger }: DeviceStatusFeedOptions) {
    this.maxDevices = maxDevices;
    this.#client = client;
    this.#log = new RateLimitedLog(logger, clock);
    this.#onMessage = (topic, payload) => this.#handle(topic, payload);
    client.on("message", this.#onMessage);
  }

  subscribe(): Promise<void> {
    return subscribeQos1(this.#client, ALL_STATUS_FILTER);
  }

  /** Called after every status that changed the picture. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Statuses of the devices matching `target` (all with "+/+"), sorted by site then device. */
  matching(target = "+/+"): vigil.v1.DeviceStatus[] {
    return [...this.#statuses.values()].filter((s) => targetMatches(target, s.site, s.device)).sort(byDevice);
  }

  counters(): { received: number; invalid: number; overflow: number; devices: number } {
    return { ...this.#counters, devices: this.#statuses.size };
  }

  /** Stops listening and unsubscribes (best effort). */
  close(): void {
    this.#client.removeListener("message", this.#onMessage);
    this.#listeners.clear();
    if (this.#client.connected) this.#client.unsubscribe(ALL_STATUS_FILTER);
  }

  #handle(topic: string, payload: Buffer): void {
    const where = parseDeviceTopic(topic);
    if (where === undefined || where.rest !== "status") return;
    const key = `${where.site}/${where.device}`;
    if (payload.length === 0) {
      this.#statuses.delete(key);
      this.#changed();
      return;
    }
    let status: vigil.v1.DeviceStatus;
    try {
      status = vigil.v1.DeviceStatus.decode(payload);
    } catch (err) {
      this.#counters.invalid++;
      this.#log.warn(STATUS_INVALID, { topic, err: (err as Error).message }, "device status does not decode; ignored");
      return;
    }
    // the topic says who it is; a status body that disagrees is not trusted for the id
    status.site = where.site;
    status.device = where.device;
    if (!this.#statuses.has(key) && this.#statuses.size >= this.maxDevices) {
      this.#counters.overflow++;
      this.#log.warn(STATUS_INVALID, { topic, maxDevices: this.maxDevices }, "more devices than the status feed keeps; ignored");
      return;
    }
    this.#counters.received++;
    this.#statuses.set(key, status);
    this.#changed();
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}

/** Orders statuses (or anything with site and device) by site, then device: the deterministic wave order. */
export function byDevice(a: { site: string; device: string }, b: { site: string; device: string }): number {
  return a.site < b.site ? -1 : a.site > b.site ? 1 : a.device < b.device ? -1 : a.device > b.device ? 1 : 0;
}
