import type { IConnackPacket, MqttClient } from "mqtt";
import { bigintToLong, vigil } from "../../proto/index.js";
import { SystemClock, type Clock } from "../../runtime/clock/index.js";
import { deviceTopics, type DeviceTopics } from "../../runtime/cloud/index.js";
import { RateLimitedLog, silentLogger, type Logger } from "../../runtime/observe/index.js";
import { checkUpgrade, verifyArtifact, verifyRollback, type Refusal, type TrustedKeys } from "../manifest/index.js";
import { sharedArtifactCache, type ArtifactDownloadCache } from "./artifact-download-cache.js";
import { connectFleetClient, createFleetClient, endFleetClient, type FleetBrokerOptions } from "./fleet-broker.js";
import { cachedManifestVerdict } from "./manifest-verdict-cache.js";
import { subscribeQos1 } from "./model-report-feed.js";

/** How a simulated device's model versions behave; every figure may depend on the version. */
export interface SimulatedBehaviour {
  /** The post-activation watch before "confirmed". Default 200 ms. */
  watchMs?: number;
  /** p99 inference latency over the watch. Default 40 ms. */
  latencyMsFor?: (version: string) => number;
  /** Default 0. */
  errorRateFor?: (version: string) => number;
  /** Default 0. */
  fallbackTriggersFor?: (version: string) => number;
  /** Frames over the watch. Default 100. */
  framesPerWatch?: number;
  /** Default: every version passes. */
  selfTestPassesFor?: (version: string) => boolean;
  /** The device's own regression check: above this p99 it rolls itself back (ROLLBACK_LATENCY). Default: never. */
  rollbackAboveP99Ms?: number;
  /** Takes commands and never answers (a hung agent). Default false. */
  silent?: boolean;
}

export interface SimulatedDeviceOptions {
  broker: FleetBrokerOptions;
  site: string;
  device: string;
  /** The fleet keys this device accepts (loadTrustedKeys or a Map). */
  trustedKeys: TrustedKeys;
  /** Default "yolox_nano". */
  modelName?: string;
  /** The version active at start. Default "1.0.0". */
  activeVersion?: string;
  behaviour?: SimulatedBehaviour;
  /** Default: the process-wide sharedArtifactCache. */
  artifacts?: ArtifactDownloadCache;
  /** Largest chunked artifact it assembles. Default 64 MiB. */
  maxArtifactBytes?: number;
  /** Default 60 (one ping a minute per device keeps 1,000 of them cheap). */
  keepaliveSec?: number;
  /** Default 3600. */
  sessionExpirySec?: number;
  clock?: Clock;
  logger?: Logger;
}

export interface SimulatedDeviceCounters {
  connects: number;
  /** Distinct DeployCommands (by deploy_id). */
  deploysReceived: number;
  /** DeployCommands with a deploy_id already seen (QoS 1 redelivery or a re-publish), ignored. */
  duplicateDeploys: number;
  rollbacksReceived: number;
  chunksReceived: number;
  /** Commands that did not decode or did not fit (bad chunk index, too large), ignored. */
  invalidCommands: number;
  reportsSent: number;
  /** Reports the broker acknowledged (PUBACK). */
  reportsAcked: number;
  reportsByState: Record<string, number>;
}

interface Assembly {
  count: number;
  parts: Array<Buffer | undefined>;
  received: number;
  bytes: number;
  done: ((bytes: Buffer) => void) | undefined;
}

interface Watch {
  timer: NodeJS.Timeout;
  deployId: string;
  version: string;
  previous: string;
}

const SEEN_DEPLOYS = 64;
const MAX_ASSEMBLIES = 2;

/**
 * A lightweight stand-in for the device agent, for fleet tests and benchmarks: its own MQTT 5
 * connection (durable session, offline last will, retained status), and the device side of the
 * deploy protocol with the real manifest checks (signature, downgrade, artifact hash) but a
 * simulated self-test and watch whose figures come from `behaviour`. Cheap enough to run
 * 1,000 in one process: no timers but mqtt.js's keepalive and the one-shot watch.
 *   const dev = new SimulatedDevice({ broker: { url }, site: "dock-3", device: "fl-7", trustedKeys });
 *   await dev.start(); ...; dev.counters().deploysReceived; await dev.close();
 */
