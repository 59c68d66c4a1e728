/**
 * The newest values of one feature, each stamped with the frame it came with, in a ring
 * buffer that grows (doubling) up to `capacity` and then overwrites the oldest. `dropBefore`
 * forgets values of frames that slid out of the window.
 *   const w = new ValueWindow(2048); w.push(0.8, frame); w.dropBefore(frame - 299); w.values();
 */
export class ValueWindow {
  readonly capacity: number;
  #values: Float64Array;
  #frames: Float64Array;
  /** Index of the oldest value. */
  #head = 0;
  #size = 0;

  constructor(capacity: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) throw new RangeError(`window capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
    const initial = Math.min(capacity, 64);
    this.#values = new Float64Array(initial);
    this.#frames = new Float64Array(initial);
  }

  get size(): number {
    return this.#size;
  }

  /** Slots allocated now (at most capacity). */
  get allocated(): number {
    return this.#values.length;
  }

  push(value: number, frame: number): void {
    if (this.#size === this.#values.length && this.#size < this.capacity) this.#grow();
    const slots = this.#values.length;
    if (this.#size < slots) {
      const at = (this.#head + this.#size) % slots;
      this.#values[at] = value;
      this.#frames[at] = frame;
      this.#size++;
      return;
    }
    // Full: the newest value replaces the oldest.
    this.#values[this.#head] = value;
    this.#frames[this.#head] = frame;
    this.#head = (this.#head + 1) % slots;
  }

  /** Forgets the values stamped with a frame before `frame` (stamps only grow, so they are the oldest). */
  dropBefore(frame: number): void {
    const slots = this.#values.length;
    while (this.#size > 0 && this.#frames[this.#head]! < frame) {
      this.#head = (this.#head + 1) % slots;
      this.#size--;
    }
  }

  /** The values, oldest first (a copy). */
  values(): Float64Array {
    const out = new Float64Array(this.#size);
    const slots = this.#values.length;
    for (let i = 0; i < this.#size; i++) out[i] = this.#values[(this.#head + i) % slots]!;
    return out;
  }

  #grow(): void {
    const slots = Math.min(this.capacity, this.#values.length * 2);
    const values = new Float64Array(slots);
    const frames = new Float64Array(slots);
    const old = this.#values.length;
    for (let i = 0; i < this.#size; i++) {
      values[i] = this.#values[(this.#head + i) % old]!;
      frames[i] = this.#frames[(this.#head + i) % old]!;
    }
    this.#values = values;
    this.#frames = frames;
    this.#head = 0;
  }
}
