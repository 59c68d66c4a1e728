/** A box as left, top, width, height in pixels (the MOTChallenge layout). */
export interface LtwhBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * 1 - IoU of two boxes, computed as py-motmetrics' `boxiou` does: corners as min + size,
 * sizes clamped at 0, no overlap gives exactly 1 (so degenerate boxes never divide by 0).
 *   iouDistance({ left: 0, top: 0, width: 10, height: 10 }, { left: 5, top: 0, width: 10, height: 10 }); // 1 - 50/150
 */
export function iouDistance(a: LtwhBox, b: LtwhBox): number {
  const aRight = a.left + a.width;
  const aBottom = a.top + a.height;
  const bRight = b.left + b.width;
  const bBottom = b.top + b.height;
  const iw = Math.max(Math.min(aRight, bRight) - Math.max(a.left, b.left), 0);
  const ih = Math.max(Math.min(aBottom, bBottom) - Math.max(a.top, b.top), 0);
  const intersection = iw * ih;
  if (intersection === 0) return 1;
  const aArea = Math.max(aRight - a.left, 0) * Math.max(aBottom - a.top, 0);
  const bArea = Math.max(bRight - b.left, 0) * Math.max(bBottom - b.top, 0);
  return 1 - intersection / (aArea + bArea - intersection);
}
