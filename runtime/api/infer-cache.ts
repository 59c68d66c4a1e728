/** One detection as the API answers it. */
export interface ApiDetection {
  label: string;
  class_id: number;
  score: number;
  box: [number, number, number, number];
}

/** The model that produced an answer. */
export interface ApiModelRef {
  name: string;
  version: string;
  backend: string;
}

/** What the cache keeps per image and model. */
export interface CachedInference {
  detections: ApiDetection[];
  model: ApiModelRef;
}

export interface InferCacheStats {
  entries: number;
  bytes: number;
  maxEntries: number;
  maxBytes: number;
  hits: number;
  misses: number;
  evictions: number;
  /** Answers not kept because they alone are larger than maxBytes. */
  tooLarge: number;
}

/**
 * A bounded LRU of inference answers, keyed by the image's sha256 and the model's name and
 * version (a model swap misses). Bounded by entry count and by bytes (each entry's JSON size
 * plus its key); the least recently used entries go first. maxEntries 0 keeps nothing.
 *   const cache = new InferCache({ maxEntries: 256, maxBytes: 8 << 20 });
 *   const key = InferCache.key(sha256, "yolox_nano", "1.0.0"); cache.get(key) ?? cache.set(key, answer);
 */
export class InferCache {
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the least recently used.
  readonly #entries = new Map<string, { value: CachedInference; bytes: number }>();
  #bytes = 0;
  #hits = 0;
  #misses = 0;
  #evictions = 0;
  #tooLarge = 0;

  constructor({ maxEntries, maxBytes }: { maxEntries: number; maxBytes: number }) {
    this.#maxEntries = maxEntries;
    this.#maxBytes = maxBytes;
  }

  static key(sha256: string, modelName: string, modelVersion: string): string {
    return `${modelName}\u0000${modelVersion}\u0000${sha256}`;
  }

  /** The answer for `key`, now the most recently used; counts a hit or a miss. */
  get(key: string): CachedInference | undefined {
    const e = this.#entries.get(key);
    if (e === undefined) {
      this.#misses++;
      return undefined;
    }
    this.#hits++;
    this.#entries.delete(key);
    this.#entries.set(key, e);
    return e.value;
  }

  /** Keeps `value` under `key`, evicting the least recently used until both bounds hold. */
  set(key: string, value: CachedInference): void {
    if (this.#maxEntries === 0) return;
    const bytes = Buffer.byteLength(JSON.stringify(value)) + Buffer.byteLength(key);
    const old = this.#entries.get(key);
    if (old !== undefined) {
      this.#entries.delete(key);
      this.#bytes -= old.bytes;
    }
    if (bytes > this.#maxBytes) {
      this.#tooLarge++;
      return;
    }
    while (this.#entries.size >= this.#maxEntries || this.#bytes + bytes > this.#maxBytes) {
      const [oldestKey, oldest] = this.#entries.entries().next().value!;
      this.#entries.delete(oldestKey);
      this.#bytes -= oldest.bytes;
      this.#evictions++;
    }
    this.#entries.set(key, { value, bytes });
    this.#bytes += bytes;
  }

  /** Drops every entry (not counted as evictions); returns how many there were. */
  clear(): number {
    const n = this.#entries.size;
    this.#entries.clear();
    this.#bytes = 0;
    return n;
  }

  stats(): InferCacheStats {
    return {
      entries: this.#entries.size,
      bytes: this.#bytes,
      maxEntries: this.#maxEntries,
      maxBytes: this.#maxBytes,
      hits: this.#hits,
      misses: this.#misses,
      evictions: this.#evictions,
      tooLarge: this.#tooLarge,
    };
  }
}
