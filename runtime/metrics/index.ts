// Runtime metrics (Prometheus, prom-client): RuntimeMetrics on a Registry the local API serves
// at /metrics. Other folders import only from here.
export {
  RuntimeMetrics,
  type CloudMetricsSource,
  type MetricsTaps,
  type PipelineMetricsSource,
  type RuntimeMetricsOptions,
} from "./runtime-metrics.js";
export { METRIC_NAMES, type MetricName, type MetricsTarget } from "./metric-names.js";
export { LabelBound, OTHER_LABEL } from "./label-bound.js";
export { LATENCY_STAGES, type LatencyStage, type ModelLabels } from "./latency-metrics.js";
export { STATE_VALUE, type StageStatus } from "./stage-state-metrics.js";
export { UNATTRIBUTED_SENSOR } from "./frame-counter-metrics.js";
export type { DetectorView } from "./detector-metrics.js";
