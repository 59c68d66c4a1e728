import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { Command, Option } from "commander";
import { ManualClock } from "../clock/index.js";
import { loadPipeline } from "../config/index.js";
import { VigilError } from "../errors/index.js";
import { createLogger } from "../observe/index.js";
import type { Detector } from "../perception/index.js";
import { readMcapLog, replayLog } from "../record/index.js";
import { loadDetector } from "./run-command.js";
import { parseShard, shardOf, type Shard } from "./shard-option.js";

/** `vigil replay`: a log through a pipeline on a virtual clock, deterministically. */
export function replayCommand(): Command {
  return new Command("replay")
    .description("feed a recorded log through a pipeline on a virtual clock and record what it decides (byte-identical on every run)")
    .argument("<logs...>", "MCAP logs to replay (a truncated one replays as far as it reads)")
    .requiredOption("--config <file>", "pipeline file (YAML): its tracker, risk and actuation sections, and detector for camera frames")
    .requiredOption("--out <path>", "the .mcap to write (must not exist); a folder (one output per log, same name) with several logs or --shard")
    .option("--shard <i/n>", "replay only shard i of n: the logs at positions i, i + n, ... in name order", parseShard)
    .option("--model <path>", "model to use instead of the pipeline file's detector.model")
    .addOption(new Option("--speed <speed>", "max: as fast as the stages go; 1x: paced like the log").choices(["max", "1x"]).default("max"))
    .option("--json", "print the summary as JSON")
    .addHelpText(
      "after",
      "\nInputs: /vigil/frames (through the model) and /vigil/objects; a log with neither replays its /vigil/detections\n" +
        "through tracking and risk, with no model. Every input goes through on its own (no frame is dropped or stale),\n" +
        "so the output depends only on the log, the model and the config.\n" +
        "Example:\n  vigil replay pets.mcap --config pipelines/camera.yaml --out pets-yolox.mcap\n" +
        "  vigil replay logs/*.mcap --config pipelines/camera.yaml --out replays/ --shard 0/8   # one pod of an Indexed Job\n",
    )
    .action(async (logs: string[], opts: { config: string; out: string; model?: string; speed: "max" | "1x"; json?: boolean; shard?: Shard }) => {
      const toFolder = logs.length > 1 || opts.shard !== undefined;
      const mine = shardOf(logs, opts.shard, (l) => l);
      if (toFolder) await mkdir(opts.out, { recursive: true });
      const outOf = (log: string): string => (toFolder ? join(opts.out, basename(log)) : opts.out);
      if (toFolder && new Set(mine.map((l) => basename(l))).size !== mine.length) throw new VigilError("USAGE", "logs replayed into one folder need distinct file names");
      for (const log of mine) if (existsSync(outOf(log))) throw new VigilError("USAGE", `${outOf(log)} exists: replay never overwrites a log`);
      const { config, path } = await loadPipeline(opts.config);
      const logger = createLogger("vigil-replay");
      const tty = process.stderr.isTTY === true;
      for (const log of mine) {
        const clock = new ManualClock();
        const hasFrames = (await readMcapLog(log)).channels.some((c) => c.topic === "/vigil/frames");
        // A fresh detector per log: its state (and its clock) never carries from one log to the next.
        const detector: Detector | undefined = hasFrames ? await loadDetector(config, path, { model: opts.model }, logger, clock) : undefined;
        try {
          const summary = await replayLog({
            log,
            config,
            detector,
            clock,
            out: outOf(log),
            speed: opts.speed,
            logger,
            // A progress bar on a terminal; nothing in CI logs.
            onProgress: tty ? (done, total) => process.stderr.write(`\rreplay ${basename(log)} ${progressBar(done / total)} ${done}/${total}`) : undefined,
          });
          if (tty) process.stderr.write("\n");
          const written = Object.entries(summary.recorded.written).map(([t, n]) => `${t} ${n}`).join(", ");
          process.stdout.write(
            opts.json
              ? `${JSON.stringify({ ...summary, log, out: outOf(log) })}\n`
              : `replayed ${summary.inputs} ${summary.input} (${summary.spanS.toFixed(1)} s of log, ${summary.rejected} rejected, ${summary.failed} failed) -> ${outOf(log)}: ${written}\n` +
                  (summary.problem ? `note: ${summary.problem}\n` : ""),
          );
        } finally {
          await detector?.dispose();
        }
      }
    });
}

function progressBar(fraction: number, width = 30): string {
  const full = Math.round(fraction * width);
  return `[${"#".repeat(full)}${".".repeat(width - full)}] ${(fraction * 100).toFixed(0).padStart(3)}%`;
}
