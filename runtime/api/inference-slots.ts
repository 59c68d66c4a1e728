/** Gives a slot back; calling it more than once does nothing. */
export type ReleaseSlot = () => void;

/**
 * Admission for API inferences: at most `maxConcurrent` hold a slot, at most `maxQueue` wait
 * for one (first come, first served); acquire() refuses the rest at once. A slot is held until
 * its inference ends, even after the client got its timeout answer, so a hung backend fills the
 * slots instead of piling up work.
 *   const slot = slots.acquire(signal); if (!slot) throw overloaded; const release = await slot; try { ... } finally { release(); }
 */
export class InferenceSlots {
  readonly maxConcurrent: number;
  readonly maxQueue: number;
  #running = 0;
  readonly #waiting: { grant: (release: ReleaseSlot) => void }[] = [];

  constructor({ maxConcurrent, maxQueue }: { maxConcurrent: number; maxQueue: number }) {
    this.maxConcurrent = maxConcurrent;
    this.maxQueue = maxQueue;
  }

  /** Slots held now (including those of inferences whose clients already timed out). */
  get running(): number {
    return this.#running;
  }

  get queued(): number {
    return this.#waiting.length;
  }

  /**
   * A slot now or after a wait, or undefined when all slots are held and the queue is full.
   * An abort while waiting leaves the queue and rejects with the signal's reason.
   */
  acquire(signal: AbortSignal): Promise<ReleaseSlot> | undefined {
    if (this.#running < this.maxConcurrent) return Promise.resolve(this.#take());
    if (this.#waiting.length >= this.maxQueue) return undefined;
    return new Promise<ReleaseSlot>((resolve, reject) => {
      const waiter = {
        grant: (release: ReleaseSlot) => {
          signal.removeEventListener("abort", onAbort);
          resolve(release);
        },
      };
      const onAbort = (): void => {
        const i = this.#waiting.indexOf(waiter);
        if (i >= 0) this.#waiting.splice(i, 1);
        reject(signal.reason);
      };
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      signal.addEventListener("abort", onAbort, { once: true });
      this.#waiting.push(waiter);
    });
  }

  #take(): ReleaseSlot {
    this.#running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#running--;
      // Hand the slot straight to the next waiter, so a newcomer cannot overtake the queue.
      const next = this.#waiting.shift();
      if (next !== undefined) next.grant(this.#take());
    };
  }
}
