export {
  PipelineSchema,
  RecordConfigSchema,
  type PipelineConfig,
  type RecordConfig,
  type IngestConfig,
  type DetectorConfig,
  type PublishConfig,
} from "./pipeline-schema.js";
export { loadPipeline, parsePipeline, resolveConfigPath, type LoadedPipeline } from "./load-pipeline.js";
export { CloudConfigSchema, type CloudConfig } from "./cloud-config.js";
export { AgentConfigSchema, type AgentConfig } from "./agent-config.js";
export { MetricsConfigSchema, type MetricsConfig } from "./metrics-config.js";
export { ApiConfigSchema, isLoopbackHost, type ApiConfig } from "./api-config.js";
export { DriftConfigSchema, type DriftConfig } from "./drift-config.js";
export { AuditConfigSchema, type AuditConfig } from "./audit-config.js";
