export { parseMotText, formatMotText, type MotRow } from "./mot-format.js";
export { iouDistance, type LtwhBox } from "./iou-distance.js";
export { MotAccumulator, type MotAccumulatorOptions, type MotEvent, type MotFrameBox, type MotPresence } from "./mot-accumulator.js";
export { compareToGroundTruth } from "./compare-to-ground-truth.js";
export { computeMotMetrics, combineMotMetrics, type MotMetrics } from "./mot-metrics.js";
export { computeIdCounts, type IdCounts } from "./id-metrics.js";
export { evaluateMot, type MotEvaluation, type MotSequenceInput } from "./evaluate-mot.js";
export { formatMotSummaryTable } from "./mot-summary-table.js";
export { motEvaluationToJson, MOT_JSON_METRICS, type MotJsonRow } from "./mot-summary-json.js";
export { quantile } from "./quantile.js";
export { bootstrapWeights, percentileInterval, spreadOf, BOOTSTRAP_DEFAULTS, type BootstrapOptions, type Spread } from "./bootstrap.js";
export { DetectionMatcher, accumulateDetections, type Detection, type DetectionLabel, type DetectionAccumulator, type ClassDetections, type DetectionMatcherOptions } from "./detection-matching.js";
export { averagePrecision } from "./average-precision.js";
export { DetectionPool, detectionMetrics, detectionClassNames, type DetectionMetrics, type ClassDetectionMetrics } from "./detection-metrics.js";
export { motCountsOf, combineMotCounts, MOT_COUNT_KEYS, type MotCounts } from "./mot-counts.js";
export {
  HazardScorer,
  scoreHazards,
  type HazardLabel,
  type HazardLevel,
  type RiskSample,
  type CommandSample,
  type HazardOutcome,
  type HazardAccumulator,
  type HazardScorerOptions,
  type HazardSequenceInput,
  type DecisionSource,
} from "./hazard-scoring.js";
export { combineHazards, type HazardMetrics } from "./hazard-metrics.js";
export { evaluateSequence, EVALUATION_DEFAULTS, type EvaluationSettings, type SequenceInput, type SequenceEvaluation } from "./sequence-evaluation.js";
export {
  evaluateCampaign,
  mergeCampaigns,
  parseCampaignEvaluation,
  CAMPAIGN_EVALUATION_KIND,
  CAMPAIGN_EVALUATION_VERSION,
  type CampaignEvaluation,
} from "./campaign-evaluation.js";
export { campaignReport, CAMPAIGN_REPORT_KIND, CAMPAIGN_REPORT_VERSION, type CampaignReport, type ScopeReport, type MetricValue, type Reported } from "./campaign-report.js";
export { reportMetric, type ReportMetric } from "./report-metric.js";
export { parseGates, parseGatesYaml, evaluateGates, GatesFileSchema, GATE_LIMIT_KINDS, GATE_TOLERANCE, type Gate, type GateLimitKind, type GateResult, type GateVerdict } from "./gates.js";
export { formatGateTable } from "./gate-table.js";
export { renderHtmlReport } from "./html-report.js";
