import { isVigilError, VigilError, type ErrorCode } from "../errors/index.js";
import type { Logger } from "../observe/index.js";
import type { BackendName, BackendOptions, BackendSession, InferenceBackend, ModelSource } from "./backend.js";

/**
 * Backend name -> lazy import of its module, so a process only loads the runtimes it uses
 * (TF.js and onnxruntime-web are large). A module that fails to import is "unavailable".
 *   const backend = await BACKEND_REGISTRY["onnx-wasm"]();
 */
export const BACKEND_REGISTRY: Readonly<Record<BackendName, () => Promise<InferenceBackend>>> = Object.freeze({
  "onnx-node": async () => (await import("./onnx-node-backend.js")).onnxNodeBackend,
  "onnx-wasm": async () => (await import("./onnx-wasm-backend.js")).onnxWasmBackend,
  tfjs: async () => (await import("./tfjs-backend.js")).tfjsBackend,
});

/** Why one backend in the chain did not load. */
export interface BackendFailure {
  backend: BackendName;
  code: ErrorCode;
  message: string;
}

export interface LoadedBackend {
  session: BackendSession;
  /** Backends tried before the one that loaded, with their reasons; empty when the first did. */
  failures: BackendFailure[];
}

/**
 * Imports a backend by name. Import failures (module or its runtime missing) become
 * BACKEND_UNAVAILABLE so the chain can move on.
 *   const onnx = await importBackend("onnx-node");
 */
export async function importBackend(name: BackendName): Promise<InferenceBackend> {
  const load = BACKEND_REGISTRY[name];
  if (load === undefined) throw new VigilError("BACKEND_UNAVAILABLE", `unknown backend "${String(name)}"`);
  let backend: InferenceBackend | undefined;
  try {
    backend = await load();
  } catch (err) {
    throw new VigilError("BACKEND_UNAVAILABLE", `backend ${name} is not available: ${messageOf(err)}`, { cause: err });
  }
  if (backend === undefined || typeof backend.load !== "function") {
    throw new VigilError("BACKEND_UNAVAILABLE", `backend ${name}'s module does not export an InferenceBackend`);
  }
  return backend;
}

/**
 * Tries backends in preference order and returns the first session that loads, with the
 * reasons the earlier ones failed (each also logged). None loads: BACKEND_LOAD_FAILED.
 *   const { session, failures } = await loadFirstAvailable(["tfjs", "onnx-node"], { path }, {}, logger);
 */
export async function loadFirstAvailable(
  preferences: readonly BackendName[],
  model: ModelSource,
  options: BackendOptions,
  logger: Logger,
): Promise<LoadedBackend> {
  const failures: BackendFailure[] = [];
  const errors: unknown[] = [];
  for (const name of preferences) {
    try {
      const backend = await importBackend(name);
      const session = await backend.load(model, { ...options, logger: options.logger ?? logger });
      if (failures.length > 0) {
        logger.warn({ backend: name, failed: failures.map((f) => f.backend) }, `loaded ${model.path} on fallback backend ${name}`);
      }
      return { session, failures };
    } catch (err) {
      const failure: BackendFailure = {
        backend: name,
        code: isVigilError(err) ? err.code : "BACKEND_LOAD_FAILED",
        message: messageOf(err),
      };
      failures.push(failure);
      errors.push(err);
      logger.warn({ ...failure, model: model.path }, `backend ${name} could not load ${model.path}`);
    }
  }
  const reasons = failures.map((f) => `${f.backend}: ${f.code}: ${f.message}`).join("; ");
  throw new VigilError(
    "BACKEND_LOAD_FAILED",
    preferences.length === 0 ? `no backend configured to load ${model.path}` : `no backend could load ${model.path} (${reasons})`,
    { cause: new AggregateError(errors, reasons) },
  );
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));
