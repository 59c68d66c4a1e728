import { createHash } from "node:crypto";
import { nsToMs, type Clock } from "../clock/index.js";
import { isVigilError, type ErrorCode } from "../errors/index.js";
import { RateLimitedLog, type Logger } from "../observe/index.js";
import type { Detector, ImageInput } from "../perception/index.js";
import { ApiError } from "./api-error.js";
import type { ApiMetrics } from "./api-metrics.js";
import { InferCache, type ApiDetection, type ApiModelRef } from "./infer-cache.js";
import type { InferenceSlots } from "./inference-slots.js";

/** The 200 answer of POST /v1/infer. */
export interface InferAnswer {
  detections: ApiDetection[];
  model: ApiModelRef;
  cached: boolean;
  sha256: string;
  inference_ms: number;
}

export interface InferServiceOptions {
  /** Read per request, so a model swap (ModelSlot) is seen at once; undefined: 503 INFER_UNAVAILABLE. */
  detector: () => Detector | undefined;
  cache: InferCache;
  slots: InferenceSlots;
  timeoutMs: number;
  metrics: ApiMetrics;
  logger: Logger;
  clock: Clock;
}

/** Detector errors a client caused: its bytes are not an image the model can take (400, same code). */
const CLIENT_IMAGE_CODES: readonly ErrorCode[] = ["FRAME_UNDECODABLE", "FRAME_UNKNOWN_ENCODING", "FRAME_SIZE_MISMATCH", "FRAME_DIMENSION_MISMATCH"];

type Outcome = { ok: true; answer: InferAnswer } | { ok: false; err: unknown };

/**
 * POST /v1/infer without HTTP: cache lookup by sha256 and model, admission (slots and queue),
 * the real detector, and a deadline that answers 504 at once while the inference goes on
 * holding its slot. Errors are ApiErrors with the status the client gets.
 *   const svc = new InferService({ detector: () => d, cache, slots, timeoutMs: 2000, metrics, logger, clock });
 *   const answer = await svc.infer({ encoding: "jpeg", data }); // { detections, model, cached, sha256, inference_ms }
 */
export class InferService {
  readonly #o: InferServiceOptions;
  readonly #log: RateLimitedLog;

  constructor(options: InferServiceOptions) {
    this.#o = options;
    this.#log = new RateLimitedLog(options.logger, options.clock);
  }

  async infer(image: ImageInput): Promise<InferAnswer> {
    const { cache, slots, metrics, timeoutMs } = this.#o;
    const detector = this.#o.detector();
    if (detector === undefined) throw new ApiError(503, "INFER_UNAVAILABLE", "this runtime has no detector (its pipeline takes object lists only)");
    const sha256 = createHash("sha256").update(image.data).digest("hex");
    const hit = cache.get(InferCache.key(sha256, detector.modelName, detector.modelVersion));
    metrics.cache(hit === undefined ? "miss" : "hit");
    if (hit !== undefined) return { detections: hit.detections, model: hit.model, cached: true, sha256, inference_ms: 0 };

    const deadline = new AbortController();
    const timeout = new ApiError(504, "INFERENCE_TIMEOUT", `no answer within ${timeoutMs} ms (api.infer.timeout_ms); the inference goes on and keeps its slot`, {
      timeout_ms: timeoutMs,
    });
    const timer = setTimeout(() => deadline.abort(timeout), timeoutMs);
    try {
      const slot = slots.acquire(deadline.signal);
      if (slot === undefined) {
        metrics.overloaded();
        this.#log.warn("OVERLOADED", { running: slots.running, queued: slots.queued }, "infer refused: all slots busy");
        throw new ApiError(
          429,
          "OVERLOADED",
          `${slots.running} inferences running and ${slots.queued} waiting (api.infer.max_concurrent ${slots.maxConcurrent}, max_queue ${slots.maxQueue}): retry later`,
          { running: slots.running, queued: slots.queued, max_concurrent: slots.maxConcurrent, max_queue: slots.maxQueue },
          { "retry-after": "1" },
        );
      }
      const work: Promise<Outcome> = slot.then(
        (release) =>
          this.#run(detector, image, sha256).then(
            (answer): Outcome => (release(), { ok: true, answer }),
            (err: unknown): Outcome => (release(), { ok: false, err }),
          ),
        (err: unknown): Outcome => ({ ok: false, err }), // the deadline passed while it waited in the queue
      );
      const expired = new Promise<"expired">((resolve) => deadline.signal.addEventListener("abort", () => resolve("expired"), { once: true }));
      const first = await Promise.race([work, expired]);
      if (first === "expired" || (!first.ok && first.err === timeout)) {
        metrics.timedOut();
        this.#log.warn("INFERENCE_TIMEOUT", { timeoutMs, running: slots.running }, "infer answered 504: the inference goes on in the background");
        void work.then((late) => this.#lateEnd(late, timeout));
        throw timeout;
      }
      if (!first.ok) throw first.err;
      return first.answer;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Preprocess, infer, cache. Detector errors become ApiErrors. */
  async #run(detector: Detector, image: ImageInput, sha256: string): Promise<InferAnswer> {
    const { clock, cache, metrics } = this.#o;
    const t0 = clock.nowNs();
    let result;
    try {
      result = await detector.infer(await detector.preprocess(image));
    } catch (err) {
      throw this.#detectorError(err);
    }
    const inferenceMs = nsToMs(clock.nowNs() - t0);
    metrics.inferSeconds(inferenceMs / 1000);
    // A ModelSlot names the model that actually ran; it may have changed since the lookup.
    const model: ApiModelRef = {
      name: result.model?.name ?? detector.modelName,
      version: result.model?.version ?? detector.modelVersion,
      backend: detector.backend,
    };
    const detections: ApiDetection[] = result.detections.map((d) => ({ label: d.label, class_id: d.classId, score: d.score, box: [...d.box] }));
    cache.set(InferCache.key(sha256, model.name, model.version), { detections, model });
    return { detections, model, cached: false, sha256, inference_ms: inferenceMs };
  }

  #detectorError(err: unknown): ApiError {
    if (!isVigilError(err)) {
      this.#o.logger.error({ err, code: "INFERENCE_FAILED" }, "infer failed");
      return new ApiError(500, "INFERENCE_FAILED", `inference failed: ${(err as Error)?.message ?? String(err)}`, undefined, {}, { cause: err });
    }
    if (CLIENT_IMAGE_CODES.includes(err.code)) return new ApiError(400, err.code, err.message, undefined, {}, { cause: err });
    this.#log.warn(err.code, { err }, "infer failed");
    switch (err.code) {
      case "INFERENCE_TIMEOUT":
        return new ApiError(504, err.code, `the detector gave up: ${err.message}`, undefined, {}, { cause: err });
      case "BACKEND_ALL_FAILED":
        return new ApiError(503, err.code, err.message, undefined, { "retry-after": "5" }, { cause: err });
      default:
        return new ApiError(500, err.code, err.message, undefined, {}, { cause: err });
    }
  }

  /** An inference whose client got 504 ended: counted, and logged if it failed. */
  #lateEnd(late: Outcome, timeout: ApiError): void {
    if (!late.ok && late.err === timeout) return; // it never ran: its deadline passed in the queue
    this.#o.metrics.lateEnd(late.ok);
    if (!late.ok) {
      const code = isVigilError(late.err) ? late.err.code : "INFERENCE_FAILED";
      this.#log.warn(code, { err: late.err, late: true }, "an infer that had answered 504 failed later");
    }
  }
}
