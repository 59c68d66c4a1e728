/**
 * Bins of a fixed-range histogram: `bins` equal bins over [lo, hi), plus one bin for values
 * at or above hi when `overflow` is set (else they go to the last bin). Values below lo go to
 * the first bin.
 */
export interface HistogramBins {
  lo: number;
  hi: number;
  bins: number;
  overflow: boolean;
}

/** Number of counts a histogram with these bins has. */
export const binCount = (b: HistogramBins): number => b.bins + (b.overflow ? 1 : 0);

/** The bin a value falls in; NaN goes to the first bin (callers only pass finite values). */
export function binIndex(b: HistogramBins, value: number): number {
  if (value >= b.hi) return b.overflow ? b.bins : b.bins - 1;
  const i = Math.floor(((value - b.lo) / (b.hi - b.lo)) * b.bins);
  return i > 0 ? Math.min(i, b.bins - 1) : 0;
}

/**
 * Counts per bin of some values.
 *   histogramOf([0.5, 0.52, 0.97], { lo: 0, hi: 1, bins: 20, overflow: false }); // [0 x10, 2, 0 x8, 1]
 */
export function histogramOf(values: ArrayLike<number>, b: HistogramBins): number[] {
  const counts = new Array<number>(binCount(b)).fill(0);
  for (let i = 0; i < values.length; i++) counts[binIndex(b, values[i]!)]!++;
  return counts;
}
