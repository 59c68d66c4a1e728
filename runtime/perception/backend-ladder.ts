import { msToNs, type Clock } from "../clock/index.js";
import { VigilError } from "../errors/index.js";
import type { Logger } from "../observe/index.js";
import type { BackendOptions, BackendSession, ModelSource, Tensor } from "./backend.js";
import { backendFailureOf, loadBackend, loadFirstAvailable, type BackendFailure, type BackendModules } from "./backend-chain.js";
import type { DetectorHealth } from "./detection-types.js";
import { checkModelIO, type ModelBinding } from "./model-io-check.js";
import type { ModelSpec } from "./model-spec.js";
import { raceTimeout, type Raced } from "./race-timeout.js";

/** Hung sessions kept per backend; a backend that reaches this many is never loaded again. */
const MAX_ABANDONED = 2;
/** Retry delays double after each failed retry, up to this (or the base delay, if larger). */
const MAX_RETRY_DELAY_MS = 600_000;
/** The probe's deadline when the ladder has no inference timeout. */
const PROBE_TIMEOUT_MS = 10_000;
/** The warm-up run's deadline: this many inference timeouts, at least WARM_UP_MIN_MS (PROBE_TIMEOUT_MS without a timeout). */
const WARM_UP_TIMEOUTS = 5;
const WARM_UP_MIN_MS = 2_000;
/** How long dispose() waits for a frame in flight before it leaves the session to finish alone. */
const DISPOSE_WAIT_MS = 5_000;

/**
 * What a ladder needs; createDetector fills it from DetectorOptions.
 *   { backends: ["onnx-node", "onnx-wasm"], model: { path }, spec, backendOptions: {}, inferenceTimeoutMs: 1000, retryAfterMs: 30_000, preloadStandby: true, logger, clock }
 */
export interface BackendLadderOptions {
  /** Backend names in preference order (built-ins or keys of `modules`). */
  backends: readonly string[];
  modules?: BackendModules;
  model: ModelSource;
  /** Each session's I/O is checked against it; the probe input has its size. */
  spec: ModelSpec;
  /** Passed to every load: providers, threads, logger. */
  backendOptions: BackendOptions;
  /** A run that has not answered after this long fails over. Undefined: no deadline. */
  inferenceTimeoutMs?: number;
  /** First retry delay of a failed better backend; doubles after each failed retry. */
  retryAfterMs: number;
  /** Keep the next backend loaded, so a failover does not wait for a load. */
  preloadStandby: boolean;
  logger: Logger;
  /** Timestamps only (nextRetry); timers use setTimeout. */
  clock: Clock;
}

/** What run() used: the outputs and the tensor names of the session that made them. */
export interface LadderRun {
  outputs: Record<string, Tensor>;
  binding: ModelBinding;
}

/** A loaded session whose I/O matched the spec. */
interface Live {
  session: BackendSession;
  binding: ModelBinding;
}

/** One backend of the ladder and what is known about it. */
interface Rung {
  readonly name: string;
  /** Index in the preference list: 0 is the best. */
  readonly rank: number;
  live: Live | undefined;
  /** Why it is out of service; undefined while it works or has not been tried. */
  failure: BackendFailure | undefined;
  /** Sessions given up with a run in flight that has not returned yet. */
  abandoned: number;
  /** Hung MAX_ABANDONED times: never loaded again in this process. */
  retired: boolean;
}

/**
 * The degradation ladder: backends in preference order, one active. A run that errors or
 * outlives the timeout takes its backend out of service (the caller's run rejects with
 * INFERENCE_FAILED / INFERENCE_TIMEOUT) and the next backend takes the next run; the better
 * one is loaded afresh and probed later, with a doubling delay, and taken back when it passes.
 *   const ladder = await BackendLadder.open({ backends: ["onnx-node", "onnx-wasm"], model, spec, ... });
 *   const { outputs, binding } = await ladder.run({ data, dims }); ladder.health().state; // "OK"
 */
