import { MotAccumulator, type MotAccumulatorOptions, type MotFrameBox } from "./mot-accumulator.js";
import type { MotRow } from "./mot-format.js";

/**
 * Runs CLEAR-MOT matching over a whole sequence, as py-motmetrics' `compare_to_groundtruth`
 * with IoU distance: every frame in either file, in increasing order; ground-truth rows whose
 * "consider" flag (conf) is 0 are left out; result rows are all used.
 *   const acc = compareToGroundTruth(parseMotText(gtText, "gt.txt"), parseMotText(resText, "res.txt"));
 */
export function compareToGroundTruth(groundTruth: readonly MotRow[], results: readonly MotRow[], options: MotAccumulatorOptions = {}): MotAccumulator {
  const gtByFrame = groupByFrame(groundTruth.filter((r) => r.conf !== 0));
  const resByFrame = groupByFrame(results);
  const frames = [...new Set([...gtByFrame.keys(), ...resByFrame.keys()])].sort((a, b) => a - b);
  const acc = new MotAccumulator(options);
  for (const frame of frames) acc.update(frame, gtByFrame.get(frame) ?? [], resByFrame.get(frame) ?? []);
  return acc;
}

/** Rows per frame in file order. Like py-motmetrics' loader, shifts left/top by -1 (MATLAB's
 * 1-based pixels); IoU does not change, but float rounding at the threshold then matches. */
function groupByFrame(rows: readonly MotRow[]): Map<number, MotFrameBox[]> {
  const byFrame = new Map<number, MotFrameBox[]>();
  for (const r of rows) {
    let boxes = byFrame.get(r.frame);
    if (!boxes) byFrame.set(r.frame, (boxes = []));
    boxes.push({ id: r.id, left: r.left - 1, top: r.top - 1, width: r.width, height: r.height });
  }
  return byFrame;
}
