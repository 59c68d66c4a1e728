import type { Clock } from "../clock/index.js";
import { resolveConfigPath, type PipelineConfig } from "../config/index.js";
import type { Logger } from "../observe/index.js";
import { createDetector, type Detector } from "../perception/index.js";
import { resolveModel } from "./resolve-model.js";

/** The pipeline's detector: --model, else detector.model, else VIGIL_MODEL, else the fixtures' yolox_nano. */
export async function loadDetector(config: PipelineConfig, path: string, overrides: { model?: string; spec?: string }, logger: Logger, clock: Clock): Promise<Detector> {
  const d = config.detector;
  // A stored model version (the device agent) comes with its own spec.
  const choice =
    overrides.spec !== undefined && overrides.model !== undefined
      ? { model: overrides.model, spec: overrides.spec, preset: undefined, from: "model store" }
      : resolveModel({
          flagModel: overrides.model,
          configModel: d.model === undefined ? undefined : resolveConfigPath(path, d.model),
          spec: d.spec === undefined ? undefined : resolveConfigPath(path, d.spec),
          preset: d.preset,
        });
  logger.info({ model: choice.model, from: choice.from, spec: choice.spec ?? choice.preset ?? "beside the model" }, "loading model");
  return createDetector({
    model: choice.model,
    spec: choice.spec,
    preset: choice.preset,
    // Names were checked against the built-ins and backend_modules by the schema.
    backends: d.backends,
    backendModules: Object.fromEntries(Object.entries(d.backend_modules).map(([name, module]) => [name, resolveConfigPath(path, module)])),
    inferenceTimeoutMs: d.inference_timeout_ms,
    retryPrimaryAfterMs: d.retry_primary_after_ms,
    preloadStandby: d.preload_standby,
    providers: d.providers,
    threads: d.threads,
    specOverrides: { conf_threshold: d.conf_threshold, iou_threshold: d.iou_threshold },
    logger,
    clock,
  });
}
