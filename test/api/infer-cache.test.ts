// The infer cache alone: LRU order, both bounds, counters, and the model in the key.
import { describe, expect, it } from "vitest";
import { InferCache, type CachedInference } from "../../runtime/api/infer-cache.js";

const answer = (n: number, label = "person"): CachedInference => ({
  detections: Array.from({ length: n }, (_, i) => ({ label, class_id: 0, score: 0.5, box: [i, i, i + 10, i + 10] })),
  model: { name: "yolox_nano", version: "1.0.0", backend: "onnx-node" },
});

const sizeOf = (key: string, value: CachedInference): number => Buffer.byteLength(JSON.stringify(value)) + Buffer.byteLength(key);

describe("InferCache", () => {
  it("answers a repeat, counts hits and misses, and keys on model name and version", () => {
    const cache = new InferCache({ maxEntries: 4, maxBytes: 1 << 20 });
    const k1 = InferCache.key("aa", "yolox_nano", "1.0.0");
    expect(cache.get(k1)).toBeUndefined();
    cache.set(k1, answer(2));
    expect(cache.get(k1)).toEqual(answer(2));
    expect(cache.get(InferCache.key("aa", "yolox_nano", "1.0.1"))).toBeUndefined();
    expect(cache.get(InferCache.key("aa", "yolov8n", "1.0.0"))).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 1, hits: 1, misses: 3, evictions: 0, bytes: sizeOf(k1, answer(2)) });
  });

  it("evicts the least recently used beyond max entries", () => {
    const cache = new InferCache({ maxEntries: 2, maxBytes: 1 << 20 });
    const [a, b, c] = ["a", "b", "c"].map((s) => InferCache.key(s, "m", "1"));
    cache.set(a!, answer(1));
    cache.set(b!, answer(1));
    expect(cache.get(a!)).toBeDefined(); // a is now the most recent: b goes next
    cache.set(c!, answer(1));
    expect(cache.get(b!)).toBeUndefined();
    expect(cache.get(a!)).toBeDefined();
    expect(cache.get(c!)).toBeDefined();
    expect(cache.stats()).toMatchObject({ entries: 2, evictions: 1 });
  });

  it("evicts the least recently used until the bytes fit, and keeps nothing larger than max bytes", () => {
    const small = answer(1);
    const big = answer(20);
    const [a, b, c, d] = ["a", "b", "c", "d"].map((s) => InferCache.key(s, "m", "1"));
    const s = sizeOf(a!, small);
    const cache = new InferCache({ maxEntries: 100, maxBytes: 3 * s });
    cache.set(a!, small);
    cache.set(b!, small);
    cache.set(c!, small);
    expect(cache.stats()).toMatchObject({ entries: 3, bytes: 3 * s, evictions: 0 });
    cache.set(d!, answer(2)); // larger than one small entry: a and b must go
    const sd = sizeOf(d!, answer(2));
    expect(sd).toBeGreaterThan(s);
    expect(sd).toBeLessThan(2 * s);
    expect(cache.get(a!)).toBeUndefined();
    expect(cache.get(b!)).toBeUndefined();
    expect(cache.get(c!)).toBeDefined();
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: s + sd, evictions: 2 });
    expect(sizeOf(a!, big)).toBeGreaterThan(3 * s);
    cache.set(a!, big);
    expect(cache.stats()).toMatchObject({ entries: 2, tooLarge: 1, evictions: 2 });
  });

  it("replacing a key does not double-count its bytes; clear() drops all; max entries 0 keeps nothing", () => {
    const cache = new InferCache({ maxEntries: 3, maxBytes: 1 << 20 });
    const k = InferCache.key("x", "m", "1");
    cache.set(k, answer(3));
    cache.set(k, answer(1));
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: sizeOf(k, answer(1)) });
    expect(cache.clear()).toBe(1);
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
    const off = new InferCache({ maxEntries: 0, maxBytes: 1 << 20 });
    off.set(k, answer(1));
    expect(off.get(k)).toBeUndefined();
    expect(off.stats()).toMatchObject({ entries: 0, misses: 1 });
  });
});
