import type { Registry } from "prom-client";

/**
 * Every metric family RuntimeMetrics registers, without the prefix (config metrics.prefix,
 * default "vigil_"). docs/grafana/vigil-dashboard.json and the tests use these names.
 *   const name = `${prefix}${METRIC_NAMES.framesReceived}`; // "vigil_frames_received_total"
 */
export const METRIC_NAMES = {
  // frames: read from PipelineCounters at scrape time, so they equal its counts exactly
  framesReceived: "frames_received_total",
  framesProcessed: "frames_processed_total",
  framesDropped: "frames_dropped_total",
  framesStale: "frames_stale_total",
  framesFailed: "frames_failed_total",
  framesRejected: "frames_rejected_total",
  framesRejectedByReason: "frames_rejected_by_reason_total",
  framesPending: "frames_pending",
  // latencies
  stageLatency: "stage_latency_seconds",
  stageLatencyNegative: "stage_latency_negative_total",
  inferenceLatency: "inference_latency_seconds",
  // pipeline state
  queueDepth: "queue_depth",
  modelInfo: "model_info",
  stageState: "stage_state",
  detectorState: "detector_state",
  detectorFailovers: "detector_failovers_total",
  detectorTimeouts: "detector_timeouts_total",
  detectorRetries: "detector_retries_total",
  // tracking and risk
  tracksActive: "tracks_active",
  tracksStarted: "tracks_started_total",
  riskLevel: "risk_level",
  riskAssessments: "risk_assessments_total",
  // actuation
  commands: "commands_total",
  fallbackActive: "fallback_active",
  fallbackTriggers: "fallback_triggers_total",
  // cloud link (registered by attachCloud)
  mqttConnected: "mqtt_connected",
  mqttConnects: "mqtt_connects_total",
  mqttReconnects: "mqtt_reconnects_total",
  mqttConnectErrors: "mqtt_connect_errors_total",
  mqttPublished: "mqtt_published_total",
  mqttAcked: "mqtt_acked_total",
  mqttInflight: "mqtt_inflight",
  outboxRecords: "outbox_records",
  outboxBytes: "outbox_bytes",
  outboxDropped: "outbox_dropped_total",
  outboxRejectedFull: "outbox_rejected_full_total",
  // the metrics themselves
  labelOverflow: "metric_label_overflow_total",
} as const;

export type MetricName = (typeof METRIC_NAMES)[keyof typeof METRIC_NAMES];

/** Where a metrics module registers its families: the registry and the name prefix. */
export interface MetricsTarget {
  readonly registry: Registry;
  readonly prefix: string;
}
