import { isAbsolute, join } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { VigilError } from "../errors/index.js";
import { SystemClock } from "../graph/index.js";
import { createLogger } from "../observe/index.js";
import { loadScenarioFile, ScenarioSimulator } from "../sim/index.js";
import { REPO_PIPELINES_DIR } from "./repo-paths.js";

/** Where scenario names resolve: pipelines/scenarios/<name>.yaml. */
export const REPO_SCENARIOS_DIR = join(REPO_PIPELINES_DIR, "scenarios");

/**
 * A bare name (letters, digits, - _ .) is a scenario in pipelines/scenarios/; anything with a
 * slash or a .yaml / .yml ending is a file path.
 *   scenarioPath("pedestrian-crossing") → <repo>/pipelines/scenarios/pedestrian-crossing.yaml
 */
export function scenarioPath(nameOrFile: string): string {
  const isFile = isAbsolute(nameOrFile) || /[\\/]/.test(nameOrFile) || /\.ya?ml$/i.test(nameOrFile);
  return isFile ? nameOrFile : join(REPO_SCENARIOS_DIR, `${nameOrFile}.yaml`);
}

/** --speed: a number above 0, or "max". */
export function parseSpeed(value: string): number | "max" {
  if (value === "max") return "max";
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a number above 0, or "max".');
  return n;
}

/**
 * `vigil sim scenario <name|file>`: play a scenario as a smart sensor publishing ObjectLists.
 * Registered under `vigil sim` by the caller:
 *   sim.addCommand(simScenarioCommand());
 */
export function simScenarioCommand(): Command {
  return new Command("scenario")
    .description("play a scenario (actors on paths, sensor silences) as a smart sensor publishing ObjectLists")
    .argument("<name|file>", "a name in pipelines/scenarios/ (e.g. pedestrian-crossing) or a scenario .yaml file")
    .option("--connect <endpoint>", "dial a runtime that binds (e.g. tcp://127.0.0.1:5555)")
    .option("--bind <endpoint>", "listen, for runtimes that connect")
    .addOption(new Option("--socket <type>", "push (one consumer, waits at the high-water mark) or pub (broadcast, drops)").choices(["push", "pub"]).default("push"))
    .option("--speed <x>", 'time scale: 1 = real time, 2 = twice as fast, "max" = as fast as the socket takes them', parseSpeed, 1)
    .option("--loop", "play the scenario again after its end, until interrupted")
    .addHelpText(
      "after",
      [
        "",
        "Scenarios: pedestrian-crossing, pedestrian-loitering, two-forklifts-passing, sensor-silent (see pipelines/scenarios/README.md).",
        "",
        "Example:",
        "  vigil sim scenario pedestrian-crossing --connect tcp://127.0.0.1:5555",
        "  vigil sim scenario ./my-scene.yaml --bind tcp://0.0.0.0:5560 --socket pub --speed max --loop",
      ].join("\n"),
    )
    .action(async (nameOrFile: string, opts: { connect?: string; bind?: string; socket: "push" | "pub"; speed: number | "max"; loop?: boolean }) => {
      if ((opts.connect === undefined) === (opts.bind === undefined)) {
        throw new VigilError("USAGE", "give exactly one of --connect ENDPOINT or --bind ENDPOINT");
      }
      const scenario = await loadScenarioFile(scenarioPath(nameOrFile));
      const logger = createLogger("vigil-sim-scenario", undefined, "sim");
      const endpoint = (opts.connect ?? opts.bind) as string;
      const simulator = await ScenarioSimulator.open({
        scenario,
        endpoint,
        mode: opts.connect !== undefined ? "connect" : "bind",
        socket: opts.socket,
        clock: new SystemClock(),
        speed: opts.speed,
        loop: opts.loop === true,
        logger,
      });
      const abort = new AbortController();
      const stop = (): void => abort.abort();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      logger.info({ scenario: scenario.name, endpoint, sensor: scenario.sensor.id, rate_hz: scenario.rate_hz, speed: opts.speed }, "sim scenario started");
      try {
        const result = await simulator.run(abort.signal);
        logger.info({ ...result }, "sim scenario finished");
        process.stdout.write(`${JSON.stringify(result)}\n`);
      } finally {
        simulator.close();
        process.removeListener("SIGINT", stop);
        process.removeListener("SIGTERM", stop);
      }
    });
}
