import { Command } from "commander";
import { interval } from "rxjs";
import { loadPipeline } from "../config/index.js";
import { SystemClock } from "../graph/index.js";
import { createLogger } from "../observe/index.js";
import { assembleRuntime } from "./runtime-assembly.js";

/** `vigil run`: a pipeline until SIGINT / SIGTERM. */
export function runCommand(): Command {
  return new Command("run")
    .description("run a pipeline until SIGINT or SIGTERM, then shut down cleanly and log the counters")
    .requiredOption("--config <file>", "pipeline file (YAML), e.g. pipelines/camera.yaml")
    .option("--model <path>", "model to use instead of the pipeline file's detector.model")
    .addHelpText(
      "after",
      "\nThe model: --model, else detector.model, else VIGIL_MODEL, else the fixtures' yolox_nano (VIGIL_FIXTURES).\n" +
        "Logs are JSON lines on stderr (VIGIL_LOG_LEVEL=debug for more).\n" +
        "With record.enabled in the pipeline file, everything is also written to MCAP files in record.dir.\n" +
        "Example:\n  vigil run --config pipelines/camera.yaml",
    )
    .action(async (opts: { config: string; model?: string }) => {
      await runPipelineUntilSignal(opts.config, { model: opts.model });
    });
}

/** Loads a pipeline, starts it, and stops it cleanly on the first SIGINT / SIGTERM. */
export async function runPipelineUntilSignal(configPath: string, overrides: { model?: string } = {}): Promise<void> {
  const { config, path } = await loadPipeline(configPath);
  const logger = createLogger(`vigil-${config.name}`);
  const clock = new SystemClock();
  const rt = await assembleRuntime(config, path, overrides, logger, clock);
  const { pipeline, detector, recorder, api } = rt;
  // Listen for signals before announcing the endpoints: whoever waits for that line may
  // signal at once, and a signal with no listener kills the process without draining.
  const signal = new Promise<NodeJS.Signals | "failed">((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
    pipeline.done.then(
      () => resolve("failed"),
      () => resolve("failed"),
    );
  });
  const endpoints = pipeline.endpoints;
  logger.info(
    { ...endpoints, model: detector ? `${detector.modelName}@${detector.modelVersion}` : "none", backend: detector ? `${detector.backend}/${detector.provider}` : "none" },
    "pipeline running",
  );
  const inputs = config.ingest.map((i, n) => `${i.kind === "frames" ? "SensorFrames" : "ObjectLists"} on ${endpoints.ingest[n]}`).join(", ");
  const extra = [
    endpoints.tracks ? `TrackSets on ${endpoints.tracks}` : "",
    endpoints.risk ? `RiskAssessments on ${endpoints.risk}` : "",
    endpoints.commands ? `ActuationCommands on ${endpoints.commands}` : "",
    endpoints.heartbeats ? `Heartbeats on ${endpoints.heartbeats}` : "",
  ].filter(Boolean);
  if (endpoints.heartbeats === undefined) {
    logger.warn("no heartbeat section: no fallback supervisor can watch this pipeline (add heartbeat: to the pipeline file and run vigil supervise)");
  }
  if (recorder !== undefined) extra.push(`recording to ${recorder.dir}`);
  if (api !== undefined) extra.push(`local API on ${api.url}`);
  process.stderr.write(`vigil: pipeline "${config.name}" listening for ${inputs}; DetectionSets on ${endpoints.detections}${extra.map((e) => `; ${e}`).join("")}\n`);
  const stats =
    config.logging.stats_interval_ms > 0
      ? interval(config.logging.stats_interval_ms).subscribe(() => logger.info({ counters: pipeline.counters.snapshot() }, "counters"))
      : undefined;

  const received = await signal;
  // A second signal while draining means "now".
  const force = (): never => {
    logger.warn("second signal: exiting without draining");
    process.exit(1);
  };
  process.once("SIGINT", force);
  process.once("SIGTERM", force);
  logger.info({ signal: received }, "stopping");
  stats?.unsubscribe();
  logger.info(await rt.stop(), "stopped");
  process.removeListener("SIGINT", force);
  process.removeListener("SIGTERM", force);
  if (received === "failed") throw new Error("the pipeline stopped on its own; see the log above");
}

/** Kept here for the commands and tests that load a pipeline's model: see load-detector.ts. */
export { loadDetector } from "./load-detector.js";
