import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as ort from "onnxruntime-node";
import { VigilError } from "../errors/index.js";
import { createLogger, type Logger } from "../observe/index.js";
import type { BackendOptions, BackendSession, InferenceBackend, ModelSource } from "./backend.js";
import { OnnxNodeWorkerSession, type WorkerSessionOptions } from "./onnx-node-worker-session.js";
import { OrtBackendSession } from "./ort-backend-session.js";

let moduleLogger: Logger | undefined;
const defaultLogger = (): Logger => (moduleLogger ??= createLogger("onnx-node", undefined, "perception"));

/**
 * onnxruntime-node: native CPU, plus CUDA / TensorRT where their provider libraries are
 * installed. Configured providers that are absent or fail are skipped (logged); CPU is the
 * last resort, and `session.provider` says what runs. Sessions run in a worker thread
 * unless `isolation: "inline"`.
 *   const s = await onnxNodeBackend.load({ path: "yolox_nano.onnx" }, { providers: ["cuda", "cpu"] });
 */
export const onnxNodeBackend: InferenceBackend = {
  name: "onnx-node",
  async load(model: ModelSource, options: BackendOptions = {}): Promise<BackendSession> {
    const logger = options.logger ?? defaultLogger();
    await assertModelFile(model.path);
    const candidates = usableProviders(options.providers ?? ["cpu"], logger);
    const sessionOptions: ort.InferenceSession.SessionOptions = { graphOptimizationLevel: "all" };
    if (options.threads !== undefined && options.threads > 0) sessionOptions.intraOpNumThreads = options.threads;
    // One worker serves every attempt below; it is ended if none loads.
    const worker = (options.isolation ?? "worker") === "worker" ? new OnnxNodeWorkerSession(logger) : undefined;
    let loaded = false;
    try {
      // Try the preferred provider (with the rest behind it for unsupported nodes); on failure
      // drop it and try again, down to CPU alone.
      for (let i = 0; i < candidates.length; i++) {
        const providers = candidates.slice(i);
        const provider = providers[0]!;
        try {
          const session = await openSession(model.path, provider, { ...sessionOptions, executionProviders: providers }, worker);
          const wanted = options.providers?.[0] ?? "cpu";
          if (provider !== wanted) {
            const fields = { backend: "onnx-node", provider, wanted, model: model.path };
            logger.warn(fields, `onnx-node: running on ${provider} instead of ${wanted}`);
          }
          loaded = true;
          return session;
        } catch (err) {
          const reason = err instanceof Error ? err.message : String(err);
          if (provider === "cpu") {
            throw new VigilError("BACKEND_LOAD_FAILED", `onnx-node cannot load ${model.path}: ${reason}`, { cause: err });
          }
          logger.warn({ backend: "onnx-node", provider, reason }, `onnx-node: ${provider} session failed, falling back`);
        }
      }
      throw new VigilError("BACKEND_LOAD_FAILED", `onnx-node cannot load ${model.path}: no execution provider left`);
    } finally {
      if (!loaded) await worker?.dispose();
    }
  },
};

/** One load attempt: in the worker when there is one, else on this thread. */
async function openSession(
  path: string,
  provider: string,
  options: ort.InferenceSession.SessionOptions & WorkerSessionOptions,
  worker: OnnxNodeWorkerSession | undefined,
): Promise<BackendSession> {
  if (worker !== undefined) {
    await worker.load(path, provider, options);
    return worker;
  }
  const session = await ort.InferenceSession.create(path, options);
  return new OrtBackendSession({
    backend: "onnx-node",
    provider,
    session,
    makeTensor: (data, dims) => new ort.Tensor("float32", data, dims),
    serializeRuns: false,
  });
}

async function assertModelFile(path: string): Promise<void> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new VigilError("MODEL_NOT_FOUND", `model ${path} is not a file`);
  } catch (err) {
    if (err instanceof VigilError) throw err;
    throw new VigilError("MODEL_NOT_FOUND", `no model at ${path}`, { cause: err });
  }
}

/**
 * The configured providers this build can use, in order, always ending with "cpu".
 * A provider the binary does not list, or whose library the postinstall did not fetch, is
 * skipped here with its reason, before ONNX Runtime prints a native error for it.
 */
function usableProviders(configured: readonly string[], logger: Logger): string[] {
  const supported = new Map(ort.listSupportedBackends().map((b) => [b.name, b.bundled]));
  const usable: string[] = [];
  for (const provider of configured) {
    if (provider === "cpu" || usable.includes(provider)) continue;
    const bundled = supported.get(provider);
    let reason: string | undefined;
    if (bundled === undefined) reason = `not in this onnxruntime-node build (has ${[...supported.keys()].join(", ")})`;
    else if (!bundled && !providerLibraryPresent(provider)) reason = `its provider library is not installed`;
    if (reason === undefined) usable.push(provider);
    else logger.warn({ backend: "onnx-node", provider, reason }, `onnx-node: skipping provider ${provider}: ${reason}`);
  }
  usable.push("cpu");
  return usable;
}

// Non-bundled providers (cuda, tensorrt) are shared libraries the package's install script
// downloads next to the binding. Only Linux is checked; elsewhere session creation decides.
function providerLibraryPresent(provider: string): boolean {
  if (process.platform !== "linux") return true;
  const require = createRequire(import.meta.url);
  const bindingDir = join(dirname(require.resolve("onnxruntime-node")), "..", "bin", "napi-v6", "linux", process.arch);
  return existsSync(join(bindingDir, `libonnxruntime_providers_${provider}.so`));
}
