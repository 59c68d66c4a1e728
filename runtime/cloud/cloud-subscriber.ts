import { connect, type IConnackPacket, type IPublishPacket, type MqttClient } from "mqtt";
import { SystemClock, type Clock } from "../clock/index.js";
import { VigilError } from "../errors/index.js";
import { RateLimitedLog, silentLogger, withComponent, type Logger } from "../observe/index.js";
import { DedupeWindow, type DedupeWindowOptions } from "./dedupe-window.js";
import { brokerSession, mqttConnectOptions, type MqttBrokerOptions } from "./mqtt-connect-options.js";

export interface CloudSubscriberOptions extends MqttBrokerOptions {
  /** Stable across restarts: the broker keeps this session's subscriptions and queued messages. */
  clientId: string;
  /** Topic filters, subscribed QoS 1. */
  filters: readonly string[];
  // connectTimeoutMs also bounds what connect() waits for the first subscription.
  /** The de-duplication window over user property `id`. Default 100,000 ids. */
  dedupe?: DedupeWindowOptions;
  clock?: Clock;
  logger?: Logger;
}

/** One message, after de-duplication. */
export interface CloudDelivery {
  topic: string;
  payload: Buffer;
  /** The MQTT 5 user property `id`; undefined for messages without one (the retained status). */
  id: string | undefined;
  retained: boolean;
}

export type DeliveryHandler = (delivery: CloudDelivery) => void;

export interface CloudSubscriberCounters {
  /** Messages that arrived, duplicates included. */
  received: number;
  /** Messages handed to the handlers (first arrivals and messages without an id). */
  delivered: number;
  /** Arrivals whose id the window had seen (QoS 1 redeliveries, outbox resends); not delivered. */
  duplicates: number;
  /** Arrivals without an `id` user property (delivered as they are). */
  withoutId: number;
  /** Handlers that threw (CLOUD_COMMAND_INVALID in the log). */
  handlerErrors: number;
  connects: number;
  connectErrors: number;
}

/**
 * The consumer side of the cloud link (fleet, tests): a durable MQTT 5 session (clean false +
 * session expiry, so QoS 1 messages queued while it is away arrive later) that drops repeats by
 * the user property `id` through a DedupeWindow and counts them.
 *   const sub = new CloudSubscriber({ url, clientId: "fleet-1", filters: ["vigil/+/+/events/risk"] });
 *   sub.onMessage(({ id, payload }) => store(id, payload)); await sub.connect(); ...; await sub.close();
 */
export class CloudSubscriber {
  readonly clientId: string;
  readonly filters: readonly string[];
  readonly #options: CloudSubscriberOptions;
  readonly #dedupe: DedupeWindow;
  readonly #logger: Logger;
  readonly #log: RateLimitedLog;
  readonly #handlers: DeliveryHandler[] = [];
  #client: MqttClient | undefined;
  #online = false;
  #subscribedOnce: (() => void) | undefined;
  #closing = false;
  #counters: CloudSubscriberCounters = { received: 0, delivered: 0, duplicates: 0, withoutId: 0, handlerErrors: 0, connects: 0, connectErrors: 0 };

  constructor(options: CloudSubscriberOptions) {
    if (options.filters.length === 0) throw new RangeError("CloudSubscriber needs at least one topic filter");
    this.#options = options;
    this.clientId = options.clientId;
    this.filters = [...options.filters];
    const clock = options.clock ?? new SystemClock();
    this.#dedupe = new DedupeWindow({ maxIds: 100_000, ...options.dedupe });
    this.#logger = withComponent(options.logger ?? silentLogger, "cloud");
    this.#log = new RateLimitedLog(this.#logger, clock, { intervalMs: 30_000, perInterval: 3 });
  }

  /** Registers a handler; register before connect() so queued messages are not missed. */
  onMessage(handler: DeliveryHandler): void {
    this.#handlers.push(handler);
  }

  /**
   * Connects and resolves once the filters are subscribed (or the broker still had them).
   * Rejects with CLOUD_LINK_DOWN when that does not happen within connectTimeoutMs (the client
   * is then closed), with CONFIG_INVALID for bad options.
   */
  async connect(): Promise<void> {
    if (this.#client !== undefined || this.#closing) throw new Error("CloudSubscriber.connect() may be called once, before close()");
    const o = this.#options;
    const session = brokerSession(o, o.clientId);
    const timeoutMs = session.connectTimeoutMs;
    const options = await mqttConnectOptions(session);
    const client = connect(o.url, { ...options, manualConnect: true });
    client.on("connect", (connack) => this.#onConnect(connack));
    client.on("close", () => {
      this.#online = false;
    });
    client.on("error", (err) => {
      if (this.#closing) return;
      this.#counters.connectErrors++;
      this.#log.warn("CLOUD_LINK_DOWN", { err: err.message, url: o.url, clientId: o.clientId }, "subscriber connection error; retrying");
    });
    client.on("message", (topic, payload, packet) => this.#onMessage(topic, payload, packet));
    this.#client = client;
    const subscribed = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.#subscribedOnce = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
    client.connect();
    if (!(await subscribed)) {
      await this.close();
      throw new VigilError("CLOUD_LINK_DOWN", `subscriber ${o.clientId} did not connect and subscribe to ${o.url} within ${timeoutMs} ms; check the broker and the credentials`);
    }
  }

  get online(): boolean {
    return this.#online;
  }

  counters(): CloudSubscriberCounters {
    return { ...this.#counters };
  }

  /** Disconnects (the session stays on the broker for sessionExpirySec: messages queue up for the next connect). */
  async close(): Promise<void> {
    if (this.#closing) return;
    this.#closing = true;
    this.#subscribedOnce = undefined;
    const client = this.#client;
    if (client === undefined) return;
    const ended = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 2000);
      client.end(!client.connected, {}, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!ended) client.stream?.destroy();
    client.removeAllListeners();
    client.on("error", () => undefined); // a socket error after end() has nowhere to go; the subscriber is closed
    this.#online = false;
  }

  #onConnect(connack: IConnackPacket): void {
    if (this.#closing) return;
    this.#counters.connects++;
    this.#online = true;
    const first = this.#subscribedOnce;
    // the first connect of this process always subscribes (the filters may have changed); later
    // ones only when the broker lost the session
    if (first === undefined && connack.sessionPresent) return;
    const client = this.#client as MqttClient;
    client.subscribe(
      [...this.filters],
      { qos: 1 },
      (err, granted) => {
        const refused = granted?.filter((g) => g.qos === 128).map((g) => g.topic) ?? [];
        if (err || refused.length > 0) {
          if (!this.#closing) this.#log.warn("CLOUD_LINK_DOWN", { err: err?.message, refused }, "subscribing failed; retried on the next connect");
          return;
        }
        this.#subscribedOnce = undefined;
        first?.();
      },
    );
  }

  #onMessage(topic: string, payload: Buffer, packet: IPublishPacket): void {
    this.#counters.received++;
    const raw = packet.properties?.userProperties?.id;
    const id = Array.isArray(raw) ? raw[0] : raw;
    if (id === undefined) this.#counters.withoutId++;
    else if (this.#dedupe.seen(id)) {
      this.#counters.duplicates++;
      return;
    }
    this.#counters.delivered++;
    const delivery: CloudDelivery = { topic, payload, id, retained: packet.retain };
    for (const handler of this.#handlers) {
      try {
        handler(delivery);
      } catch (err) {
        this.#counters.handlerErrors++;
        this.#log.warn("CLOUD_COMMAND_INVALID", { topic, id, err: (err as Error)?.message }, "subscriber handler failed");
      }
    }
  }
}
