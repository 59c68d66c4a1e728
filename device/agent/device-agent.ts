import { bigintToLong, longToBigint, vigil } from "../../proto/index.js";
import { DedupeWindow, parseDeviceTopic } from "../../runtime/cloud/index.js";
import type { Clock } from "../../runtime/clock/index.js";
import type { AgentConfig } from "../../runtime/config/agent-config.js";
import { ErrorCode, isVigilError, VigilError } from "../../runtime/errors/index.js";
import { silentLogger, withComponent, type Logger } from "../../runtime/observe/index.js";
import { createDetector, type Detector } from "../../runtime/perception/index.js";
import {
  checkArtifactIO,
  checkUpgrade,
  verifyArtifact,
  verifyManifestSignature,
  verifyRollback,
  type Refusal,
  type TrustedKeys,
} from "../manifest/index.js";
import { ArtifactAssembler, type AssemblerCounters, type ChunkOutcome } from "./artifact-assembler.js";
import { downloadArtifact } from "./artifact-download.js";
import { COMMAND_TABLE } from "./command-table.js";
import { ModelStore, type ModelRef, type StoredModel, type StoreRecovery } from "./model-store.js";
import type { ModelSlot, SlotInference, SlotShadowFrame } from "./model-slot.js";
import { RollbackMonitor, type RollbackDecision, type WatchFigures } from "./rollback-monitor.js";
import { runSelfTest } from "./self-test.js";
import { ShadowComparison } from "./shadow-comparison.js";

/** ModelStatusReport.state values, in the order one deploy goes through them. */
export type ModelState = "received" | "verified" | "refused" | "self_test_passed" | "self_test_failed" | "shadow" | "active" | "confirmed" | "rolled_back";

/** A ModelStatusReport without message_id (the cloud link sets it from its MessageIdSequence). */
export interface AgentReport {
  site: string;
  device: string;
  timeNs: vigil.v1.ModelStatusReport["timeNs"];
  deployId: string;
  modelName: string;
  version: string;
  state: ModelState;
  reasonCode: string;
  detail: string;
  metrics: Record<string, number>;
  previousVersion: string;
}

/** The DeviceStatus fields the agent owns. */
export interface AgentStatus {
  activeModel: string;
  activeVersion: string;
  shadowVersion: string;
  /** The deploy that set the active model ("" for a model the device booted with). */
  deployId: string;
  storedVersions: string[];
  /** error_rate, p99_latency_ms, fallback_triggers, frames over the last rollback.window_frames inferences. */
  metrics: Record<string, number>;
}

export interface AgentCounters {
  /** Refusals (reports "refused" and "self_test_failed") per reason code. */
  refused: Record<string, number>;
  /** Commands that did not decode, name another device or miss their id (CLOUD_COMMAND_INVALID). */
  commandsInvalid: number;
  /** Deploys and rollbacks seen again (QoS 1 redelivery): ignored. */
  duplicates: number;
  confirmed: number;
  rolledBack: number;
  /** Reports the link did not take (its outbox refused): logged. */
  reportErrors: number;
  /** Stored versions that failed to load at start. */
  bootFailures: number;
  chunks: AssemblerCounters;
}

export type DeployMode = "shadow" | "canary" | "active";

export interface DeviceAgentDeps {
  config: AgentConfig;
  site: string;
  device: string;
  clock: Clock;
  logger?: Logger;
  /** Fleet keys to accept (loadTrustedKeys(config.trusted_keys)). */
  trustedKeys: TrustedKeys;
  /** What the pipeline runs: the agent swaps models in it. */
  slot: ModelSlot;
  /** Loads a stored model; default createDetector({ model, spec }). Tests and simulated devices swap it. */
  loadDetector?: (modelPath: string, specPath: string) => Promise<Detector>;
  /** Sends a ModelStatusReport (the link fills message_id). A rejection is logged and counted. */
  report: (report: AgentReport) => Promise<void>;
  /** Called whenever a DeviceStatus field the agent owns changes. */
  onStatusChange?: (status: AgentStatus) => void;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (v: T) => void;
}

type Job =
  | { kind: "deploy"; cmd: vigil.v1.DeployCommand; manifest: vigil.v1.ModelManifest; mode: DeployMode; artifact: () => Promise<Uint8Array>; abort: AbortController; done: Deferred<ModelState> }
  | { kind: "rollback"; cmd: vigil.v1.RollbackCommand; abort: AbortController; done: Deferred<ModelState> };

