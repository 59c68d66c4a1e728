/**
 * Population stability index between two histograms over the same bins:
 *
 *   PSI = sum over bins i of (w_i - r_i) * ln(w_i / r_i)
 *
 * where r_i = max(R_i / sum R, epsilon) and w_i = max(W_i / sum W, epsilon) are the bin
 * proportions of the reference counts R and the window counts W. An empty bin stands in as
 * epsilon (no renormalisation), which keeps the log finite: a bin that only one side fills
 * adds about p * ln(p / epsilon). PSI is 0 for equal proportions and symmetric in R and W;
 * by common rule of thumb below 0.1 is stable, 0.1 to 0.25 a moderate and above 0.25 a
 * large shift.
 *   populationStabilityIndex([50, 30, 20, 0], [20, 30, 40, 10], 1e-4); // 1.10360...
 */
export function populationStabilityIndex(reference: ArrayLike<number>, window: ArrayLike<number>, epsilon: number): number {
  if (reference.length !== window.length) throw new RangeError(`PSI needs histograms over the same bins, got ${reference.length} and ${window.length} bins`);
  if (!(epsilon > 0)) throw new RangeError(`PSI epsilon must be > 0, got ${epsilon}`);
  const totalR = sum(reference);
  const totalW = sum(window);
  if (totalR <= 0 || totalW <= 0) throw new RangeError("PSI needs two non-empty histograms");
  let psi = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = Math.max(reference[i]! / totalR, epsilon);
    const w = Math.max(window[i]! / totalW, epsilon);
    psi += (w - r) * Math.log(w / r);
  }
  return psi;
}

function sum(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s;
}
