import { connect, type IConnackPacket, type MqttClient } from "mqtt";
import { bigintToLong, vigil } from "../../proto/index.js";
import { SystemClock, type Clock } from "../clock/index.js";
import { isVigilError } from "../errors/index.js";
import { RateLimitedLog, silentLogger, withComponent, type Logger } from "../observe/index.js";
import type { CloudLinkCounters, CloudLinkError, CloudLinkState } from "./cloud-link-counters.js";
import type { DurableOutbox } from "./durable-outbox.js";
import type { MessageIdSequence } from "./message-id-sequence.js";
import { brokerSession, mqttConnectOptions, type MqttBrokerOptions } from "./mqtt-connect-options.js";
import type { OutboxMessage } from "./outbox-record.js";
import { deviceTopics, type DeviceTopics } from "./topics.js";

export interface CloudLinkOptions extends MqttBrokerOptions {
  site: string;
  device: string;
  /** Default `vigil-<site>-<device>`: one session per device, kept across restarts. */
  clientId?: string;
  /** Most outbox records published and not yet acknowledged (also capped by the broker's receive maximum). Default 64. */
  maxInflight?: number;
  /** close() waits this long for the retained offline status to be acknowledged. Default 2000. */
  closeTimeoutMs?: number;
  /** Everything but the retained status goes through it; the link closes it in close(). */
  outbox: DurableOutbox;
  /** Ids for sendRiskEvent / sendTelemetry / sendModelStatus / sendDriftEvent. */
  ids: MessageIdSequence;
  clock?: Clock;
  logger?: Logger;
}

/** Receives each message under `.../cmd/#`. A throw (or a rejected promise) is counted as CLOUD_COMMAND_INVALID. */
export type CommandHandler = (topic: string, payload: Buffer) => void | Promise<void>;

type ModelStatusFields = Omit<vigil.v1.ModelStatusReport.$Properties, "messageId" | "site" | "device">;
type DriftEventFields = Omit<vigil.v1.DriftEvent.$Properties, "eventId" | "site" | "device">;

const COMMAND_INVALID = "CLOUD_COMMAND_INVALID";
const LINK_DOWN = "CLOUD_LINK_DOWN";

/**
 * The device's MQTT 5 link to the fleet: a durable session (clean false + session expiry), the
 * retained DeviceStatus with an offline last will, commands under `cmd/#`, and a pump that
 * publishes the DurableOutbox in order (QoS 1, user property `id`, bounded in flight) and acks
 * each record only when the broker's PUBACK arrives, so nothing is lost across outages or crashes.
 *   const link = new CloudLink({ url: "mqtts://broker:8883", site: "dock-3", device: "fl-7", outbox, ids });
 *   link.onCommand((topic, payload) => agent.handle(topic, payload)); await link.connect();
 *   await link.sendRiskEvent(assessment); ...; await link.close();
 */
