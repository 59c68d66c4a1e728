import { Command } from "commander";
import { loadDetector } from "./run-command.js";
import { DriftConfigSchema, type DriftConfig } from "../config/drift-config.js";
import { loadPipeline, type PipelineConfig } from "../config/index.js";
import { createLogger } from "../observe/index.js";
import { driftProfileFromLogs, saveDriftProfile } from "../drift/index.js";

/** The pipeline's drift section, or the defaults while the pipeline file has none. */
export function driftConfigOf(pipeline: PipelineConfig): DriftConfig {
  const section = (pipeline as PipelineConfig & { drift?: DriftConfig }).drift;
  return section ?? DriftConfigSchema.parse({});
}

/**
 * `vigil drift profile LOG... --config PIPELINE --out reference.json`: a drift reference
 * profile from recorded logs (replayed through the pipeline, or as recorded with --recorded).
 *   vigil drift profile day1.mcap day2.mcap --config pipelines/camera.yaml --out reference.json
 */
export function driftCommand(): Command {
  const drift = new Command("drift").description("data drift: reference profiles for the drift monitor (pipeline section drift:)");
  drift.addCommand(
    new Command("profile")
      .description("build a drift reference profile (JSON) from recorded logs")
      .argument("<logs...>", "MCAP logs (vigil run with record.enabled, or vigil import)")
      .requiredOption("--config <file>", "pipeline file (YAML): its detector, tracker and drift sections")
      .requiredOption("--out <path>", "the reference profile to write (JSON; replaced atomically if it exists)")
      .option("--model <path>", "model to use instead of the pipeline file's detector.model")
      .option("--recorded", "use the DetectionSets and TrackSets the logs recorded instead of replaying their inputs through the pipeline")
      .option("--json", "print the summary as JSON")
      .addHelpText(
        "after",
        "\nEach log's frames (through the model) and object lists are replayed on a virtual clock, as `vigil replay` does;\n" +
          "the profile holds, per sensor, histograms and a seeded sample of image brightness and contrast, detections per frame,\n" +
          "scores per class, and the short-lived track fraction. The same logs, model and config give the same file.\n" +
          "Point the pipeline's drift.reference.file at it.\n" +
          "Example:\n  vigil drift profile pets.mcap --config pipelines/camera.yaml --out reference.json\n",
      )
      .action(async (logs: string[], opts: { config: string; out: string; model?: string; recorded?: boolean; json?: boolean }) => {
        const { config, path } = await loadPipeline(opts.config);
        const logger = createLogger("vigil-drift");
        const { profile, logs: summaries } = await driftProfileFromLogs({
          logs,
          pipeline: config,
          drift: driftConfigOf(config),
          replay: opts.recorded !== true,
          loadDetector: (clock) => loadDetector(config, path, { model: opts.model }, logger, clock),
          logger,
        });
        await saveDriftProfile(profile, opts.out);
        const sensors = Object.fromEntries(Object.entries(profile.sensors).map(([id, s]) => [id, { frames: s.frames, features: Object.keys(s.features).length, endedTracks: s.tracks.ended }]));
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ out: opts.out, sensors, logs: summaries })}\n`);
        } else {
          for (const s of summaries) {
            process.stdout.write(`${s.log}: ${s.detectionSets} detection sets, ${s.trackSets} track sets, ${s.frames} frames${s.undecodable ? `, ${s.undecodable} undecodable` : ""}${s.problem ? ` (note: ${s.problem})` : ""}\n`);
          }
          for (const [id, s] of Object.entries(sensors)) process.stdout.write(`sensor ${id}: ${s.frames} frames, ${s.features} features, ${s.endedTracks} ended tracks\n`);
          process.stdout.write(`wrote ${opts.out}\n`);
        }
      }),
  );
  return drift;
}
