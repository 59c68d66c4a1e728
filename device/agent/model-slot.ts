import type { Clock } from "../../runtime/clock/index.js";
import { nsToMs } from "../../runtime/clock/index.js";
import { VigilError } from "../../runtime/errors/index.js";
import { silentLogger, type Logger } from "../../runtime/observe/index.js";
import type { Detection, Detector, DetectorHealth, ImageInput, InferenceResult, PreparedInput } from "../../runtime/perception/index.js";
import type { ShadowFrame } from "./shadow-comparison.js";

/** One active inference through the slot. */
export interface SlotInference {
  latencyMs: number;
  ok: boolean;
  modelVersion: string;
}

/** A frame the shadow model ran beside the active one. */
export interface SlotShadowFrame extends ShadowFrame {
  shadowVersion: string;
}

/** What the slot tells the agent; every callback is optional and must not throw (a throw is logged). */
export interface SlotListener {
  onInference?(inference: SlotInference): void;
  onShadowFrame?(frame: SlotShadowFrame): void;
  onShadowError?(err: unknown): void;
}

/** Shadow runs since the shadow was set. */
export interface ShadowCounters {
  runs: number;
  /** Frames the shadow did not run: one was still running, or the active model had work. */
  skipped: number;
  errors: number;
}

export interface ModelSlotOptions {
  /** Times active and shadow inferences. */
  clock: Clock;
  logger?: Logger;
  /** The model active from the start; without one, calls fail BACKEND_UNAVAILABLE until activate(). */
  initial?: Detector;
}

/** A detector the slot holds, with the calls running on it. */
class Held {
  readonly detector: Detector;
  inFlight = 0;
  #onIdle: (() => void) | undefined;

  constructor(detector: Detector) {
    this.detector = detector;
  }

  /** Resolves once no call runs on the detector (at once when none does). */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const prev = this.#onIdle;
      this.#onIdle = () => {
        prev?.();
        resolve();
      };
    });
  }

  enter(): void {
    this.inFlight++;
  }

  leave(): void {
    this.inFlight--;
    if (this.inFlight === 0 && this.#onIdle !== undefined) {
      const f = this.#onIdle;
      this.#onIdle = undefined;
      f();
    }
  }
}

// At most this many listeners: the agent, a status publisher, a test.
const MAX_LISTENERS = 8;

/**
 * What the pipeline holds instead of a bare detector: a Detector that delegates to the
 * active model and can swap it atomically, between two inferences, while frames flow; and
 * runs a shadow candidate beside it at low priority.
 * - Swap: activate(next) takes effect for the next call; calls already running finish on the
 *   old model, which is disposed only after they have. A frame preprocessed by the old model
 *   but inferred after the swap is preprocessed again from its original image for the new
 *   one (input sizes may differ), so no frame is dropped or sent to a disposed model.
 * - Shadow: after an active inference has returned, the candidate runs the same image (its
 *   own preprocessing) on setImmediate, at most one run at a time; it is skipped when one is
 *   still running or when an active inference is in flight (the active path goes first).
 *   A shadow error is counted and never reaches the active path.
 *   const slot = new ModelSlot({ clock, initial: detector });
 *   const dets = await slot.detect(image); await slot.activate(newDetector); // old one disposed
 */
export class ModelSlot implements Detector {
  readonly #clock: Clock;
  readonly #logger: Logger;
  #active: Held | undefined;
  #shadow: Held | undefined;
  /** Which Held prepared an input, and the image it came from (for re-preparing and the shadow). */
  readonly #origin = new WeakMap<PreparedInput, { held: Held; image: ImageInput }>();
  readonly #listeners = new Set<SlotListener>();
  /** Disposals waiting for their calls to finish. */
  readonly #retiring = new Set<Promise<unknown>>();
  #activeInfers = 0;
  #shadowBusy = false;
  #shadowCounters: ShadowCounters = { runs: 0, skipped: 0, errors: 0 };
  #reprepared = 0;
  #disposeErrors = 0;
  #listenerErrors = 0;
  #disposed = false;

