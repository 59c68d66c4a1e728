import { randomBytes } from "node:crypto";
import type { IConnackPacket, MqttClient } from "mqtt";
import { bigintToLong, vigil } from "../../proto/index.js";
import { SystemClock, msToNs, nsToMs, type Clock } from "../../runtime/clock/index.js";
import { deviceTopics } from "../../runtime/cloud/index.js";
import { VigilError, type ErrorCode } from "../../runtime/errors/index.js";
import { RateLimitedLog, silentLogger, type Logger } from "../../runtime/observe/index.js";
import type { SigningKey } from "../manifest/index.js";
import { DeadlineWait } from "./deadline-wait.js";
import { DeviceStatusFeed } from "./device-status-feed.js";
import { connectFleetClient, createFleetClient, endFleetClient, type FleetBrokerOptions } from "./fleet-broker.js";
import { ModelReportFeed, type FleetReport, type ModelReportFeedCounters } from "./model-report-feed.js";
import { sendRollbacks, type RollbackOutcome, type RollbackTarget } from "./rollback-sender.js";
import { evaluateRolloutGates, type GateOutcome, type RolloutGates } from "./rollout-gates.js";
import { ROLLOUT_STATE_KIND, ROLLOUT_STATE_VERSION, writeRolloutState, type RolloutState } from "./rollout-state-file.js";
import { planWaves, type WavePlan } from "./wave-plan.js";

/** Where the devices get the artifact: a URL, or chunks over MQTT (cmd/artifact) after the DeployCommand. */
export type RolloutArtifact = { url: string } | { bytes: Uint8Array; chunkBytes?: number };

export interface RolloutControllerOptions {
  /** A connected client with a durable MQTT 5 session (clean false + session expiry). Or `broker`: the controller connects its own. */
  client?: MqttClient;
  broker?: FleetBrokerOptions;
  /** The signed manifest of the version to roll out. */
  manifest: vigil.v1.ModelManifest;
  artifact: RolloutArtifact;
  /** Which devices: "site/+", "+/+", "dock-3/forklift-7" (targetMatches). */
  target: string;
  /** Cumulative fractions, e.g. [0.1, 0.5, 1]; wave 1 deploys in mode "canary", later ones "active". */
  waves: readonly number[];
  gates: RolloutGates;
  /** Signs the RollbackCommands of a halted rollout; without it a halt rolls nothing back (said in the result). */
  rollbackKey?: SigningKey;
  /** Unique per rollout; default `rollout-<time>-<random>`. */
  deployId?: string;
  /** Discovery ends as soon as this many matching online devices are seen (else after discoveryMs). */
  expectedDevices?: number;
  /** How long discovery collects retained statuses. Default 2000 ms (10,000 ms with expectedDevices, ending early). */
  discoveryMs?: number;
  /** Rollout state (JSON) for `vigil fleet rollback`, written after discovery, each wave and the end. */
  stateFile?: string;
  /** Session expiry of the controller's own connection; the session is dropped when the rollout ends. Default 3600. */
  sessionExpirySec?: number;
  clock?: Clock;
  logger?: Logger;
  onProgress?: (event: RolloutProgress) => void;
}

/** What the controller is doing, for progress lines. */
export type RolloutProgress =
  | { type: "discovered"; deployId: string; devices: number; expected: number | null; target: string }
  | { type: "wave-started"; wave: number; waves: number; mode: string; devices: number; deployed: number }
  | { type: "wave-ended"; result: WaveResult }
  | { type: "reconnected"; republished: number }
  | { type: "rollback-started"; devices: number }
  | { type: "rollback-ended"; outcomes: RollbackOutcome[] };

export interface WaveFailure {
  /** `site/device`. */
  device: string;
  /** The last state the device reported ("pending" when none). */
  state: string;
  /** The device's reason code, or ROLLOUT_TIMEOUT. */
  reason: string;
}

