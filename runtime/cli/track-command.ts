import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Command } from "commander";
import { VigilError } from "../errors/index.js";
import { formatMotText, parseMotText } from "../eval/index.js";
import { TrackerConfigSchema, parseSeqInfo, runMotTracking } from "../tracking/index.js";
import { parseProbability } from "./option-parsers.js";

async function readInput(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("USAGE", `cannot read ${what} ${path}: ${(err as Error).message} (--mot takes a MOTChallenge sequence folder with det/det.txt and seqinfo.ini)`, { cause: err });
  }
}

/** `vigil track`: the tracker over a MOTChallenge sequence's detections, written as MOT results. */
export function trackCommand(): Command {
  return new Command("track")
    .description("track a MOTChallenge sequence's detections (det/det.txt) and write MOTChallenge results")
    .requiredOption("--mot <seqdir>", "sequence folder holding det/det.txt and seqinfo.ini (frameRate, seqLength)")
    .requiredOption("--out <file>", "results file to write (frame,id,left,top,width,height,score,-1,-1,-1)")
    .option("--min-score <score>", "leave out detections scoring below this before tracking", parseProbability)
    .addHelpText(
      "after",
      "\nConfirmed tracks are written on the frames where a detection matched them (as SORT does);\n" +
        "frame n is at (n - 1) / frameRate seconds. Tracker settings are the defaults of the pipeline's tracker section.\n" +
        "Example:\n  vigil track --mot fixtures/tracking/TUD-Campus --out TUD-Campus.txt\n",
    )
    .action(async (opts: { mot: string; out: string; minScore?: number }) => {
      const detPath = join(opts.mot, "det", "det.txt");
      const iniPath = join(opts.mot, "seqinfo.ini");
      const detText = await readInput(detPath, "detections");
      const info = parseSeqInfo(await readInput(iniPath, "sequence info"), iniPath);
      const detections = parseMotText(detText, detPath);
      const config = TrackerConfigSchema.parse({});

      const t0 = process.hrtime.bigint();
      const result = runMotTracking(detections, info, config, opts.minScore === undefined ? {} : { minScore: opts.minScore });
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

      try {
        await writeFile(opts.out, formatMotText(result.rows));
      } catch (err) {
        throw new VigilError("USAGE", `cannot write --out ${opts.out}: ${(err as Error).message}`, { cause: err });
      }
      const fps = seconds > 0 ? Math.round(result.frames / seconds) : 0;
      process.stdout.write(
        `${info.name || opts.mot}: ${result.frames} frames, ${result.detections} detections, ${result.tracks} tracks, ${result.rows.length} result rows, ${fps} frames/s -> ${opts.out}\n`,
      );
    });
}