  constructor({ clock, logger = silentLogger, initial }: ModelSlotOptions) {
    this.#clock = clock;
    this.#logger = logger;
    if (initial !== undefined) this.#active = new Held(initial);
  }

  get modelName(): string {
    return this.#active?.detector.modelName ?? "none";
  }

  get modelVersion(): string {
    return this.#active?.detector.modelVersion ?? "";
  }

  get backend(): string {
    return this.#active?.detector.backend ?? "none";
  }

  get provider(): string {
    return this.#active?.detector.provider ?? "none";
  }

  /** The active detector, if any (for status; calls go through the slot). */
  get active(): Detector | undefined {
    return this.#active?.detector;
  }

  /** The shadow candidate, if any. */
  get shadow(): Detector | undefined {
    return this.#shadow?.detector;
  }

  /** A shadow run is scheduled or running. */
  get shadowRunning(): boolean {
    return this.#shadowBusy;
  }

  get shadowCounters(): ShadowCounters {
    return { ...this.#shadowCounters };
  }

  /** Frames prepared again because the model changed between preprocess and infer; dispose errors; listener errors. */
  get counters(): { reprepared: number; disposeErrors: number; listenerErrors: number } {
    return { reprepared: this.#reprepared, disposeErrors: this.#disposeErrors, listenerErrors: this.#listenerErrors };
  }

  /** Adds a listener; returns its removal. */
  listen(listener: SlotListener): () => void {
    if (this.#listeners.size >= MAX_LISTENERS) throw new RangeError(`a ModelSlot takes at most ${MAX_LISTENERS} listeners`);
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  health(): DetectorHealth {
    const d = this.#active?.detector;
    const h = d?.health?.();
    if (h !== undefined) return h;
    if (d === undefined) {
      return { state: "FAILED", reasons: ["BACKEND_ALL_FAILED"], backend: "none", provider: "none", failovers: 0, timeouts: 0, retries: 0 };
    }
    return { state: "OK", reasons: [], backend: d.backend, provider: d.provider, failovers: 0, timeouts: 0, retries: 0 };
  }

  async preprocess(image: ImageInput): Promise<PreparedInput> {
    const held = this.#require();
    held.enter();
    try {
      const prepared = await held.detector.preprocess(image);
      this.#origin.set(prepared, { held, image });
      return prepared;
    } finally {
      held.leave();
    }
  }

  async infer(input: PreparedInput): Promise<InferenceResult> {
    const held = this.#require();
    held.enter();
    this.#activeInfers++;
    const origin = this.#origin.get(input);
    let t0 = this.#clock.nowNs();
    let result: InferenceResult;
    try {
      let prepared = input;
      if (origin !== undefined && origin.held !== held) {
        // Prepared by a model swapped out since: its tensor may not fit this one.
        this.#reprepared++;
        prepared = await held.detector.preprocess(origin.image);
        t0 = this.#clock.nowNs();
      }
      result = await held.detector.infer(prepared);
    } catch (err) {
      this.#emit((l) => l.onInference?.({ latencyMs: nsToMs(this.#clock.nowNs() - t0), ok: false, modelVersion: held.detector.modelVersion }));
      throw err;
    } finally {
      this.#activeInfers--;
      held.leave();
    }
    const latencyMs = nsToMs(this.#clock.nowNs() - t0);
    this.#emit((l) => l.onInference?.({ latencyMs, ok: true, modelVersion: held.detector.modelVersion }));
    if (this.#shadow !== undefined) this.#offerShadow(origin?.image, result, latencyMs);
    return { ...result, model: { name: held.detector.modelName, version: held.detector.modelVersion } };
  }

  async detect(image: ImageInput): Promise<Detection[]> {
    return (await this.infer(await this.preprocess(image))).detections;
  }

  /**
   * Makes `next` the active model for every call from now on. Resolves once the previous
   * one's running calls have finished: disposed (resolves undefined), or with
   * `{ disposePrevious: false }` handed back undisposed (the caller owns it then).
   */
  async activate(next: Detector, { disposePrevious = true }: { disposePrevious?: boolean } = {}): Promise<Detector | undefined> {
    if (this.#disposed) throw new VigilError("INFERENCE_FAILED", "the model slot is disposed");
    const old = this.#active;
    if (old?.detector === next) return undefined;
    this.#active = new Held(next);
    if (old === undefined) return undefined;
    return this.#retire(old, disposePrevious);
  }

  /** Runs `candidate` in shadow from the next active inference on (a previous shadow is disposed). Counters restart. */
  async setShadow(candidate: Detector): Promise<void> {
    if (this.#disposed) throw new VigilError("INFERENCE_FAILED", "the model slot is disposed");
    const old = this.#shadow;
    this.#shadow = new Held(candidate);
    this.#shadowCounters = { runs: 0, skipped: 0, errors: 0 };
    if (old !== undefined && old.detector !== candidate) await this.#retire(old, true);
  }

  /** Stops shadowing; resolves after the running shadow call: disposed, or handed back with `{ dispose: false }`. */
  async clearShadow({ dispose = true }: { dispose?: boolean } = {}): Promise<Detector | undefined> {
    const old = this.#shadow;
    this.#shadow = undefined;
    if (old === undefined) return undefined;
    return this.#retire(old, dispose);
  }

  /** Disposes the active and shadow models once their running calls have finished. */
  async dispose(): Promise<void> {
    if (this.#disposed) return;
    this.#disposed = true;
    const active = this.#active;
    const shadow = this.#shadow;
    this.#active = undefined;
    this.#shadow = undefined;
    await Promise.all([active && this.#retire(active, true), shadow && this.#retire(shadow, true)]);
    await Promise.all([...this.#retiring]);
  }

  #require(): Held {
    const held = this.#active;
    if (held === undefined) {
      throw new VigilError(
        "BACKEND_UNAVAILABLE",
        this.#disposed ? "the model slot is disposed" : "no model is active yet: the device agent activates the stored model, or give the slot an initial detector",
      );
    }
    return held;
  }

  #retire(held: Held, dispose: boolean): Promise<Detector | undefined> {
    const done = held.idle().then(async () => {
      if (!dispose) return held.detector;
      try {
        await held.detector.dispose();
      } catch (err) {
        this.#disposeErrors++;
        this.#logger.warn({ err, model: held.detector.modelName, version: held.detector.modelVersion }, "disposing a swapped-out model failed");
      }
      return undefined;
    });
    this.#retiring.add(done);
    void done.finally(() => this.#retiring.delete(done));
    return done;
  }

  // Called after the active result is ready; the run starts on setImmediate, after it is delivered.
  #offerShadow(image: ImageInput | undefined, result: InferenceResult, activeMs: number): void {
    if (image === undefined || this.#shadowBusy) {
      this.#shadowCounters.skipped++;
      return;
    }
    this.#shadowBusy = true;
    const held = this.#shadow as Held;
    held.enter();
    setImmediate(() => {
      void this.#runShadow(held, image, result.detections, activeMs).finally(() => {
        this.#shadowBusy = false;
        held.leave();
      });
    });
  }

  async #runShadow(held: Held, image: ImageInput, active: readonly Detection[], activeMs: number): Promise<void> {
    const counters = this.#shadowCounters;
    // The shadow yields: an active inference already running (the next frame) goes first.
    if (this.#activeInfers > 0 || this.#shadow !== held) {
      if (this.#shadow === held) counters.skipped++;
      return;
    }
    let shadow: Detection[];
    let shadowMs: number;
    try {
      const prepared = await held.detector.preprocess(image);
      const t0 = this.#clock.nowNs();
      shadow = (await held.detector.infer(prepared)).detections;
      shadowMs = nsToMs(this.#clock.nowNs() - t0);
    } catch (err) {
      counters.errors++;
      this.#emit((l) => l.onShadowError?.(err));
      return;
    }
    counters.runs++;
    const shadowVersion = held.detector.modelVersion;
    this.#emit((l) => l.onShadowFrame?.({ active, shadow, activeMs, shadowMs, shadowVersion }));
  }

  #emit(call: (l: SlotListener) => void): void {
    for (const l of this.#listeners) {
      try {
        call(l);
      } catch (err) {
        this.#listenerErrors++;
        this.#logger.warn({ err }, "a model slot listener threw");
      }
    }
  }
}
