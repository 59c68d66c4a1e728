/**
 * Intersection over union of two boxes [x1, y1, x2, y2] (0 when either is empty).
 *   boxIou([0, 0, 10, 10], [5, 0, 15, 10]); // 1/3
 */
export function boxIou(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const iw = Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!);
  if (iw <= 0) return 0;
  const ih = Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!);
  if (ih <= 0) return 0;
  const inter = iw * ih;
  const union = (a[2]! - a[0]!) * (a[3]! - a[1]!) + (b[2]! - b[0]!) * (b[3]! - b[1]!) - inter;
  return union > 0 ? inter / union : 0;
}
