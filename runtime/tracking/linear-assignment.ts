/**
 * Minimum-cost assignment of rows to columns (the Hungarian method with potentials,
 * O(n^2 m)). `cost[i][j]` may be Infinity for a pair that must not match; the result
 * first maximises the number of allowed matches, then minimises their total cost.
 * Returns, for each row, its column or -1.
 *   const rowToCol = solveAssignment([[0.1, Infinity], [0.4, 0.2]]); // [0, 1]
 */
export function solveAssignment(cost: readonly (readonly number[])[]): Int32Array {
  const rows = cost.length;
  const cols = rows === 0 ? 0 : (cost[0] as readonly number[]).length;
  const result = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return result;

  // Forbidden pairs cost more than any set of allowed ones, so matching them is a last resort
  // that is undone below.
  let maxFinite = 0;
  for (const row of cost) for (const v of row) if (Number.isFinite(v) && Math.abs(v) > maxFinite) maxFinite = Math.abs(v);
  const forbidden = (maxFinite + 1) * (Math.min(rows, cols) + 1);

  // The algorithm needs rows <= cols: solve the transpose otherwise.
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  const a = (i: number, j: number): number => {
    const v = transposed ? (cost[j] as readonly number[])[i]! : (cost[i] as readonly number[])[j]!;
    return Number.isFinite(v) ? v : forbidden;
  };

  // 1-based arrays, index 0 is the virtual start (as in the classic formulation).
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j]: row matched to column j
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = a(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          const i1 = p[j]!;
          u[i1] = u[i1]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }

  for (let j = 1; j <= m; j++) {
    const i = p[j]!;
    if (i === 0) continue;
    const row = transposed ? j - 1 : i - 1;
    const col = transposed ? i - 1 : j - 1;
    if (Number.isFinite((cost[row] as readonly number[])[col]!)) result[row] = col;
  }
  return result;
}
