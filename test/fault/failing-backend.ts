// A backend whose runs throw on cue: the real onnx-node backend underneath, and a run() that
// rejects once the trigger fires. Use it as a plugin (detector.backend_modules).
//   VIGIL_FAIL_AFTER_RUNS=N  fail from run N+1 on, in the first session of the process
//   VIGIL_FAIL_ALWAYS=1      later sessions (a retry's) fail too: counted over all sessions
//   VIGIL_FAIL_FILE=/path    fail only while that file exists
import { importBackend, type BackendOptions, type BackendSession, type InferenceBackend, type ModelIO, type ModelSource, type Tensor } from "../../runtime/perception/index.js";
import { FaultTrigger } from "./fault-trigger.js";

/** Decides which runs fail; a test in the same process may set() its own plan. */
export const failTrigger = FaultTrigger.fromEnv("VIGIL_FAIL");

class FailingSession implements BackendSession {
  readonly backend = "failing";
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

  async run(inputs: Record<string, Tensor>): Promise<Record<string, Tensor>> {
    if (failTrigger.fires(this.#index)) throw new Error(`injected inference failure (session ${this.#index})`);
    return this.#inner.run(inputs);
  }

  dispose(): Promise<void> {
    return this.#inner.dispose();
  }
}

/**
 * onnx-node whose runs fail on cue (see failTrigger).
 *   const d = await createDetector({ model, preset: "yolox", backends: ["failing", "onnx-node"], backendModules: { failing: FAILING_BACKEND } });
 */
const failingBackend: InferenceBackend = {
  name: "failing",
  async load(model: ModelSource, options?: BackendOptions): Promise<BackendSession> {
    const inner = await (await importBackend("onnx-node")).load(model, options);
    return new FailingSession(inner, failTrigger.openSession());
  },
};

export default failingBackend;
