/**
 * Average precision, all-point interpolated (PASCAL VOC 2010 and later): the area under the
 * precision envelope, where the envelope at recall r is the highest precision reached at
 * any recall >= r. `tp` lists detections in descending score order (1 true, 0 false);
 * `weights[k]` counts detection k that many times (a bootstrap draws a sequence more than
 * once; 0 leaves it out); the result equals the AP of the list with each detection repeated.
 * NaN when there is no ground truth.
 *   averagePrecision([1, 0, 1, 0, 1], 3); // (1 + 2/3 + 3/5) / 3 = 0.7556
 */
export function averagePrecision(tp: ArrayLike<number>, numGroundTruth: number, weights?: ArrayLike<number>): number {
  if (!(numGroundTruth > 0)) return Number.NaN;
  const n = tp.length;
  const precision = new Float64Array(n);
  const recallStep = new Float64Array(n);
  let tps = 0;
  let fps = 0;
  for (let k = 0; k < n; k++) {
    const w = weights ? weights[k]! : 1;
    if (w === 0) continue;
    if (tp[k] === 1) {
      tps += w;
      recallStep[k] = w / numGroundTruth;
    } else {
      fps += w;
    }
    precision[k] = tps / (tps + fps);
  }
  // A run of w copies of one true positive is one step: precision only rises along it, so
  // the envelope over the run is its value at the run's end.
  let envelope = 0;
  let ap = 0;
  for (let k = n - 1; k >= 0; k--) {
    envelope = Math.max(envelope, precision[k]!);
    if (recallStep[k]! > 0) ap += recallStep[k]! * envelope;
  }
  return ap;
}
