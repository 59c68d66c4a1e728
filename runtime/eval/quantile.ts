/**
 * The p-quantile (0 <= p <= 1) of values sorted ascending, interpolated linearly between
 * the two nearest ranks (Hyndman and Fan's type 7: numpy's and R's default). NaN when empty.
 *   quantile([1, 2, 3, 4], 0.5); // 2.5
 */
export function quantile(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return h === lo ? a : a + (h - lo) * (b - a);
}
