import type { Candidates } from "./candidates.js";

export interface NmsOptions {
  /** A box is suppressed by a higher-scoring box of its class when their IoU exceeds this. */
  iouThreshold: number;
  maxDetections: number;
}

/**
 * Class-wise greedy non-maximum suppression. Returns the indices of the kept candidates,
 * highest score first (ties keep decoder order, so replays are deterministic).
 *   const keep = nms(candidates, { iouThreshold: 0.45, maxDetections: 300 });
 */
export function nms(candidates: Candidates, options: NmsOptions): number[] {
  const { count, boxes, scores, classIds } = candidates;
  const keep: number[] = [];
  if (count === 0 || options.maxDetections <= 0) return keep;
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  // nextSame[p]: the next position in `order` with the same class, so suppression only
  // visits boxes that can be suppressed.
  const nextSame = new Int32Array(count).fill(-1);
  const lastOfClass = new Map<number, number>();
  for (let p = count - 1; p >= 0; p--) {
    const cls = classIds[order[p]!]!;
    nextSame[p] = lastOfClass.get(cls) ?? -1;
    lastOfClass.set(cls, p);
  }
  const suppressed = new Uint8Array(count);
  const thr = options.iouThreshold;
  for (let p = 0; p < count; p++) {
    if (suppressed[p]) continue;
    const i = order[p]!;
    keep.push(i);
    if (keep.length >= options.maxDetections) break;
    const ax1 = boxes[4 * i]!;
    const ay1 = boxes[4 * i + 1]!;
    const ax2 = boxes[4 * i + 2]!;
    const ay2 = boxes[4 * i + 3]!;
    const areaA = Math.max(0, ax2 - ax1) * Math.max(0, ay2 - ay1);
    for (let q = nextSame[p]!; q !== -1; q = nextSame[q]!) {
      if (suppressed[q]) continue;
      const j = order[q]!;
      const bx1 = boxes[4 * j]!;
      const by1 = boxes[4 * j + 1]!;
      const bx2 = boxes[4 * j + 2]!;
      const by2 = boxes[4 * j + 3]!;
      const iw = Math.min(ax2, bx2) - Math.max(ax1, bx1);
      if (iw <= 0) continue;
      const ih = Math.min(ay2, by2) - Math.max(ay1, by1);
      if (ih <= 0) continue;
      const inter = iw * ih;
      const union = areaA + Math.max(0, bx2 - bx1) * Math.max(0, by2 - by1) - inter;
      if (union > 0 && inter / union > thr) suppressed[q] = 1;
    }
  }
  return keep;
}
