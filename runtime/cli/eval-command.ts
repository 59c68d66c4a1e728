import { readFile, writeFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { Command } from "commander";
import { VigilError } from "../errors/index.js";
import { campaignReport, evaluateCampaign, mergeCampaigns, renderHtmlReport, parseCampaignEvaluation, evaluateMot, formatMotSummaryTable, motEvaluationToJson, parseMotText, type CampaignReport, type MotRow, type MotSequenceInput } from "../eval/index.js";
import { loadHazardLabels, readMcapLog, sequenceIdOf, sequenceInputFromLogs } from "../record/index.js";
import { parseShard, shardOf, type Shard } from "./shard-option.js";

interface EvalMotOptions {
  gt?: string[];
  res?: string[];
  name?: string[];
  json?: boolean;
}

/** Repeatable option: every occurrence, in order (no default, so help shows none). */
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * `vigil eval`: offline evaluation commands; `vigil eval mot` scores tracker output against
 * MOTChallenge ground truth with py-motmetrics' numbers (CLEAR-MOT, IDF1).
 *   program.addCommand(evalCommand()); // vigil eval mot --gt seq/gt/gt.txt --res seq.txt
 */
export function evalCommand(): Command {
  const mot = new Command("mot")
    .description("CLEAR-MOT and ID metrics (py-motmetrics' numbers) of tracker results against MOTChallenge ground truth")
    .option("--gt <path>", "ground-truth file, MOT15 format (repeat for several sequences)", collect)
    .option("--res <path>", "tracker results for the --gt in the same position (repeat as often as --gt)", collect)
    .option("--name <name>", "sequence name for the --gt in the same position (default: the folder above gt/)", collect)
    .option("--json", "print {<sequence>: {mota, motp, idf1, ...}} with py-motmetrics' metric names, plus OVERALL for several")
    .addHelpText(
      "after",
      "\nMatching: IoU >= 0.5; ground-truth rows with conf 0 are ignored. MOTP is the mean 1 - IoU (lower is better).\n" +
        "Example:\n  vigil eval mot --gt TUD-Campus/gt/gt.txt --res campus.txt --gt TUD-Stadtmitte/gt/gt.txt --res stadtmitte.txt",
    )
    .action(async (opts: EvalMotOptions) => {
      const inputs = await loadSequences(opts);
      const evaluation = evaluateMot(inputs);
      process.stdout.write(opts.json ? `${JSON.stringify(motEvaluationToJson(evaluation), null, 2)}\n` : formatMotSummaryTable(evaluation));
    });
  return new Command("eval")
    // `vigil eval --json F` (a file) and `vigil eval mot --json` (a flag): options after a subcommand's name are its own.
    .enablePositionalOptions()
    .description("evaluate perception output against ground truth: a replayed log against its labels, or MOTChallenge files (eval mot)")
    .argument("[logs...]", "logs of what the pipeline decided (vigil replay --out), one per sequence")
    .option("--labels <log>", "the labels log for the log in the same position (vigil import mot --out) (repeat as often as logs)", collect)
    .option("--tag <tag>", "a scenario tag for every sequence of this run (repeat)", collect)
    .option("--hazards <file>", "hazard labels (YAML: sequences.<id>.tags and .hazards [{ id, start_s, end_s, min_level }]): scores missed hazards, time to first alarm, false stops per hour")
    .option("--json <file>", "write the report (JSON: figures with bootstrap 95% intervals and spread, per tag and per sequence)")
    .option("--html <file>", "write the report as a self-contained HTML page with charts")
    .option("--resamples <n>", "bootstrap resamples", (v: string) => Number.parseInt(v, 10), 1000)
    .option("--shard <i/n>", "score only shard i of n (log/labels pairs at positions i, i + n, ... in log-name order)", parseShard)
    .option("--campaign <file>", "also write the per-sequence accumulators (JSON) that `vigil eval merge` joins")
    .addCommand(mot)
    .addCommand(mergeCommand())
    .addHelpText(
      "after",
      "\nDetection precision / recall / AP@0.5 per class come from /vigil/detections, MOT metrics from the confirmed tracks on\n" +
        "/vigil/tracks, both against /labels/tracks; frames are matched by seq. Intervals resample whole sequences.\n" +
        "Example:\n  vigil eval pets-yolox.mcap --labels pets.mcap --json yolox.json && vigil gate --baseline a.json --candidate yolox.json --gates gates.yaml",
    )
    .action(async (logs: string[], opts: { labels?: string[]; tag?: string[]; hazards?: string; json?: string; html?: string; resamples: number; shard?: Shard; campaign?: string }) => {
      const labels = opts.labels ?? [];
      const hazardLabels = opts.hazards === undefined ? undefined : await loadHazardLabels(opts.hazards);
      if (logs.length === 0) throw new VigilError("USAGE", "give a log to evaluate and its --labels (or use vigil eval mot)");
      if (labels.length !== logs.length) throw new VigilError("USAGE", `give one --labels per log: ${logs.length} logs, ${labels.length} --labels`);
      const inputs = [];
      for (const [log, label] of shardOf(logs.map((l, i) => [l, labels[i]!] as const), opts.shard, ([l]) => l)) {
        const [output, truth] = await Promise.all([readMcapLog(log), readMcapLog(label)]);
        for (const l of [output, truth]) if (l.problem) process.stderr.write(`vigil: ${l.problem.code}: ${l.problem.message}; scoring the readable part\n`);
        // With a hazards file every sequence is scored for hazards (none listed: only its false stops count).
        const labelled = hazardLabels?.sequences[sequenceIdOf(truth)];
        inputs.push(
          sequenceInputFromLogs(output, truth, {
            tags: [...(opts.tag ?? []), ...(labelled?.tags ?? [])],
            ...(hazardLabels !== undefined ? { hazards: labelled?.hazards ?? [] } : {}),
          }),
        );
      }
      const campaign = evaluateCampaign(inputs);
      if (opts.campaign !== undefined) await writeFile(opts.campaign, `${JSON.stringify(campaign)}\n`);
      const report = campaignReport(campaign, { resamples: opts.resamples });
      await writeReports(report, opts);
    });
}

/** `vigil eval merge`: shards' campaign files joined into one report, the same as scoring everything at once. */
function mergeCommand(): Command {
  return new Command("merge")
    .description("join the --campaign files of sharded `vigil eval` runs into one report (identical to an unsharded run)")
    .argument("<campaigns...>", "campaign files written by vigil eval --campaign")
    .option("--json <file>", "write the report (JSON)")
    .option("--html <file>", "write the report as a self-contained HTML page with charts")
    .option("--resamples <n>", "bootstrap resamples", (v: string) => Number.parseInt(v, 10), 1000)
    .addHelpText("after", "\nExample:\n  vigil eval merge shard-*.json --json report.json\n")
    .action(async (files: string[], opts: { json?: string; html?: string; resamples: number }) => {
      const parts = [];
      for (const file of files) {
        let raw: unknown;
        try {
          raw = JSON.parse(await readFile(file, "utf8"));
        } catch (err) {
          throw new VigilError("USAGE", `cannot read campaign ${file}: ${(err as Error).message}`, { cause: err });
        }
        parts.push(parseCampaignEvaluation(raw, file));
      }
      await writeReports(campaignReport(mergeCampaigns(parts), { resamples: opts.resamples }), opts);
    });
}

async function writeReports(report: CampaignReport, opts: { json?: string; html?: string }): Promise<void> {
  if (opts.json !== undefined) await writeFile(opts.json, `${JSON.stringify(report, null, 2)}\n`);
  if (opts.html !== undefined) await writeFile(opts.html, renderHtmlReport(report));
  process.stdout.write(formatReportSummary(report));
}

/** The headline figures, one line each. */
function formatReportSummary(report: CampaignReport): string {
  const fig = (f: { value: number | null; ci95: [number, number] | null } | undefined): string =>
    f === undefined || f.value === null ? "-" : `${f.value.toFixed(3)}${f.ci95 ? ` [${f.ci95[0].toFixed(3)}, ${f.ci95[1].toFixed(3)}]` : ""}`;
  const lines = [`${Object.keys(report.sequences).length} sequence(s)`];
  if (report.detection) lines.push(`detection: precision ${fig(report.detection.precision)}, recall ${fig(report.detection.recall)}, AP@0.5 ${fig(report.detection.ap)}`);
  if (report.mot) lines.push(`tracking: MOTA ${fig(report.mot.mota)}, IDF1 ${fig(report.mot.idf1)}`);
  if (report.hazard) lines.push(`hazards: missed ${fig(report.hazard.missed)}, false stops/h ${fig(report.hazard.false_stops_per_hour)}`);
  return `${lines.join("\n")}\n`;
}

async function loadSequences({ gt = [], res = [], name = [] }: EvalMotOptions): Promise<MotSequenceInput[]> {
  if (gt.length === 0 || res.length === 0) throw new VigilError("USAGE", "pass at least one --gt and one --res");
  if (gt.length !== res.length) throw new VigilError("USAGE", `got ${gt.length} --gt and ${res.length} --res: pass one --res for each --gt, in the same order`);
  if (name.length > 0 && name.length !== gt.length) throw new VigilError("USAGE", `got ${name.length} --name for ${gt.length} sequences: name all of them or none`);
  const names = gt.map((path, k) => name[k] ?? sequenceNameOf(path));
  const duplicate = names.find((n, k) => names.indexOf(n) !== k);
  if (duplicate !== undefined) throw new VigilError("USAGE", `two sequences are named ${duplicate}: give each a distinct --name`);
  if (names.length > 1 && names.includes("OVERALL")) throw new VigilError("USAGE", "OVERALL is the name of the combined row: pick another --name");
  return Promise.all(
    gt.map(async (gtPath, k) => ({
      name: names[k]!,
      groundTruth: await readMotFile("--gt", gtPath),
      results: await readMotFile("--res", res[k]!),
    })),
  );
}

/** `.../TUD-Campus/gt/gt.txt` -> `TUD-Campus`; the path itself when there is no such folder. */
function sequenceNameOf(gtPath: string): string {
  const folder = basename(dirname(dirname(resolve(gtPath))));
  return folder === "" ? gtPath : folder;
}

async function readMotFile(option: string, path: string): Promise<MotRow[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("USAGE", `cannot read ${option} ${path}: ${(err as Error).message}`, { cause: err });
  }
  return parseMotText(text, path);
}
