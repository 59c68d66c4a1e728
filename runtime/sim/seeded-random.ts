/**
 * mulberry32: a small, fast, seeded generator of uniform numbers in [0, 1). Simulations,
 * benchmarks and tests use it so a run can be repeated exactly from its seed.
 *   const random = mulberry32(42); const x = random();
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
