// The shared shape of the fault-injection backends: the real onnx-node backend underneath,
// and a run() that does what `fault` says once the trigger fires for that session.
import { importBackend, type BackendOptions, type BackendSession, type InferenceBackend, type ModelIO, type ModelSource, type Tensor } from "../../runtime/perception/index.js";
import type { FaultTrigger } from "./fault-trigger.js";

/** What a faulty run returns instead of the model's outputs (a rejection, or a promise that never settles). */
export type Fault = (session: number) => Promise<Record<string, Tensor>>;

class FaultySession implements BackendSession {
  readonly backend: string;
  readonly #inner: BackendSession;
  readonly #index: number;
  readonly #trigger: FaultTrigger;
  readonly #fault: Fault;

  constructor(name: string, inner: BackendSession, index: number, trigger: FaultTrigger, fault: Fault) {
    this.backend = name;
    this.#inner = inner;
    this.#index = index;
    this.#trigger = trigger;
    this.#fault = fault;
  }

  get provider(): string {
    return this.#inner.provider;
  }

  describe(): ModelIO {
    return this.#inner.describe();
  }

  run(inputs: Record<string, Tensor>): Promise<Record<string, Tensor>> {
    return this.#trigger.fires(this.#index) ? this.#fault(this.#index) : this.#inner.run(inputs);
  }

  dispose(): Promise<void> {
    return this.#inner.dispose();
  }
}

/**
 * An InferenceBackend named `name`: onnx-node whose runs fault on cue.
 *   export default faultyBackend("failing", failTrigger, (s) => Promise.reject(new Error(`failure in session ${s}`)));
 */
export function faultyBackend(name: string, trigger: FaultTrigger, fault: Fault): InferenceBackend {
  return {
    name,
    async load(model: ModelSource, options?: BackendOptions): Promise<BackendSession> {
      const inner = await (await importBackend("onnx-node")).load(model, options);
      return new FaultySession(name, inner, trigger.openSession(), trigger, fault);
    },
  };
}
