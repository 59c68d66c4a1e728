/**
 * Fills `out` (row-major, rows x cols) with 1 - IoU between boxes a[i] and b[j]; a pair with
 * IoU under minIou (or no overlap), or of different classes when classes are given, is
 * Infinity (forbidden). Boxes are packed [x1, y1, x2, y2] per entry. Columns are swept in
 * x1 order, so only boxes that can overlap in x are compared (`order` is scratch, >= cols).
 *   iouCostMatrix(trackBoxes, rows, detBoxes, cols, 0.2, out, new Int32Array(cols));
 */
export function iouCostMatrix(
  a: Float64Array,
  rows: number,
  b: Float64Array,
  cols: number,
  minIou: number,
  out: Float64Array,
  order: Int32Array,
  classes?: { a: Int32Array; b: Int32Array },
): void {
  if (a.length < rows * 4 || b.length < cols * 4 || out.length < rows * cols || order.length < cols) {
    throw new RangeError("iouCostMatrix: an array is shorter than rows x cols needs");
  }
  out.fill(Number.POSITIVE_INFINITY, 0, rows * cols);
  const floor = Math.max(minIou, Number.MIN_VALUE); // no overlap never matches, even at minIou 0
  let maxWidth = 0;
  for (let j = 0; j < cols; j++) {
    order[j] = j;
    const w = b[4 * j + 2]! - b[4 * j]!;
    if (w > maxWidth) maxWidth = w;
  }
  const byX1 = order.subarray(0, cols).sort((p, q) => b[4 * p]! - b[4 * q]!);
  for (let i = 0; i < rows; i++) {
    const ax1 = a[4 * i]!;
    const ay1 = a[4 * i + 1]!;
    const ax2 = a[4 * i + 2]!;
    const ay2 = a[4 * i + 3]!;
    const areaA = (ax2 - ax1) * (ay2 - ay1);
    const row = i * cols;
    // A column can overlap only if ax1 - maxWidth < its x1 < ax2: binary search the start.
    let lo = 0;
    let hi = cols;
    const from = ax1 - maxWidth;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (b[4 * byX1[mid]!]! <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < cols; k++) {
      const j = byX1[k]!;
      const bx1 = b[4 * j]!;
      if (bx1 >= ax2) break;
      const iw = Math.min(ax2, b[4 * j + 2]!) - Math.max(ax1, bx1);
      if (iw <= 0) continue;
      const ih = Math.min(ay2, b[4 * j + 3]!) - Math.max(ay1, b[4 * j + 1]!);
      if (ih <= 0) continue;
      if (classes && classes.a[i] !== classes.b[j]) continue;
      const inter = iw * ih;
      const union = areaA + (b[4 * j + 2]! - bx1) * (b[4 * j + 3]! - b[4 * j + 1]!) - inter;
      const iou = union > 0 ? inter / union : 0;
      if (iou >= floor) out[row + j] = 1 - iou;
    }
  }
}
