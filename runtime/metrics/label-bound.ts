/** The label value that stands for every key past a bound. */
export const OTHER_LABEL = "(other)";

/**
 * Bounds the label sets of one metric family: the first `max` distinct keys keep their own
 * series, later ones share the (other) series and are counted, so a flood of sensor ids or
 * model versions cannot grow the registry without end. A key once admitted stays admitted.
 *   const sensors = new LabelBound("tracks_active", 64);
 *   gauge.set({ sensor: sensors.admit(id) ? id : OTHER_LABEL }, n);
 */
export class LabelBound {
  readonly metric: string;
  readonly max: number;
  readonly #keys = new Set<string>();
  #overflowed = 0;

  constructor(metric: string, max: number) {
    if (!Number.isSafeInteger(max) || max < 1) throw new RangeError(`LabelBound ${metric}: max must be a positive integer, got ${max}`);
    this.metric = metric;
    this.max = max;
  }

  /** True when the key has (or now gets) its own series; false counts one overflow. */
  admit(key: string): boolean {
    if (this.#keys.has(key)) return true;
    if (this.#keys.size < this.max) {
      this.#keys.add(key);
      return true;
    }
    this.#overflowed++;
    return false;
  }

  /** The value itself when admitted, else OTHER_LABEL. */
  label(value: string): string {
    return this.admit(value) ? value : OTHER_LABEL;
  }

  /** Observations that went to (other) because the bound was full. */
  get overflowed(): number {
    return this.#overflowed;
  }

  get size(): number {
    return this.#keys.size;
  }
}
