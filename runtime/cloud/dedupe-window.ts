import type { Clock } from "../clock/index.js";

export interface DedupeWindowOptions {
  /** Most ids remembered; the oldest is forgotten first. Default 10,000. */
  maxIds?: number;
  /** Forget ids first seen longer ago than this (needs `clock`). Default: no time limit. */
  maxAgeMs?: number;
  clock?: Clock;
}

/**
 * Consumer-side de-duplication for QoS 1 redeliveries: a bounded window of recently seen
 * message ids (first-seen order, oldest evicted first), optionally limited by age.
 *   const dedupe = new DedupeWindow({ maxIds: 10_000 }); if (dedupe.seen(msg.id)) return; // duplicate
 */
export class DedupeWindow {
  readonly maxIds: number;
  readonly #maxAgeNs: bigint | undefined;
  readonly #clock: Clock | undefined;
  /** id -> first-seen time (ns); Map keeps insertion order, so the first key is the oldest. */
  readonly #ids = new Map<string, bigint>();

  constructor({ maxIds = 10_000, maxAgeMs, clock }: DedupeWindowOptions = {}) {
    if (!Number.isInteger(maxIds) || maxIds < 1) throw new RangeError(`maxIds must be a positive integer, got ${maxIds}`);
    if (maxAgeMs !== undefined && clock === undefined) throw new RangeError("maxAgeMs needs a clock");
    this.maxIds = maxIds;
    this.#maxAgeNs = maxAgeMs === undefined ? undefined : BigInt(Math.round(maxAgeMs * 1e6));
    this.#clock = clock;
  }

  /** True when `id` was seen within the window (a duplicate); otherwise remembers it and returns false. */
  seen(id: string): boolean {
    const now = this.#clock?.nowNs() ?? 0n;
    this.#expire(now);
    if (this.#ids.has(id)) return true;
    this.#ids.set(id, now);
    while (this.#ids.size > this.maxIds) this.#ids.delete(this.#ids.keys().next().value as string);
    return false;
  }

  /** Ids remembered now (never above maxIds). */
  get size(): number {
    return this.#ids.size;
  }

  #expire(now: bigint): void {
    if (this.#maxAgeNs === undefined) return;
    for (const [id, at] of this.#ids) {
      if (now - at <= this.#maxAgeNs) break;
      this.#ids.delete(id);
    }
  }
}
