import { createRequire } from "node:module";
import { dirname, sep } from "node:path";
import { VigilError } from "../errors/index.js";
import type { Logger } from "../observe/index.js";

/** The TF.js namespace, whichever package provided it. */
export type TfModule = typeof import("@tensorflow/tfjs");

/** What runs TF.js kernels, best first. */
export type TfjsProvider = "tfjs-node-gpu" | "tfjs-node" | "tfjs-wasm" | "tfjs-cpu";

export const TFJS_PROVIDERS: readonly TfjsProvider[] = ["tfjs-node-gpu", "tfjs-node", "tfjs-wasm", "tfjs-cpu"];

/** A provider that was tried and passed over, and why. */
export interface SkippedProvider {
  provider: TfjsProvider;
  /** "not-installed": the optional package is absent (the usual case); "failed": it would not start. */
  kind: "not-installed" | "failed";
  reason: string;
}

export interface TfjsRuntime {
  readonly tf: TfModule;
  readonly provider: TfjsProvider;
  /** Providers ahead of the chosen one that could not be used. */
  readonly skipped: readonly SkippedProvider[];
}

export interface TfjsRuntimeOptions {
  /** Providers to try, best first; names outside TFJS_PROVIDERS are ignored. */
  providers?: readonly string[];
  /** WASM threads (only where the WASM build has threads); 0 lets TF.js choose. */
  threads?: number;
}

const require = createRequire(import.meta.url);

// TF.js keeps one engine and one active backend per process, so the choice is made once.
let chosen: Promise<TfjsRuntime> | undefined;

/**
 * The process's TF.js runtime, chosen on first use: native TensorFlow (tfjs-node-gpu,
 * tfjs-node) where installed, else TF.js on WASM, else TF.js's plain JS "cpu" kernels.
 *   const { tf, provider } = await tfjsRuntime(logger); // provider: "tfjs-wasm"
 */
export function tfjsRuntime(logger: Logger, options: TfjsRuntimeOptions = {}): Promise<TfjsRuntime> {
  chosen ??= chooseRuntime(logger, options).catch((err: unknown) => {
    // Let a later load try again (e.g. after the operator installs a package).
    chosen = undefined;
    throw err;
  });
  return chosen;
}

/** Which providers a BackendOptions.providers list asks for; the default order when it names none. */
export function tfjsProviderOrder(requested: readonly string[] | undefined): TfjsProvider[] {
  // A list written for onnx ("cuda", "cpu") must not pin TF.js to its slowest kernels,
  // so only the tfjs-* names count.
  const named = (requested ?? []).filter((p): p is TfjsProvider => (TFJS_PROVIDERS as readonly string[]).includes(p));
  return named.length > 0 ? [...new Set(named)] : [...TFJS_PROVIDERS];
}

async function chooseRuntime(logger: Logger, options: TfjsRuntimeOptions): Promise<TfjsRuntime> {
  const order = tfjsProviderOrder(options.providers);
  const skipped: SkippedProvider[] = [];
  let portable: TfModule | undefined;

  for (const provider of order) {
    let result: Started;
    switch (provider) {
      case "tfjs-node-gpu":
      case "tfjs-node":
        result = await startNative(`@tensorflow/${provider}`);
        break;
      case "tfjs-wasm":
        portable ??= await importPortable();
        result = await startWasm(portable, options.threads ?? 0);
        break;
      case "tfjs-cpu":
        portable ??= await importPortable();
        result = await startCpu(portable);
        break;
    }
    if ("tf" in result) {
      // TF.js's own advice ("install tfjs-node", platform notices) would go to stdout/stderr
      // unstructured; the log line below says the same. PROD gates only that logging in 4.x.
      result.tf.env().set("PROD", true);
      const runtime: TfjsRuntime = { tf: result.tf, provider, skipped };
      logger.info(
        { provider, tfBackend: result.tf.getBackend(), skipped },
        `tfjs runtime: ${provider}${skipped.length > 0 ? ` (${skipped.map((s) => `${s.provider}: ${s.reason}`).join("; ")})` : ""}`,
      );
      return runtime;
    }
    const kind = result.reason === NOT_INSTALLED ? "not-installed" : "failed";
    skipped.push({ provider, kind, reason: result.reason });
    // A missing optional package is the normal case; a broken one is worth a warning.
    logger[kind === "failed" ? "warn" : "debug"]({ provider, kind, reason: result.reason }, `tfjs: ${provider} not used: ${result.reason}`);
    if (result.console !== undefined && result.console.length > 0) {
      logger.debug({ provider, console: result.console }, "tfjs: what TF.js printed while starting");
    }
  }
  throw new VigilError(
    "BACKEND_UNAVAILABLE",
    `no TF.js runtime could start (${skipped.map((s) => `${s.provider}: ${s.reason}`).join("; ")})`,
  );
}

