/**
 * Index of the highest of `count` class scores stored contiguously from `start` (the first
 * wins a tie). Shared by the row-major heads (YOLOv5, YOLOX); small enough for V8 to inline.
 *   const k = bestClassIndex(data, row + 5, 80); const score = obj * data[row + 5 + k];
 */
export function bestClassIndex(data: Float32Array, start: number, count: number): number {
  let best = 0;
  let bestScore = data[start]!;
  for (let k = 1; k < count; k++) {
    const v = data[start + k]!;
    if (v > bestScore) {
      bestScore = v;
      best = k;
    }
  }
  return best;
}
