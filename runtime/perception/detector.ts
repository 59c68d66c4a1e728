import { stat } from "node:fs/promises";
import { VigilError } from "../errors/index.js";
import { SystemClock, type Clock } from "../clock/index.js";
import { createLogger, withComponent, type Logger } from "../observe/index.js";
import type { Tensor } from "./backend.js";
import type { BackendFailure, BackendModules } from "./backend-chain.js";
import { BackendLadder } from "./backend-ladder.js";
import type { Candidates } from "./candidates.js";
import type { Detection, Detector, DetectorHealth, ImageInput, InferenceResult, PreparedInput } from "./detection-types.js";
import { decodeEnd2end } from "./end2end-decoder.js";
import { mapBoxToSource } from "./letterbox.js";
import { loadModelSpec } from "./load-model-spec.js";
import type { ModelBinding } from "./model-io-check.js";
import type { ModelSpecPreset } from "./model-spec-presets.js";
import type { ModelSpec, ModelSpecOverrides } from "./model-spec.js";
import { nms } from "./nms.js";
import { preprocessImage, type PreprocessOptions } from "./sharp-preprocess.js";
import { decodeYolov5 } from "./yolov5-decoder.js";
import { decodeYolov8 } from "./yolov8-decoder.js";
import { decodeYolox } from "./yolox-decoder.js";

export interface DetectorOptions {
  /** The model file (.onnx, or a TF.js model.json). */
  model: string;
  /** Spec file; wins over preset and the YAML beside the model. */
  spec?: string;
  preset?: ModelSpecPreset;
  /** Applied on top of the spec, e.g. `{ conf_threshold: 0.4 }`. */
  specOverrides?: ModelSpecOverrides;
  /**
   * Preference order; default ["onnx-node", "onnx-wasm"]. Built-in names (BackendName) or
   * keys of backendModules. A load failure moves to the next at start; a run error or timeout
   * moves to the next at run time (DEGRADED) until the better one passes a retry.
   */
  backends?: readonly string[];
  /** Plugin backends: name -> absolute path of an ES module whose default or `backend` export is an InferenceBackend. */
  backendModules?: BackendModules;
  /** A run that has not answered after this long fails over (INFERENCE_TIMEOUT). Default: no deadline (the pipeline config sets one). */
  inferenceTimeoutMs?: number;
  /** First retry of a failed better backend after this long, doubling after each failed retry (capped at 10 min). Default 30000. */
  retryPrimaryAfterMs?: number;
  /** Keep the next backend loaded so a failover switches at once; default true (false saves its memory, a failover then waits for a load). */
  preloadStandby?: boolean;
  /** onnx-node execution providers in preference order, e.g. ["cuda", "cpu"]. */
  providers?: readonly string[];
  threads?: number;
  logger?: Logger;
  /** Times runNs / postprocessNs and stamps health().nextRetry; default SystemClock. */
  clock?: Clock;
}

/** A Detector that also says which spec it follows and which backends are out of service. */
export interface SpecDetector extends Detector {
  readonly spec: ModelSpec;
  /**
   * Every backend now out of service with its last reason (load failure at start, run error,
   * timeout, failed retry), in preference order; empty while all that were tried work.
   */
  readonly backendFailures: readonly BackendFailure[];
  health(): DetectorHealth;
}

const DEFAULT_BACKENDS: readonly string[] = ["onnx-node", "onnx-wasm"];
const DEFAULT_RETRY_AFTER_MS = 30_000;

/**
 * Loads a model with its spec on the first backend that works, checks the model's I/O
 * against the spec, and returns a Detector that fails over to the next backend when a run
 * errors or times out (see BackendLadder). MODEL_NOT_FOUND, MODEL_SPEC_INVALID,
 * BACKEND_LOAD_FAILED or MODEL_IO_MISMATCH when it cannot.
 *   const d = await createDetector({ model: "models/yolox_nano.onnx", preset: "yolox", inferenceTimeoutMs: 1000 });
 *   const dets = await d.detect({ encoding: "jpeg", data }); d.health().state; await d.dispose();
 */
export async function createDetector(options: DetectorOptions): Promise<SpecDetector> {
  const { model, backends = DEFAULT_BACKENDS } = options;
  const logger = withComponent(options.logger ?? createLogger("perception"), "perception");
  const clock = options.clock ?? new SystemClock();
  await assertModelFile(model);
  const spec = await loadModelSpec({ model, spec: options.spec, preset: options.preset, overrides: options.specOverrides });
  const ladder = await BackendLadder.open({
    backends,
    modules: options.backendModules,
    model: { path: model },
    spec,
    backendOptions: { providers: options.providers, threads: options.threads, logger },
    inferenceTimeoutMs: options.inferenceTimeoutMs,
    retryAfterMs: options.retryPrimaryAfterMs ?? DEFAULT_RETRY_AFTER_MS,
    preloadStandby: options.preloadStandby ?? true,
    logger,
    clock,
  });
  logger.info(
    { model: spec.name, version: spec.version, backend: ladder.backend, provider: ladder.provider, spec: spec.source, state: ladder.health().state },
    "detector ready",
  );
  return new ModelDetector(spec, ladder, clock);
}

async function assertModelFile(path: string): Promise<void> {
  try {
    if ((await stat(path)).isFile()) return;
  } catch (err) {
    throw new VigilError("MODEL_NOT_FOUND", `no model at ${path}: check the path, or pass --model`, { cause: err });
  }
  throw new VigilError("MODEL_NOT_FOUND", `model ${path} is not a file`);
}

