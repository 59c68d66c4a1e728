import { VigilError } from "../errors/index.js";
import { compareToGroundTruth } from "./compare-to-ground-truth.js";
import { accumulateDetections, type Detection, type DetectionAccumulator, type DetectionLabel } from "./detection-matching.js";
import { scoreHazards, type HazardAccumulator, type HazardSequenceInput } from "./hazard-scoring.js";
import { motCountsOf, type MotCounts } from "./mot-counts.js";
import type { MotRow } from "./mot-format.js";
import { computeMotMetrics } from "./mot-metrics.js";

/** Settings every sequence of a campaign is scored with; shards must agree on them to merge. */
export interface EvaluationSettings {
  /** IoU a detection (or a track box) needs with its label to match (default 0.5, inclusive). */
  iouThreshold: number;
  /** Slack around labelled hazards (default 1 s): see HazardScorer. */
  graceNs: number;
}

export const EVALUATION_DEFAULTS: EvaluationSettings = { iouThreshold: 0.5, graceNs: 1e9 };

/**
 * One sequence (one log, or one camera of it) with what its labels and the pipeline's
 * outputs say; each part is optional. A log reader builds this, or streams into
 * DetectionMatcher / MotAccumulator / HazardScorer and assembles a SequenceEvaluation itself.
 */
export interface SequenceInput {
  id: string;
  /** Scenario tags (night, rain, forklift, ...): figures are also given per tag. */
  tags?: readonly string[];
  detection?: { detections: readonly Detection[]; labels: readonly DetectionLabel[] };
  /** Tracks as MOTChallenge rows (ground truth rows with conf 0 are ignored, as in `vigil eval mot`). */
  mot?: { groundTruth: readonly MotRow[]; results: readonly MotRow[] };
  hazard?: HazardSequenceInput;
}

/**
 * What is kept of one scored sequence: accumulators that add up across sequences, so a
 * campaign's figures (and their bootstrap intervals) are computed from these alone and
 * shards evaluated apart merge to the same numbers. Plain JSON.
 */
export interface SequenceEvaluation {
  id: string;
  /** Sorted, without repeats. */
  tags: string[];
  detection: DetectionAccumulator | null;
  mot: MotCounts | null;
  hazard: HazardAccumulator | null;
}

/**
 * Scores one sequence held in memory.
 *   const seq = evaluateSequence({ id: "site4-cam1-0930", tags: ["night"], detection: { detections, labels } });
 */
export function evaluateSequence(input: SequenceInput, settings: Partial<EvaluationSettings> = {}): SequenceEvaluation {
  const { iouThreshold, graceNs } = { ...EVALUATION_DEFAULTS, ...settings };
  if (typeof input.id !== "string" || input.id === "") throw new VigilError("EVAL_INPUT_INVALID", "a sequence needs a non-empty id");
  const tags = [...new Set(input.tags ?? [])].sort();
  if (tags.some((t) => typeof t !== "string" || t === "")) throw new VigilError("EVAL_INPUT_INVALID", `sequence ${input.id}: tags must be non-empty strings`);
  return {
    id: input.id,
    tags,
    detection: input.detection ? accumulateDetections(input.detection.detections, input.detection.labels, { iouThreshold }) : null,
    mot: input.mot ? motCountsOf(computeMotMetrics(compareToGroundTruth(input.mot.groundTruth, input.mot.results, { maxDistance: 1 - iouThreshold }))) : null,
    hazard: input.hazard ? scoreHazards(input.hazard, { graceNs }) : null,
  };
}
