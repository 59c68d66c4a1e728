import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { VigilError } from "../errors/index.js";
import { CAMPAIGN_REPORT_KIND, CAMPAIGN_REPORT_VERSION, evaluateGates, formatGateTable, parseGatesYaml } from "../eval/index.js";

interface GateOptions {
  baseline: string;
  candidate: string;
  gates: string;
  json?: boolean;
}

const EXAMPLE_GATES = `
Gates file (YAML); each gate names a figure of the report and sets exactly one limit:
  gates:
    - metric: detection.recall              # overall figure
      min: 0.80                             # candidate value >= 0.80
    - metric: tags.night.detection.recall   # the same figure over sequences tagged night
      min: 0.70
    - metric: mot.mota
      max_drop: 0.02                        # candidate >= baseline - 0.02
    - metric: hazard.missed
      max: 0                                # candidate value <= 0
    - metric: hazard.false_stops_per_hour
      max_increase: 0.5                     # candidate <= baseline + 0.5
    - metric: detection.recall
      ci_lower_min: 0.75                    # low end of the candidate's 95% interval >= 0.75
      name: recall-ci                       # optional: shown instead of the limit kind
  (also ci_upper_max: high end of the interval <= limit)
Figures: detection.{precision,recall,ap,num_gt,num_tp,num_fp}, detection.classes.<class>.<same>,
mot.<py-motmetrics name> (mota, motp, idf1, num_switches, ...), hazard.{missed,miss_rate,
time_to_alarm_mean_ms,time_to_alarm_median_ms,time_to_alarm_p90_ms,false_stops,false_stops_per_hour};
prefix tags.<tag>. or sequences.<id>. for one scenario tag or one sequence.
Limits are inclusive. A figure missing from a report, or null there, fails its gate.
Exit status: 0 ship (every gate passes), 1 no-ship, 2 unreadable or invalid files.
Example:
  vigil gate --baseline reports/v1.4.json --candidate reports/v1.5.json --gates gates.yaml`;

/**
 * `vigil gate`: compares a candidate's evaluation report to a baseline's under written
 * gates, prints a table and SHIP / NO-SHIP, and fails (exit 1, GATE_NO_SHIP) on no-ship.
 *   program.addCommand(gateCommand()); // vigil gate --baseline a.json --candidate b.json --gates g.yaml
 */
export function gateCommand(): Command {
  return new Command("gate")
    .description("judge a candidate's evaluation report against a baseline's under written gates: exit 0 ship, 1 no-ship")
    .requiredOption("--baseline <report.json>", "the evaluation report (JSON) of what ships now")
    .requiredOption("--candidate <report.json>", "the evaluation report (JSON) of what would ship instead")
    .requiredOption("--gates <gates.yaml>", "the gates (see below)")
    .option("--json", "print the verdict as JSON instead of a table")
    .addHelpText("after", EXAMPLE_GATES)
    .action(async (opts: GateOptions) => {
      const [gatesText, baseline, candidate] = await Promise.all([readGatesFile(opts.gates), readReport("--baseline", opts.baseline), readReport("--candidate", opts.candidate)]);
      const gates = parseGatesYaml(gatesText, opts.gates);
      const verdict = evaluateGates(gates, baseline, candidate);
      process.stdout.write(opts.json ? `${JSON.stringify({ ship: verdict.ship, gates: verdict.results }, null, 2)}\n` : formatGateTable(verdict));
      if (!verdict.ship) {
        const failed = verdict.results.filter((r) => !r.pass).length;
        throw new VigilError("GATE_NO_SHIP", `${failed} of ${verdict.results.length} gates fail: ${opts.candidate} must not ship`);
      }
    });
}

async function readGatesFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("CONFIG_NOT_FOUND", `cannot read --gates ${path}: ${(err as Error).message}`, { cause: err });
  }
}

async function readReport(option: string, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("USAGE", `cannot read ${option} ${path}: ${(err as Error).message}`, { cause: err });
  }
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch (err) {
    throw new VigilError("USAGE", `${option} ${path} is not JSON: ${(err as Error).message}`, { cause: err });
  }
  const { kind, version } = (report ?? {}) as { kind?: unknown; version?: unknown };
  if (kind !== CAMPAIGN_REPORT_KIND) throw new VigilError("USAGE", `${option} ${path} is not a vigil eval report (its kind is ${JSON.stringify(kind)}, expected "${CAMPAIGN_REPORT_KIND}")`);
  if (version !== CAMPAIGN_REPORT_VERSION) throw new VigilError("USAGE", `${option} ${path} is report version ${JSON.stringify(version)}; this vigil reads version ${CAMPAIGN_REPORT_VERSION}`);
  return report;
}
