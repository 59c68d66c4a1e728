import { computeIdCounts } from "./id-metrics.js";
import type { MotAccumulator, MotEvent } from "./mot-accumulator.js";

/**
 * CLEAR-MOT and identity metrics of one sequence (or of several together), named as
 * py-motmetrics names them. Counts are whole numbers; a ratio whose denominator is 0 is NaN.
 * motp is the mean distance (1 - IoU) of matched pairs: lower is better.
 */
export interface MotMetrics {
  num_frames: number;
  /** Ground-truth boxes (matched, switched or missed). */
  num_objects: number;
  /** Result boxes (matched, switched or false). */
  num_predictions: number;
  /** Matches that are not switches. */
  num_matches: number;
  num_switches: number;
  num_false_positives: number;
  num_misses: number;
  /** num_matches + num_switches. */
  num_detections: number;
  num_unique_objects: number;
  mostly_tracked: number;
  partially_tracked: number;
  mostly_lost: number;
  num_fragmentations: number;
  mota: number;
  motp: number;
  precision: number;
  recall: number;
  idtp: number;
  idfp: number;
  idfn: number;
  idp: number;
  idr: number;
  idf1: number;
}

/**
 * Metrics from an accumulator's events, as py-motmetrics' `compute` does.
 *   const m = computeMotMetrics(compareToGroundTruth(gt, res));
 *   console.log(m.mota, m.idf1, m.num_switches);
 */
export function computeMotMetrics(acc: MotAccumulator): MotMetrics {
  const events = acc.events;
  let matches = 0;
  let switches = 0;
  let fps = 0;
  let misses = 0;
  let distanceSum = 0;
  const perObject = new Map<number, MotEvent["type"][]>();
  for (const e of events) {
    if (e.type === "MATCH") matches++;
    else if (e.type === "SWITCH") switches++;
    else if (e.type === "MISS") misses++;
    else fps++;
    if (e.type === "MATCH" || e.type === "SWITCH") distanceSum += e.distance;
    if (e.type !== "FP") {
      let types = perObject.get(e.objectId);
      if (!types) perObject.set(e.objectId, (types = []));
      types.push(e.type);
    }
  }
  let mostlyTracked = 0;
  let partiallyTracked = 0;
  let mostlyLost = 0;
  let fragmentations = 0;
  for (const types of perObject.values()) {
    const ratio = types.filter((t) => t !== "MISS").length / types.length;
    if (ratio >= 0.8) mostlyTracked++;
    else if (ratio >= 0.2) partiallyTracked++;
    else mostlyLost++;
    fragmentations += countFragmentations(types);
  }
  const detections = matches + switches;
  return motMetricsFromCounts({
    num_frames: acc.numFrames,
    num_objects: detections + misses,
    num_predictions: detections + fps,
    num_matches: matches,
    num_switches: switches,
    num_false_positives: fps,
    num_misses: misses,
    num_detections: detections,
    num_unique_objects: perObject.size,
    mostly_tracked: mostlyTracked,
    partially_tracked: partiallyTracked,
    mostly_lost: mostlyLost,
    num_fragmentations: fragmentations,
    distanceSum,
    ...computeIdCounts(acc.presence),
  });
}

/**
 * The metrics of several sequences taken together (py-motmetrics' OVERALL row): counts are
 * summed and every ratio is recomputed from the sums, so it is not an average of ratios.
 *   const overall = combineMotMetrics([campus, stadtmitte]);
 */
export function combineMotMetrics(parts: readonly MotMetrics[]): MotMetrics {
  const total = (key: keyof MotMetrics): number => parts.reduce((s, p) => s + p[key], 0);
  return motMetricsFromCounts({
    num_frames: total("num_frames"),
    num_objects: total("num_objects"),
    num_predictions: total("num_predictions"),
    num_matches: total("num_matches"),
    num_switches: total("num_switches"),
    num_false_positives: total("num_false_positives"),
    num_misses: total("num_misses"),
    num_detections: total("num_detections"),
    num_unique_objects: total("num_unique_objects"),
    mostly_tracked: total("mostly_tracked"),
    partially_tracked: total("partially_tracked"),
    mostly_lost: total("mostly_lost"),
    num_fragmentations: total("num_fragmentations"),
    // A sequence with no detections adds nothing (py-motmetrics would turn the sum into NaN).
    distanceSum: parts.reduce((s, p) => s + (p.num_detections > 0 ? p.motp * p.num_detections : 0), 0),
    idtp: total("idtp"),
    idfp: total("idfp"),
    idfn: total("idfn"),
  });
}

/** The summed counts of one or more sequences, and the summed matched distances (1 - IoU). */
export type MotMetricCounts = Omit<MotMetrics, "mota" | "motp" | "precision" | "recall" | "idp" | "idr" | "idf1"> & { distanceSum: number };

/**
 * The ratios from summed counts, as py-motmetrics computes them (NaN over a zero denominator).
 *   const m = motMetricsFromCounts({ ...counts, distanceSum }); m.mota
 */
export function motMetricsFromCounts({ distanceSum, ...c }: MotMetricCounts): MotMetrics {
  return {
    ...c,
    mota: 1 - ratio(c.num_misses + c.num_switches + c.num_false_positives, c.num_objects),
    motp: ratio(distanceSum, c.num_detections),
    precision: ratio(c.num_detections, c.num_detections + c.num_false_positives),
    recall: ratio(c.num_detections, c.num_objects),
    idp: ratio(c.idtp, c.idtp + c.idfp),
    idr: ratio(c.idtp, c.idtp + c.idfn),
    idf1: ratio(2 * c.idtp, c.num_objects + c.num_predictions),
  };
}

/** Times a tracked object is lost and later tracked again: tracked -> MISS steps between its
 * first and last tracked frame (py-motmetrics' num_fragmentations). */
function countFragmentations(types: readonly MotEvent["type"][]): number {
  const first = types.findIndex((t) => t !== "MISS");
  if (first < 0) return 0;
  const last = types.findLastIndex((t) => t !== "MISS");
  let n = 0;
  for (let k = first + 1; k <= last; k++) if (types[k] === "MISS" && types[k - 1] !== "MISS") n++;
  return n;
}

const ratio = (num: number, den: number): number => (den === 0 ? Number.NaN : num / den);
