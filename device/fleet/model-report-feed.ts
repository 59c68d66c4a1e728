import type { MqttClient } from "mqtt";
import { vigil } from "../../proto/index.js";
import type { Clock } from "../../runtime/clock/index.js";
import { ALL_MODEL_STATUS_FILTER, DedupeWindow, parseDeviceTopic } from "../../runtime/cloud/index.js";
import { VigilError } from "../../runtime/errors/index.js";
import { RateLimitedLog, type Logger } from "../../runtime/observe/index.js";

// runtime/errors has no fleet-side "report invalid" code yet; the closest is the link's own.
const REPORT_INVALID = "FLEET_REPORT_INVALID";

/** A ModelStatusReport that arrived for the first time (QoS 1 redeliveries are dropped by id). */
export interface FleetReport {
  site: string;
  device: string;
  /** The de-duplication id: the MQTT 5 user property `id`, else the report's message_id. */
  id: string;
  report: vigil.v1.ModelStatusReport;
}

export interface ModelReportFeedCounters {
  /** Reports delivered to listeners (first arrivals). */
  received: number;
  /** Redeliveries dropped by id. */
  duplicates: number;
  /** Reports that did not decode, or whose site/device differ from their topic. */
  invalid: number;
  /** Reports without any id (delivered, but cannot be de-duplicated). */
  withoutId: number;
}

export interface ModelReportFeedOptions {
  /** Ids remembered for de-duplication; size it above the reports one rollout can produce. Default 100,000. */
  maxIds?: number;
  clock: Clock;
  logger: Logger;
}

/**
 * Every device's ModelStatusReports (`vigil/+/+/models/status`, QoS 1) on one client,
 * de-duplicated by message id (per site/device), handed to listeners. Attach it before the client connects.
 *   const feed = new ModelReportFeed(client, { clock, logger }); feed.onReport((r) => ...); await feed.subscribe();
 */
export class ModelReportFeed {
  readonly #client: MqttClient;
  readonly #dedupe: DedupeWindow;
  readonly #log: RateLimitedLog;
  readonly #listeners = new Set<(r: FleetReport) => void>();
  readonly #onMessage: (topic: string, payload: Buffer, packet: { properties?: { userProperties?: Record<string, string | string[]> } }) => void;
  #counters: ModelReportFeedCounters = { received: 0, duplicates: 0, invalid: 0, withoutId: 0 };

  constructor(client: MqttClient, { maxIds = 100_000, clock, logger }: ModelReportFeedOptions) {
    this.#client = client;
    this.#dedupe = new DedupeWindow({ maxIds });
    this.#log = new RateLimitedLog(logger, clock);
    this.#onMessage = (topic, payload, packet) => this.#handle(topic, payload, packet.properties?.userProperties?.id);
    client.on("message", this.#onMessage);
  }

  /** Subscribes at QoS 1; call again after a connect without a session (sessionPresent false). */
  subscribe(): Promise<void> {
    return subscribeQos1(this.#client, ALL_MODEL_STATUS_FILTER);
  }

  onReport(listener: (r: FleetReport) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  counters(): ModelReportFeedCounters {
    return { ...this.#counters };
  }

  /** Stops listening (the subscription ends with the client or its session). */
  close(): void {
    this.#client.removeListener("message", this.#onMessage);
    this.#listeners.clear();
  }

  #handle(topic: string, payload: Buffer, idProperty: string | string[] | undefined): void {
    const where = parseDeviceTopic(topic);
    if (where === undefined || where.rest !== "models/status") return;
    let report: vigil.v1.ModelStatusReport;
    try {
      report = vigil.v1.ModelStatusReport.decode(payload);
    } catch (err) {
      this.#counters.invalid++;
      this.#log.warn(REPORT_INVALID, { topic, err: (err as Error).message }, "model status report does not decode; ignored");
      return;
    }
    if ((report.site && report.site !== where.site) || (report.device && report.device !== where.device)) {
      this.#counters.invalid++;
      this.#log.warn(REPORT_INVALID, { topic, site: report.site, device: report.device }, "model status report names another device than its topic; ignored");
      return;
    }
    const id = (Array.isArray(idProperty) ? idProperty[0] : idProperty) || report.messageId;
    if (id) {
      // ids are unique per device (`<device>:<seq>`); the same device name may exist at two sites
      if (this.#dedupe.seen(`${where.site}/${where.device}/${id}`)) {
        this.#counters.duplicates++;
        return;
      }
    } else {
      this.#counters.withoutId++;
    }
    this.#counters.received++;
    const r: FleetReport = { site: where.site, device: where.device, id: id ?? "", report };
    for (const listener of this.#listeners) listener(r);
  }
}

/** Subscribes one filter at QoS 1; CLOUD_LINK_DOWN when it fails or the broker refuses it (granted 128). */
export function subscribeQos1(client: MqttClient, filter: string): Promise<void> {
  return new Promise((resolve, reject) => {
    client.subscribe(filter, { qos: 1 }, (err, granted) => {
      if (err) reject(new VigilError("CLOUD_LINK_DOWN", `subscribing to ${filter} failed: ${err.message}`, { cause: err }));
      else if (granted?.some((g) => g.qos >= 128)) reject(new VigilError("CLOUD_LINK_DOWN", `the broker refused the subscription to ${filter}: check the broker's ACL for this client`));
      else resolve();
    });
  });
}
