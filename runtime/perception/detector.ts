import { stat } from "node:fs/promises";
import { VigilError } from "../errors/index.js";
import { SystemClock, type Clock } from "../clock/index.js";
import { createLogger, type Logger } from "../observe/index.js";
import type { BackendName, BackendSession, Tensor } from "./backend.js";
import { loadFirstAvailable, type BackendFailure } from "./backend-chain.js";
import type { Candidates } from "./candidates.js";
import type { Detection, Detector, ImageInput, InferenceResult, PreparedInput } from "./detection-types.js";
import { decodeEnd2end } from "./end2end-decoder.js";
import { mapBoxToSource } from "./letterbox.js";
import { loadModelSpec } from "./load-model-spec.js";
import { checkModelIO, type ModelBinding } from "./model-io-check.js";
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
  /** Preference order; default ["onnx-node", "onnx-wasm"]. */
  backends?: readonly BackendName[];
  /** onnx-node execution providers in preference order, e.g. ["cuda", "cpu"]. */
  providers?: readonly string[];
  threads?: number;
  logger?: Logger;
  /** Times runNs / postprocessNs; default SystemClock. */
  clock?: Clock;
}

/** A Detector that also says which spec it follows and which backends failed before it loaded. */
export interface SpecDetector extends Detector {
  readonly spec: ModelSpec;
  /** Non-empty when a preferred backend failed and a later one took over (degraded). */
  readonly backendFailures: readonly BackendFailure[];
}

const DEFAULT_BACKENDS: readonly BackendName[] = ["onnx-node", "onnx-wasm"];

/**
 * Loads a model with its spec on the first backend that works, checks the model's I/O
 * against the spec, and returns a Detector. MODEL_NOT_FOUND, MODEL_SPEC_INVALID,
 * BACKEND_LOAD_FAILED or MODEL_IO_MISMATCH when it cannot.
 *   const d = await createDetector({ model: "models/yolox_nano.onnx", preset: "yolox" });
 *   const dets = await d.detect({ encoding: "jpeg", data }); await d.dispose();
 */
export async function createDetector(options: DetectorOptions): Promise<SpecDetector> {
  const { model, backends = DEFAULT_BACKENDS } = options;
  const logger = options.logger ?? createLogger("perception");
  await assertModelFile(model);
  const spec = await loadModelSpec({ model, spec: options.spec, preset: options.preset, overrides: options.specOverrides });
  const { session, failures } = await loadFirstAvailable(
    backends,
    { path: model },
    { providers: options.providers, threads: options.threads, logger },
    logger,
  );
  let binding: ModelBinding;
  try {
    binding = checkModelIO(session.describe(), spec);
  } catch (err) {
    await session.dispose();
    throw err;
  }
  logger.info(
    { model: spec.name, version: spec.version, backend: session.backend, provider: session.provider, spec: spec.source },
    "detector ready",
  );
  return new ModelDetector(spec, session, binding, failures, options.clock ?? new SystemClock());
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
  readonly backend: string;
  readonly provider: string;
  readonly backendFailures: readonly BackendFailure[];
  readonly #binding: ModelBinding;
  readonly #clock: Clock;
  readonly #preprocess: PreprocessOptions;
  readonly #dims: readonly number[];
  #session: BackendSession | undefined;
  // Reused across frames: decode, NMS and mapping run synchronously after each run, so
  // two overlapping infer() calls never decode at the same time.
  #candidates: Candidates | undefined;

  constructor(spec: ModelSpec, session: BackendSession, binding: ModelBinding, failures: BackendFailure[], clock: Clock) {
    this.spec = spec;
    this.#session = session;
    this.#binding = binding;
    this.backendFailures = failures;
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
    this.backend = session.backend;
    this.provider = session.provider;
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
    const session = this.#session;
    if (session === undefined) throw new VigilError("INFERENCE_FAILED", `detector ${this.spec.name} is disposed`);
    if (input.dims.length !== 4 || input.dims.some((d, i) => d !== this.#dims[i])) {
      throw new VigilError(
        "MODEL_IO_MISMATCH",
        `input [${input.dims.join(", ")}] was prepared for another model; ${this.spec.name} takes [${this.#dims.join(", ")}]`,
      );
    }
    const t0 = this.#clock.nowNs();
    // The backend may take input.tensor (onnx-node's worker detaches it); nothing below reads
    // it, and preprocess() makes a fresh one per frame, so a PreparedInput is used once.
    const outputs = await session.run({ [this.#binding.input]: { data: input.tensor, dims: input.dims } });
    const t1 = this.#clock.nowNs();
    const candidates = this.#decode(outputs);
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
    const session = this.#session;
    this.#session = undefined;
    await session?.dispose();
  }

  #decode(outputs: Record<string, Tensor>): Candidates {
    const spec = this.spec;
    const base = { confThreshold: spec.confThreshold, numClasses: spec.labels.length };
    const d = spec.decoder;
    switch (d.type) {
      case "yolov8":
        return (this.#candidates = decodeYolov8(this.#output(outputs, "output"), base, this.#candidates));
      case "yolov5":
        return (this.#candidates = decodeYolov5(this.#output(outputs, "output"), base, this.#candidates));
      case "yolox":
        return (this.#candidates = decodeYolox(
          this.#output(outputs, "output"),
          { ...base, inputWidth: spec.input.width, inputHeight: spec.input.height, strides: d.strides },
          this.#candidates,
        ));
      case "end2end": {
        const tensors = {
          boxes: this.#output(outputs, "boxes"),
          scores: this.#output(outputs, "scores"),
          classes: this.#output(outputs, "classes"),
        };
        const numDetections = this.#binding.outputs.numDetections === undefined ? undefined : this.#output(outputs, "numDetections");
        return (this.#candidates = decodeEnd2end(
          numDetections === undefined ? tensors : { ...tensors, numDetections },
          { ...base, boxFormat: d.boxFormat },
          this.#candidates,
        ));
      }
    }
  }

  #output(outputs: Record<string, Tensor>, role: string): Tensor {
    const name = this.#binding.outputs[role];
    const t = name === undefined ? undefined : outputs[name];
    if (t === undefined) throw new VigilError("MODEL_IO_MISMATCH", `${this.spec.name} returned no ${role} output "${name ?? "?"}"`);
    return t;
  }
}