/** Who a report is about. */
interface Subject {
  deployId: string;
  modelName: string;
  version: string;
}

const MODES: readonly string[] = ["shadow", "canary", "active"];
const ABORTED = Symbol("aborted");

/**
 * The device side of the fleet: takes signed model deploys and rollbacks (decoded commands,
 * from any link), verifies, stores, self-tests, shadows, activates and watches them, and
 * rolls back by itself on regression; every step is a ModelStatusReport through `report`.
 * Every refusal leaves the active model running untouched. One deploy runs at a time; up to
 * max_pending_deploys wait behind it. It never throws from a command handler.
 *   const agent = new DeviceAgent({ config, site, device, clock, trustedKeys, slot, report: (r) => link.sendModelStatus(r) });
 *   await agent.start(); link.onCommand((topic, payload) => agent.handleCommand(topic, payload));
 */
export class DeviceAgent {
  readonly #config: AgentConfig;
  readonly #site: string;
  readonly #device: string;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #trusted: TrustedKeys;
  readonly #slot: ModelSlot;
  readonly #load: (modelPath: string, specPath: string) => Promise<Detector>;
  readonly #send: (report: AgentReport) => Promise<void>;
  readonly #onStatusChange: ((status: AgentStatus) => void) | undefined;
  readonly #assembler: ArtifactAssembler;
  readonly #monitor: RollbackMonitor;
  readonly #seen = new DedupeWindow({ maxIds: 1024 });
  readonly #queue: Job[] = [];
  readonly #unlisten: () => void;
  #store: ModelStore | undefined;
  #running: Job | undefined;
  #activeDeployId = "";
  /** The watched activation: its version, and where the decision lands. */
  #watch: { version: string; decided: Deferred<RollbackDecision> } | undefined;
  /** A running shadow deploy: its version and comparison, and where "enough frames" lands. */
  #shadowRun: { version: string; comparison: ShadowComparison; enough: Deferred<void> } | undefined;
  /** The model active before the watched one, kept loaded so a rollback is instant. */
  #retained: { ref: ModelRef | undefined; version: string; detector: Promise<Detector | undefined> } | undefined;
  #reportChain: Promise<void> = Promise.resolve();
  #closed = false;
  readonly #counters: Omit<AgentCounters, "chunks"> = {
    refused: {},
    commandsInvalid: 0,
    duplicates: 0,
    confirmed: 0,
    rolledBack: 0,
    reportErrors: 0,
    bootFailures: 0,
  };

  constructor(deps: DeviceAgentDeps) {
    this.#config = deps.config;
    this.#site = deps.site;
    this.#device = deps.device;
    this.#clock = deps.clock;
    this.#logger = withComponent(deps.logger ?? silentLogger, "agent");
    this.#trusted = deps.trustedKeys;
    this.#slot = deps.slot;
    this.#load = deps.loadDetector ?? ((model, spec) => createDetector({ model, spec, logger: this.#logger, clock: this.#clock }));
    this.#send = deps.report;
    this.#onStatusChange = deps.onStatusChange;
    this.#assembler = new ArtifactAssembler({
      maxArtifactBytes: deps.config.max_artifact_bytes,
      chunkTimeoutMs: deps.config.chunk_timeout_ms,
      maxPending: deps.config.max_pending_deploys,
    });
    this.#monitor = new RollbackMonitor(deps.config.rollback);
    this.#unlisten = this.#slot.listen({
      onInference: (o) => this.#onInference(o),
      onShadowFrame: (f) => this.#onShadowFrame(f),
      onShadowError: (err) => this.#logger.warn({ err }, "shadow inference failed"),
    });
  }

  /** The model store (after start()). */
  get store(): ModelStore {
    if (this.#store === undefined) throw new VigilError("USAGE", "DeviceAgent.start() first");
    return this.#store;
  }

  get recovery(): StoreRecovery | undefined {
    return this.#store?.recovery;
  }

  counters(): AgentCounters {
    return { ...this.#counters, refused: { ...this.#counters.refused }, chunks: this.#assembler.counters };
  }

  /**
   * Opens the store and boots into the last activated model: the active version, or when it
   * does not load the ones active before it, in order. Without a stored model the slot keeps
   * what it was given.
   */
  async start(): Promise<void> {
    const c = this.#config;
    this.#store = await ModelStore.open({ dir: c.store_dir, keepVersions: c.keep_versions, maxStoreBytes: c.max_store_bytes, logger: this.#logger });
    const active = this.#store.active();
    if (active !== undefined) {
      for (const ref of [active, ...active.previous]) {
        const stored = this.#store.get(ref.version);
        if (stored === undefined) {
          this.#counters.bootFailures++;
          this.#logger.error({ version: ref.version }, "the model store lacks a version it recorded as active");
          continue;
        }
        try {
          await this.#slot.activate(await this.#load(stored.modelPath, stored.specPath));
        } catch (err) {
          this.#counters.bootFailures++;
          this.#logger.error({ err, version: ref.version }, "a stored model does not load; trying the one active before it");
          continue;
        }
        if (ref.version !== active.version) await this.#store.setActive(stored);
        this.#activeDeployId = this.#store.active()?.deployId ?? "";
        this.#logger.info({ model: stored.name, version: stored.version }, "booted into the stored model");
        break;
      }
    }
    this.#statusChanged();
  }

  /** Stops: fails assemblies, ends the running deploy's waits, disposes models the agent holds. The slot stays with the pipeline. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#assembler.close();
    const dropped = this.#queue.splice(0);
    if (dropped.length > 0) this.#logger.warn({ deploys: dropped.map((j) => j.cmd.deployId) }, "agent closing: waiting deploys and rollbacks dropped (the fleet resends them)");
    for (const job of dropped) job.done.resolve("refused");
    const running = this.#running;
    running?.abort.abort();
    if (running !== undefined) await running.done.promise;
    await this.#slot.clearShadow();
    await this.#releaseRetained();
    this.#unlisten();
    await this.#reportChain;
  }

  /** The DeviceStatus fields the agent owns, now. */
  status(): AgentStatus {
    return {
      activeModel: this.#slot.active === undefined ? "" : this.#slot.modelName,
      activeVersion: this.#slot.modelVersion,
      shadowVersion: this.#shadowRun?.version ?? "",
      deployId: this.#activeDeployId,
      storedVersions: this.#store?.versions().map((m) => m.version) ?? [],
      metrics: this.metrics(),
    };
  }

  /** error_rate, p99_latency_ms, fallback_triggers, frames over the recent window (DeviceStatus.metrics). */
  metrics(): Record<string, number> {
    const r = this.#monitor.recent();
    return finite({ error_rate: r.errorRate, p99_latency_ms: r.p99LatencyMs, fallback_triggers: this.#monitor.fallbackTriggers, frames: r.frames });
  }

  /** A fallback trigger seen by the pipeline (SAFE_STOP from source FALLBACK): counts against a watched activation. */
  noteFallbackTrigger(): void {
    const d = this.#monitor.noteFallbackTrigger(this.#clock.nowNs());
    if (d !== undefined) this.#watch?.decided.resolve(d);
  }

  /** Decodes a command by its topic (…/cmd/deploy, …/cmd/artifact, …/cmd/rollback) and hands it on; never throws. */
  async handleCommand(topic: string, payload: Uint8Array): Promise<void> {
    const where = parseDeviceTopic(topic);
    if (where === undefined || where.site !== this.#site || where.device !== this.#device) {
      this.#invalid(`topic ${topic} is not one of this device's (${this.#site}/${this.#device}) command topics`);
      return;
    }
    const dispatch = COMMAND_TABLE[where.rest];
    if (dispatch === undefined) {
      this.#invalid(`topic ${topic}: no command "${where.rest}"`);
      return;
    }
    try {
      // A deploy's promise is its whole flow: followed, not awaited, so the link keeps reading.
      const flow = dispatch(this, payload);
      if (flow instanceof Promise) void flow.catch((err: unknown) => this.#logger.error({ err, topic }, "command handler failed"));
    } catch (err) {
      this.#invalid(`topic ${topic}: payload does not decode (${(err as Error).message})`);
    }
  }

  /** One artifact chunk (never throws; a bad chunk fails its deploy). */
  handleChunk(chunk: vigil.v1.ArtifactChunk.$Properties): ChunkOutcome {
    return this.#assembler.add(chunk);
  }

  /**
   * A DeployCommand. Resolves with the deploy's last state once it is over ("refused",
   * "self_test_failed", "shadow", "confirmed", "rolled_back", or "active" when already active);
   * "received" for a duplicate that was ignored.
   */
  async handleDeploy(cmd: vigil.v1.DeployCommand.$Properties): Promise<ModelState> {
    const deployId = cmd.deployId ?? "";
    if (deployId === "") {
      this.#invalid("a DeployCommand without deploy_id");
      return "refused";
    }
    if (this.#seen.seen(`deploy:${deployId}`)) {
      this.#counters.duplicates++;
      return "received";
    }
    if (cmd.manifest == null) {
      const subject = { deployId, modelName: "", version: "" };
      return this.#refuse(subject, { code: "MODEL_MANIFEST_INVALID", detail: `deploy ${deployId} carries no manifest` });
    }
    let manifest: vigil.v1.ModelManifest;
    try {
      manifest = vigil.v1.ModelManifest.fromObject(cmd.manifest);
    } catch (err) {
      return this.#refuse({ deployId, modelName: "", version: "" }, { code: "MODEL_MANIFEST_INVALID", detail: `deploy ${deployId}: ${(err as Error).message}` });
    }
    const subject: Subject = { deployId, modelName: manifest.name, version: manifest.version };
    await this.#report(subject, "received", { detail: `mode ${cmd.mode || "(none)"}` });
    const early = verifyManifestSignature(manifest, this.#trusted) ?? this.#checkCommand(cmd);
    if (early !== undefined) {
      this.#assembler.cancel(deployId, `deploy ${deployId} was refused (${early.code})`);
      return this.#refuse(subject, early);
    }
    const full = this.#closed ? "the agent is closing" : this.#queue.length >= this.#config.max_pending_deploys ? `${this.#queue.length} deploys wait already (agent.max_pending_deploys): send it again later under a new deploy_id` : undefined;
    if (full !== undefined) {
      this.#assembler.cancel(deployId, `deploy ${deployId}: ${full}`);
      return this.#refuse(subject, { code: "DEPLOY_QUEUE_FULL", detail: `deploy ${deployId}: ${full}` });
    }
    const artifact = this.#artifactSource(cmd, manifest);
    const job: Job = { kind: "deploy", cmd: vigil.v1.DeployCommand.fromObject(cmd), manifest, mode: cmd.mode as DeployMode, artifact, abort: new AbortController(), done: deferred() };
    this.#queue.push(job);
    this.#pump();
    return job.done.promise;
  }

  /** A signed RollbackCommand: goes ahead of waiting deploys and ends the running one's shadow or watch. */
  async handleRollback(cmd: vigil.v1.RollbackCommand.$Properties): Promise<ModelState> {
    const subject: Subject = { deployId: cmd.deployId ?? "", modelName: cmd.modelName ?? "", version: cmd.toVersion ?? "" };
    const refusal = verifyRollback(cmd, this.#trusted);
    if (refusal !== undefined) return this.#refuse(subject, refusal);
    if (this.#seen.seen(`rollback:${subject.deployId}:${subject.version}`)) {
      this.#counters.duplicates++;
      return "received";
    }
    if (this.#closed) return this.#refuse(subject, { code: "ROLLBACK_VERSION_MISSING", detail: "the agent is closing" });
    const waiting = this.#queue.filter((j) => j.kind === "rollback").length;
    if (waiting >= this.#config.max_pending_deploys) {
      return this.#refuse(subject, { code: "DEPLOY_QUEUE_FULL", detail: `${waiting} rollbacks wait already (agent.max_pending_deploys): send it again later under a new deploy_id` });
    }
    const job: Job = { kind: "rollback", cmd: vigil.v1.RollbackCommand.fromObject(cmd), abort: new AbortController(), done: deferred() };
    this.#queue.unshift(job);
    this.#running?.abort.abort();
    this.#pump();
    return job.done.promise;
  }

  #checkCommand(cmd: vigil.v1.DeployCommand.$Properties): Refusal | undefined {
    const id = cmd.deployId ?? "";
    if (!MODES.includes(cmd.mode ?? "")) {
      return { code: "CLOUD_COMMAND_INVALID", detail: `deploy ${id}: mode "${cmd.mode ?? ""}" is not one of ${MODES.join(", ")}` };
    }
    if (!cmd.url && !(cmd.chunkCount && cmd.chunkCount > 0)) {
      return { code: "MODEL_ARTIFACT_INCOMPLETE", detail: `deploy ${id} names no artifact: neither a url nor chunk_count` };
    }
    return undefined;
  }

  // Chunks are taken from arrival on (they may come while an earlier deploy runs); a URL is fetched when the deploy's turn comes.
  #artifactSource(cmd: vigil.v1.DeployCommand.$Properties, manifest: vigil.v1.ModelManifest): () => Promise<Uint8Array> {
    const c = this.#config;
    if (cmd.url) {
      const url = cmd.url;
      return () => downloadArtifact(url, { maxBytes: c.max_artifact_bytes, timeoutMs: c.download_timeout_ms });
    }
    const bytes = this.#assembler.expect(cmd.deployId ?? "", { chunkCount: cmd.chunkCount ?? 0, sizeBytes: Number(longToBigint(manifest.sizeBytes)) });
    bytes.catch(() => undefined); // awaited when the deploy's turn comes; this only keeps a rejection before then from being "unhandled"
    return () => bytes;
  }

  #pump(): void {
    if (this.#running !== undefined) return;
    const job = this.#queue.shift();
    if (job === undefined) return;
    this.#running = job;
    const run = job.kind === "deploy" ? this.#runDeploy(job) : this.#runRollback(job);
    void run
      .catch((err: unknown): ModelState => {
        this.#logger.error({ err }, "deploy flow failed unexpectedly");
        return "refused";
      })
      .then((state) => {
        this.#running = undefined;
        job.done.resolve(state);
        this.#pump();
      });
  }

  async #runDeploy(job: Extract<Job, { kind: "deploy" }>): Promise<ModelState> {
    const m = job.manifest;
    const subject: Subject = { deployId: job.cmd.deployId, modelName: m.name, version: m.version };
    const store = this.store;
    const active = store.active();
    if (active !== undefined && active.version === m.version) {
      this.#assembler.cancel(subject.deployId, `deploy ${subject.deployId}: version ${m.version} is active already`);
      if (active.sha256 === m.sha256 && active.name === m.name) {
        await this.#report(subject, "active", { detail: `${m.name}@${m.version} is active already`, previousVersion: active.previous[0]?.version ?? "" });
        return "active";
      }
      return this.#refuse(subject, { code: "MODEL_VERSION_CONFLICT", detail: `${m.name}@${m.version} has sha256 ${m.sha256}; the active ${active.name}@${active.version} has ${active.sha256}` });
    }
    const stored = store.get(m.version);
    const early =
      stored !== undefined && (stored.sha256 !== m.sha256 || stored.name !== m.name)
        ? { code: ErrorCode.MODEL_VERSION_CONFLICT, detail: `${m.name}@${m.version} has sha256 ${m.sha256}; the stored ${stored.name}@${stored.version} has ${stored.sha256}` }
        : checkUpgrade(m, active?.version);
    if (early !== undefined) {
      this.#assembler.cancel(subject.deployId, `deploy ${subject.deployId} was refused (${early.code})`);
      return this.#refuse(subject, early);
    }
    const bytes = await abortable(job.artifact(), job.abort.signal).catch((err: unknown) => err);
    if (!(bytes instanceof Uint8Array)) {
      const detail = bytes === ABORTED ? `deploy ${subject.deployId} was superseded by a rollback before its artifact arrived` : (bytes as Error).message;
      return this.#refuse(subject, { code: isVigilError(bytes) ? bytes.code : "MODEL_ARTIFACT_INCOMPLETE", detail });
    }
    const bad = verifyArtifact(m, bytes);
    if (bad !== undefined) return this.#refuse(subject, bad);
    let modelPath: string;
    try {
      modelPath = await store.putBlob(bytes, m.sha256);
    } catch (err) {
      return this.#refuse(subject, storeRefusal(err, "cannot store the artifact"));
    }
    const io = await checkArtifactIO(m, modelPath);
    if (io !== undefined) {
      await store.discardBlob(m.sha256);
      return this.#refuse(subject, io);
    }
    await this.#report(subject, "verified", { detail: `signed by ${m.keyId}, sha256 ${m.sha256}, ${bytes.length} bytes` });
    let entry: StoredModel;
    try {
      entry = await store.putManifest(m);
    } catch (err) {
      await store.discardBlob(m.sha256);
      return this.#refuse(subject, storeRefusal(err, "cannot store the manifest"));
    }
    this.#statusChanged();
    let candidate: Detector;
    try {
      candidate = await this.#load(entry.modelPath, entry.specPath);
    } catch (err) {
      await store.delete(m.version);
      return this.#refuse(subject, { code: isVigilError(err) ? err.code : "BACKEND_LOAD_FAILED", detail: `${m.name}@${m.version} does not load: ${(err as Error).message}` });
    }
    if (this.#config.self_test) {
      const test = await runSelfTest(candidate, m);
      if (test.refusal !== undefined) {
        await disposeQuietly(candidate, this.#logger);
        await store.delete(m.version);
        this.#statusChanged();
        return this.#refuse(subject, test.refusal, "self_test_failed");
      }
      const summary = test.results.map((r) => `${r.name}: ${r.found} ${r.label} (>= ${r.wanted})`).join("; ");
      await this.#report(subject, "self_test_passed", { detail: summary || "no golden inputs", metrics: { golden_inputs: test.results.length } });
    } else {
      await this.#report(subject, "self_test_passed", { detail: "self-test off (agent.self_test: false); the model loaded" });
    }
    if (job.mode === "shadow") return this.#shadowPhase(job, subject, candidate);
    return this.#activatePhase(job, subject, entry, candidate);
  }

  async #shadowPhase(job: Extract<Job, { kind: "deploy" }>, subject: Subject, candidate: Detector): Promise<ModelState> {
    const c = this.#config.shadow;
    const run = { version: candidate.modelVersion, comparison: new ShadowComparison({ decisionScore: c.decision_score }), enough: deferred<void>() };
    this.#shadowRun = run;
    await this.#slot.setShadow(candidate);
    this.#statusChanged();
    const timer = setTimeout(() => run.enough.resolve(), c.max_ms);
    // An abort (a rollback pre-empting the shadow) is read from the signal below, not from here.
    await abortable(run.enough.promise, job.abort.signal).catch(() => undefined);
    clearTimeout(timer);
    const counters = this.#slot.shadowCounters;
    this.#shadowRun = undefined;
    await this.#slot.clearShadow();
    this.#statusChanged();
    const metrics = run.comparison.metrics(counters.skipped, counters.errors);
    const ended = job.abort.signal.aborted ? "ended early by a rollback" : metrics.shadow_frames >= c.min_frames ? "enough frames" : `shadow.max_ms ${c.max_ms} reached`;
    await this.#report(subject, "shadow", {
      detail: `${metrics.shadow_frames} frames compared (${ended}): F1 ${metrics.shadow_f1.toFixed(3)}, decision agreement ${metrics.shadow_decision_agreement.toFixed(3)}`,
      metrics: { ...metrics },
    });
    return "shadow";
  }

  async #activatePhase(job: Extract<Job, { kind: "deploy" }>, subject: Subject, entry: StoredModel, candidate: Detector): Promise<ModelState> {
    const store = this.store;
    const previousVersion = this.#slot.active === undefined ? "" : this.#slot.modelVersion;
    const before = store.active();
    const previousRef = before !== undefined && before.version === previousVersion ? { name: before.name, version: before.version, sha256: before.sha256 } : undefined;
    await this.#releaseRetained(); // left by a watch a rollback command ended
    const watch = { version: candidate.modelVersion, decided: deferred<RollbackDecision>() };
    this.#watch = watch;
    this.#monitor.startWatch(this.#clock.nowNs());
    const old = this.#slot.activate(candidate, { disposePrevious: false });
    this.#retained = { ref: previousRef, version: previousVersion, detector: old };
    await store.setActive(entry, subject.deployId);
    this.#activeDeployId = subject.deployId;
    this.#statusChanged();
    await this.#report(subject, "active", { detail: `${entry.name}@${entry.version} active (mode ${job.mode})`, previousVersion });
    const timer = setTimeout(() => {
      const d = this.#monitor.check(this.#clock.nowNs());
      if (d !== undefined) watch.decided.resolve(d);
    }, this.#config.rollback.watch_ms);
    const decision = await abortable(watch.decided.promise, job.abort.signal).catch(() => ABORTED);
    clearTimeout(timer);
    this.#watch = undefined;
    if (decision === ABORTED) {
      // A rollback command takes over; it may use the retained model.
      this.#monitor.cancel();
      return "active";
    }
    const d = decision as RollbackDecision;
    const metrics = watchMetrics(d.figures);
    if (d.kind === "confirmed") {
      await this.#releaseRetained();
      this.#counters.confirmed++;
      await this.#report(subject, "confirmed", { detail: `no regression over ${d.figures.frames} inferences in ${Math.round(d.figures.watchedMs)} ms`, metrics, previousVersion });
      return "confirmed";
    }
    const restored = await this.#restoreRetained();
    if (restored === undefined) {
      return this.#refuse(subject, {
        code: "ROLLBACK_VERSION_MISSING",
        detail: `${subject.modelName}@${subject.version} regressed (${d.code}: ${d.detail}) but no earlier model is available; it keeps running`,
      });
    }
    this.#counters.rolledBack++;
    this.#logger.warn({ version: subject.version, restored, reason: d.code, detail: d.detail }, "model regressed after activation: rolled back");
    await this.#report(subject, "rolled_back", { reasonCode: d.code, detail: `${d.detail}; back on ${restored}`, metrics, previousVersion: restored });
    return "rolled_back";
  }

  async #runRollback(job: Extract<Job, { kind: "rollback" }>): Promise<ModelState> {
    const cmd = job.cmd;
    const subject: Subject = { deployId: cmd.deployId, modelName: cmd.modelName, version: cmd.toVersion };
    const reasonCode = (Object.values(ErrorCode) as string[]).includes(cmd.reason) ? cmd.reason : "ROLLOUT_GATE_FAILED";
    const detail = cmd.reason ? `rollback: ${cmd.reason}` : "rollback by the fleet";
    const store = this.store;
    const fromVersion = this.#slot.active === undefined ? "" : this.#slot.modelVersion;
    if (fromVersion === cmd.toVersion) {
      await this.#releaseRetained();
      await this.#report(subject, "rolled_back", { reasonCode, detail: `${detail}; ${cmd.toVersion} is active already`, previousVersion: fromVersion });
      return "rolled_back";
    }
    let detector: Detector | undefined;
    const retained = this.#retained;
    if (retained !== undefined && retained.version === cmd.toVersion) {
      this.#retained = undefined;
      detector = await retained.detector;
    }
    const stored = store.get(cmd.toVersion);
    if (detector === undefined) {
      if (stored === undefined || (cmd.modelName !== "" && stored.name !== cmd.modelName)) {
        await this.#releaseRetained();
        return this.#refuse(subject, {
          code: "ROLLBACK_VERSION_MISSING",
          detail: `${cmd.modelName}@${cmd.toVersion} is not in the model store (it holds ${store.versions().map((v) => `${v.name}@${v.version}`).join(", ") || "nothing"})`,
        });
      }
      try {
        detector = await this.#load(stored.modelPath, stored.specPath);
      } catch (err) {
        await this.#releaseRetained();
        return this.#refuse(subject, { code: isVigilError(err) ? err.code : "BACKEND_LOAD_FAILED", detail: `${stored.name}@${stored.version} does not load: ${(err as Error).message}` });
      }
    }
    await this.#slot.activate(detector);
    await this.#releaseRetained();
    if (stored !== undefined) await store.setActive(stored, cmd.deployId);
    else await store.clearActive();
    this.#monitor.cancel();
    this.#monitor.resetBaseline();
    this.#activeDeployId = cmd.deployId;
    this.#counters.rolledBack++;
    this.#statusChanged();
    await this.#report(subject, "rolled_back", { reasonCode, detail: `${detail}; back on ${cmd.toVersion} from ${fromVersion}`, previousVersion: fromVersion });
    return "rolled_back";
  }

  /** Re-activates the model retained across a watch; the version it restored, or undefined when there was none. */
  async #restoreRetained(): Promise<string | undefined> {
    const retained = this.#retained;
    this.#retained = undefined;
    const detector = await retained?.detector;
    if (retained === undefined || detector === undefined) return undefined;
    await this.#slot.activate(detector);
    const store = this.store;
    if (retained.ref !== undefined && store.get(retained.ref.version) !== undefined) await store.setActive(retained.ref);
    else await store.clearActive(); // it was a model the device booted with, not a stored one
    this.#monitor.resetBaseline();
    this.#activeDeployId = store.active()?.deployId ?? "";
    this.#statusChanged();
    return retained.version;
  }

  async #releaseRetained(): Promise<void> {
    const retained = this.#retained;
    this.#retained = undefined;
    const detector = await retained?.detector;
    if (detector !== undefined) await disposeQuietly(detector, this.#logger);
  }

  #onInference(o: SlotInference): void {
    const now = this.#clock.nowNs();
    const watch = this.#watch;
    // Inferences still finishing on the previous model count for its baseline, not for the watch.
    const d = this.#monitor.noteOutcome({ latencyMs: o.latencyMs, ok: o.ok }, now, watch !== undefined && o.modelVersion === watch.version);
    if (d !== undefined) watch?.decided.resolve(d);
  }

  #onShadowFrame(f: SlotShadowFrame): void {
    const run = this.#shadowRun;
    if (run === undefined || f.shadowVersion !== run.version) return;
    run.comparison.add(f);
    if (run.comparison.frames >= this.#config.shadow.min_frames) run.enough.resolve();
  }

  async #refuse(subject: Subject, refusal: Refusal, state: "refused" | "self_test_failed" = "refused"): Promise<ModelState> {
    this.#counters.refused[refusal.code] = (this.#counters.refused[refusal.code] ?? 0) + 1;
    this.#logger.warn({ ...subject, code: refusal.code, detail: refusal.detail }, "model deploy refused; the active model keeps running");
    await this.#report(subject, state, { reasonCode: refusal.code, detail: refusal.detail });
    return state;
  }

  #invalid(detail: string): void {
    this.#counters.commandsInvalid++;
    this.#logger.warn({ code: "CLOUD_COMMAND_INVALID", detail }, "command refused");
  }

  // Reports go out in order: each waits for the one before it.
  #report(subject: Subject, state: ModelState, extra: { reasonCode?: string; detail?: string; metrics?: Record<string, number>; previousVersion?: string } = {}): Promise<void> {
    const report: AgentReport = {
      site: this.#site,
      device: this.#device,
      timeNs: bigintToLong(this.#clock.nowNs()),
      deployId: subject.deployId,
      modelName: subject.modelName,
      version: subject.version,
      state,
      reasonCode: extra.reasonCode ?? "",
      detail: extra.detail ?? "",
      metrics: finite(extra.metrics ?? {}),
      previousVersion: extra.previousVersion ?? "",
    };
    // The device's own trail of each deploy step, beside the report to the fleet.
    this.#logger.info(
      { deployId: report.deployId, model: report.modelName, version: report.version, state, ...(report.reasonCode ? { code: report.reasonCode } : {}), ...(report.previousVersion ? { previous: report.previousVersion } : {}) },
      `model ${state}`,
    );
    const sent = this.#reportChain.then(() =>
      this.#send(report).catch((err: unknown) => {
        this.#counters.reportErrors++;
        this.#logger.error({ err, state, deployId: subject.deployId }, "model status report not sent");
      }),
    );
    this.#reportChain = sent;
    return sent;
  }

  #statusChanged(): void {
    if (this.#onStatusChange === undefined) return;
    try {
      this.#onStatusChange(this.status());
    } catch (err) {
      this.#logger.warn({ err }, "status listener threw");
    }
  }
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** `p`, or a rejection with ABORTED once `signal` aborts. */
function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(ABORTED);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(ABORTED);
    signal.addEventListener("abort", onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (err: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(err);
      },
    );
  });
}

function storeRefusal(err: unknown, what: string): Refusal {
  if (isVigilError(err)) return { code: err.code, detail: err.message };
  return { code: "MODEL_ARTIFACT_INCOMPLETE", detail: `${what}: ${(err as Error).message}` };
}

function watchMetrics(f: WatchFigures): Record<string, number> {
  return {
    error_rate: f.errorRate,
    p99_latency_ms: f.p99LatencyMs,
    fallback_triggers: f.fallbackTriggers,
    frames: f.frames,
    baseline_p99_latency_ms: f.baselineP99LatencyMs,
    baseline_frames: f.baselineFrames,
    watch_ms: f.watchedMs,
  };
}

// A metrics map holds figures: one that is not a number (no baseline, no answer) is left out.
function finite(metrics: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(metrics).filter(([, v]) => Number.isFinite(v)));
}

async function disposeQuietly(detector: Detector, logger: Logger): Promise<void> {
  try {
    await detector.dispose();
  } catch (err) {
    logger.warn({ err, model: detector.modelName }, "disposing a model failed");
  }
}
