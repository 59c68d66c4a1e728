// The sensor health checks' public face: other folders import only from here.
export {
  frameStatistics,
  SensorHealthConfigSchema,
  SensorHealthMonitor,
  SENSOR_HEALTH_REASONS,
  thumbnailFor,
  type FrameStatistics,
  type SensorHealthConfig,
  type SensorHealthReason,
  type SensorHealthReport,
  type Thumbnail,
  type ThumbnailOptions,
} from "./sensor-health.js";
