import type { GraphModel, NamedTensorMap, Tensor as TfTensor } from "@tensorflow/tfjs";
import { VigilError, isVigilError } from "../errors/index.js";
import { createLogger, type Logger } from "../observe/index.js";
import type { BackendOptions, BackendSession, InferenceBackend, ModelIO, ModelSource, Tensor, TensorInfo } from "./backend.js";
import { graphModelFileHandler, readGraphModelJson, type GraphModelFile } from "./tfjs-file-io.js";
import { tfjsProviderOrder, tfjsRuntime, type TfModule, type TfjsRuntime } from "./tfjs-platform.js";

/**
 * The `tfjs` backend: TF.js graph models (model.json + weight shards) on tfjs-node-gpu /
 * tfjs-node where installed, else TF.js on WASM (TF.js's JS "cpu" kernels as a last resort).
 *   const session = await tfjsBackend.load({ path: "models/yolox_nano_web/model.json" }, { logger });
 *   const { output0 } = await session.run({ images: { data, dims: [1, 3, 416, 416] } });
 */
export const tfjsBackend: InferenceBackend = {
  name: "tfjs",
  load: loadTfjsSession,
};

let defaultLogger: Logger | undefined;

async function loadTfjsSession(model: ModelSource, options: BackendOptions = {}): Promise<BackendSession> {
  const logger = (options.logger ?? (defaultLogger ??= createLogger("vigil", undefined, "perception"))).child({ backend: "tfjs" });
  // Check the file before TF.js loads: a wrong file must hand over to the next backend fast.
  const file = await readGraphModelJson(model.path);
  const runtime = await tfjsRuntime(logger, options);
  if (!tfjsProviderOrder(options.providers).includes(runtime.provider)) {
    logger.warn(
      { provider: runtime.provider, requested: options.providers },
      "tfjs: the TF.js runtime is chosen once per process and is already running; requested providers ignored",
    );
  }

  let graph: GraphModel;
  try {
    graph = await runtime.tf.loadGraphModel(graphModelFileHandler(file));
  } catch (err) {
    if (isVigilError(err)) throw err;
    throw new VigilError("BACKEND_LOAD_FAILED", `tfjs could not load ${file.path}: ${errorMessage(err)}`, { cause: err });
  }

  const session = new TfjsSession(runtime, graph, file, logger);
  try {
    await session.warmUp();
  } catch (err) {
    await session.dispose();
    const reason = isVigilError(err) ? err.message : errorMessage(err);
    throw new VigilError("BACKEND_LOAD_FAILED", `tfjs (${runtime.provider}) cannot run ${file.path}: ${reason}`, { cause: err });
  }
  logger.info({ model: file.path, provider: runtime.provider, io: session.describe() }, "tfjs session ready");
  return session;
}

// Ops that make GraphModel.execute() throw; the same sets tfjs-converter checks.
const ASYNC_OPS = new Set([
  "Switch", "Merge", "Enter", "Exit", "NextIteration", "StatelessIf", "StatelessWhile", "if", "While",
  "NonMaxSuppressionV2", "NonMaxSuppressionV3", "NonMaxSuppressionV5", "Where",
  "HashTable", "HashTableV2", "LookupTableImport", "LookupTableImportV2", "LookupTableFind", "LookupTableFindV2",
  "LookupTableSize", "LookupTableSizeV2",
]);

interface Output {
  data: Float32Array;
  dims: number[];
  dtype: string;
}

class TfjsSession implements BackendSession {
  readonly backend = "tfjs" as const;
  readonly provider: string;
  readonly #tf: TfModule;
  readonly #model: GraphModel;
  readonly #logger: Logger;
  readonly #inputs: TensorInfo[];
  readonly #outputs: TensorInfo[];
  /** Names GraphModel.execute takes for the outputs (signature keys where the model has them). */
  readonly #outputNodes: string[];
  // The cpu backend hands out its own storage (which may alias an input array); copy it.
  readonly #copyOutputs: boolean;
  #needsAsync: boolean;
  #disposed = false;
  /** Runs are serialised, so dispose() can wait for the one in flight. */
  #tail: Promise<void> = Promise.resolve();

