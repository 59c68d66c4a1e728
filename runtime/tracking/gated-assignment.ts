import { solveAssignment } from "./linear-assignment.js";

/**
 * solveAssignment on a gated (sparse) cost matrix, one connected component of allowed
 * pairs at a time: the same optimum (the most matches, then the least cost), but a scene
 * of many far-apart objects costs many tiny problems instead of one cubic one.
 * `cost` is row-major, rows x cols, Infinity = forbidden. Returns each row's column or -1.
 *   const rowToCol = gatedAssignment(Float64Array.of(0.1, Infinity, Infinity, 0.2), 2, 2); // [0, 1]
 */
export function gatedAssignment(cost: Float64Array, rows: number, cols: number): Int32Array {
  if (cost.length < rows * cols) throw new RangeError(`gatedAssignment: cost has ${cost.length} entries, needs ${rows}x${cols}`);
  const rowToCol = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return rowToCol;

  // Union-find over rows (0..rows-1) and columns (rows..rows+cols-1), joined by allowed pairs.
  const parent = new Int32Array(rows + cols);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const hasEdge = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (cost[i * cols + j] === Number.POSITIVE_INFINITY) continue;
      hasEdge[i] = 1;
      const a = find(i);
      const b = find(rows + j);
      if (a !== b) parent[a] = b;
    }
  }

  const components = new Map<number, { rows: number[]; cols: number[] }>();
  for (let i = 0; i < rows; i++) {
    if (!hasEdge[i]) continue;
    const root = find(i);
    let c = components.get(root);
    if (!c) components.set(root, (c = { rows: [], cols: [] }));
    c.rows.push(i);
  }
  for (let j = 0; j < cols; j++) {
    const c = components.get(find(rows + j));
    if (c) c.cols.push(j);
  }

  for (const c of components.values()) {
    if (c.rows.length === 1) {
      // One row: its cheapest allowed column.
      const i = c.rows[0]!;
      let best = -1;
      for (const j of c.cols) if (best < 0 || cost[i * cols + j]! < cost[i * cols + best]!) best = j;
      rowToCol[i] = best;
      continue;
    }
    if (c.cols.length === 1) {
      const j = c.cols[0]!;
      let best = -1;
      for (const i of c.rows) if (cost[i * cols + j] !== Number.POSITIVE_INFINITY && (best < 0 || cost[i * cols + j]! < cost[best * cols + j]!)) best = i;
      rowToCol[best] = j;
      continue;
    }
    const sub = c.rows.map((i) => c.cols.map((j) => cost[i * cols + j]!));
    const subToCol = solveAssignment(sub);
    for (let r = 0; r < c.rows.length; r++) {
      const k = subToCol[r]!;
      if (k >= 0) rowToCol[c.rows[r]!] = c.cols[k]!;
    }
  }
  return rowToCol;
}
