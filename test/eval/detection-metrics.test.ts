// Detection matching, precision / recall and AP (all-point) on hand-computed examples, and on
// the MOTChallenge det.txt of TUD-Campus against its gt.txt, checked by an independent matcher.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import {
  DetectionMatcher,
  DetectionPool,
  accumulateDetections,
  averagePrecision,
  detectionMetrics,
  parseMotText,
  type Detection,
  type DetectionLabel,
  type LtwhBox,
} from "../../runtime/eval/index.js";
import { codeOf } from "../error-code-of.js";
import { describeWithFixtures, fixture } from "../fixtures.js";

const box = (left: number, top = 0, width = 10, height = 10): LtwhBox => ({ left, top, width, height });
const det = (frame: number, score: number, b: LtwhBox, classLabel = "person"): Detection => ({ frame, classLabel, score, box: b });
const gt = (frame: number, b: LtwhBox, classLabel = "person", ignore = false): DetectionLabel => ({ frame, classLabel, box: b, ignore });

/**
 * person: 3 labels, 5 detections by score 0.9 TP, 0.8 FP, 0.7 TP, 0.6 FP, 0.5 TP.
 *   precision after each: 1, 1/2, 2/3, 2/4, 3/5; recall: 1/3, 1/3, 2/3, 2/3, 1
 *   envelope at recall 1/3, 2/3, 1: 1, 2/3, 3/5  ->  AP = (1 + 2/3 + 3/5) / 3 = 0.755556
 * car: 2 labels, 1 detection (TP)  ->  AP = 1/2, precision 1, recall 1/2.
 */
function handExample(): { detections: Detection[]; labels: DetectionLabel[] } {
  const far = box(500);
  return {
    labels: [gt(1, box(0)), gt(2, box(0)), gt(3, box(0)), gt(1, box(100), "car"), gt(2, box(100), "car")],
    detections: [
      det(1, 0.9, box(1)), // TP on frame 1's label (IoU 9/11)
      det(1, 0.8, far), // FP
      det(2, 0.7, box(0)), // TP
      det(2, 0.6, box(1)), // FP: frame 2's label is already taken by the 0.7 detection
      det(3, 0.5, box(2)), // TP (IoU 8/12)
      det(1, 0.95, box(100), "car"),
    ],
  };
}

describe("averagePrecision (all-point interpolation)", () => {
  it("is the area under the precision envelope of the hand-computed example", () => {
    expect(averagePrecision([1, 0, 1, 0, 1], 3)).toBeCloseTo((1 + 2 / 3 + 3 / 5) / 3, 12);
  });

  it("is 1 for a perfect ranking, 0 without true positives, NaN without ground truth", () => {
    expect(averagePrecision([1, 1, 0], 2)).toBe(1);
    expect(averagePrecision([0, 0], 2)).toBe(0);
    expect(averagePrecision([], 4)).toBe(0);
    expect(averagePrecision([0, 1], 0)).toBeNaN();
  });

  it("counts recall not reached as zero precision (missed labels lower AP)", () => {
    expect(averagePrecision([1], 4)).toBe(0.25);
  });

  it("with weights equals the list with each detection repeated that many times", () => {
    const tp = [1, 0, 1, 1, 0, 0, 1, 0, 1];
    const weights = [2, 0, 3, 1, 2, 1, 0, 4, 1];
    const expanded = tp.flatMap((t, k) => new Array<number>(weights[k]!).fill(t));
    const gtCount = 11;
    expect(averagePrecision(tp, gtCount, weights)).toBeCloseTo(averagePrecision(expanded, gtCount), 12);
  });
});

