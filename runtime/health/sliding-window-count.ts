/** Buckets per window: the window slides in steps of a tenth of its length. */
const BUCKETS = 10;

/**
 * Events counted over the last window of time, in a fixed ring of buckets (bounded memory
 * whatever the rate). The sum may include up to one bucket (window / 10) of older events.
 *   const rejects = new SlidingWindowCount(1_000_000_000n); rejects.add(clock.nowNs());
 *   const perWindow = rejects.sum(clock.nowNs());
 */
export class SlidingWindowCount {
  readonly #bucketNs: bigint;
  readonly #counts = new Float64Array(BUCKETS);
  /** The bucket number (time / bucketNs) each slot holds; -1 for never used. */
  readonly #epochs = new Float64Array(BUCKETS).fill(-1);

  constructor(windowNs: bigint) {
    if (windowNs < BigInt(BUCKETS)) throw new RangeError(`window must be at least ${BUCKETS} ns, got ${windowNs}`);
    this.#bucketNs = windowNs / BigInt(BUCKETS);
  }

  add(nowNs: bigint, n = 1): void {
    const epoch = Number(nowNs / this.#bucketNs);
    const slot = epoch % BUCKETS;
    if (this.#epochs[slot] !== epoch) {
      this.#epochs[slot] = epoch;
      this.#counts[slot] = 0;
    }
    this.#counts[slot]! += n;
  }

  sum(nowNs: bigint): number {
    const epoch = Number(nowNs / this.#bucketNs);
    let total = 0;
    for (let slot = 0; slot < BUCKETS; slot++) {
      const e = this.#epochs[slot]!;
      if (e > epoch - BUCKETS && e <= epoch) total += this.#counts[slot]!;
    }
    return total;
  }

  /** The length actually summed, in seconds (for rates): the window plus the current partial bucket. */
  get windowS(): number {
    return (Number(this.#bucketNs) * BUCKETS) / 1e9;
  }
}