export interface WaveResult {
  /** 1-based. */
  wave: number;
  fraction: number;
  mode: string;
  /** Devices covered so far (cumulative). */
  devices: number;
  /** `site/device` of the devices this wave deployed to. */
  deployed: string[];
  /** Of those, how many ended "confirmed". */
  confirmed: number;
  successRate: number;
  minSuccess: number;
  failed: WaveFailure[];
  gates: GateOutcome[];
  pass: boolean;
  durationMs: number;
}

/** One device's part in the rollout. */
export interface RolloutDeviceOutcome {
  device: string;
  wave: number;
  previousVersion: string;
  state: string;
  reason: string;
  becameActive: boolean;
  /** Distinct "confirmed" reports for this deploy (after de-duplication): 1 for a confirmed device. */
  confirmedReports: number;
}

export interface RolloutResult {
  deployId: string;
  outcome: "completed" | "halted";
  /** Why it halted: ROLLOUT_GATE_FAILED, or ROLLOUT_TIMEOUT when only late devices failed the wave. */
  haltCode: ErrorCode | null;
  model: { name: string; version: string };
  target: string;
  waves: WaveResult[];
  rolledBack: RollbackOutcome[];
  /** Set when a halted rollout could not roll back (no signing key). */
  rollbackSkipped: string | null;
  devices: RolloutDeviceOutcome[];
  reports: ModelReportFeedCounters & { otherDeploys: number };
  /** DeployCommands sent again after a reconnect, to devices that had not reported "received". */
  republished: number;
  reconnects: number;
  /** Reconnects where the broker had lost the controller's session: reports sent in that gap are lost, and their devices time out (fail-safe). */
  reconnectsWithoutSession: number;
  /** State file writes that failed after the first (logged; the rollout went on). */
  stateWriteErrors: number;
  durationMs: number;
}

interface Tracked {
  site: string;
  device: string;
  name: string;
  wave: number;
  previousVersion: string;
  state: string;
  reason: string;
  rank: number;
  ended: boolean;
  timedOut: boolean;
  becameActive: boolean;
  metrics: Record<string, number> | undefined;
  confirmedReports: number;
}

// Order of a deploy's states on a device; an older state that arrives late does not undo a newer one.
const RANK: Record<string, number> = {
  pending: 0,
  received: 1,
  verified: 2,
  self_test_passed: 3,
  shadow: 4,
  active: 5,
  confirmed: 6,
  refused: 6,
  self_test_failed: 6,
  rolled_back: 7,
};
const ENDED = new Set(["confirmed", "refused", "self_test_failed", "rolled_back"]);
const DEFAULT_CHUNK_BYTES = 256 * 1024;

/**
 * Rolls a signed model out to a fleet in waves over MQTT: discovers the online devices that
 * match the target (retained status), deploys wave by wave (canary, then active), waits for
 * each device's ModelStatusReports (durable session, de-duplicated), judges the wave against
 * the gates and either goes on or halts and sends signed RollbackCommands to every device
 * that took the new version. Reconnect-safe: DeployCommands not yet "received" are sent again.
 *   const result = await new RolloutController({ broker: { url }, manifest, artifact: { url: artifactUrl },
 *     target: "dock-3/+", waves: [0.1, 0.5, 1], gates, rollbackKey }).run(); // result.outcome === "completed"
 */
export class RolloutController {
  readonly deployId: string;
  readonly #o: RolloutControllerOptions;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #log: RateLimitedLog;
  readonly #devices = new Map<string, Tracked>();
  #currentWave: Tracked[] = [];
  #currentWaveNumber = 0;
  #openInWave = 0;
  #waveBodies: { deploy: Buffer; chunks: Buffer[] } | undefined;
  #otherDeploys = 0;
  #republished = 0;
  #reconnects = 0;
  #sessionsLost = 0;
  #stateErrors = 0;
  #ran = false;