describe("detection matching and metrics", () => {
  it("gives per-class precision, recall and AP, and the pooled figures with mAP", () => {
    const { detections, labels } = handExample();
    const m = detectionMetrics([accumulateDetections(detections, labels)]);
    expect(m.classes.person).toEqual({ precision: 3 / 5, recall: 1, ap: expect.closeTo(0.755556, 5), num_gt: 3, num_tp: 3, num_fp: 2 });
    expect(m.classes.car).toEqual({ precision: 1, recall: 0.5, ap: 0.5, num_gt: 2, num_tp: 1, num_fp: 0 });
    expect(m.precision).toBeCloseTo(4 / 6, 12);
    expect(m.recall).toBeCloseTo(4 / 5, 12);
    expect(m.ap).toBeCloseTo((0.755556 + 0.5) / 2, 5);
    expect(m.num_gt).toBe(5);
  });

  it("keeps each class's detections sorted by score with their TP flags", () => {
    const { detections, labels } = handExample();
    const acc = accumulateDetections(detections, labels);
    expect(Object.keys(acc.classes)).toEqual(["car", "person"]);
    expect(acc.classes.person).toEqual({ numGroundTruth: 3, scores: [0.9, 0.8, 0.7, 0.6, 0.5], tp: [1, 0, 1, 0, 1] });
  });

  it("matches greedily, highest score first, each label once, to the best remaining IoU", () => {
    const labels = [gt(1, box(0)), gt(1, box(4))];
    // The 0.9 detection overlaps both labels (IoU 0.538 with left, 0.818 with right) and takes the right one;
    // the 0.8 detection overlaps only the right label, already taken: a false positive.
    const detections = [det(1, 0.8, box(6)), det(1, 0.9, box(3))];
    const acc = accumulateDetections(detections, labels);
    expect(acc.classes.person).toEqual({ numGroundTruth: 2, scores: [0.9, 0.8], tp: [1, 0] });
  });

  it("needs IoU >= 0.5 (inclusive) and the same class", () => {
    const labels = [gt(1, box(0, 0, 10, 10))];
    // IoU exactly 0.5: 10x10 label, 10x5 detection inside it.
    expect(accumulateDetections([det(1, 0.5, box(0, 0, 10, 5))], labels).classes.person!.tp).toEqual([1]);
    expect(accumulateDetections([det(1, 0.5, box(0, 0, 10, 4.9))], labels).classes.person!.tp).toEqual([0]);
    const acc = accumulateDetections([det(1, 0.5, box(0), "car")], labels);
    expect(acc.classes).toEqual({ car: { numGroundTruth: 0, scores: [0.5], tp: [0] }, person: { numGroundTruth: 1, scores: [], tp: [] } });
    const m = detectionMetrics([acc]);
    expect(m.classes.car!.recall).toBeNaN();
    expect(m.classes.car!.ap).toBeNaN();
    expect(m.ap).toBe(0); // mean over classes with ground truth: person only
  });

  it("leaves ignore labels out of the ground truth and drops detections on them", () => {
    const labels = [gt(1, box(0)), gt(1, box(50), "person", true)];
    const detections = [det(1, 0.9, box(0)), det(1, 0.8, box(50)), det(1, 0.7, box(51)), det(1, 0.6, box(200))];
    expect(accumulateDetections(detections, labels).classes.person).toEqual({ numGroundTruth: 1, scores: [0.9, 0.6], tp: [1, 0] });
  });

  it("prefers a real label over an ignore region", () => {
    const labels = [gt(1, box(50), "person", true), gt(1, box(50))];
    expect(accumulateDetections([det(1, 0.9, box(50))], labels).classes.person).toEqual({ numGroundTruth: 1, scores: [0.9], tp: [1] });
  });

  it("rejects frames out of order and unusable scores with EVAL_INPUT_INVALID", async () => {
    const m = new DetectionMatcher();
    m.update(2, [], []);
    expect(await codeOf(Promise.resolve().then(() => m.update(1, [], [])))).toBe("EVAL_INPUT_INVALID");
    expect(await codeOf(Promise.resolve().then(() => accumulateDetections([det(1, Number.NaN, box(0))], [])))).toBe("EVAL_INPUT_INVALID");
  });

  it("pools sequences: weight 2 counts a sequence twice, 0 leaves it out", () => {
    const a = accumulateDetections([det(1, 0.9, box(0)), det(1, 0.3, box(80))], [gt(1, box(0)), gt(1, box(40))]);
    const b = accumulateDetections([det(1, 0.6, box(0))], [gt(1, box(0))]);
    const pool = new DetectionPool([a, b]);
    expect(pool.metrics([1, 0])).toEqual(detectionMetrics([a]));
    const twiceA = pool.metrics([2, 1]);
    expect(twiceA.num_gt).toBe(5);
    expect(twiceA.num_tp).toBe(3);
    expect(twiceA.recall).toBeCloseTo(3 / 5, 12);
    // Merged order: 0.9 (a, TP) x2, 0.6 (b, TP), 0.3 (a, FP) x2: recall reaches 3/5 at precision 1.
    expect(twiceA.ap).toBeCloseTo(3 / 5, 12);
  });
});

