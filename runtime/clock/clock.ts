/**
 * Where stages read time. Never call Date.now() in a stage: take a Clock, so replay and
 * tests can drive time themselves.
 *   const clock = new SystemClock(); const ageNs = clock.nowNs() - frame.captureTimeNs;
 */
export interface Clock {
  /** Nanoseconds since the Unix epoch. */
  nowNs(): bigint;
}

/** Wall clock anchored once to Date.now(), advanced by the monotonic hrtime. */
export class SystemClock implements Clock {
  readonly #epochNs = BigInt(Date.now()) * 1_000_000n;
  readonly #hr0 = process.hrtime.bigint();

  nowNs(): bigint {
    return this.#epochNs + (process.hrtime.bigint() - this.#hr0);
  }
}

/** A clock that moves only when told: tests and replay. */
export class ManualClock implements Clock {
  #now: bigint;

  constructor(startNs = 0n) {
    this.#now = startNs;
  }

  nowNs(): bigint {
    return this.#now;
  }

  set(ns: bigint): void {
    this.#now = ns;
  }

  advanceMs(ms: number): void {
    this.#now += BigInt(Math.round(ms * 1e6));
  }
}

export const nsToMs = (ns: bigint): number => Number(ns) / 1e6;
export const msToNs = (ms: number): bigint => BigInt(Math.round(ms * 1e6));
