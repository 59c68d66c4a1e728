import { isVigilError, VigilError, type ErrorCode } from "../errors/index.js";
import type { Logger } from "../observe/index.js";
import type { BackendName, BackendOptions, BackendSession, InferenceBackend, ModelSource } from "./backend.js";
import { importBackendModule } from "./backend-module.js";

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

/** Plugin backends: name -> path of an ES module (absolute; a relative one resolves against the working directory). */
export type BackendModules = Readonly<Record<string, string>>;

/** Why one backend in the chain did not load, or (in a detector's ladder) stopped working. */
export interface BackendFailure {
  backend: string;
  code: ErrorCode;
  message: string;
}

export interface LoadedBackend {
  session: BackendSession;
  /** Backends tried before the one that loaded, with their reasons; empty when the first did. */
  failures: BackendFailure[];
}

/**
 * Imports a backend by name: a key of `modules` (a plugin module, which wins over a built-in
 * of the same name), else a built-in. Import failures (module or its runtime missing, unknown
 * name) become BACKEND_UNAVAILABLE so the chain can move on.
 *   const onnx = await importBackend("onnx-node");
 *   const stalling = await importBackend("stalling", { stalling: "/abs/test/fault/stalling-backend.ts" });
 */
export async function importBackend(name: string, modules: BackendModules = {}): Promise<InferenceBackend> {
  const modulePath = Object.hasOwn(modules, name) ? modules[name] : undefined;
  if (modulePath !== undefined) return importBackendModule(name, modulePath);
  const load = Object.hasOwn(BACKEND_REGISTRY, name) ? BACKEND_REGISTRY[name as BackendName] : undefined;
  if (load === undefined) {
    const known = [...Object.keys(BACKEND_REGISTRY), ...Object.keys(modules)].join(", ");
    throw new VigilError("BACKEND_UNAVAILABLE", `unknown backend "${name}": use ${known}, or name a plugin module for it`);
  }
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
 * Imports one backend by name and loads the model on it. Rejects with the backend's
 * VigilError, or BACKEND_LOAD_FAILED for anything else it throws.
 *   const session = await loadBackend("onnx-wasm", { path }, { threads: 2 });
 */
export async function loadBackend(
  name: string,
  model: ModelSource,
  options: BackendOptions,
  modules: BackendModules = {},
): Promise<BackendSession> {
  const backend = await importBackend(name, modules);
  try {
    return await backend.load(model, options);
  } catch (err) {
    if (isVigilError(err)) throw err;
    throw new VigilError("BACKEND_LOAD_FAILED", `backend ${name} cannot load ${model.path}: ${messageOf(err)}`, { cause: err });
  }
}

/**
 * The failure record for an error a backend threw: its VigilError code, else `fallback`.
 *   failures.push(backendFailureOf("tfjs", err));
 */
export function backendFailureOf(backend: string, err: unknown, fallback: ErrorCode = "BACKEND_LOAD_FAILED"): BackendFailure {
  return { backend, code: isVigilError(err) ? err.code : fallback, message: messageOf(err) };
}

/**
 * Tries backends in preference order and returns the first session that loads, with the
 * reasons the earlier ones failed (each also logged). None loads: BACKEND_LOAD_FAILED.
 * `failures.length` is the index in `preferences` of the backend that loaded.
 *   const { session, failures } = await loadFirstAvailable(["tfjs", "onnx-node"], { path }, {}, logger);
 */
export async function loadFirstAvailable(
  preferences: readonly string[],
  model: ModelSource,
  options: BackendOptions,
  logger: Logger,
  modules: BackendModules = {},
): Promise<LoadedBackend> {
  const failures: BackendFailure[] = [];
  const errors: unknown[] = [];
  for (const name of preferences) {
    try {
      const session = await loadBackend(name, model, { ...options, logger: options.logger ?? logger }, modules);
      if (failures.length > 0) {
        logger.warn({ backend: name, failed: failures.map((f) => f.backend) }, `loaded ${model.path} on fallback backend ${name}`);
      }
      return { session, failures };
    } catch (err) {
      const failure = backendFailureOf(name, err);
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