/** An independent matcher: every (detection, label) IoU by brute force, greedy by score. */
function bruteForceCounts(dets: { frame: number; l: number; t: number; w: number; h: number; s: number }[], gts: { frame: number; l: number; t: number; w: number; h: number }[]) {
  const iou = (a: { l: number; t: number; w: number; h: number }, b: { l: number; t: number; w: number; h: number }): number => {
    const ix = Math.max(0, Math.min(a.l + a.w, b.l + b.w) - Math.max(a.l, b.l));
    const iy = Math.max(0, Math.min(a.t + a.h, b.t + b.h) - Math.max(a.t, b.t));
    const inter = ix * iy;
    return inter / (a.w * a.h + b.w * b.h - inter);
  };
  const flags: { s: number; tp: number }[] = [];
  for (const frame of new Set(dets.map((d) => d.frame))) {
    const fg = gts.filter((g) => g.frame === frame);
    const used = new Set<number>();
    for (const d of dets.filter((x) => x.frame === frame).sort((a, b) => b.s - a.s)) {
      const scored = fg.map((g, k) => [iou(d, g), k] as const).filter(([v, k]) => v >= 0.5 - 1e-12 && !used.has(k));
      scored.sort((a, b) => b[0] - a[0]);
      if (scored.length > 0) used.add(scored[0]![1]);
      flags.push({ s: d.s, tp: scored.length > 0 ? 1 : 0 });
    }
  }
  flags.sort((a, b) => b.s - a.s);
  // VOC all-point AP, written the textbook way: cumulative sums, right-to-left max, sum over recall changes.
  let tp = 0;
  let fp = 0;
  const rec: number[] = [];
  const prec: number[] = [];
  for (const f of flags) {
    tp += f.tp;
    fp += 1 - f.tp;
    rec.push(tp / gts.length);
    prec.push(tp / (tp + fp));
  }
  const mrec = [0, ...rec, 1];
  const mpre = [0, ...prec, 0];
  for (let i = mpre.length - 2; i >= 0; i--) mpre[i] = Math.max(mpre[i]!, mpre[i + 1]!);
  let ap = 0;
  for (let i = 1; i < mrec.length; i++) if (mrec[i] !== mrec[i - 1]) ap += (mrec[i]! - mrec[i - 1]!) * mpre[i]!;
  return { tp, fp, gt: gts.length, ap };
}

describeWithFixtures("detection metrics on MOTChallenge det.txt vs gt.txt", ["tracking/TUD-Campus/det/det.txt", "tracking/TUD-Campus/gt/gt.txt"], () => {
  it("TUD-Campus: precision, recall and AP agree with a brute-force matcher", async () => {
    const detRows = parseMotText(await readFile(fixture("tracking", "TUD-Campus", "det", "det.txt"), "utf8"), "det.txt");
    const gtRows = parseMotText(await readFile(fixture("tracking", "TUD-Campus", "gt", "gt.txt"), "utf8"), "gt.txt");
    const detections = detRows.map((r) => det(r.frame, r.conf, { left: r.left, top: r.top, width: r.width, height: r.height }));
    const labels = gtRows.map((r) => gt(r.frame, { left: r.left, top: r.top, width: r.width, height: r.height }, "person", r.conf === 0));
    const m = detectionMetrics([accumulateDetections(detections, labels)]).classes.person!;

    const ref = bruteForceCounts(
      detRows.map((r) => ({ frame: r.frame, l: r.left, t: r.top, w: r.width, h: r.height, s: r.conf })),
      gtRows.filter((r) => r.conf !== 0).map((r) => ({ frame: r.frame, l: r.left, t: r.top, w: r.width, h: r.height })),
    );
    expect(m.num_gt).toBe(ref.gt);
    expect(m.num_tp).toBe(ref.tp);
    expect(m.num_fp).toBe(ref.fp);
    expect(m.recall).toBeCloseTo(ref.tp / ref.gt, 12);
    expect(m.ap).toBeCloseTo(ref.ap, 9);
    // Plausible for a public pedestrian detector on this sequence.
    expect(m.recall).toBeGreaterThan(0.5);
    expect(m.precision).toBeGreaterThan(0.5);
    expect(m.ap).toBeGreaterThan(0.4);
    expect(m.ap).toBeLessThanOrEqual(m.recall);
  });
});
