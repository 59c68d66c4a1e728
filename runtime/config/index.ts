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
