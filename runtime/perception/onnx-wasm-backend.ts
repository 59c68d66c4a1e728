import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import * as ort from "onnxruntime-web";
import { VigilError } from "../errors/index.js";
import { createLogger, type Logger } from "../observe/index.js";
import type { BackendOptions, BackendSession, InferenceBackend, ModelSource } from "./backend.js";
import { OrtBackendSession } from "./ort-backend-session.js";

let moduleLogger: Logger | undefined;
const defaultLogger = (): Logger => (moduleLogger ??= createLogger("onnx-wasm", undefined, "perception"));

// The WASM runtime starts once per process with the thread count set before the first
// session; later sessions share it, whatever they ask for.
let wasmThreads: number | undefined;

/** Threads the WASM runtime should use: the request, else one per core up to 4. */
function pickThreads(requested: number | undefined): number {
  if (requested !== undefined && requested > 0) return Math.floor(requested);
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * onnxruntime-web's WASM build (SIMD + threads, worker_threads in Node): the portable
 * fallback when the native runtime is missing or broken. Loads the model from bytes.
 *   const s = await onnxWasmBackend.load({ path: "yolox_nano.onnx" }, { threads: 2 });
 */
export const onnxWasmBackend: InferenceBackend = {
  name: "onnx-wasm",
  async load(model: ModelSource, options: BackendOptions = {}): Promise<BackendSession> {
    const logger = options.logger ?? defaultLogger();
    let bytes: Uint8Array;
    try {
      bytes = await readFile(model.path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code === "ENOENT" ? "MODEL_NOT_FOUND" : "BACKEND_LOAD_FAILED";
      throw new VigilError(code, `onnx-wasm cannot read ${model.path}: ${(err as Error).message}`, { cause: err });
    }
    const requested = pickThreads(options.threads);
    if (wasmThreads === undefined) {
      wasmThreads = requested;
      ort.env.wasm.numThreads = wasmThreads;
    } else if (requested !== wasmThreads) {
      logger.warn({ backend: "onnx-wasm", requested, running: wasmThreads }, "onnx-wasm: runtime already started; thread count unchanged");
    }
    let session: ort.InferenceSession;
    try {
      session = await ort.InferenceSession.create(bytes, { executionProviders: ["wasm"], graphOptimizationLevel: "all" });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new VigilError("BACKEND_LOAD_FAILED", `onnx-wasm cannot load ${model.path}: ${reason}`, { cause: err });
    }
    return new OrtBackendSession({
      backend: "onnx-wasm",
      provider: wasmThreads > 1 ? "wasm-simd-threaded" : "wasm-simd",
      session,
      makeTensor: (data, dims) => new ort.Tensor("float32", data, dims),
      serializeRuns: true,
    });
  },
};