  constructor(runtime: TfjsRuntime, model: GraphModel, file: GraphModelFile, logger: Logger) {
    this.provider = runtime.provider;
    this.#tf = runtime.tf;
    this.#model = model;
    this.#logger = logger;
    this.#copyOutputs = runtime.provider === "tfjs-cpu";
    this.#needsAsync = usesAsyncOps(file.json.modelTopology);

    const signature = model.modelSignature as Signature | undefined;
    this.#inputs = model.inputNodes.map((name, i) => {
      const info = model.inputs[i];
      const declared = signature?.inputs?.[name];
      return {
        name,
        shape: info?.shape ?? signatureShape(declared) ?? [],
        type: info?.dtype ?? signatureType(declared) ?? "float32",
      };
    });
    this.#outputNodes = model.outputNodes;
    this.#outputs = model.outputNodes.map((name, i) => {
      const info = model.outputs[i];
      const declared = signature?.outputs?.[name];
      return {
        name,
        // Unknown until warmUp() runs the graph once, for models that declare no output shapes.
        shape: info?.shape ?? signatureShape(declared) ?? [],
        type: info?.dtype ?? signatureType(declared) ?? "float32",
      };
    });
  }

  describe(): ModelIO {
    const copy = (t: TensorInfo): TensorInfo => ({ name: t.name, shape: [...t.shape], type: t.type });
    return { inputs: this.#inputs.map(copy), outputs: this.#outputs.map(copy) };
  }

  /**
   * Runs the graph once on zeros: compiles the kernels before the first frame, proves every
   * op runs on this provider, and fills in output shapes the model does not declare.
   */
  async warmUp(): Promise<void> {
    const shapes = this.#inputs.map((i) => probeShape(i.shape));
    if (shapes.some((s) => s === undefined)) {
      this.#logger.debug({ inputs: this.#inputs }, "tfjs: input shapes not fully known; no warm-up run");
      return;
    }
    const outputs = await this.#execute(() => {
      const feed: NamedTensorMap = {};
      this.#inputs.forEach((input, i) => {
        feed[input.name] = this.#tf.zeros(shapes[i] ?? [], input.type === "int32" ? "int32" : "float32");
      });
      return feed;
    });
    outputs.forEach((out, i) => {
      const info = this.#outputs[i];
      if (info === undefined) return;
      // With dynamic-shape ops (Where, NMS) the probe shows the rank but not the sizes.
      if (info.shape.length === 0) info.shape = this.#needsAsync ? out.dims.map(() => -1) : out.dims;
      info.type = out.dtype;
    });
  }

  run(inputs: Record<string, Tensor>): Promise<Record<string, Tensor>> {
    if (this.#disposed) return Promise.reject(new VigilError("INFERENCE_FAILED", "tfjs session is disposed"));
    try {
      this.#checkInputs(inputs);
    } catch (err) {
      return Promise.reject(err);
    }
    const job = this.#tail.then(() => this.#runNow(inputs));
    // The caller of run() sees the error; the queue only needs to know the run is over.
    this.#tail = job.then(
      () => undefined,
      () => undefined,
    );
    return job;
  }

  async dispose(): Promise<void> {
    if (this.#disposed) return;
    this.#disposed = true;
    await this.#tail;
    this.#model.dispose();
  }

  async #runNow(inputs: Record<string, Tensor>): Promise<Record<string, Tensor>> {
    const tf = this.#tf;
    let outputs: Output[];
    try {
      outputs = await this.#execute(() =>
        tf.tidy(() => {
          const feed: NamedTensorMap = {};
          for (const info of this.#inputs) {
            const input = inputs[info.name] as Tensor; // present: checked in run()
            const t = tf.tensor(input.data, [...input.dims], "float32");
            feed[info.name] = info.type === "int32" ? t.cast("int32") : t;
          }
          return feed;
        }),
      );
    } catch (err) {
      throw new VigilError("INFERENCE_FAILED", `tfjs (${this.provider}) run failed: ${errorMessage(err)}`, { cause: err });
    }
    const result: Record<string, Tensor> = {};
    outputs.forEach((out, i) => {
      const name = this.#outputs[i]?.name ?? `output${i}`;
      result[name] = { data: out.data, dims: out.dims };
    });
    return result;
  }

  /** Runs the graph on the tensors `feed` makes and reads every output back; leaves no tensor behind. */
  async #execute(feed: () => NamedTensorMap): Promise<Output[]> {
    const tf = this.#tf;
    if (!this.#needsAsync) {
      let outputs: Output[] = [];
      try {
        // tidy() disposes the inputs, every intermediate and the outputs once they are read.
        tf.tidy(() => {
          outputs = asList(this.#model.execute(feed(), this.#outputNodes)).map((t) => this.#read(t));
        });
        return outputs;
      } catch (err) {
        // An op the scan did not know (e.g. a custom op returning a promise) needs executeAsync.
        if (!errorMessage(err).includes("executeAsync")) throw err;
        this.#needsAsync = true;
        this.#logger.info({ reason: errorMessage(err) }, "tfjs: model needs executeAsync");
      }
    }
    const inputs = feed();
    let results: TfTensor[] = [];
    try {
      results = asList(await this.#model.executeAsync(inputs, this.#outputNodes));
      return results.map((t) => this.#read(t));
    } finally {
      tf.dispose(Object.values(inputs));
      tf.dispose(results);
    }
  }

  #read(t: TfTensor): Output {
    const asFloat = t.dtype === "float32" ? t : t.cast("float32");
    let values: ReturnType<TfTensor["dataSync"]>;
    try {
      values = asFloat.dataSync();
    } finally {
      if (asFloat !== t) asFloat.dispose();
    }
    const data = values instanceof Float32Array && !this.#copyOutputs ? values : Float32Array.from(values);
    return { data, dims: [...t.shape], dtype: t.dtype };
  }

  #checkInputs(inputs: Record<string, Tensor>): void {
    const names = this.#inputs.map((i) => i.name);
    for (const name of Object.keys(inputs)) {
      if (!names.includes(name)) {
        throw new VigilError("MODEL_IO_MISMATCH", `tfjs: the model has no input "${name}" (inputs: ${names.join(", ")})`);
      }
    }
    for (const info of this.#inputs) {
      const input = inputs[info.name];
      if (input === undefined) {
        throw new VigilError("MODEL_IO_MISMATCH", `tfjs: input "${info.name}" is missing (inputs: ${names.join(", ")})`);
      }
      const size = input.dims.reduce((n, d) => n * d, 1);
      if (input.data.length !== size) {
        throw new VigilError(
          "MODEL_IO_MISMATCH",
          `tfjs: input "${info.name}" has ${input.data.length} values but dims [${input.dims.join(", ")}] need ${size}`,
        );
      }
      const fits =
        info.shape.length === 0 ||
        (info.shape.length === input.dims.length &&
          info.shape.every((d, k) => typeof d !== "number" || d < 0 || d === input.dims[k]));
      if (!fits) {
        throw new VigilError(
          "MODEL_IO_MISMATCH",
          `tfjs: input "${info.name}" has dims [${input.dims.join(", ")}]; the model takes [${info.shape.join(", ")}]`,
        );
      }
    }
  }
}