class ModelDetector implements SpecDetector {
  readonly spec: ModelSpec;
  readonly #ladder: BackendLadder;
  readonly #clock: Clock;
  readonly #preprocess: PreprocessOptions;
  readonly #dims: readonly number[];
  #disposed = false;
  // Reused across frames: decode, NMS and mapping run synchronously after each run, so
  // two overlapping infer() calls never decode at the same time.
  #candidates: Candidates | undefined;

  constructor(spec: ModelSpec, ladder: BackendLadder, clock: Clock) {
    this.spec = spec;
    this.#ladder = ladder;
    this.#clock = clock;
    const { width, height } = spec.input;
    this.#preprocess = {
      width,
      height,
      letterbox: spec.letterbox,
      padValue: spec.padValue,
      channelOrder: spec.channelOrder,
      scale: spec.scale,
    };
    this.#dims = [1, 3, height, width];
  }

  /** The active backend: read per frame, it changes on failover and restoration. */
  get backend(): string {
    return this.#ladder.backend;
  }

  get provider(): string {
    return this.#ladder.provider;
  }

  get backendFailures(): readonly BackendFailure[] {
    return this.#ladder.failures;
  }

  health(): DetectorHealth {
    return this.#ladder.health();
  }

  get modelName(): string {
    return this.spec.name;
  }

  get modelVersion(): string {
    return this.spec.version;
  }

  preprocess(image: ImageInput): Promise<PreparedInput> {
    return preprocessImage(image, this.#preprocess);
  }

  async infer(input: PreparedInput): Promise<InferenceResult> {
    if (this.#disposed) throw new VigilError("INFERENCE_FAILED", `detector ${this.spec.name} is disposed`);
    if (input.dims.length !== 4 || input.dims.some((d, i) => d !== this.#dims[i])) {
      throw new VigilError(
        "MODEL_IO_MISMATCH",
        `input [${input.dims.join(", ")}] was prepared for another model; ${this.spec.name} takes [${this.#dims.join(", ")}]`,
      );
    }
    const t0 = this.#clock.nowNs();
    // The backend may take input.tensor (onnx-node's worker detaches it); nothing below reads
    // it, and preprocess() makes a fresh one per frame, so a PreparedInput is used once.
    const { outputs, binding } = await this.#ladder.run({ data: input.tensor, dims: input.dims });
    const t1 = this.#clock.nowNs();
    const candidates = this.#decode(outputs, binding);
    const spec = this.spec;
    // End-to-end models did their own NMS: keep their boxes, only sort and cap them.
    const keep = nms(candidates, {
      iouThreshold: spec.decoder.type === "end2end" ? Number.POSITIVE_INFINITY : spec.iouThreshold,
      maxDetections: spec.maxDetections,
    });
    const { boxes, scores, classIds } = candidates;
    const detections: Detection[] = keep.map((i) => {
      const classId = classIds[i]!;
      return {
        classId,
        label: spec.labels[classId] ?? `class ${classId}`,
        score: scores[i]!,
        box: mapBoxToSource(input.letterbox, boxes[4 * i]!, boxes[4 * i + 1]!, boxes[4 * i + 2]!, boxes[4 * i + 3]!),
      };
    });
    const t2 = this.#clock.nowNs();
    return { detections, runNs: t1 - t0, postprocessNs: t2 - t1 };
  }

  async detect(image: ImageInput): Promise<Detection[]> {
    return (await this.infer(await this.preprocess(image))).detections;
  }

  async dispose(): Promise<void> {
    this.#disposed = true;
    await this.#ladder.dispose();
  }

  #decode(outputs: Record<string, Tensor>, binding: ModelBinding): Candidates {
    const spec = this.spec;
    const base = { confThreshold: spec.confThreshold, numClasses: spec.labels.length };
    const d = spec.decoder;
    switch (d.type) {
      case "yolov8":
        return (this.#candidates = decodeYolov8(this.#output(outputs, binding, "output"), base, this.#candidates));
      case "yolov5":
        return (this.#candidates = decodeYolov5(this.#output(outputs, binding, "output"), base, this.#candidates));
      case "yolox":
        return (this.#candidates = decodeYolox(
          this.#output(outputs, binding, "output"),
          { ...base, inputWidth: spec.input.width, inputHeight: spec.input.height, strides: d.strides },
          this.#candidates,
        ));
      case "end2end": {
        const tensors = {
          boxes: this.#output(outputs, binding, "boxes"),
          scores: this.#output(outputs, binding, "scores"),
          classes: this.#output(outputs, binding, "classes"),
        };
        const numDetections = binding.outputs.numDetections === undefined ? undefined : this.#output(outputs, binding, "numDetections");
        return (this.#candidates = decodeEnd2end(
          numDetections === undefined ? tensors : { ...tensors, numDetections },
          { ...base, boxFormat: d.boxFormat },
          this.#candidates,
        ));
      }
    }
  }

  #output(outputs: Record<string, Tensor>, binding: ModelBinding, role: string): Tensor {
    const name = binding.outputs[role];
    const t = name === undefined ? undefined : outputs[name];
    if (t === undefined) throw new VigilError("MODEL_IO_MISMATCH", `${this.spec.name} returned no ${role} output "${name ?? "?"}"`);
    return t;
  }
}
