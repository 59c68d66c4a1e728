export { createLogger, withComponent, sensorLogger, silentLogger, type Logger } from "./logger.js";
export { RateLimitedLog } from "./rate-limited-log.js";
export { PipelineCounters, type CounterListener, type CountersSnapshot, type SensorCounts } from "./pipeline-counters.js";