export class BackendLadder {
  readonly #rungs: Rung[];
  readonly #modules: BackendModules;
  readonly #model: ModelSource;
  readonly #spec: ModelSpec;
  readonly #backendOptions: BackendOptions;
  readonly #timeoutMs: number | undefined;
  readonly #warmUpMs: number;
  readonly #retryAfterMs: number;
  readonly #preloadStandby: boolean;
  readonly #logger: Logger;
  readonly #clock: Clock;
  #active: Rung | undefined;
  /** Settles when the last queued run has finished: runs go one at a time, in call order. */
  #tail: Promise<void> = Promise.resolve();
  /** Per session with a run in flight: settles (never rejects) when that run returns. */
  readonly #inflight = new Map<BackendSession, Promise<void>>();
  /** Sessions already handed to disposal, so a late failure does not dispose one twice. */
  readonly #discarded = new WeakSet<BackendSession>();
  readonly #disposals = new Set<Promise<void>>();
  #switching: Promise<void> | undefined;
  #preloading: Promise<void> | undefined;
  #retrying: Promise<void> | undefined;
  #retryTimer: NodeJS.Timeout | undefined;
  #nextRetry: { atNs: bigint; delayMs: number } | undefined;
  #retryDelayMs: number;
  #failovers = 0;
  #timeouts = 0;
  #retries = 0;
  #disposed = false;
  #disposing: Promise<void> | undefined;

  private constructor(options: BackendLadderOptions) {
    this.#rungs = options.backends.map((name, rank) => ({ name, rank, live: undefined, failure: undefined, abandoned: 0, retired: false }));
    this.#modules = options.modules ?? {};
    this.#model = options.model;
    this.#spec = options.spec;
    this.#backendOptions = { ...options.backendOptions, logger: options.backendOptions.logger ?? options.logger };
    this.#timeoutMs = options.inferenceTimeoutMs;
    this.#warmUpMs = options.inferenceTimeoutMs === undefined ? PROBE_TIMEOUT_MS : Math.max(WARM_UP_MIN_MS, WARM_UP_TIMEOUTS * options.inferenceTimeoutMs);
    this.#retryAfterMs = options.retryAfterMs;
    this.#retryDelayMs = options.retryAfterMs;
    this.#preloadStandby = options.preloadStandby;
    this.#logger = options.logger;
    this.#clock = options.clock;
  }

  /**
   * Loads the first backend that works (BACKEND_LOAD_FAILED when none does; MODEL_IO_MISMATCH
   * when its model does not fit the spec) and, with preloadStandby, the next one.
   */
  static async open(options: BackendLadderOptions): Promise<BackendLadder> {
    const ladder = new BackendLadder(options);
    await ladder.#open();
    return ladder;
  }

  /** The backend that runs the next frame; "none" while none does. */
  get backend(): string {
    return this.#active?.name ?? "none";
  }

  get provider(): string {
    return this.#active?.live?.session.provider ?? "none";
  }

  /** Every backend now out of service, with its last reason, in preference order. */
  get failures(): BackendFailure[] {
    return this.#rungs.flatMap((r) => (r.failure === undefined ? [] : [{ ...r.failure }]));
  }

