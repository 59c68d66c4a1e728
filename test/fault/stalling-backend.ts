// A backend whose runs stop answering on cue: the real onnx-node backend underneath, and a
// run() that returns a promise that never settles once the trigger fires. Use it as a plugin
// (detector.backend_modules: { stalling: test/fault/stalling-backend.ts }).
//   VIGIL_STALL_AFTER_RUNS=N  stall from run N+1 on, in the first session of the process
//   VIGIL_STALL_ALWAYS=1      later sessions (a retry's) stall too: counted over all sessions
//   VIGIL_STALL_FILE=/path    stall only while that file exists
import { importBackend, type BackendOptions, type BackendSession, type InferenceBackend, type ModelIO, type ModelSource, type Tensor } from "../../runtime/perception/index.js";
import { FaultTrigger } from "./fault-trigger.js";

/** Decides which runs stall; a test in the same process may set() its own plan. */
export const stallTrigger = FaultTrigger.fromEnv("VIGIL_STALL");

// Stalled runs, so a test can let them go in teardown. Bounded by what the caller starts:
// a detector abandons at most two sessions per backend.
const stalled = new Set<(err: Error) => void>();

/** Stalled runs waiting now. */
export function stalledRuns(): number {
  return stalled.size;
}

/** Rejects every stalled run (as a hung run that finally errors), so its session can be disposed. */
export function releaseStalledRuns(): number {
  const n = stalled.size;
  for (const reject of stalled) reject(new Error("stalled run released"));
  stalled.clear();
  return n;
}

class StallingSession implements BackendSession {
  readonly backend = "stalling";
  readonly #inner: BackendSession;
  readonly #index: number;

  constructor(inner: BackendSession, index: number) {
    this.#inner = inner;
    this.#index = index;
  }

  get provider(): string {
    return this.#inner.provider;
  }

  describe(): ModelIO {
    return this.#inner.describe();
  }

  run(inputs: Record<string, Tensor>): Promise<Record<string, Tensor>> {
    if (!stallTrigger.fires(this.#index)) return this.#inner.run(inputs);
    // Never resolves: only releaseStalledRuns() ends it, with an error.
    return new Promise((_resolve, reject) => {
      stalled.add(reject);
    });
  }

  dispose(): Promise<void> {
    return this.#inner.dispose();
  }
}

/**
 * onnx-node whose runs stall on cue (see stallTrigger).
 *   const d = await createDetector({ model, preset: "yolox", backends: ["stalling", "onnx-node"], backendModules: { stalling: STALLING_BACKEND } });
 */
const stallingBackend: InferenceBackend = {
  name: "stalling",
  async load(model: ModelSource, options?: BackendOptions): Promise<BackendSession> {
    const inner = await (await importBackend("onnx-node")).load(model, options);
    return new StallingSession(inner, stallTrigger.openSession());
  },
};

export default stallingBackend;
