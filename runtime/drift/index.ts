// Data drift (issue 7): reference profiles, PSI / KS sliding windows per sensor and feature,
// alarms with hysteresis on gauges, log lines and MQTT DriftEvents. Other folders import only
// from here (drift-command.ts, the `vigil drift` CLI, belongs with the commands in runtime/cli/).
export { DriftMonitor, type DriftMonitorOptions, type DriftAlarmEvent, type DriftSnapshot, type FeatureEvaluation, type ShortLivedEvaluation } from "./drift-monitor.js";
export { openDriftMonitor, type OpenDriftMonitorOptions } from "./open-drift-monitor.js";
export { driftTaps, type DriftTaps } from "./drift-taps.js";
export { driftEventFields } from "./drift-event-fields.js";
export { DRIFT_METRIC_NAMES } from "./drift-metrics.js";
export { DriftProfileBuilder, type DriftProfileBuildConfig } from "./drift-profile-builder.js";
export {
  DRIFT_PROFILE_VERSION,
  parseDriftProfile,
  loadDriftProfile,
  saveDriftProfile,
  type DriftProfile,
  type DriftSensorProfile,
  type DriftFeatureProfile,
} from "./drift-profile.js";
export { driftProfileFromLogs, type DriftProfileFromLogsOptions, type DriftLogSummary } from "./drift-profile-from-logs.js";
export type { ImageStatistics } from "./drift-feature-extractor.js";
export { BRIGHTNESS, CONTRAST, DETECTIONS_PER_FRAME, SHORT_LIVED_TRACKS, scoreFeature } from "./drift-features.js";
export { populationStabilityIndex } from "./population-stability-index.js";
export { ksStatistic, ksPValue } from "./ks-statistic.js";
