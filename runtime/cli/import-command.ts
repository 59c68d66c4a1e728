import { Command } from "commander";
import { VigilError } from "../errors/index.js";
import { importMotSequence } from "../record/index.js";

/** Default capture time of frame 1 in imported logs: fixed, so imports are byte-identical. */
const DEFAULT_START = "2000-01-01T00:00:00.000Z";

/** `vigil import`: external datasets into Vigil logs (MCAP). */
export function importCommand(): Command {
  const command = new Command("import").description("turn external datasets into Vigil logs (MCAP) that replay and eval read");
  command
    .command("mot")
    .description("a MOTChallenge sequence (detections, ground truth, frames) as an MCAP log")
    .argument("<seqdir>", "sequence folder: seqinfo.ini, det/det.txt, gt/gt.txt (optional), img1/ (optional)")
    .requiredOption("--out <file>", "the .mcap log to write (must not exist)")
    .option("--frames <dir>", "images named by frame number (000001.jpg ...) when the sequence has no img1/")
    .option("--start <iso-time>", "capture time of frame 1 (frame n is (n - 1) / frameRate later)", DEFAULT_START)
    .option("--sensor <id>", "sensor id written into the messages (default: the sequence name)")
    .addHelpText(
      "after",
      "\nChannels: /vigil/frames (SensorFrame, when images are given), /vigil/detections (DetectionSet from det.txt),\n" +
        "/labels/tracks (TrackSet from gt.txt; a track's score is MOT's consider flag, 0 = ignore region).\n" +
        "Example:\n  vigil import mot ../shared/fixtures/tracking/PETS09-S2L1 --frames ../shared/fixtures/video/PETS09-S2L1 --out pets.mcap\n",
    )
    .action(async (seqDir: string, opts: { out: string; frames?: string; start: string; sensor?: string }) => {
      const startMs = Date.parse(opts.start);
      if (!Number.isFinite(startMs)) throw new VigilError("USAGE", `--start needs an ISO time such as ${DEFAULT_START}, got "${opts.start}"`);
      const summary = await importMotSequence({
        seqDir,
        framesDir: opts.frames,
        out: opts.out,
        startNs: BigInt(startMs) * 1_000_000n,
        ...(opts.sensor !== undefined ? { sensorId: opts.sensor } : {}),
      });
      process.stdout.write(
        `${summary.sequence}: ${summary.frames} frames (${summary.images} images), ${summary.detections} detections, ${summary.labels} ground-truth boxes -> ${summary.out}\n`,
      );
    });
  return command;
}
