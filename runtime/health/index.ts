// Runtime health: sensor image checks, per-sensor link checks, and the heartbeats every
// stage publishes for the fallback supervisor. Other folders import only from here.
export {
  frameStatistics,
  SensorHealthMonitor,
  SENSOR_HEALTH_REASONS,
  thumbnailFor,
  type FrameStatistics,
  type SensorHealthReason,
  type SensorHealthReport,
  type Thumbnail,
  type ThumbnailOptions,
} from "./sensor-health.js";
export { SensorHealthConfigSchema, type SensorHealthConfig } from "./sensor-health-config.js";
export { HealthConfigSchema, HeartbeatConfigSchema, type HealthConfig, type HeartbeatConfig } from "./health-config.js";
export { RuntimeHealth, ALL_SENSORS, type DetectorHealthSource, type HeartbeatReport, type ImageStatisticsListener, type RuntimeHealthOptions } from "./runtime-health.js";
export { HeartbeatPublisher, type HeartbeatPublisherOptions } from "./heartbeat-publisher.js";
export { SlidingWindowCount } from "./sliding-window-count.js";
