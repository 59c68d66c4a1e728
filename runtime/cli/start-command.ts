import { join } from "node:path";
import { Command } from "commander";
import { REPO_PIPELINES_DIR } from "./repo-paths.js";
import { runPipelineUntilSignal } from "./run-command.js";
import { runScenarioDemo } from "./scenario-demo.js";

/** `vigil start` (what `npm start` runs): the scenario demo, or the camera pipeline with --camera. */
export function startCommand(): Command {
  return new Command("start")
    .description("run the self-contained demo: a scenario -> runtime -> risk -> arbiter -> actuator (or --camera: the camera pipeline)")
    .option("--scenario <name|file>", "scenario to play (pipelines/scenarios/)", "pedestrian-crossing")
    .option("--loop", "play the scenario again and again until Ctrl-C")
    .option("--camera", "run the camera pipeline (pipelines/camera.yaml) instead of the demo")
    .option("--config <file>", "pipeline file (default: pipelines/demo.yaml, or pipelines/camera.yaml with --camera)")
    .option("--model <path>", "with --camera: the model (default: VIGIL_MODEL, else the fixtures' yolox_nano)")
    .addHelpText(
      "after",
      "\nThe demo needs no model: npm start\n" +
        "Other scenarios: npm start -- --scenario pedestrian-loitering (two-forklifts-passing, sensor-silent)\n" +
        "The camera pipeline: npm start -- --camera, then from other terminals:\n" +
        "  npx vigil sim camera --frames ../shared/fixtures/video/PETS09-S2L1 --fps 10 --connect tcp://127.0.0.1:5555\n" +
        "  npx vigil watch --connect tcp://127.0.0.1:5556",
    )
    .action(async (opts: { scenario: string; loop?: boolean; camera?: boolean; config?: string; model?: string }) => {
      if (opts.camera) {
        await runPipelineUntilSignal(opts.config ?? join(REPO_PIPELINES_DIR, "camera.yaml"), { model: opts.model });
        return;
      }
      const abort = new AbortController();
      const stop = (): void => abort.abort();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      try {
        await runScenarioDemo({ scenario: opts.scenario, config: opts.config, loop: opts.loop === true, out: process.stdout, signal: abort.signal });
      } finally {
        process.removeListener("SIGINT", stop);
        process.removeListener("SIGTERM", stop);
      }
    });
}