const NOT_INSTALLED = "not installed (module not found)";

/** A started runtime, or why not, with what TF.js printed while trying. */
type Started = { tf: TfModule } | { reason: string; console?: readonly string[] };

async function startNative(pkg: string): Promise<Started> {
  try {
    require.resolve(pkg);
  } catch (err) {
    if (errorCode(err) === "MODULE_NOT_FOUND") return { reason: NOT_INSTALLED };
    return { reason: `cannot resolve ${pkg}: ${errorMessage(err)}` };
  }
  // libtensorflow prints its CPU-feature banner on stderr unless told otherwise.
  process.env.TF_CPP_MIN_LOG_LEVEL ??= "2";
  try {
    const mod = (await import(pkg)) as Partial<TfModule> & { default?: Partial<TfModule> };
    const tf = (typeof mod.loadGraphModel === "function" ? mod : mod.default) as TfModule | undefined;
    if (typeof tf?.loadGraphModel !== "function") return { reason: `${pkg} loaded but does not export the TF.js API` };
    await tf.ready();
    return { tf };
  } catch (err) {
    return { reason: `installed but failed to load: ${errorMessage(err)}` };
  }
}

async function importPortable(): Promise<TfModule> {
  try {
    return await import("@tensorflow/tfjs");
  } catch (err) {
    throw new VigilError("BACKEND_UNAVAILABLE", `@tensorflow/tfjs cannot be loaded: ${errorMessage(err)}`, { cause: err });
  }
}

async function startWasm(tf: TfModule, threads: number): Promise<Started> {
  const noise: string[] = [];
  try {
    const wasm = await import("@tensorflow/tfjs-backend-wasm");
    // Node cannot fetch the .wasm binaries from a URL: point TF.js at the files on disk.
    const binaries = dirname(require.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm"));
    wasm.setWasmPaths(binaries + sep);
    if (threads > 0) wasm.setThreadsCount(threads);
    const ok = await captureConsole(noise, () => tf.setBackend("wasm"));
    if (!ok) return { reason: `WASM backend failed to initialise${firstLine(noise)}`, console: noise };
    await tf.ready();
    return { tf };
  } catch (err) {
    return { reason: `WASM backend failed to initialise: ${errorMessage(err)}` };
  }
}

async function startCpu(tf: TfModule): Promise<Started> {
  const noise: string[] = [];
  const ok = await captureConsole(noise, () => tf.setBackend("cpu"));
  if (!ok) return { reason: `cpu backend failed to initialise${firstLine(noise)}`, console: noise };
  await tf.ready();
  return { tf };
}

/**
 * Runs `fn` with console.warn/log collected into `lines` (at most 20): TF.js reports a failed
 * backend start only there, and the reason belongs in our log line, not on the terminal.
 */
async function captureConsole<T>(lines: string[], fn: () => Promise<T>): Promise<T> {
  const { warn, log } = console;
  const keep = (...args: unknown[]): void => {
    if (lines.length < 20) lines.push(args.map(String).join(" ").trim());
  };
  console.warn = keep;
  console.log = keep;
  try {
    return await fn();
  } finally {
    console.warn = warn;
    console.log = log;
  }
}

/** ": <the first thing TF.js said>", kept short: the whole of it goes to the debug log. */
function firstLine(lines: readonly string[]): string {
  const first = lines[0]?.split("\n")[0];
  return first === undefined || first === "" ? "" : `: ${first.slice(0, 300)}`;
}

function errorCode(err: unknown): unknown {
  return typeof err === "object" && err !== null && "code" in err ? err.code : undefined;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message.split("\n")[0] ?? err.message : String(err);
}
