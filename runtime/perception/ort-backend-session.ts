import type { InferenceSession, Tensor as OrtTensor } from "onnxruntime-node";
import { VigilError } from "../errors/index.js";
import type { BackendName, BackendSession, ModelIO, Tensor, TensorInfo } from "./backend.js";

/** Builds a float32 tensor of the ONNX Runtime flavour that made the session. */
export type OrtTensorFactory = (data: Float32Array, dims: readonly number[]) => OrtTensor;

export interface OrtBackendSessionOptions {
  backend: BackendName;
  provider: string;
  session: InferenceSession;
  makeTensor: OrtTensorFactory;
  /** One run at a time (onnxruntime-web rejects overlapping runs on a session). */
  serializeRuns: boolean;
}

/**
 * A BackendSession over an onnxruntime-node or onnxruntime-web InferenceSession (same API):
 * float32 in, outputs converted to Float32Array, failures as INFERENCE_FAILED.
 *   const s = new OrtBackendSession({ backend: "onnx-node", provider: "cpu", session, makeTensor, serializeRuns: false });
 */
export class OrtBackendSession implements BackendSession {
  readonly backend: BackendName;
  readonly provider: string;
  readonly #io: ModelIO;
  readonly #makeTensor: OrtTensorFactory;
  readonly #serialize: boolean;
  #session: InferenceSession | undefined;
  #last: Promise<unknown> = Promise.resolve();
  readonly #inFlight = new Set<Promise<unknown>>();

  constructor({ backend, provider, session, makeTensor, serializeRuns }: OrtBackendSessionOptions) {
    this.backend = backend;
    this.provider = provider;
    this.#session = session;
    this.#makeTensor = makeTensor;
    this.#serialize = serializeRuns;
    this.#io = { inputs: session.inputMetadata.map(toTensorInfo), outputs: session.outputMetadata.map(toTensorInfo) };
  }

  describe(): ModelIO {
    return { inputs: this.#io.inputs.map((t) => ({ ...t })), outputs: this.#io.outputs.map((t) => ({ ...t })) };
  }

  run(inputs: Record<string, Tensor>): Promise<Record<string, Tensor>> {
    const run = this.#serialize
      ? this.#last.then(
          () => this.#run(inputs),
          () => this.#run(inputs),
        )
      : this.#run(inputs);
    this.#last = run;
    this.#inFlight.add(run);
    const forget = (): void => void this.#inFlight.delete(run);
    run.then(forget, forget);
    return run;
  }

  async #run(inputs: Record<string, Tensor>): Promise<Record<string, Tensor>> {
    const session = this.#session;
    if (session === undefined) throw new VigilError("INFERENCE_FAILED", `${this.backend} session is disposed`);
    let results: InferenceSession.OnnxValueMapType;
    try {
      const feeds: Record<string, OrtTensor> = {};
      for (const [name, t] of Object.entries(inputs)) feeds[name] = this.#makeTensor(t.data, t.dims);
      results = await session.run(feeds);
    } catch (err) {
      throw new VigilError("INFERENCE_FAILED", `${this.backend} (${this.provider}) run failed: ${messageOf(err)}`, {
        cause: err,
      });
    }
    const out: Record<string, Tensor> = {};
    for (const [name, value] of Object.entries(results)) {
      const t = value as OrtTensor;
      out[name] = { data: toFloat32(t.data), dims: t.dims };
    }
    return out;
  }

  async dispose(): Promise<void> {
    const session = this.#session;
    if (session === undefined) return;
    this.#session = undefined;
    // Runs already inside the native session finish before it is released; queued ones
    // find it gone and fail with INFERENCE_FAILED.
    await Promise.allSettled([...this.#inFlight]);
    await session.release();
  }
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function toTensorInfo(meta: InferenceSession.ValueMetadata): TensorInfo {
  if (!meta.isTensor) return { name: meta.name, shape: [], type: "non-tensor" };
  return { name: meta.name, shape: [...meta.shape], type: meta.type };
}

// Decoders read float32; class indices and counts come as int64/int32 from some exports.
function toFloat32(data: OrtTensor["data"]): Float32Array {
  if (data instanceof Float32Array) return data;
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) {
    const out = new Float32Array(data.length);
    for (let i = 0; i < data.length; i++) out[i] = Number(data[i]);
    return out;
  }
  if (ArrayBuffer.isView(data)) return Float32Array.from(data as unknown as ArrayLike<number>);
  throw new VigilError("INFERENCE_FAILED", "model output is not a numeric tensor");
}
