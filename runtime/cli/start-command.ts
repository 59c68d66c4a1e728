import { join } from "node:path";
import { Command } from "commander";
import { REPO_PIPELINES_DIR } from "./repo-paths.js";
import { runPipelineUntilSignal } from "./run-command.js";

/** `vigil start` (what `npm start` runs): the default camera pipeline. */
export function startCommand(): Command {
  return new Command("start")
    .description("run the default camera pipeline (pipelines/camera.yaml) until SIGINT or SIGTERM")
    .option("--config <file>", "pipeline file", join(REPO_PIPELINES_DIR, "camera.yaml"))
    .option("--model <path>", "model to use (default: VIGIL_MODEL, else the fixtures' yolox_nano)")
    .addHelpText(
      "after",
      "\nFeed it from another terminal:\n" +
        "  npx vigil sim camera --frames ../shared/fixtures/video/PETS09-S2L1 --fps 10 --connect tcp://127.0.0.1:5555\n" +
        "Watch the detections:\n  npx vigil watch --connect tcp://127.0.0.1:5556",
    )
    .action(async (opts: { config: string; model?: string }) => {
      await runPipelineUntilSignal(opts.config, { model: opts.model });
    });
}
