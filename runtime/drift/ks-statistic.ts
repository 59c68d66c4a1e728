/**
 * Two-sample Kolmogorov-Smirnov statistic: D = max over x of |F_a(x) - F_b(x)|, the largest
 * gap between the two empirical distribution functions. Both samples sorted ascending; ties
 * (within and across the samples) are stepped over together, so identical samples give 0 and
 * samples with no value in common range give 1.
 *   ksStatistic(Float64Array.of(1, 2, 3), Float64Array.of(4, 5)); // 1
 */
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) throw new RangeError("the KS statistic needs two non-empty samples");
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < n && j < m) {
    const x = Math.min(a[i]!, b[j]!);
    while (i < n && a[i]! <= x) i++;
    while (j < m && b[j]! <= x) j++;
    const gap = Math.abs(i / n - j / m);
    if (gap > d) d = gap;
  }
  return d;
}

/**
 * Asymptotic p-value of a two-sample KS statistic D for sample sizes n and m (the
 * Kolmogorov distribution, with Stephens' small-sample correction of the argument):
 *
 *   p = Q(lambda), lambda = (sqrt(ne) + 0.12 + 0.11 / sqrt(ne)) * D, ne = n m / (n + m),
 *   Q(lambda) = 2 * sum over k >= 1 of (-1)^(k-1) * exp(-2 k^2 lambda^2)
 *
 * Good to a few percent for ne >= 4; a rough guide next to D, not an exact test.
 *   ksPValue(0.3, 300, 1000); // ~9.1e-19
 */
export function ksPValue(d: number, n: number, m: number): number {
  if (!(n > 0 && m > 0)) throw new RangeError("KS p-value needs sample sizes > 0");
  const ne = Math.sqrt((n * m) / (n + m));
  const lambda = (ne + 0.12 + 0.11 / ne) * d;
  // The series converges slowly for small lambda, where Q is 1 to many digits anyway.
  if (lambda < 0.2) return 1;
  const a = -2 * lambda * lambda;
  let q = 0;
  let sign = 1;
  for (let k = 1; k <= 100; k++) {
    const term = sign * Math.exp(a * k * k);
    q += term;
    if (Math.abs(term) < 1e-12) break;
    sign = -sign;
  }
  return Math.min(1, Math.max(0, 2 * q));
}
