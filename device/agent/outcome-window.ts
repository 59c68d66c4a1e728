import { quantile } from "../../runtime/eval/index.js";

/** One inference as the agent sees it: how long it took and whether it answered. */
export interface InferenceOutcome {
  latencyMs: number;
  ok: boolean;
}

/** Figures of a window of outcomes. p99 is over the ones that answered; NaN when none did. */
export interface OutcomeFigures {
  frames: number;
  errors: number;
  errorRate: number;
  p99LatencyMs: number;
}

/**
 * The last `capacity` inference outcomes in a fixed ring (oldest overwritten first), with
 * their p99 latency and error rate: the baseline before an activation, DeviceStatus metrics,
 * shadow latencies.
 *   const w = new OutcomeWindow(100); w.add({ latencyMs: 31, ok: true }); w.figures().p99LatencyMs;
 */
export class OutcomeWindow {
  readonly capacity: number;
  readonly #latency: Float64Array;
  readonly #ok: Uint8Array;
  #next = 0;
  #size = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
    this.#latency = new Float64Array(capacity);
    this.#ok = new Uint8Array(capacity);
  }

  add(outcome: InferenceOutcome): void {
    this.#latency[this.#next] = outcome.latencyMs;
    this.#ok[this.#next] = outcome.ok ? 1 : 0;
    this.#next = (this.#next + 1) % this.capacity;
    this.#size = Math.min(this.#size + 1, this.capacity);
  }

  get size(): number {
    return this.#size;
  }

  clear(): void {
    this.#next = 0;
    this.#size = 0;
  }

  /** A copy of what the window holds, oldest first. */
  outcomes(): InferenceOutcome[] {
    const out: InferenceOutcome[] = [];
    const start = this.#size < this.capacity ? 0 : this.#next;
    for (let i = 0; i < this.#size; i++) {
      const k = (start + i) % this.capacity;
      out.push({ latencyMs: this.#latency[k]!, ok: this.#ok[k] === 1 });
    }
    return out;
  }

  figures(): OutcomeFigures {
    const answered: number[] = [];
    let errors = 0;
    for (let i = 0; i < this.#size; i++) {
      if (this.#ok[i] === 1) answered.push(this.#latency[i]!);
      else errors++;
    }
    answered.sort((a, b) => a - b);
    return {
      frames: this.#size,
      errors,
      errorRate: this.#size === 0 ? 0 : errors / this.#size,
      p99LatencyMs: quantile(answered, 0.99),
    };
  }
}
