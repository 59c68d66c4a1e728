export { parseMotText, formatMotText, type MotRow } from "./mot-format.js";
export { iouDistance, type LtwhBox } from "./iou-distance.js";
export { MotAccumulator, type MotAccumulatorOptions, type MotEvent, type MotFrameBox, type MotPresence } from "./mot-accumulator.js";
export { compareToGroundTruth } from "./compare-to-ground-truth.js";
export { computeMotMetrics, combineMotMetrics, type MotMetrics } from "./mot-metrics.js";
export { computeIdCounts, type IdCounts } from "./id-metrics.js";
export { evaluateMot, type MotEvaluation, type MotSequenceInput } from "./evaluate-mot.js";
export { formatMotSummaryTable } from "./mot-summary-table.js";
export { motEvaluationToJson, MOT_JSON_METRICS, type MotJsonRow } from "./mot-summary-json.js";
