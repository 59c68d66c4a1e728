import type { Clock } from "../../runtime/clock/index.js";

interface Waiting {
  done: () => boolean;
  deadlineNs: bigint;
  resolve: (met: boolean) => void;
}

/**
 * Waits for conditions that change when messages arrive, each with a deadline on the injected
 * clock: `poke()` after every message re-checks them; a coarse timer re-checks the deadlines
 * (so a ManualClock moved by a test ends a wait at the next tick). One timer for all waits.
 *   const waits = new DeadlineWait(clock); feed.onReport(() => waits.poke());
 *   const allEnded = await waits.until(() => pending.size === 0, clock.nowNs() + msToNs(60_000));
 */
export class DeadlineWait {
  readonly #clock: Clock;
  readonly #tickMs: number;
  readonly #waiting = new Set<Waiting>();
  #timer: NodeJS.Timeout | undefined;

  constructor(clock: Clock, { tickMs = 50 } = {}) {
    this.#clock = clock;
    this.#tickMs = tickMs;
  }

  /** Resolves true once `done()` holds, false when the clock passes deadlineNs first. */
  until(done: () => boolean, deadlineNs: bigint): Promise<boolean> {
    if (done()) return Promise.resolve(true);
    if (this.#clock.nowNs() >= deadlineNs) return Promise.resolve(false);
    return new Promise((resolve) => {
      this.#waiting.add({ done, deadlineNs, resolve });
      this.#timer ??= setInterval(() => this.poke(), this.#tickMs);
    });
  }

  /** Re-checks every wait. */
  poke(): void {
    if (this.#waiting.size === 0) return;
    const now = this.#clock.nowNs();
    for (const w of this.#waiting) {
      const met = w.done();
      if (met || now >= w.deadlineNs) {
        this.#waiting.delete(w);
        w.resolve(met);
      }
    }
    if (this.#waiting.size === 0) this.#stopTimer();
  }

  /** Ends every wait as not met and stops the timer. */
  cancel(): void {
    for (const w of this.#waiting) w.resolve(false);
    this.#waiting.clear();
    this.#stopTimer();
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