export class CloudLink {
  readonly site: string;
  readonly device: string;
  readonly clientId: string;
  readonly topics: DeviceTopics;
  readonly maxInflight: number;
  readonly #options: CloudLinkOptions;
  readonly #outbox: DurableOutbox;
  readonly #ids: MessageIdSequence;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #log: RateLimitedLog;
  readonly #handlers: CommandHandler[] = [];
  readonly #stateListeners: Array<(state: CloudLinkState) => void> = [];
  readonly #commandPrefix: string;
  #client: MqttClient | undefined;
  #state: CloudLinkState = "offline";
  #closing = false;
  #closed = false;
  #commandsSubscribed = false;
  #lastError: CloudLinkError | undefined;
  /** This connection's cap: maxInflight, or fewer when the broker's receive maximum says so. */
  #inflightCap: number;
  /** Outbox ids handed to mqtt.js whose PUBACK (and outbox ack) has not completed. */
  readonly #inflight = new Set<string>();
  readonly #pendingAcks = new Set<Promise<void>>();
  /** Set after a refused PUBACK or a failed outbox ack: the pump waits reconnectMs instead of spinning. */
  #holdTimer: NodeJS.Timeout | undefined;
  #status: vigil.v1.DeviceStatus.$Properties;
  #statusInflight = false;
  #statusDirty = false;
  #statusAcked: (() => void) | undefined;
  #counters = {
    published: 0,
    acked: 0,
    publishErrors: 0,
    ackErrors: 0,
    statusPublished: 0,
    connects: 0,
    reconnects: 0,
    connectErrors: 0,
    commandsReceived: 0,
    commandErrors: 0,
  };

  constructor(options: CloudLinkOptions) {
    const { site, device, maxInflight = 64 } = options;
    this.topics = deviceTopics(site, device); // throws on ids that cannot be topic levels
    if (!Number.isInteger(maxInflight) || maxInflight < 1 || maxInflight > 65_535) {
      throw new RangeError(`maxInflight must be an integer from 1 to 65535, got ${maxInflight}`);
    }
    this.site = site;
    this.device = device;
    this.clientId = options.clientId ?? `vigil-${site}-${device}`;
    this.maxInflight = maxInflight;
    this.#inflightCap = maxInflight;
    this.#options = options;
    this.#outbox = options.outbox;
    this.#ids = options.ids;
    this.#clock = options.clock ?? new SystemClock();
    this.#logger = withComponent(options.logger ?? silentLogger, "cloud");
    // a broker away for hours must not flood the log: a few lines per half minute, then a count
    this.#log = new RateLimitedLog(this.#logger, this.#clock, { intervalMs: 30_000, perInterval: 3 });
    this.#commandPrefix = this.topics.commands.slice(0, -1); // ".../cmd/"
    this.#status = { site, device, online: true, state: "starting" };
  }

  /** Registers a command handler; register before connect() so queued commands are not missed. */
  onCommand(handler: CommandHandler): void {
    this.#handlers.push(handler);
  }

  /** Called on each state change (after it is logged); a listener that throws is logged, not rethrown. */
  onStateChange(listener: (state: CloudLinkState) => void): void {
    this.#stateListeners.push(listener);
  }

  /**
   * Starts the MQTT client and returns: the link connects (and reconnects) in the background,
   * and the outbox keeps everything while it is down. Rejects with CONFIG_INVALID for bad options.
   */
  async connect(): Promise<void> {
    if (this.#client !== undefined || this.#closing) throw new Error("CloudLink.connect() may be called once, before close()");
    const o = this.#options;
    const options = await mqttConnectOptions(
      brokerSession(o, this.clientId, { will: { topic: this.topics.status, payload: this.#offlineStatus(), retain: true, qos: 1 } }),
    );
    if (this.#closing) return;
    this.#setState("connecting", {});
    // handlers go on before the client connects: queued commands arrive with the CONNACK
    const client = connect(o.url, { ...options, manualConnect: true });
    client.on("connect", (connack) => this.#onConnect(connack));
    client.on("close", () => this.#onDown("connection closed"));
    client.on("error", (err) => this.#onError(err));
    client.on("message", (topic, payload) => this.#onMessage(topic, payload));
    this.#client = client;
    client.connect();
  }

  get state(): CloudLinkState {
    return this.#state;
  }

  /** Why the link was last down (refused CONNACK with its reason code, TLS or socket error), if it ever was. */
  get lastError(): CloudLinkError | undefined {
    return this.#lastError;
  }

  /**
   * The latest DeviceStatus (site, device and online are filled in; time and state default to
   * now and "running"). Sent retained at once when connected, and on every (re)connect; not
   * through the outbox, since only the latest one matters. Also becomes the body of the last will.
   */
  setStatus(status: vigil.v1.DeviceStatus.$Properties): void {
    this.#status = {
      ...status,
      site: this.site,
      device: this.device,
      online: true,
      state: status.state || "running",
      timeNs: status.timeNs ?? bigintToLong(this.#clock.nowNs()),
    };
    if (this.#client?.options.will !== undefined) this.#client.options.will.payload = this.#offlineStatus();
    if (this.#state === "online" && !this.#closing) this.#publishStatus();
  }

  /** Appends to the outbox (durable once this resolves) and wakes the pump. Rejects with the outbox's codes (OUTBOX_FULL, ...). */
  async enqueue(message: OutboxMessage): Promise<void> {
    await this.#outbox.append(message);
    this.#pump();
  }

  /** Sends a RiskEvent (class "risk": never dropped); resolves with its event_id once it is durable. */
  async sendRiskEvent(assessment: vigil.v1.RiskAssessment.$Properties): Promise<string> {
    const id = await this.#ids.next();
    const body = vigil.v1.RiskEvent.encode({ eventId: id, site: this.site, device: this.device, assessment }).finish();
    await this.enqueue({ id, class: "risk", topic: this.topics.riskEvents, body });
    return id;
  }

  /** Sends Telemetry (class "telemetry": dropped first when the outbox is full); resolves with its message_id. */
  async sendTelemetry(values: Record<string, number>): Promise<string> {
    const id = await this.#ids.next();
    const timeNs = bigintToLong(this.#clock.nowNs());
    const body = vigil.v1.Telemetry.encode({ messageId: id, site: this.site, device: this.device, timeNs, values }).finish();
    await this.enqueue({ id, class: "telemetry", topic: this.topics.telemetry, body });
    return id;
  }

  /** Sends a ModelStatusReport (class "model": like risk events never dropped, a rollout waits on them); resolves with its message_id. */
  async sendModelStatus(report: ModelStatusFields): Promise<string> {
    const id = await this.#ids.next();
    const body = vigil.v1.ModelStatusReport.encode({
      ...report,
      messageId: id,
      site: this.site,
      device: this.device,
      timeNs: report.timeNs ?? bigintToLong(this.#clock.nowNs()),
    }).finish();
    await this.enqueue({ id, class: "model", topic: this.topics.modelStatus, body });
    return id;
  }

  /** Sends a DriftEvent (class "drift": not in the drop order, so never dropped); resolves with its event_id once it is durable. */
  async sendDriftEvent(fields: DriftEventFields): Promise<string> {
    const id = await this.#ids.next();
    const body = vigil.v1.DriftEvent.encode({
      ...fields,
      eventId: id,
      site: this.site,
      device: this.device,
      timeNs: fields.timeNs ?? bigintToLong(this.#clock.nowNs()),
    }).finish();
    await this.enqueue({ id, class: "drift", topic: this.topics.driftEvents, body });
    return id;
  }

  counters(): CloudLinkCounters {
    return { state: this.#state, ...this.#counters, inflight: this.#inflight.size, outbox: this.#outbox.counters() };
  }

  /**
   * Publishes the retained offline status when connected (waits up to closeTimeoutMs for its
   * PUBACK), disconnects, waits for outbox acks under way and closes the outbox. Records not yet
   * acknowledged stay in the outbox for the next start.
   */
  async close(): Promise<void> {
    if (this.#closing) return;
    this.#closing = true;
    this.#clearHold();
    const client = this.#client;
    const timeoutMs = this.#options.closeTimeoutMs ?? 2000;
    if (client !== undefined) {
      let graceful = false;
      if (this.#state === "online") {
        this.#status = { ...this.#status, online: false, state: "offline", timeNs: bigintToLong(this.#clock.nowNs()) };
        graceful = await this.#within(timeoutMs, (done) => {
          this.#statusAcked = done;
          if (this.#statusInflight) this.#statusDirty = true;
          else this.#publishStatus();
        });
        this.#statusAcked = undefined;
      }
      // records still in flight stay in the outbox for the next start; mqtt.js forgets them so
      // end() need not wait for their PUBACKs
      for (const messageId of Object.keys(client.outgoing)) client.removeOutgoingMessage(Number(messageId));
      // graceful: a DISCONNECT (the broker discards the will; the offline status is already
      // there); otherwise drop the socket and let the broker publish the will
      const ended = await this.#within(timeoutMs, (done) => client.end(!graceful || !client.connected, {}, () => done()));
      if (!ended) client.stream?.destroy();
      client.removeAllListeners();
      client.on("error", () => undefined); // a socket error after end() has nowhere to go; the link is closed
    }
    this.#inflight.clear();
    await Promise.allSettled([...this.#pendingAcks]);
    this.#setState("offline", {});
    this.#closed = true;
    await this.#outbox.close();
  }

  /** Resolves true when `start`'s callback is called within timeoutMs, false after it; no timer is left behind. */
  #within(timeoutMs: number, start: (done: () => void) => void): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      start(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  #onConnect(connack: IConnackPacket): void {
    if (this.#closing) return;
    this.#counters.connects++;
    if (this.#counters.connects > 1) this.#counters.reconnects++;
    const receiveMaximum = connack.properties?.receiveMaximum ?? 65_535;
    // one slot stays free for the retained status
    this.#inflightCap = Math.max(1, Math.min(this.maxInflight, receiveMaximum - 1));
    this.#setState("online", { sessionPresent: connack.sessionPresent, inflightCap: this.#inflightCap });
    const client = this.#client as MqttClient;
    // the first connect of this process subscribes; later ones only when the broker lost the
    // session or the last attempt failed
    if (!connack.sessionPresent) this.#commandsSubscribed = false;
    if (!this.#commandsSubscribed) {
      client.subscribe(this.topics.commands, { qos: 1 }, (err, granted) => {
        const failed = err ?? (granted?.some((g) => g.qos === 128) ? new Error(`broker refused the subscription to ${this.topics.commands}`) : undefined);
        if (failed === undefined) this.#commandsSubscribed = true;
        else if (!this.#closing) this.#log.warn(LINK_DOWN, { err: failed.message, topic: this.topics.commands }, "subscribing to commands failed; retried on the next connect");
      });
    }
    if (this.#statusInflight) this.#statusDirty = true;
    else this.#publishStatus();
    this.#pump();
  }

  #onDown(reason: string): void {
    if (this.#closing) return;
    this.#setState("offline", { reason });
  }

  #onError(err: Error & { code?: unknown }): void {
    if (this.#closing) return;
    const reasonCode = typeof err.code === "number" ? err.code : undefined;
    this.#lastError = { code: LINK_DOWN, detail: err.message, timeNs: this.#clock.nowNs(), ...(reasonCode === undefined ? {} : { reasonCode }) };
    this.#counters.connectErrors++;
    this.#log.warn(LINK_DOWN, { err: err.message, reasonCode, url: this.#options.url }, "cloud link error; the outbox keeps everything and the link retries");
    if (this.#state === "connecting") this.#setState("offline", { reason: err.message });
  }

  #onMessage(topic: string, payload: Buffer): void {
    if (!topic.startsWith(this.#commandPrefix)) {
      this.#counters.commandErrors++;
      this.#log.warn(COMMAND_INVALID, { topic }, "message outside this device's command topics ignored");
      return;
    }
    this.#counters.commandsReceived++;
    for (const handler of this.#handlers) {
      try {
        const result = handler(topic, payload);
        if (result instanceof Promise) result.catch((err: unknown) => this.#commandFailed(topic, err));
      } catch (err) {
        this.#commandFailed(topic, err);
      }
    }
  }

  #commandFailed(topic: string, err: unknown): void {
    this.#counters.commandErrors++;
    const code = isVigilError(err) ? err.code : COMMAND_INVALID;
    this.#log.warn(COMMAND_INVALID, { topic, errCode: code, err: (err as Error)?.message ?? String(err) }, "command handler failed");
  }

  #setState(state: CloudLinkState, fields: Record<string, unknown>): void {
    if (state === this.#state) return;
    this.#state = state;
    if (state === "online") this.#logger.info({ url: this.#options.url, clientId: this.clientId, ...fields }, "cloud link online");
    else if (state === "offline" && this.#closing) this.#logger.info({ url: this.#options.url, ...fields }, "cloud link closed");
    else if (state === "offline") this.#logger.warn({ code: LINK_DOWN, url: this.#options.url, ...fields }, "cloud link offline");
    else this.#logger.info({ url: this.#options.url, clientId: this.clientId }, "cloud link connecting");
    for (const listener of this.#stateListeners) {
      try {
        listener(state);
      } catch (err) {
        this.#logger.error({ err }, "cloud link state listener threw");
      }
    }
  }

  #offlineStatus(): Buffer {
    const s = this.#status;
    return Buffer.from(
      vigil.v1.DeviceStatus.encode({
        site: this.site,
        device: this.device,
        online: false,
        state: "offline",
        activeModel: s.activeModel,
        activeVersion: s.activeVersion,
        shadowVersion: s.shadowVersion,
        deployId: s.deployId,
        storedVersions: s.storedVersions,
      }).finish(),
    );
  }

  /** At most one status publish is in flight; a newer status waits for it and then goes. */
  #publishStatus(): void {
    const client = this.#client;
    if (client === undefined) return;
    this.#statusInflight = true;
    this.#statusDirty = false;
    const body = Buffer.from(vigil.v1.DeviceStatus.encode(this.#status).finish());
    client.publish(this.topics.status, body, { qos: 1, retain: true }, (err) => {
      this.#statusInflight = false;
      if (err === undefined || err === null) {
        this.#counters.statusPublished++;
        if (!this.#statusDirty) this.#statusAcked?.();
      } else if (!this.#closing) {
        this.#log.warn(LINK_DOWN, { err: err.message, topic: this.topics.status }, "status publish failed; sent again on the next connect");
      }
      if (this.#statusDirty && this.#state === "online") this.#publishStatus();
    });
  }

  /** Publishes waiting records, oldest first, while connected and under the in-flight cap. */
  #pump(): void {
    const client = this.#client;
    if (client === undefined || this.#state !== "online" || this.#closing || this.#holdTimer !== undefined) return;
    let room = this.#inflightCap - this.#inflight.size;
    if (room <= 0) return;
    // the in-flight records are among the oldest waiting ones: look past them
    for (const record of this.#outbox.peek(this.#inflight.size + room)) {
      if (room <= 0) break;
      if (this.#inflight.has(record.id)) continue;
      room--;
      const { id } = record;
      this.#inflight.add(id);
      this.#counters.published++;
      const body = Buffer.isBuffer(record.body) ? record.body : Buffer.from(record.body.buffer, record.body.byteOffset, record.body.byteLength);
      client.publish(record.topic, body, { qos: 1, properties: { userProperties: { id } } }, (err) => this.#onPuback(id, err ?? undefined));
    }
  }

  #onPuback(id: string, err: (Error & { code?: unknown }) | undefined): void {
    if (err !== undefined) {
      this.#inflight.delete(id);
      if (this.#closing) return; // still in the outbox: the next start sends it
      this.#counters.publishErrors++;
      const reasonCode = typeof err.code === "number" ? err.code : undefined;
      this.#log.warn(LINK_DOWN, { err: err.message, reasonCode, id }, "broker refused a publish; retrying after reconnectMs");
      this.#hold();
      return;
    }
    this.#counters.acked++;
    const p: Promise<void> = this.#outbox
      .ack(id)
      .then(
        () => undefined,
        (ackErr: unknown) => {
          this.#counters.ackErrors++;
          const code = isVigilError(ackErr) ? ackErr.code : "OUTBOX_ACK_FAILED";
          if (!this.#closed) this.#log.warn(code, { err: (ackErr as Error)?.message, id }, "outbox ack failed; the record will be sent again");
          this.#hold();
        },
      )
      .finally(() => {
        this.#inflight.delete(id);
        this.#pendingAcks.delete(p);
        this.#pump();
      });
    this.#pendingAcks.add(p);
  }

  #hold(): void {
    if (this.#holdTimer !== undefined || this.#closing) return;
    this.#holdTimer = setTimeout(() => {
      this.#holdTimer = undefined;
      this.#pump();
    }, this.#options.reconnectMs ?? 1000);
  }

  #clearHold(): void {
    if (this.#holdTimer !== undefined) clearTimeout(this.#holdTimer);
    this.#holdTimer = undefined;
  }
}
