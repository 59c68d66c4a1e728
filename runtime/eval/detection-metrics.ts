import { averagePrecision } from "./average-precision.js";
import type { DetectionAccumulator } from "./detection-matching.js";

/** Detection figures of one class. A ratio with a zero denominator is NaN. */
export interface ClassDetectionMetrics {
  /** True positives / all scored detections. */
  precision: number;
  /** True positives / ground truth. */
  recall: number;
  /** Average precision at the matcher's IoU threshold (all-point interpolation); NaN without ground truth. */
  ap: number;
  num_gt: number;
  num_tp: number;
  num_fp: number;
}

/**
 * Detection figures of several classes: precision and recall pooled over classes (counts
 * summed), `ap` the mean of the per-class APs over classes with ground truth (mAP).
 */
export interface DetectionMetrics extends ClassDetectionMetrics {
  classes: Record<string, ClassDetectionMetrics>;
}

interface ClassPool {
  name: string;
  /** Merged detections, by score descending; ties in group order, then each group's own order. */
  tp: Uint8Array;
  group: Uint32Array;
  /** Ground truth per group. */
  numGroundTruth: Float64Array;
}

/**
 * Detection metrics of groups (sequences) taken together, each group counted `weights[g]`
 * times: what a campaign, a scenario tag or a bootstrap resample scores. Classes' detections
 * are merged once, in group order, so every weighting reads the same sorted list.
 *   const pool = new DetectionPool(sequences.map((s) => s.detection));
 *   pool.metrics(); // all groups once; pool.metrics(resampleWeights) for a bootstrap draw
 */
export class DetectionPool {
  readonly groups: number;
  #classes: ClassPool[];

  /**
   * `accumulators[g]` is group g's, or null when it has no detection data (it then adds
   * nothing). `classNames` fixes the classes reported (default: every class the groups
   * have, sorted), so pools of different groups give results of the same shape.
   */
  constructor(accumulators: readonly (DetectionAccumulator | null)[], classNames?: readonly string[]) {
    this.groups = accumulators.length;
    const names = classNames ?? detectionClassNames(accumulators);
    this.#classes = names.map((name) => {
      const merged: { score: number; tp: number; group: number }[] = [];
      const numGroundTruth = new Float64Array(accumulators.length);
      accumulators.forEach((a, g) => {
        const c = a?.classes[name];
        if (!c) return;
        numGroundTruth[g] = c.numGroundTruth;
        c.scores.forEach((score, k) => merged.push({ score, tp: c.tp[k]!, group: g }));
      });
      merged.sort((a, b) => b.score - a.score); // stable: ties stay in group order
      return { name, tp: Uint8Array.from(merged, (m) => m.tp), group: Uint32Array.from(merged, (m) => m.group), numGroundTruth };
    });
  }

  /** Metrics with group g counted weights[g] times (default: every group once). */
  metrics(weights?: ArrayLike<number>): DetectionMetrics {
    const w = weights ?? new Uint32Array(this.groups).fill(1);
    const classes: Record<string, ClassDetectionMetrics> = {};
    let gt = 0;
    let tps = 0;
    let fps = 0;
    let apSum = 0;
    let apClasses = 0;
    for (const c of this.#classes) {
      const m = classMetrics(c, w);
      classes[c.name] = m;
      gt += m.num_gt;
      tps += m.num_tp;
      fps += m.num_fp;
      if (m.num_gt > 0) {
        apSum += m.ap;
        apClasses++;
      }
    }
    return {
      precision: ratio(tps, tps + fps),
      recall: ratio(tps, gt),
      ap: ratio(apSum, apClasses),
      num_gt: gt,
      num_tp: tps,
      num_fp: fps,
      classes,
    };
  }
}

/** Every class of the accumulators, sorted. */
export function detectionClassNames(accumulators: readonly (DetectionAccumulator | null)[]): string[] {
  return [...new Set(accumulators.flatMap((a) => (a ? Object.keys(a.classes) : [])))].sort();
}

/**
 * Detection metrics of sequences' accumulators together (each once).
 *   detectionMetrics([accumulateDetections(dets, labels)]).classes.person.ap
 */
export function detectionMetrics(accumulators: readonly DetectionAccumulator[]): DetectionMetrics {
  return new DetectionPool(accumulators).metrics();
}

function classMetrics(c: ClassPool, w: ArrayLike<number>): ClassDetectionMetrics {
  let gt = 0;
  for (let g = 0; g < c.numGroundTruth.length; g++) gt += w[g]! * c.numGroundTruth[g]!;
  const weights = Float64Array.from(c.group, (g) => w[g]!);
  let tps = 0;
  let fps = 0;
  for (let k = 0; k < c.tp.length; k++) {
    if (c.tp[k] === 1) tps += weights[k]!;
    else fps += weights[k]!;
  }
  return { precision: ratio(tps, tps + fps), recall: ratio(tps, gt), ap: averagePrecision(c.tp, gt, weights), num_gt: gt, num_tp: tps, num_fp: fps };
}

const ratio = (num: number, den: number): number => (den === 0 ? Number.NaN : num / den);
