export {
  PipelineSchema,
  type PipelineConfig,
  type IngestConfig,
  type DetectorConfig,
  type PublishConfig,
} from "./pipeline-schema.js";
export { loadPipeline, parsePipeline, resolveConfigPath, type LoadedPipeline } from "./load-pipeline.js";