export class SimulatedDevice {
  readonly site: string;
  readonly device: string;
  readonly topics: DeviceTopics;
  readonly #o: SimulatedDeviceOptions;
  readonly #behaviour: SimulatedBehaviour;
  readonly #clock: Clock;
  readonly #log: RateLimitedLog;
  readonly #artifacts: ArtifactDownloadCache;
  readonly #commandPrefix: string;
  #client: MqttClient | undefined;
  #modelName: string;
  #activeVersion: string;
  #shadowVersion = "";
  #deployId = "";
  #metrics: Record<string, number> = {};
  readonly #stored: string[];
  readonly #seenDeploys = new Set<string>();
  readonly #seenRollbacks = new Set<string>();
  readonly #assemblies = new Map<string, Assembly>();
  #watch: Watch | undefined;
  /** The command subscription of the latest connect without a session. */
  #subscribed: Promise<void> = Promise.resolve();
  #seq = 0;
  #closing = false;
  #counters: SimulatedDeviceCounters = {
    connects: 0,
    deploysReceived: 0,
    duplicateDeploys: 0,
    rollbacksReceived: 0,
    chunksReceived: 0,
    invalidCommands: 0,
    reportsSent: 0,
    reportsAcked: 0,
    reportsByState: {},
  };

  constructor(options: SimulatedDeviceOptions) {
    this.topics = deviceTopics(options.site, options.device);
    this.site = options.site;
    this.device = options.device;
    this.#o = options;
    this.#behaviour = options.behaviour ?? {};
    this.#clock = options.clock ?? new SystemClock();
    this.#log = new RateLimitedLog(options.logger ?? silentLogger, this.#clock);
    this.#artifacts = options.artifacts ?? sharedArtifactCache;
    this.#commandPrefix = this.topics.commands.slice(0, -1);
    this.#modelName = options.modelName ?? "yolox_nano";
    this.#activeVersion = options.activeVersion ?? "1.0.0";
    this.#stored = [this.#activeVersion];
  }

  get activeVersion(): string {
    return this.#activeVersion;
  }

  get storedVersions(): readonly string[] {
    return this.#stored;
  }

  counters(): SimulatedDeviceCounters {
    return { ...this.#counters, reportsByState: { ...this.#counters.reportsByState } };
  }

  /** Connects, subscribes to its commands and publishes its retained status; resolves once connected. */
  async start(): Promise<void> {
    if (this.#client !== undefined) throw new Error("SimulatedDevice.start() may be called once");
    const client = createFleetClient(
      { keepaliveSec: this.#o.keepaliveSec ?? 60, ...this.#o.broker },
      {
        clientId: `vigil-sim-${this.site}-${this.device}`,
        sessionExpirySec: this.#o.sessionExpirySec ?? 3600,
        will: { topic: this.topics.status, payload: this.#statusBody(false), retain: true, qos: 1 },
      },
    );
    this.#client = client;
    client.on("message", (topic, payload) => this.#onMessage(topic, payload));
    client.on("connect", (connack) => this.#onConnect(connack));
    client.on("error", (err) => this.#log.warn("CLOUD_LINK_DOWN", { device: this.device, err: err.message }, "simulated device connection error; mqtt.js reconnects"));
    await connectFleetClient(client);
    await this.#subscribed;
  }

  /** Publishes the offline status, disconnects and drops the session; clears the watch. */
  async close(): Promise<void> {
    if (this.#closing) return;
    this.#closing = true;
    if (this.#watch !== undefined) clearTimeout(this.#watch.timer);
    this.#watch = undefined;
    const client = this.#client;
    if (client === undefined) return;
    if (client.connected) {
      await new Promise<void>((resolve) => client.publish(this.topics.status, this.#statusBody(false), { qos: 1, retain: true }, () => resolve()));
    }
    await endFleetClient(client);
    client.removeAllListeners();
    client.on("error", () => undefined);
  }

  #onConnect(connack: IConnackPacket): void {
    if (this.#closing) return;
    this.#counters.connects++;
    const client = this.#client as MqttClient;
    if (!connack.sessionPresent) {
      this.#subscribed = subscribeQos1(client, this.topics.commands).catch((err: unknown) =>
        this.#log.warn("CLOUD_LINK_DOWN", { device: this.device, err: (err as Error).message }, "subscribing to commands failed; retried on the next connect"),
      );
    }
    // the broker may have published the last will while it went down: say again that it is online
    this.#publishStatus();
  }

  #onMessage(topic: string, payload: Buffer): void {
    if (this.#closing || !topic.startsWith(this.#commandPrefix)) return;
    const kind = topic.slice(this.#commandPrefix.length);
    try {
      if (kind === "deploy") this.#onDeploy(vigil.v1.DeployCommand.decode(payload));
      else if (kind === "artifact") this.#onChunk(vigil.v1.ArtifactChunk.decode(payload));
      else if (kind === "rollback") this.#onRollback(vigil.v1.RollbackCommand.decode(payload));
      else this.#invalid(topic, "unknown command topic");
    } catch (err) {
      this.#invalid(topic, (err as Error).message);
    }
  }

  #invalid(topic: string, why: string): void {
    this.#counters.invalidCommands++;
    this.#log.warn("CLOUD_COMMAND_INVALID", { device: this.device, topic, err: why }, "command ignored");
  }

  #onDeploy(cmd: vigil.v1.DeployCommand): void {
    if (this.#seenDeploys.has(cmd.deployId)) {
      this.#counters.duplicateDeploys++;
      return;
    }
    this.#seenDeploys.add(cmd.deployId);
    if (this.#seenDeploys.size > SEEN_DEPLOYS) this.#seenDeploys.delete(this.#seenDeploys.values().next().value as string);
    this.#counters.deploysReceived++;
    if (this.#behaviour.silent) return;
    if (cmd.chunkCount > 0 && !this.#assemblies.has(cmd.deployId)) this.#assembly(cmd.deployId, cmd.chunkCount);
    this.#deploy(cmd).catch((err: unknown) => this.#log.warn("MODEL_ARTIFACT_INCOMPLETE", { device: this.device, err: (err as Error).message }, "simulated deploy failed"));
  }

  async #deploy(cmd: vigil.v1.DeployCommand): Promise<void> {
    const manifest = cmd.manifest;
    const base = { deployId: cmd.deployId, modelName: manifest?.name ?? "", version: manifest?.version ?? "" };
    this.#report({ ...base, state: "received" });
    const refuse = (r: Refusal): void => {
      this.#assemblies.delete(cmd.deployId);
      this.#report({ ...base, state: "refused", reasonCode: r.code, detail: r.detail });
    };
    if (manifest == null) return refuse({ code: "MODEL_MANIFEST_INVALID", detail: "the DeployCommand carries no manifest" });
    const m = vigil.v1.ModelManifest.fromObject(manifest);
    const checked = cachedManifestVerdict(m, this.#o.trustedKeys) ?? checkUpgrade(m, this.#activeVersion);
    if (checked !== undefined) return refuse(checked);
    let artifact: Refusal | undefined;
    if (cmd.url) artifact = await this.#artifacts.verify(cmd.url, m);
    else if (cmd.chunkCount > 0) artifact = verifyArtifact(m, await this.#chunks(cmd.deployId, cmd.chunkCount));
    else artifact = { code: "MODEL_ARTIFACT_INCOMPLETE", detail: "the DeployCommand has neither a url nor chunks" };
    if (this.#closing) return;
    if (artifact !== undefined) return refuse(artifact);
    this.#report({ ...base, state: "verified" });
    const selfTest = this.#behaviour.selfTestPassesFor?.(m.version) ?? true;
    if (!selfTest) {
      this.#report({ ...base, state: "self_test_failed", reasonCode: "MODEL_SELF_TEST_FAILED", detail: "simulated self-test failure" });
      return;
    }
    this.#report({ ...base, state: "self_test_passed" });
    if (cmd.mode === "shadow") {
      this.#shadowVersion = m.version;
      this.#publishStatus();
      const p99 = this.#behaviour.latencyMsFor?.(m.version) ?? 40;
      this.#report({ ...base, state: "shadow", metrics: { shadow_latency_p99_ms: p99, active_latency_p99_ms: this.#behaviour.latencyMsFor?.(this.#activeVersion) ?? 40, shadow_frames: this.#behaviour.framesPerWatch ?? 100, shadow_skipped: 0 } });
      return;
    }
    const previous = this.#activeVersion;
    this.#activate(m.name, m.version, cmd.deployId);
    this.#report({ ...base, state: "active", previousVersion: previous });
    if (this.#watch !== undefined) clearTimeout(this.#watch.timer);
    const watch: Watch = {
      deployId: cmd.deployId,
      version: m.version,
      previous,
      timer: setTimeout(() => this.#endWatch(watch), this.#behaviour.watchMs ?? 200),
    };
    this.#watch = watch;
  }

  #endWatch(watch: Watch): void {
    if (this.#watch !== watch || this.#closing) return;
    this.#watch = undefined;
    const b = this.#behaviour;
    const metrics = {
      error_rate: b.errorRateFor?.(watch.version) ?? 0,
      p99_latency_ms: b.latencyMsFor?.(watch.version) ?? 40,
      fallback_triggers: b.fallbackTriggersFor?.(watch.version) ?? 0,
      frames: b.framesPerWatch ?? 100,
    };
    this.#metrics = metrics;
    const base = { deployId: watch.deployId, modelName: this.#modelName, version: watch.version, metrics };
    if (b.rollbackAboveP99Ms !== undefined && metrics.p99_latency_ms > b.rollbackAboveP99Ms) {
      this.#activate(this.#modelName, watch.previous, this.#deployId);
      this.#report({ ...base, state: "rolled_back", reasonCode: "ROLLBACK_LATENCY", detail: `p99 ${metrics.p99_latency_ms} ms over ${b.rollbackAboveP99Ms} ms`, previousVersion: watch.version });
      return;
    }
    this.#publishStatus();
    this.#report({ ...base, state: "confirmed" });
  }

  #onRollback(cmd: vigil.v1.RollbackCommand): void {
    const key = `${cmd.deployId}|${cmd.toVersion}|${String(cmd.issuedTimeNs)}`;
    if (this.#seenRollbacks.has(key)) return;
    this.#seenRollbacks.add(key);
    if (this.#seenRollbacks.size > SEEN_DEPLOYS) this.#seenRollbacks.delete(this.#seenRollbacks.values().next().value as string);
    this.#counters.rollbacksReceived++;
    if (this.#behaviour.silent) return;
    const base = { deployId: cmd.deployId, modelName: cmd.modelName, version: cmd.toVersion };
    const bad = verifyRollback(cmd, this.#o.trustedKeys);
    if (bad !== undefined) {
      this.#report({ ...base, state: "refused", reasonCode: bad.code, detail: bad.detail });
      return;
    }
    if (!this.#stored.includes(cmd.toVersion)) {
      this.#report({ ...base, state: "refused", reasonCode: "ROLLBACK_VERSION_MISSING", detail: `${cmd.toVersion} is not stored here (stores ${this.#stored.join(", ")})` });
      return;
    }
    if (this.#watch !== undefined) clearTimeout(this.#watch.timer);
    this.#watch = undefined;
    const previous = this.#activeVersion;
    this.#activate(cmd.modelName, cmd.toVersion, cmd.deployId);
    this.#report({ ...base, state: "rolled_back", reasonCode: cmd.reason || "ROLLOUT_GATE_FAILED", previousVersion: previous, metrics: this.#metrics });
  }

  #activate(modelName: string, version: string, deployId: string): void {
    this.#modelName = modelName || this.#modelName;
    this.#activeVersion = version;
    this.#deployId = deployId;
    if (!this.#stored.includes(version)) this.#stored.push(version);
    if (this.#stored.length > 4) this.#stored.shift(); // a device keeps a few versions, not all
    this.#publishStatus();
  }

  #assembly(deployId: string, count: number): Assembly {
    let a = this.#assemblies.get(deployId);
    if (a === undefined) {
      a = { count, parts: new Array<Buffer | undefined>(count).fill(undefined), received: 0, bytes: 0, done: undefined };
      this.#assemblies.set(deployId, a);
      while (this.#assemblies.size > MAX_ASSEMBLIES) this.#assemblies.delete(this.#assemblies.keys().next().value as string);
    }
    return a;
  }

  #onChunk(chunk: vigil.v1.ArtifactChunk): void {
    this.#counters.chunksReceived++;
    // a chunk may come before its DeployCommand is handled; one of a finished deploy is a redelivery
    if (this.#seenDeploys.has(chunk.deployId) && !this.#assemblies.has(chunk.deployId)) return;
    const maxBytes = this.#o.maxArtifactBytes ?? 64 * 1024 * 1024;
    if (chunk.count === 0 || chunk.count > 1_000_000 || chunk.index >= chunk.count) return this.#invalid(this.topics.artifact, `chunk ${chunk.index} of ${chunk.count}`);
    const a = this.#assembly(chunk.deployId, chunk.count);
    if (a.count !== chunk.count) return this.#invalid(this.topics.artifact, `chunk says ${chunk.count} chunks, the deploy ${a.count}`);
    if (a.parts[chunk.index] !== undefined) return; // redelivered
    if (a.bytes + chunk.data.length > maxBytes) {
      this.#assemblies.delete(chunk.deployId);
      return this.#invalid(this.topics.artifact, `artifact over ${maxBytes} bytes`);
    }
    a.parts[chunk.index] = Buffer.from(chunk.data);
    a.received++;
    a.bytes += chunk.data.length;
    this.#finishAssembly(chunk.deployId, a);
  }

  #finishAssembly(deployId: string, a: Assembly): void {
    if (a.received < a.count || a.done === undefined) return;
    this.#assemblies.delete(deployId);
    a.done(Buffer.concat(a.parts as Buffer[]));
  }

  /** The assembled artifact once every chunk is in (no timer: the rollout's wave timeout bounds the wait). */
  #chunks(deployId: string, count: number): Promise<Buffer> {
    const a = this.#assembly(deployId, count);
    return new Promise((resolve) => {
      a.done = resolve;
      this.#finishAssembly(deployId, a);
    });
  }

  #report(fields: Omit<vigil.v1.ModelStatusReport.$Properties, "messageId" | "site" | "device" | "timeNs">): void {
    const client = this.#client;
    if (client === undefined || this.#closing) return;
    const id = `${this.device}:${++this.#seq}`;
    const body = vigil.v1.ModelStatusReport.encode({
      ...fields,
      messageId: id,
      site: this.site,
      device: this.device,
      timeNs: bigintToLong(this.#clock.nowNs()),
    }).finish();
    this.#counters.reportsSent++;
    const state = fields.state ?? "";
    this.#counters.reportsByState[state] = (this.#counters.reportsByState[state] ?? 0) + 1;
    // QoS 1 from mqtt.js's store: sent again after a reconnect until the broker acknowledges it
    client.publish(this.topics.modelStatus, Buffer.from(body), { qos: 1, properties: { userProperties: { id } } }, (err) => {
      if (err) this.#log.warn("CLOUD_LINK_DOWN", { device: this.device, id, err: err.message }, "report not acknowledged");
      else this.#counters.reportsAcked++;
    });
  }

  #statusBody(online: boolean): Buffer {
    return Buffer.from(
      vigil.v1.DeviceStatus.encode({
        site: this.site,
        device: this.device,
        timeNs: bigintToLong(this.#clock.nowNs()),
        online,
        activeModel: this.#modelName,
        activeVersion: this.#activeVersion,
        shadowVersion: this.#shadowVersion,
        state: online ? "running" : "offline",
        metrics: this.#metrics,
        deployId: this.#deployId,
        storedVersions: this.#stored,
      }).finish(),
    );
  }

  #publishStatus(): void {
    const client = this.#client;
    if (client === undefined || this.#closing) return;
    if (client.options.will !== undefined) client.options.will.payload = this.#statusBody(false);
    client.publish(this.topics.status, this.#statusBody(true), { qos: 1, retain: true }, (err) => {
      if (err) this.#log.warn("CLOUD_LINK_DOWN", { device: this.device, err: err.message }, "status not acknowledged");
    });
  }
}