/** The parts of a model signature (model.json "signature") describe() reads. */
interface Signature {
  inputs?: Record<string, SignatureTensor>;
  outputs?: Record<string, SignatureTensor>;
}

interface SignatureTensor {
  name?: string;
  dtype?: string;
  tensorShape?: { unknownRank?: boolean; dim?: { size?: string | number }[] };
}

function signatureShape(t: SignatureTensor | undefined): number[] | undefined {
  const shape = t?.tensorShape;
  if (shape === undefined || shape.unknownRank === true) return undefined;
  return (shape.dim ?? []).map((d) => Number(d.size ?? -1));
}

const SIGNATURE_TYPES: Record<string, string> = {
  DT_FLOAT: "float32",
  DT_HALF: "float32",
  DT_DOUBLE: "float32",
  DT_INT32: "int32",
  DT_INT64: "int32",
  DT_UINT8: "int32",
  DT_INT8: "int32",
  DT_BOOL: "bool",
};

function signatureType(t: SignatureTensor | undefined): string | undefined {
  return t?.dtype === undefined ? undefined : SIGNATURE_TYPES[t.dtype];
}

/** A concrete shape to probe with: an unknown batch becomes 1; other unknown dims make it impossible. */
function probeShape(shape: readonly (number | string)[]): number[] | undefined {
  if (shape.length === 0) return undefined;
  const dims: number[] = [];
  for (const [k, d] of shape.entries()) {
    if (typeof d === "number" && d >= 0) dims.push(d);
    else if (k === 0) dims.push(1);
    else return undefined;
  }
  return dims;
}

function usesAsyncOps(topology: unknown): boolean {
  const graph = topology as { node?: { op?: string }[]; library?: { function?: { nodeDef?: { op?: string }[] }[] } };
  const ops = [...(graph.node ?? []), ...(graph.library?.function ?? []).flatMap((f) => f.nodeDef ?? [])];
  return ops.some((n) => n.op !== undefined && ASYNC_OPS.has(n.op));
}

function asList(result: TfTensor | TfTensor[]): TfTensor[] {
  return Array.isArray(result) ? result : [result];
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
