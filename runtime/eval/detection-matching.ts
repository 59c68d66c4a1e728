import { VigilError } from "../errors/index.js";
import { iouDistance, type LtwhBox } from "./iou-distance.js";

/** One detector output box of one frame, as scored against labels. */
export interface Detection {
  frame: number;
  classLabel: string;
  score: number;
  box: LtwhBox;
}

/**
 * One labelled box of one frame. `ignore` marks a region that neither counts as ground
 * truth nor makes a detection on it false (MOTChallenge's consider flag 0, COCO's crowd).
 */
export interface DetectionLabel {
  frame: number;
  classLabel: string;
  box: LtwhBox;
  ignore?: boolean;
}

/**
 * One class's matched detections in one sequence (or several merged): every scored
 * detection as (score, tp) with tp 1 for a true and 0 for a false positive, sorted by
 * score descending, ties in (frame, index in frame) order; detections on ignore regions are
 * left out. Plain JSON, so shards can be written and merged.
 */
export interface ClassDetections {
  /** Labels of this class that are not `ignore`. */
  numGroundTruth: number;
  scores: number[];
  tp: (0 | 1)[];
}

/** Per class (keys sorted), what detection metrics are computed from. */
export interface DetectionAccumulator {
  classes: Record<string, ClassDetections>;
}

export interface DetectionMatcherOptions {
  /** Smallest IoU of a true positive with its label (default 0.5, matched inclusively as `vigil eval mot` does). */
  iouThreshold?: number;
}

interface Entry {
  score: number;
  tp: 0 | 1;
}

/**
 * Matches detections to labels frame by frame, per class, as VOC / COCO do: detections in
 * descending score order each take the unmatched label with the highest IoU at or above the
 * threshold (a true positive; each label is matched at most once); one that matches no
 * label but overlaps an ignore label as much is dropped; the rest are false positives.
 *   const m = new DetectionMatcher();
 *   m.update(1, detectionsOfFrame1, labelsOfFrame1); m.update(2, ...);
 *   const acc = m.finish(); // { classes: { person: { numGroundTruth, scores, tp } } }
 */
export class DetectionMatcher {
  readonly iouThreshold: number;
  #lastFrame = Number.NEGATIVE_INFINITY;
  #entries = new Map<string, Entry[]>();
  #numGroundTruth = new Map<string, number>();

  constructor({ iouThreshold = 0.5 }: DetectionMatcherOptions = {}) {
    if (!(iouThreshold > 0 && iouThreshold <= 1)) throw new VigilError("EVAL_INPUT_INVALID", `iouThreshold must be in (0, 1], got ${iouThreshold}`);
    this.iouThreshold = iouThreshold;
  }

  /** Matches one frame; frames must come in increasing order. Every item must be of `frame`. */
  update(frame: number, detections: readonly Detection[], labels: readonly DetectionLabel[]): void {
    if (!(frame > this.#lastFrame)) {
      throw new VigilError("EVAL_INPUT_INVALID", `frame ${frame} comes after frame ${this.#lastFrame}: frames must be given in increasing order`);
    }
    this.#lastFrame = frame;
    for (const d of detections) checkItem(frame, d, "detection");
    for (const l of labels) checkItem(frame, l, "label");
    const classes = new Set([...detections.map((d) => d.classLabel), ...labels.map((l) => l.classLabel)]);
    for (const cls of classes) {
      const dets = detections.filter((d) => d.classLabel === cls);
      const regular = labels.filter((l) => l.classLabel === cls && l.ignore !== true);
      const ignored = labels.filter((l) => l.classLabel === cls && l.ignore === true);
      this.#numGroundTruth.set(cls, (this.#numGroundTruth.get(cls) ?? 0) + regular.length);
      let entries = this.#entries.get(cls);
      if (!entries) this.#entries.set(cls, (entries = []));
      this.#matchClass(dets, regular, ignored, entries);
    }
  }

  /** The accumulator: each class's detections sorted by score, descending; ties keep their order. */
  finish(): DetectionAccumulator {
    const names = [...new Set([...this.#entries.keys(), ...this.#numGroundTruth.keys()])].sort();
    const classes: Record<string, ClassDetections> = {};
    for (const cls of names) {
      const entries = [...(this.#entries.get(cls) ?? [])].sort((a, b) => b.score - a.score);
      classes[cls] = { numGroundTruth: this.#numGroundTruth.get(cls) ?? 0, scores: entries.map((e) => e.score), tp: entries.map((e) => e.tp) };
    }
    return { classes };
  }

  #matchClass(dets: readonly Detection[], regular: readonly DetectionLabel[], ignored: readonly DetectionLabel[], out: Entry[]): void {
    const maxDistance = 1 - this.iouThreshold;
    const matched = new Uint8Array(regular.length);
    // Highest score first; Array.prototype.sort is stable, so ties keep their input order.
    const order = [...dets].sort((a, b) => b.score - a.score);
    for (const d of order) {
      let best = -1;
      let bestDistance = Number.POSITIVE_INFINITY;
      regular.forEach((g, k) => {
        if (matched[k] === 1) return;
        const dist = iouDistance(d.box, g.box);
        if (dist <= maxDistance && dist < bestDistance) {
          best = k;
          bestDistance = dist;
        }
      });
      if (best >= 0) {
        matched[best] = 1;
        out.push({ score: d.score, tp: 1 });
      } else if (!ignored.some((g) => iouDistance(d.box, g.box) <= maxDistance)) {
        out.push({ score: d.score, tp: 0 });
      }
    }
  }
}

/**
 * Matches whole lists (any order) frame by frame: what `DetectionMatcher` does for a
 * sequence held in memory.
 *   const acc = accumulateDetections(detections, labels); // then detectionMetrics([acc])
 */
export function accumulateDetections(detections: readonly Detection[], labels: readonly DetectionLabel[], options: DetectionMatcherOptions = {}): DetectionAccumulator {
  const dets = groupByFrame(detections);
  const gts = groupByFrame(labels);
  const frames = [...new Set([...dets.keys(), ...gts.keys()])].sort((a, b) => a - b);
  const matcher = new DetectionMatcher(options);
  for (const frame of frames) matcher.update(frame, dets.get(frame) ?? [], gts.get(frame) ?? []);
  return matcher.finish();
}

function groupByFrame<T extends { frame: number }>(items: readonly T[]): Map<number, T[]> {
  const byFrame = new Map<number, T[]>();
  for (const item of items) {
    let list = byFrame.get(item.frame);
    if (!list) byFrame.set(item.frame, (list = []));
    list.push(item);
  }
  return byFrame;
}

function checkItem(frame: number, item: Detection | DetectionLabel, what: string): void {
  const b = item.box;
  const where = `${what} of class "${item.classLabel}" in frame ${frame}`;
  if (item.frame !== frame) throw new VigilError("EVAL_INPUT_INVALID", `${where} says frame ${item.frame}`);
  if (![b.left, b.top, b.width, b.height].every(Number.isFinite)) throw new VigilError("EVAL_INPUT_INVALID", `${where} has a box that is not finite numbers`);
  if ("score" in item && !Number.isFinite(item.score)) throw new VigilError("EVAL_INPUT_INVALID", `${where} has score ${item.score}`);
}
