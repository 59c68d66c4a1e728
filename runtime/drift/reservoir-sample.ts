import { mulberry32 } from "../sim/index.js";

/**
 * A uniform random sample of at most `capacity` values from a stream of any length
 * (Vitter's algorithm R): every value seen has the same chance capacity / seen to be in it.
 * Seeded, so the same stream gives the same sample. Memory: `capacity` numbers.
 *   const r = new ReservoirSample(1000, 7); for (const v of values) r.add(v); r.values();
 */
export class ReservoirSample {
  readonly capacity: number;
  readonly #values: number[] = [];
  readonly #random: () => number;
  #seen = 0;

  constructor(capacity: number, seed: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) throw new RangeError(`reservoir capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
    this.#random = mulberry32(seed);
  }

  add(value: number): void {
    this.#seen++;
    if (this.#values.length < this.capacity) {
      this.#values.push(value);
      return;
    }
    const j = Math.floor(this.#random() * this.#seen);
    if (j < this.capacity) this.#values[j] = value;
  }

  /** Values offered so far. */
  get seen(): number {
    return this.#seen;
  }

  /** The sample, sorted ascending (a copy). */
  values(): number[] {
    return [...this.#values].sort((x, y) => x - y);
  }
}
