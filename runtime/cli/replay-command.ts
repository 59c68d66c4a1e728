import { existsSync } from "node:fs";
import { Command, Option } from "commander";
import { ManualClock } from "../clock/index.js";
import { loadPipeline } from "../config/index.js";
import { VigilError } from "../errors/index.js";
import { createLogger } from "../observe/index.js";
import type { Detector } from "../perception/index.js";
import { readMcapLog, replayLog } from "../record/index.js";
import { loadDetector } from "./run-command.js";

/** `vigil replay`: a log through a pipeline on a virtual clock, deterministically. */
export function replayCommand(): Command {
  return new Command("replay")
    .description("feed a recorded log through a pipeline on a virtual clock and record what it decides (byte-identical on every run)")
    .argument("<log>", "the MCAP log to replay (a truncated one replays as far as it reads)")
    .requiredOption("--config <file>", "pipeline file (YAML): its tracker, risk and actuation sections, and detector for camera frames")
    .requiredOption("--out <file>", "the .mcap to write (must not exist)")
    .option("--model <path>", "model to use instead of the pipeline file's detector.model")
    .addOption(new Option("--speed <speed>", "max: as fast as the stages go; 1x: paced like the log").choices(["max", "1x"]).default("max"))
    .option("--json", "print the summary as JSON")
    .addHelpText(
      "after",
      "\nInputs: /vigil/frames (through the model) and /vigil/objects; a log with neither replays its /vigil/detections\n" +
        "through tracking and risk, with no model. Every input goes through on its own (no frame is dropped or stale),\n" +
        "so the output depends only on the log, the model and the config.\n" +
        "Example:\n  vigil replay pets.mcap --config pipelines/camera.yaml --out pets-yolox.mcap\n",
    )
    .action(async (logPath: string, opts: { config: string; out: string; model?: string; speed: "max" | "1x"; json?: boolean }) => {
      if (existsSync(opts.out)) throw new VigilError("USAGE", `--out ${opts.out} exists: replay never overwrites a log`);
      const { config, path } = await loadPipeline(opts.config);
      const logger = createLogger("vigil-replay");
      const clock = new ManualClock();
      const hasFrames = (await readMcapLog(logPath)).channels.some((c) => c.topic === "/vigil/frames");
      const detector: Detector | undefined = hasFrames ? await loadDetector(config, path, { model: opts.model }, logger, clock) : undefined;
      const tty = process.stderr.isTTY === true;
      try {
        const summary = await replayLog({
          log: logPath,
          config,
          detector,
          clock,
          out: opts.out,
          speed: opts.speed,
          logger,
          // A progress bar on a terminal; nothing in CI logs.
          onProgress: tty ? (done, total) => process.stderr.write(`\rreplay ${progressBar(done / total)} ${done}/${total}`) : undefined,
        });
        if (tty) process.stderr.write("\n");
        const written = Object.entries(summary.recorded.written).map(([t, n]) => `${t} ${n}`).join(", ");
        process.stdout.write(
          opts.json
            ? `${JSON.stringify({ ...summary, out: opts.out })}\n`
            : `replayed ${summary.inputs} ${summary.input} (${summary.spanS.toFixed(1)} s of log, ${summary.rejected} rejected, ${summary.failed} failed) -> ${opts.out}: ${written}\n` +
                (summary.problem ? `note: ${summary.problem}\n` : ""),
        );
      } finally {
        await detector?.dispose();
      }
    });
}

function progressBar(fraction: number, width = 30): string {
  const full = Math.round(fraction * width);
  return `[${"#".repeat(full)}${".".repeat(width - full)}] ${(fraction * 100).toFixed(0).padStart(3)}%`;
}
