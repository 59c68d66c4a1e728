/**
 * The contract every inference backend implements (onnx-node, onnx-wasm, tfjs).
 * A backend loads a model into a session; the session runs named float tensors.
 *   const session = await backend.load({ path: "models/yolox_nano.onnx" }, { providers: ["cuda", "cpu"] });
 *   const out = await session.run({ images: { data, dims: [1, 3, 416, 416] } });
 */
import type { Logger } from "../observe/index.js";

/** The built-in backends. Plugin backends (DetectorOptions.backendModules) have other names. */
export type BackendName = "onnx-node" | "onnx-wasm" | "tfjs";

export const BACKEND_NAMES: readonly BackendName[] = ["onnx-node", "onnx-wasm", "tfjs"];

export interface TensorInfo {
  name: string;
  /** Dimensions; symbolic ones are strings (e.g. "batch") or -1. */
  shape: readonly (number | string)[];
  /** Element type as the runtime names it, e.g. "float32". */
  type: string;
}

export interface Tensor {
  data: Float32Array;
  dims: readonly number[];
}

export interface ModelIO {
  inputs: TensorInfo[];
  outputs: TensorInfo[];
}

export interface BackendOptions {
  /**
   * Execution providers in preference order (onnx-node: "tensorrt", "cuda", "cpu").
   * A provider that is not present is skipped and the reason logged.
   */
  providers?: readonly string[];
  /** Intra-op threads; 0 lets the runtime choose. */
  threads?: number;
  /** Where the backend says which runtime and provider it chose, and why others were skipped. */
  logger?: Logger;
  /**
   * onnx-node only, default "worker": run the session on its own thread, because a native
   * run blocks its thread for the whole inference and must not freeze the event loop.
   * "inline" runs it on the calling thread (for comparison). Others ignore it.
   */
  isolation?: "worker" | "inline";
}

export interface ModelSource {
  /** .onnx file, or a TF.js graph model's model.json. */
  path: string;
}

export interface BackendSession {
  /** The backend's name: a BackendName for the built-ins, the plugin's own name otherwise. */
  readonly backend: string;
  /** What actually runs it, e.g. "cpu", "cuda", "wasm-simd-threaded", "tfjs-wasm". */
  readonly provider: string;
  describe(): ModelIO;
  /** May take ownership of the input buffers (onnx-node in a worker detaches them): pass each once. */
  run(inputs: Record<string, Tensor>): Promise<Record<string, Tensor>>;
  dispose(): Promise<void>;
}

export interface InferenceBackend {
  /** A BackendName for the built-ins; a plugin module's backend names itself (e.g. "stalling"). */
  readonly name: string;
  load(model: ModelSource, options?: BackendOptions): Promise<BackendSession>;
}