  constructor(options: RolloutControllerOptions) {
    if ((options.client === undefined) === (options.broker === undefined)) {
      throw new VigilError("USAGE", "RolloutController needs exactly one of client (connected, durable session) and broker (it connects itself)");
    }
    planWaves(options.waves, 1); // validates the fractions
    if ("bytes" in options.artifact) {
      const chunkBytes = options.artifact.chunkBytes ?? DEFAULT_CHUNK_BYTES;
      if (!Number.isInteger(chunkBytes) || chunkBytes < 1) throw new VigilError("USAGE", `chunkBytes must be a whole number above 0, got ${chunkBytes}`);
    }
    this.#o = options;
    this.#clock = options.clock ?? new SystemClock();
    this.#logger = options.logger ?? silentLogger;
    this.#log = new RateLimitedLog(this.#logger, this.#clock);
    this.deployId = options.deployId ?? `rollout-${(this.#clock.nowNs() / 1_000_000n).toString(36)}-${randomBytes(3).toString("hex")}`;
  }

  /** Runs the rollout to its end (completed or halted and rolled back). May be called once. */
  async run(): Promise<RolloutResult> {
    if (this.#ran) throw new Error("RolloutController.run() may be called once");
    this.#ran = true;
    const o = this.#o;
    const startNs = this.#clock.nowNs();
    const own = o.client === undefined;
    const client =
      o.client ?? createFleetClient(o.broker as FleetBrokerOptions, { clientId: `vigil-rollout-${this.deployId}`, sessionExpirySec: o.sessionExpirySec ?? 3600 });
    const feed = new ModelReportFeed(client, { clock: this.#clock, logger: this.#logger });
    const statuses = new DeviceStatusFeed(client, { clock: this.#clock, logger: this.#logger });
    const waits = new DeadlineWait(this.#clock);
    let connects = 0;
    const onConnect = (connack: IConnackPacket): void => {
      connects++;
      if (connects === 1 && own) return; // the first connect is awaited below
      this.#onReconnect(client, feed, connack);
    };
    const onError = (err: Error): void => this.#log.warn("CLOUD_LINK_DOWN", { err: err.message }, "fleet broker connection error; mqtt.js reconnects");
    client.on("connect", onConnect);
    client.on("error", onError);
    feed.onReport((r) => {
      this.#onReport(r);
      waits.poke();
    });
    statuses.onChange(() => waits.poke());
    try {
      if (own) await connectFleetClient(client);
      await Promise.all([feed.subscribe(), statuses.subscribe()]);
      const found = await this.#discover(statuses, waits);
      statuses.close();
      const plans = planWaves(o.waves, found.length);
      // the first write fails the rollout before anything is deployed (a bad --state path); later ones only warn
      await this.#saveState("running", startNs, { mustWrite: true });
      const waves: WaveResult[] = [];
      let haltCode: ErrorCode | null = null;
      for (const plan of plans) {
        const result = await this.#runWave(client, plan, plans.length, waits);
        waves.push(result);
        await this.#saveState("running", startNs);
        this.#progress({ type: "wave-ended", result });
        if (!result.pass) {
          haltCode = result.gates.every((g) => g.pass) && result.failed.every((f) => f.reason === "ROLLOUT_TIMEOUT") ? "ROLLOUT_TIMEOUT" : "ROLLOUT_GATE_FAILED";
          break;
        }
      }
      this.#currentWave = [];
      this.#currentWaveNumber = 0;
      let rolledBack: RollbackOutcome[] = [];
      let rollbackSkipped: string | null = null;
      if (haltCode !== null) {
        ({ rolledBack, rollbackSkipped } = await this.#rollBack(client, feed));
      }
      const outcome = haltCode === null ? "completed" : "halted";
      await this.#saveState(outcome, startNs);
      return {
        deployId: this.deployId,
        outcome,
        haltCode,
        model: { name: o.manifest.name, version: o.manifest.version },
        target: o.target,
        waves,
        rolledBack,
        rollbackSkipped,
        devices: [...this.#devices.values()].map((t) => ({
          device: t.name,
          wave: t.wave,
          previousVersion: t.previousVersion,
          state: t.state,
          reason: t.reason,
          becameActive: t.becameActive,
          confirmedReports: t.confirmedReports,
        })),
        reports: { ...feed.counters(), otherDeploys: this.#otherDeploys },
        republished: this.#republished,
        reconnects: this.#reconnects,
        reconnectsWithoutSession: this.#sessionsLost,
        stateWriteErrors: this.#stateErrors,
        durationMs: nsToMs(this.#clock.nowNs() - startNs),
      };
    } finally {
      waits.cancel();
      feed.close();
      statuses.close();
      client.removeListener("connect", onConnect);
      if (own) {
        await endFleetClient(client);
        client.removeListener("error", onError);
        client.on("error", () => undefined); // a socket error after end() has nowhere to go
      } else {
        client.removeListener("error", onError);
      }
    }
  }

  async #discover(statuses: DeviceStatusFeed, waits: DeadlineWait): Promise<Tracked[]> {
    const o = this.#o;
    const expected = o.expectedDevices;
    const online = (): ReturnType<DeviceStatusFeed["matching"]> => statuses.matching(o.target).filter((s) => s.online && s.state !== "offline");
    const windowMs = o.discoveryMs ?? (expected === undefined ? 2000 : 10_000);
    const deadline = this.#clock.nowNs() + msToNs(windowMs);
    await waits.until(() => expected !== undefined && online().length >= expected, deadline);
    const found = online();
    if (found.length === 0) {
      throw new VigilError("USAGE", `no online device matches target "${o.target}" (looked ${windowMs} ms at retained statuses under vigil/+/+/status): check --target and that the devices are connected`);
    }
    if (expected !== undefined && found.length < expected) {
      this.#logger.warn({ code: "ROLLOUT_TIMEOUT", expected, found: found.length }, "fewer devices than expected are online; rolling out to those found");
    }
    const tracked = found.map(
      (s): Tracked => ({
        site: s.site,
        device: s.device,
        name: `${s.site}/${s.device}`,
        wave: 0,
        previousVersion: s.activeVersion,
        state: "not_deployed",
        reason: "",
        rank: -1,
        ended: false,
        timedOut: false,
        becameActive: false,
        metrics: undefined,
        confirmedReports: 0,
      }),
    );
    for (const t of tracked) this.#devices.set(t.name, t);
    this.#progress({ type: "discovered", deployId: this.deployId, devices: tracked.length, expected: expected ?? null, target: o.target });
    this.#logger.info({ deployId: this.deployId, devices: tracked.length, target: o.target }, "rollout: devices discovered");
    return tracked;
  }

  async #runWave(client: MqttClient, plan: WavePlan, waveCount: number, waits: DeadlineWait): Promise<WaveResult> {
    const o = this.#o;
    const startNs = this.#clock.nowNs();
    const mode = plan.wave === 1 ? "canary" : "active";
    const members = [...this.#devices.values()].slice(plan.from, plan.to);
    for (const t of members) {
      t.wave = plan.wave;
      t.state = "pending";
      t.rank = 0;
    }
    this.#currentWave = members;
    this.#currentWaveNumber = plan.wave;
    this.#openInWave = members.length;
    this.#waveBodies = this.#bodies(mode);
    this.#progress({ type: "wave-started", wave: plan.wave, waves: waveCount, mode, devices: plan.to, deployed: members.length });
    this.#logger.info({ deployId: this.deployId, wave: plan.wave, mode, deployed: members.length, devices: plan.to }, "rollout: wave started");
    for (const t of members) this.#publishDeploy(client, t);
    const deadline = startNs + msToNs(o.gates.wave_timeout_s * 1000);
    await waits.until(() => this.#openInWave === 0, deadline);
    const failed: WaveFailure[] = [];
    const confirmed: Array<{ device: string; metrics: Record<string, number> }> = [];
    for (const t of members) {
      if (!t.ended) {
        t.timedOut = true;
        failed.push({ device: t.name, state: t.state, reason: "ROLLOUT_TIMEOUT" });
      } else if (t.state === "confirmed") {
        confirmed.push({ device: t.name, metrics: t.metrics ?? {} });
      } else {
        failed.push({ device: t.name, state: t.state, reason: t.reason });
      }
    }
    const successRate = confirmed.length / members.length;
    const gates = evaluateRolloutGates(o.gates.gates, confirmed);
    const pass = successRate >= o.gates.min_success - 1e-9 && gates.every((g) => g.pass);
    const result: WaveResult = {
      wave: plan.wave,
      fraction: plan.fraction,
      mode,
      devices: plan.to,
      deployed: members.map((t) => t.name),
      confirmed: confirmed.length,
      successRate,
      minSuccess: o.gates.min_success,
      failed,
      gates,
      pass,
      durationMs: nsToMs(this.#clock.nowNs() - startNs),
    };
    this.#logger.info({ deployId: this.deployId, wave: plan.wave, confirmed: confirmed.length, failed: failed.length, pass }, "rollout: wave ended");
    return result;
  }

  /** The wave's DeployCommand (and chunks), encoded once: every device of the wave gets the same bytes. */
  #bodies(mode: string): { deploy: Buffer; chunks: Buffer[] } {
    const o = this.#o;
    const chunked = "bytes" in o.artifact;
    const chunks: Buffer[] = [];
    if ("bytes" in o.artifact) {
      const { bytes } = o.artifact;
      const size = o.artifact.chunkBytes ?? DEFAULT_CHUNK_BYTES;
      const count = Math.max(1, Math.ceil(bytes.length / size));
      for (let i = 0; i < count; i++) {
        const data = bytes.subarray(i * size, Math.min(bytes.length, (i + 1) * size));
        chunks.push(Buffer.from(vigil.v1.ArtifactChunk.encode({ deployId: this.deployId, index: i, count, data }).finish()));
      }
    }
    const deploy = vigil.v1.DeployCommand.encode({
      deployId: this.deployId,
      manifest: o.manifest,
      url: chunked ? "" : (o.artifact as { url: string }).url,
      chunkCount: chunks.length,
      mode,
      issuedTimeNs: bigintToLong(this.#clock.nowNs()),
    }).finish();
    return { deploy: Buffer.from(deploy), chunks };
  }

  #publishDeploy(client: MqttClient, t: Tracked): void {
    const bodies = this.#waveBodies as { deploy: Buffer; chunks: Buffer[] };
    const topics = deviceTopics(t.site, t.device);
    const onAck = (err?: Error): void => {
      if (err) this.#log.warn("CLOUD_LINK_DOWN", { device: t.name, err: err.message }, "deploy command not acknowledged by the broker");
    };
    client.publish(topics.deploy, bodies.deploy, { qos: 1 }, onAck);
    for (const chunk of bodies.chunks) client.publish(topics.artifact, chunk, { qos: 1 }, onAck);
  }

  #onReconnect(client: MqttClient, feed: ModelReportFeed, connack: IConnackPacket): void {
    this.#reconnects++;
    if (!connack.sessionPresent) {
      this.#sessionsLost++;
      this.#logger.warn(
        { code: "CLOUD_LINK_DOWN", deployId: this.deployId },
        "the broker lost the rollout's session (no persistence?): reports sent while it was away are lost and those devices will time out",
      );
      feed.subscribe().catch((err: unknown) => this.#log.warn("CLOUD_LINK_DOWN", { err: (err as Error).message }, "re-subscribing to model status reports failed"));
    }
    // the devices de-duplicate by deploy_id, so sending again is safe; a report may be on its way
    const again = this.#currentWave.filter((t) => t.state === "pending");
    for (const t of again) this.#publishDeploy(client, t);
    this.#republished += again.length;
    this.#logger.info({ deployId: this.deployId, sessionPresent: connack.sessionPresent, republished: again.length }, "rollout: reconnected to the broker");
    this.#progress({ type: "reconnected", republished: again.length });
  }

  #onReport(r: FleetReport): void {
    const { report } = r;
    const t = this.#devices.get(`${r.site}/${r.device}`);
    if (report.deployId !== this.deployId || t === undefined || t.wave === 0) {
      this.#otherDeploys++;
      return;
    }
    const state = report.state;
    if (state === "confirmed") t.confirmedReports++;
    if (state === "active") {
      t.becameActive = true;
      if (report.previousVersion) t.previousVersion = report.previousVersion;
    }
    const rank = RANK[state];
    if (rank === undefined) {
      this.#log.warn("FLEET_REPORT_INVALID", { device: t.name, state }, "report with an unknown state; ignored");
      return;
    }
    if (rank < t.rank) return;
    t.rank = rank;
    t.state = state;
    t.reason = report.reasonCode;
    if (state === "confirmed" || state === "rolled_back") t.metrics = { ...report.metrics };
    if (ENDED.has(state) && !t.ended) {
      t.ended = true;
      if (t.wave === this.#currentWaveNumber) this.#openInWave--;
    }
  }

  async #rollBack(client: MqttClient, feed: ModelReportFeed): Promise<{ rolledBack: RollbackOutcome[]; rollbackSkipped: string | null }> {
    const o = this.#o;
    // a device that timed out before ending may still activate the version: send it back too
    const targets = [...this.#devices.values()].filter((t) => t.wave > 0 && ((t.becameActive && t.state !== "rolled_back") || (t.timedOut && !t.ended)));
    if (targets.length === 0) return { rolledBack: [], rollbackSkipped: null };
    if (o.rollbackKey === undefined) {
      const why = `no rollback key: ${targets.length} device(s) keep ${o.manifest.name}@${o.manifest.version}; run vigil fleet rollback --key`;
      this.#logger.error({ code: "ROLLOUT_GATE_FAILED", deployId: this.deployId, devices: targets.length }, why);
      return { rolledBack: [], rollbackSkipped: why };
    }
    this.#progress({ type: "rollback-started", devices: targets.length });
    const outcomes = await sendRollbacks({
      client,
      feed,
      key: o.rollbackKey,
      modelName: o.manifest.name,
      deployId: `${this.deployId}.rollback`,
      alsoAccept: [this.deployId],
      reason: "ROLLOUT_GATE_FAILED",
      targets: targets.map((t): RollbackTarget => ({ site: t.site, device: t.device, toVersion: t.previousVersion })),
      timeoutMs: o.gates.rollback_timeout_s * 1000,
      clock: this.#clock,
      logger: this.#logger,
    });
    for (const out of outcomes) {
      const t = this.#devices.get(out.device);
      if (t !== undefined && out.state === "rolled_back") {
        t.state = "rolled_back";
        t.reason = out.reason;
      }
    }
    this.#progress({ type: "rollback-ended", outcomes });
    return { rolledBack: outcomes, rollbackSkipped: null };
  }

  async #saveState(outcome: RolloutState["outcome"], startNs: bigint, { mustWrite = false } = {}): Promise<void> {
    const path = this.#o.stateFile;
    if (path === undefined) return;
    try {
      await this.#writeState(path, outcome, startNs);
    } catch (err) {
      if (mustWrite) throw new VigilError("CONFIG_INVALID", `cannot write the rollout state to ${path}: ${(err as Error).message}; pass a writable --state`, { cause: err });
      this.#stateErrors++;
      this.#logger.error({ code: "CONFIG_INVALID", path, err: (err as Error).message }, "rollout state not written: vigil fleet rollback --state will see an older state");
    }
  }

  async #writeState(path: string, outcome: RolloutState["outcome"], startNs: bigint): Promise<void> {
    const m = this.#o.manifest;
    await writeRolloutState(path, {
      kind: ROLLOUT_STATE_KIND,
      version: ROLLOUT_STATE_VERSION,
      deployId: this.deployId,
      modelName: m.name,
      modelVersion: m.version,
      target: this.#o.target,
      outcome,
      startedNs: startNs.toString(),
      updatedNs: this.#clock.nowNs().toString(),
      devices: [...this.#devices.values()].map((t) => ({
        site: t.site,
        device: t.device,
        wave: t.wave,
        previousVersion: t.previousVersion,
        state: t.timedOut && !t.ended ? "timeout" : t.state,
        reason: t.reason,
        becameActive: t.becameActive,
      })),
    });
  }

  #progress(event: RolloutProgress): void {
    try {
      this.#o.onProgress?.(event);
    } catch (err) {
      this.#log.warn("USAGE", { err: (err as Error).message, event: event.type }, "rollout progress callback threw; the rollout goes on");
    }
  }
}