  health(): DetectorHealth {
    const active = this.#active;
    let state: DetectorHealth["state"] = "OK";
    if (active === undefined) state = this.#switching === undefined ? "FAILED" : "DEGRADED";
    else if (active.rank > 0) state = "DEGRADED";
    const health: DetectorHealth = {
      state,
      reasons: state === "FAILED" ? ["BACKEND_ALL_FAILED"] : state === "DEGRADED" ? ["BACKEND_FAILOVER"] : [],
      backend: this.backend,
      provider: this.provider,
      failovers: this.#failovers,
      timeouts: this.#timeouts,
      retries: this.#retries,
    };
    if (this.#nextRetry !== undefined) health.nextRetry = { ...this.#nextRetry };
    return health;
  }

  /**
   * Runs one input on the active backend. Rejects with INFERENCE_TIMEOUT or INFERENCE_FAILED
   * when that backend fails (the next call runs on the next backend), BACKEND_ALL_FAILED at
   * once while none works. Calls queue and run one at a time.
   */
  async run(input: Tensor): Promise<LadderRun> {
    const previous = this.#tail;
    let done!: () => void;
    this.#tail = new Promise<void>((resolve) => (done = resolve));
    try {
      await previous;
      return await this.#runOnActive(input);
    } finally {
      done();
    }
  }

  /** Disposes every session; a session whose run hangs is disposed when (if) that run returns. */
  dispose(): Promise<void> {
    return (this.#disposing ??= this.#shutdown());
  }

  async #open(): Promise<void> {
    const names = this.#rungs.map((r) => r.name);
    const { session, failures } = await loadFirstAvailable(names, this.#model, this.#backendOptions, this.#logger, this.#modules);
    // loadFirstAvailable stops at the first that loads: the ones before it are the failures.
    failures.forEach((f, i) => (this.#rungs[i]!.failure = f));
    const rung = this.#rungs[failures.length]!;
    let binding: ModelBinding;
    try {
      binding = checkModelIO(session.describe(), this.#spec);
    } catch (err) {
      await session.dispose();
      throw err;
    }
    rung.live = { session, binding };
    await this.#warmUp(rung, rung.live);
    this.#active = rung;
    this.#startPreload();
    await this.#preloading;
    if (rung.rank > 0) {
      this.#logger.warn(
        { backend: rung.name, code: "BACKEND_FAILOVER", failed: failures.map((f) => `${f.backend}: ${f.code}`) },
        `detector starts degraded on ${rung.name}: better backends did not load; they are retried later`,
      );
      this.#scheduleRetry();
    }
  }

  async #runOnActive(input: Tensor): Promise<LadderRun> {
    if (this.#disposed) throw new VigilError("INFERENCE_FAILED", `detector ${this.#spec.name} is disposed`);
    // A failover that has to load the next backend: the frame after the failed one waits for it.
    if (this.#switching !== undefined) await this.#switching;
    const rung = this.#active;
    const live = rung?.live;
    if (rung === undefined || live === undefined) throw this.#allFailedError();
    const work = this.#startRun(live.session, { [live.binding.input]: input });
    const result = await raceTimeout(work, this.#timeoutMs);
    if (result.kind === "value") return { outputs: result.value, binding: live.binding };
    const where = `backend ${rung.name} (${live.session.provider})`;
    const err =
      result.kind === "timeout"
        ? new VigilError("INFERENCE_TIMEOUT", `${where} did not answer within ${this.#timeoutMs} ms`)
        : new VigilError("INFERENCE_FAILED", `${where} failed: ${messageOf(result.error)}`, { cause: result.error });
    this.#takeOut(rung, live, err);
    throw err;
  }

  /**
   * One run on an all-zeros input before a session takes frames, with a generous deadline: a
   * session's first run allocates and selects kernels, and on a busy machine it can outlast
   * inference_timeout_ms, which must not count as a failure. The outcome is logged if not a value.
   */
  async #warmUp(rung: Rung, live: Live): Promise<Raced<Record<string, Tensor>>> {
    const ms = this.#warmUpMs;
    const result = await raceTimeout(this.#startRun(live.session, this.#zeros(live)), ms);
    if (result.kind !== "value") {
      const detail = result.kind === "timeout" ? `no answer within ${ms} ms` : messageOf(result.error);
      this.#logger.warn({ backend: rung.name, outcome: result.kind }, `warm-up run on ${rung.name} failed: ${detail}`);
    }
    return result;
  }

  #zeros(live: Live): Record<string, Tensor> {
    const { width, height } = this.#spec.input;
    return { [live.binding.input]: { data: new Float32Array(3 * height * width), dims: [1, 3, height, width] } };
  }

  /** Starts a run and tracks it until it returns, so its session is never disposed mid-run. */
  #startRun(session: BackendSession, inputs: Record<string, Tensor>): Promise<Record<string, Tensor>> {
    let work: Promise<Record<string, Tensor>>;
    try {
      work = session.run(inputs);
    } catch (err) {
      // A plugin's run() may throw instead of rejecting.
      work = Promise.reject(err);
    }
    // Only the fact that it returned matters here; the caller reads the outcome from `work`.
    const returned = work.then(
      () => undefined,
      () => undefined,
    );
    this.#inflight.set(session, returned);
    void returned.then(() => {
      if (this.#inflight.get(session) === returned) this.#inflight.delete(session);
    });
    return work;
  }

  /** The active backend failed a run: record why, drop its session and fail over. */
  #takeOut(rung: Rung, live: Live, err: VigilError): void {
    const hung = err.code === "INFERENCE_TIMEOUT";
    if (hung) this.#timeouts++;
    if (rung.live === live) {
      rung.live = undefined;
      rung.failure = backendFailureOf(rung.name, err);
    }
    this.#discard(rung, live.session, hung);
    if (this.#active !== rung) {
      // A retry brought a better backend back while this run was in flight: nothing to switch.
      this.#logger.warn({ backend: rung.name, code: err.code, reason: err.message }, `standby backend ${rung.name} failed a run (${err.code})`);
      return;
    }
    this.#failovers++;
    this.#active = undefined;
    const switching = this.#failOver(rung, err).finally(() => {
      if (this.#switching === switching) this.#switching = undefined;
    });
    this.#switching = switching;
  }

  /** Activates the first working backend below `from`: at once when it is preloaded, else after loading it. */
  async #failOver(from: Rung, err: VigilError): Promise<void> {
    for (const rung of this.#rungs.slice(from.rank + 1)) {
      if (rung.retired) continue;
      if (rung.live === undefined) {
        // The standby may be loading right now: wait for it rather than load it twice.
        if (this.#preloading !== undefined) await this.#preloading;
        rung.live ??= await this.#load(rung);
        if (this.#disposed) return;
      }
      if (rung.live === undefined) continue;
      rung.failure = undefined;
      this.#active = rung;
      this.#logger.warn(
        { from: from.name, to: rung.name, provider: rung.live.session.provider, code: err.code, reason: err.message },
        `backend ${from.name} failed (${err.code}); failing over to ${rung.name}`,
      );
      this.#scheduleRetry();
      this.#startPreload();
      return;
    }
    this.#logger.error(
      { from: from.name, code: "BACKEND_ALL_FAILED", cause: err.code, failed: this.failures.map((f) => `${f.backend}: ${f.code}`) },
      `backend ${from.name} failed (${err.code}) and no backend is left: inference stops until a retry brings one back`,
    );
    this.#scheduleRetry();
  }

  /** Loads a backend and checks its I/O; on failure records why (logged) and returns undefined. */
  async #load(rung: Rung): Promise<Live | undefined> {
    let session: BackendSession;
    try {
      session = await loadBackend(rung.name, this.#model, this.#backendOptions, this.#modules);
    } catch (err) {
      rung.failure = backendFailureOf(rung.name, err);
      this.#logger.warn({ ...rung.failure, model: this.#model.path }, `backend ${rung.name} could not load ${this.#model.path}`);
      return undefined;
    }
    try {
      return { session, binding: checkModelIO(session.describe(), this.#spec) };
    } catch (err) {
      rung.failure = backendFailureOf(rung.name, err, "MODEL_IO_MISMATCH");
      this.#logger.warn({ ...rung.failure, model: this.#model.path }, `backend ${rung.name} loaded a model that does not fit the spec`);
      this.#discard(rung, session, false);
      return undefined;
    }
  }

  /** Loads the next backend below the active one in the background, unless it is loaded. */
  #startPreload(): void {
    if (!this.#preloadStandby || this.#disposed || this.#preloading !== undefined) return;
    const preloading = this.#preload().finally(() => {
      if (this.#preloading === preloading) this.#preloading = undefined;
    });
    this.#preloading = preloading;
  }

  async #preload(): Promise<void> {
    const active = this.#active;
    if (active === undefined) return;
    for (const rung of this.#rungs.slice(active.rank + 1)) {
      if (rung.retired) continue;
      if (rung.live !== undefined) return;
      const live = await this.#load(rung);
      if (live === undefined) continue;
      // A warm standby takes the frame after a failover at its normal speed.
      await this.#warmUp(rung, live);
      if (this.#disposed || rung.live !== undefined) {
        this.#discard(rung, live.session, false);
        return;
      }
      rung.live = live;
      rung.failure = undefined;
      this.#logger.info({ backend: rung.name, provider: live.session.provider, active: active.name }, `standby backend ${rung.name} loaded`);
      return;
    }
  }

  /** The best backend above the active one that may still be retried (any, while none is active). */
  #retryTarget(): Rung | undefined {
    const above = this.#rungs.slice(0, this.#active?.rank ?? this.#rungs.length);
    return above.find((r) => !r.retired);
  }

  /** Arms the one retry timer, when a better backend is out of service and none is armed or running. */
  #scheduleRetry(): void {
    if (this.#disposed || this.#retryTimer !== undefined || this.#retrying !== undefined) return;
    if (this.#retryTarget() === undefined) {
      this.#nextRetry = undefined;
      return;
    }
    const delayMs = this.#retryDelayMs;
    this.#nextRetry = { atNs: this.#clock.nowNs() + msToNs(delayMs), delayMs };
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.#nextRetry = undefined;
      const retrying = this.#retry().finally(() => {
        this.#retrying = undefined;
        this.#scheduleRetry();
      });
      this.#retrying = retrying;
    }, delayMs);
    // The retry alone must not keep a process alive; dispose() clears it anyway.
    this.#retryTimer.unref();
  }

  /** Loads a fresh session of the best failed backend, probes it, and switches back when it answers. */
  async #retry(): Promise<void> {
    // A failover still loading: leave the ladder alone; the timer is armed again after this.
    if (this.#disposed || this.#switching !== undefined) return;
    const target = this.#retryTarget();
    if (target === undefined) return;
    this.#retries++;
    this.#logger.info(
      { backend: target.name, active: this.backend, attempt: this.#retries, afterMs: this.#retryDelayMs },
      `retrying backend ${target.name}`,
    );
    const live = await this.#load(target);
    if (live === undefined) {
      this.#retryFailed(target);
      return;
    }
    if (this.#disposed) {
      this.#discard(target, live.session, false);
      return;
    }
    // A fresh session's first run is slow: warm it up first, so the timed probe measures the backend, not its start.
    const warm = await this.#warmUp(target, live);
    const probeMs = this.#timeoutMs ?? PROBE_TIMEOUT_MS;
    const result = warm.kind === "value" ? await raceTimeout(this.#startRun(live.session, this.#zeros(live)), probeMs) : warm;
    const what = warm.kind === "value" ? "probe" : "warm-up";
    const waitedMs = warm.kind === "value" ? probeMs : this.#warmUpMs;
    // The active backend may have failed meanwhile: let that failover finish, then go above it.
    if (result.kind === "value" && this.#switching !== undefined) await this.#switching;
    if (result.kind === "value" && !this.#disposed) {
      this.#restore(target, live);
      return;
    }
    if (result.kind === "timeout") {
      target.failure = { backend: target.name, code: "INFERENCE_TIMEOUT", message: `${what} did not answer within ${waitedMs} ms` };
      this.#discard(target, live.session, true);
    } else {
      if (result.kind === "error") target.failure = { backend: target.name, code: "INFERENCE_FAILED", message: `${what} failed: ${messageOf(result.error)}` };
      this.#discard(target, live.session, false);
    }
    if (!this.#disposed) this.#retryFailed(target);
  }

  #retryFailed(target: Rung): void {
    this.#retryDelayMs = Math.min(this.#retryDelayMs * 2, Math.max(MAX_RETRY_DELAY_MS, this.#retryAfterMs));
    this.#logger.warn(
      { backend: target.name, code: target.failure?.code, reason: target.failure?.message, nextRetryMs: this.#retryDelayMs },
      `retry of backend ${target.name} failed; staying on ${this.backend}`,
    );
  }

  /** Makes a probed backend the active one, between two runs. */
  #restore(target: Rung, live: Live): void {
    const previous = this.#active;
    target.live = live;
    target.failure = undefined;
    this.#active = target;
    this.#retryDelayMs = this.#retryAfterMs;
    this.#logger.info(
      { backend: target.name, provider: live.session.provider, from: previous?.name ?? "none" },
      `backend ${target.name} passed its probe; running on it again`,
    );
    // The backend it ran on stays loaded only if it is the standby now (the next one down).
    if (previous?.live !== undefined) {
      const standby = this.#preloadStandby ? this.#rungs.slice(target.rank + 1).find((r) => !r.retired) : undefined;
      if (standby !== previous) {
        this.#discard(previous, previous.live.session, false);
        previous.live = undefined;
      }
    }
    this.#startPreload();
  }

  /**
   * Gives a session up: disposed now when idle, else when its run returns. A hung one
   * counts as abandoned until then; MAX_ABANDONED of them retire the backend for good.
   */
  #discard(rung: Rung, session: BackendSession, hung: boolean): void {
    const returned = this.#inflight.get(session);
    if (hung && returned !== undefined) {
      rung.abandoned++;
      this.#logger.warn(
        { backend: rung.name, abandoned: rung.abandoned },
        `backend ${rung.name}: session abandoned with a run in flight; it is disposed if the run returns`,
      );
      if (rung.abandoned >= MAX_ABANDONED && !rung.retired) {
        rung.retired = true;
        this.#logger.error(
          { backend: rung.name, abandoned: rung.abandoned },
          `backend ${rung.name} hung ${rung.abandoned} sessions: it is not loaded again until the process restarts`,
        );
      }
      void returned.then(() => {
        rung.abandoned--;
        this.#logger.info({ backend: rung.name, abandoned: rung.abandoned }, `backend ${rung.name}: an abandoned run returned`);
      });
    }
    if (this.#discarded.has(session)) return;
    this.#discarded.add(session);
    if (returned === undefined) void this.#disposeSession(rung.name, session);
    else void returned.then(() => this.#disposeSession(rung.name, session));
  }

  #disposeSession(backend: string, session: BackendSession): Promise<void> {
    const disposal = session.dispose().then(
      () => undefined,
      (err: unknown) => this.#logger.warn({ backend, reason: messageOf(err) }, `backend ${backend}: session dispose failed`),
    );
    this.#disposals.add(disposal);
    void disposal.then(() => this.#disposals.delete(disposal));
    return disposal;
  }

  #allFailedError(): VigilError {
    const failed = this.failures.map((f) => `${f.backend}: ${f.code}`).join("; ");
    const next = this.#nextRetry === undefined ? "no retry scheduled" : `next retry in ${this.#nextRetry.delayMs} ms`;
    return new VigilError("BACKEND_ALL_FAILED", `every backend of ${this.#spec.name} has failed (${failed}); ${next}`);
  }

  async #shutdown(): Promise<void> {
    this.#disposed = true;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.#nextRetry = undefined;
    await Promise.all([this.#switching, this.#preloading, this.#retrying]);
    // A frame in flight may finish (bounded); a hung one is left to return on its own.
    await raceTimeout(this.#tail, DISPOSE_WAIT_MS);
    for (const rung of this.#rungs) {
      if (rung.live === undefined) continue;
      this.#discard(rung, rung.live.session, false);
      rung.live = undefined;
    }
    await Promise.all([...this.#disposals]);
    const hung = this.#rungs.reduce((n, r) => n + r.abandoned, 0);
    if (hung > 0) this.#logger.warn({ hung }, `detector disposed with ${hung} hung runs; their sessions are disposed if the runs return`);
  }
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));
