import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { Command, InvalidArgumentError, Option } from "commander";
import {
  DeviceStatusFeed,
  ModelReportFeed,
  RolloutController,
  connectFleetClient,
  createFleetClient,
  endFleetClient,
  fleetStatusRows,
  fleetStatusTable,
  formatFigure,
  formatTextTable,
  parseRolloutGatesYaml,
  parseWaveFractions,
  readBrokerTls,
  readRolloutState,
  sendRollbacks,
  writeRolloutState,
  type FleetBrokerOptions,
  type RollbackOutcome,
  type RollbackTarget,
  type RolloutArtifact,
  type RolloutProgress,
  type RolloutResult,
} from "../../device/fleet/index.js";
import { manifestFromJson, readPrivateKey, verifyArtifact } from "../../device/manifest/index.js";
import { SystemClock } from "../clock/index.js";
import { ErrorCode, VigilError } from "../errors/index.js";
import { createLogger, type Logger } from "../observe/index.js";
import { parsePositiveInt } from "./option-parsers.js";

/** Where command output goes: stdout for results, stderr for progress. Tests pass their own. */
export interface FleetCommandIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

const PROCESS_IO: FleetCommandIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** Where push writes the rollout state and rollback reads it, unless --state says otherwise. */
export const DEFAULT_ROLLOUT_STATE = ".vigil/last-rollout.json";

interface BrokerFlags {
  broker: string;
  ca?: string;
  cert?: string;
  keyFile?: string;
  username?: string;
  passwordEnv?: string;
}

interface PushFlags extends BrokerFlags {
  model: string;
  artifact?: string;
  url?: string;
  chunkBytes: number;
  target: string;
  waves: number[];
  gates: string;
  key?: string;
  state: string;
  expect?: number;
  discoveryMs?: number;
  json?: boolean;
}

interface StatusFlags extends BrokerFlags {
  target: string;
  waitMs: number;
  json?: boolean;
}

interface RollbackFlags extends BrokerFlags {
  key: string;
  state: string;
  target?: string;
  toVersion?: string;
  modelName?: string;
  waitMs: number;
  timeoutS: number;
  json?: boolean;
}

const BROKER_HELP = `
Broker: --broker mqtt://host:1883, or mqtts://host:8883 with --ca (and --cert/--key-file for
client certificates); --username and --password-env NAME (the password is read from the
environment variable NAME, never from the command line).`;

const PUSH_HELP = `
Discovers the online devices matching --target from their retained status, sorts them
(site, then device) and deploys in cumulative waves: wave 1 as "canary", later ones "active".
Each wave ends when every device reported confirmed / refused / self_test_failed / rolled_back,
or after wave_timeout_s (late devices fail with ROLLOUT_TIMEOUT). Then the gates judge it:
  wave_timeout_s: 60          # default 60
  min_success: 1.0            # fraction of the wave's devices that must be "confirmed"
  rollback_timeout_s: 60      # how long a halt waits for "rolled_back"
  gates:                      # over the "confirmed" reports' metrics
    - metric: p99_latency_ms
      max: 120                # every confirmed device <= 120 (aggregate: worst, the default)
    - metric: error_rate
      max: 0.01
      aggregate: p95          # or max, min, mean
    - metric: fallback_triggers
      max: 0
A failed wave halts the rollout: every device that took the version gets a RollbackCommand
signed with --key, back to the version it reported before. Progress goes to stderr, the
summary to stdout. The state (devices, previous versions) goes to --state for \`fleet rollback\`.
Exit status: 0 completed, 1 halted (ROLLOUT_GATE_FAILED / ROLLOUT_TIMEOUT), 2 bad flags or files.
${BROKER_HELP}
Examples:
  vigil fleet push --model yolox_nano-1.2.0.manifest.json --url https://models.example/yolox_nano-1.2.0.onnx \\
    --target 'dock-3/+' --waves 10%,50%,100% --gates rollout-gates.yaml --broker mqtt://127.0.0.1:1883 --key keys/fleet.key
  vigil fleet push --model m.manifest.json --artifact models/yolox_nano.onnx --target '+/+' \\
    --gates gates.yaml --broker mqtts://broker:8883 --ca ca.pem --username fleet --password-env VIGIL_MQTT_PASSWORD --key keys/fleet.key`;

const STATUS_HELP = `
Reads every device's retained status (vigil/<site>/<device>/status) for --wait-ms and prints
site, device, online, state, active model@version, shadow version, error rate, p99 latency and
the age of the status. --json prints the rows as a JSON array.
${BROKER_HELP}
Examples:
  vigil fleet status --broker mqtt://127.0.0.1:1883
  vigil fleet status --broker mqtt://127.0.0.1:1883 --target 'dock-3/+' --json`;

const ROLLBACK_HELP = `
Sends a RollbackCommand signed with --key and waits for each device's answer. Which devices:
those of the last rollout (--state, default ${DEFAULT_ROLLOUT_STATE}) that took its version, each back to
the version it had before; or every online device matching --target, to --to-version of
--model-name. Exit status: 0 every device rolled back, 1 otherwise, 2 bad flags or files.
${BROKER_HELP}
Examples:
  vigil fleet rollback --broker mqtt://127.0.0.1:1883 --key keys/fleet.key
  vigil fleet rollback --broker mqtt://127.0.0.1:1883 --key keys/fleet.key --target 'dock-3/+' \\
    --to-version 1.1.0 --model-name yolox_nano`;

/**
 * Adds `push`, `status` and `rollback` to the `vigil fleet` command: gated rollouts over
 * MQTT, the fleet status table, and signed rollbacks.
 *   const fleet = new Command("fleet"); addFleetRolloutCommands(fleet); // vigil fleet push --model m.manifest.json ...
 */
export function addFleetRolloutCommands(fleet: Command, io: FleetCommandIO = PROCESS_IO): void {
  fleet.addCommand(pushCommand(io));
  fleet.addCommand(statusCommand(io));
  fleet.addCommand(rollbackCommand(io));
}

function withBrokerOptions(cmd: Command): Command {
  return cmd
    .requiredOption("--broker <url>", "the MQTT broker: mqtt://host:port or mqtts://host:port")
    .option("--ca <file>", "PEM of the CA that signed the broker's certificate (mqtts://)")
    .option("--cert <file>", "client certificate (PEM), with --key-file")
    .option("--key-file <file>", "client certificate's private key (PEM)")
    .option("--username <name>", "broker user name")
    .option("--password-env <NAME>", "read the broker password from this environment variable");
}

function pushCommand(io: FleetCommandIO): Command {
  return withBrokerOptions(
    new Command("push")
      .description("roll a signed model out to devices in gated waves; halt and roll back when a wave fails its gates")
      .requiredOption("--model <manifest.json>", "the signed manifest (vigil fleet sign)")
      .option("--artifact <file>", "send the model file in chunks over MQTT (cmd/artifact)")
      .option("--url <url>", "or: where the devices download the model")
      .option("--chunk-bytes <n>", "chunk size with --artifact", parsePositiveInt, 256 * 1024)
      .requiredOption("--target <pattern>", "devices: 'site/+', '+/+', 'site/device'")
      .addOption(new Option("--waves <list>", "cumulative fractions of the devices, e.g. 5%,25%,100%").argParser(parseWavesOption).default([0.1, 0.5, 1], "10%,50%,100%"))
      .requiredOption("--gates <gates.yaml>", "wave timeout, minimum success and metric gates (see below)")
      .option("--key <fleet.key>", "fleet private key to sign RollbackCommands with (without it a halt rolls nothing back)")
      .option("--state <file>", "where the rollout state is written", DEFAULT_ROLLOUT_STATE)
      .option("--expect <n>", "end discovery as soon as this many devices are online", parsePositiveInt)
      .option("--discovery-ms <ms>", "how long to collect device statuses (default 2000, 10000 with --expect)", parsePositiveInt)
      .option("--json", "print the result as JSON instead of tables"),
  )
    .addHelpText("after", PUSH_HELP)
    .action(async (flags: PushFlags) => {
      if ((flags.artifact === undefined) === (flags.url === undefined)) throw new VigilError("USAGE", "give exactly one of --artifact FILE (chunks over MQTT) and --url URL (devices download it)");
      const manifest = manifestFromJson(await readText("--model", flags.model));
      if (!manifest.keyId || manifest.signature.length === 0) throw new VigilError("MODEL_UNSIGNED", `${flags.model} is not signed: sign it with vigil fleet sign --key`);
      let artifact: RolloutArtifact;
      if (flags.artifact !== undefined) {
        const bytes = await readBytes("--artifact", flags.artifact);
        // the devices would refuse it: say so here, before anything is sent
        const bad = verifyArtifact(manifest, bytes);
        if (bad !== undefined) throw new VigilError(bad.code, `--artifact ${flags.artifact} does not match --model: ${bad.detail}`);
        artifact = { bytes, chunkBytes: flags.chunkBytes };
      } else {
        artifact = { url: flags.url as string };
      }
      const gates = parseRolloutGatesYaml(await readText("--gates", flags.gates), flags.gates);
      const rollbackKey = flags.key === undefined ? undefined : await readPrivateKey(flags.key);
      if (rollbackKey === undefined) io.err("warning: no --key: a halted rollout cannot send signed rollbacks\n");
      const broker = await brokerOptions(flags);
      const logger = fleetLogger();
      const controller = new RolloutController({
        broker,
        manifest,
        artifact,
        target: flags.target,
        waves: flags.waves,
        gates,
        ...(rollbackKey === undefined ? {} : { rollbackKey }),
        ...(flags.expect === undefined ? {} : { expectedDevices: flags.expect }),
        ...(flags.discoveryMs === undefined ? {} : { discoveryMs: flags.discoveryMs }),
        stateFile: flags.state,
        logger,
        onProgress: (e) => io.err(progressLine(e)),
      });
      const result = await controller.run();
      io.out(flags.json ? `${JSON.stringify(result, null, 2)}\n` : formatRolloutResult(result));
      if (result.outcome === "halted") {
        const failedWave = result.waves.at(-1);
        throw new VigilError(
          result.haltCode ?? "ROLLOUT_GATE_FAILED",
          `rollout ${result.deployId} of ${result.model.name}@${result.model.version} halted at wave ${failedWave?.wave ?? "?"}; ` +
            `${result.rolledBack.filter((r) => r.state === "rolled_back").length} device(s) rolled back` +
            (result.rollbackSkipped === null ? "" : ` (${result.rollbackSkipped})`),
        );
      }
    });
}

function statusCommand(io: FleetCommandIO): Command {
  return withBrokerOptions(
    new Command("status")
      .description("print every device's status from the retained vigil/<site>/<device>/status messages")
      .option("--target <pattern>", "only these devices: 'site/+', 'site/device'", "+/+")
      .option("--wait-ms <ms>", "how long to collect statuses", parsePositiveInt, 500)
      .option("--json", "print the rows as JSON"),
  )
    .addHelpText("after", STATUS_HELP)
    .action(async (flags: StatusFlags) => {
      const clock = new SystemClock();
      const logger = fleetLogger();
      const client = createFleetClient(await brokerOptions(flags), { clientId: `vigil-fleet-status-${randomBytes(4).toString("hex")}`, sessionExpirySec: 0 });
      const feed = new DeviceStatusFeed(client, { clock, logger });
      try {
        await connectFleetClient(client);
        client.on("error", (err) => logger.warn({ code: "CLOUD_LINK_DOWN", err: err.message }, "broker connection error; reconnecting"));
        await feed.subscribe();
        await sleep(flags.waitMs);
        const statuses = feed.matching(flags.target);
        io.out(flags.json ? `${JSON.stringify(fleetStatusRows(statuses, clock.nowNs()), null, 2)}\n` : fleetStatusTable(statuses, clock.nowNs()));
      } finally {
        feed.close();
        await endFleetClient(client);
      }
    });
}

function rollbackCommand(io: FleetCommandIO): Command {
  return withBrokerOptions(
    new Command("rollback")
      .description("send devices back to an earlier version with a signed RollbackCommand and wait for their answers")
      .requiredOption("--key <fleet.key>", "fleet private key to sign the RollbackCommand with")
      .option("--state <file>", "the rollout state to undo (written by fleet push)", DEFAULT_ROLLOUT_STATE)
      .option("--target <pattern>", "instead of --state: every online device matching this")
      .option("--to-version <semver>", "with --target: the version to go back to")
      .option("--model-name <name>", "with --target: the model's name")
      .option("--wait-ms <ms>", "with --target: how long to collect device statuses", parsePositiveInt, 1000)
      .option("--timeout-s <s>", "how long to wait for the devices' answers", parsePositiveInt, 60)
      .option("--json", "print the outcomes as JSON"),
  )
    .addHelpText("after", ROLLBACK_HELP)
    .action(async (flags: RollbackFlags) => {
      const byTarget = flags.target !== undefined || flags.toVersion !== undefined || flags.modelName !== undefined;
      if (byTarget && (flags.target === undefined || flags.toVersion === undefined || flags.modelName === undefined)) {
        throw new VigilError("USAGE", "--target, --to-version and --model-name go together (or give none and use --state)");
      }
      const key = await readPrivateKey(flags.key);
      const state = byTarget ? undefined : await readRolloutState(flags.state);
      const clock = new SystemClock();
      const logger = fleetLogger();
      const client = createFleetClient(await brokerOptions(flags), { clientId: `vigil-fleet-rollback-${randomBytes(4).toString("hex")}`, sessionExpirySec: 600 });
      const feed = new ModelReportFeed(client, { clock, logger });
      let outcomes: RollbackOutcome[];
      try {
        await connectFleetClient(client);
        client.on("error", (err) => logger.warn({ code: "CLOUD_LINK_DOWN", err: err.message }, "broker connection error; reconnecting"));
        await feed.subscribe();
        let targets: RollbackTarget[];
        let modelName: string;
        if (state !== undefined) {
          modelName = state.modelName;
          targets = state.devices
            // devices that timed out may have activated it after the rollout stopped waiting
            .filter((d) => (d.becameActive || d.state === "timeout") && d.state !== "rolled_back")
            .map((d) => ({ site: d.site, device: d.device, toVersion: d.previousVersion }));
          io.err(`rollback of ${state.deployId} (${state.modelName}@${state.modelVersion}, ${state.outcome}): ${targets.length} device(s) took it or timed out\n`);
        } else {
          modelName = flags.modelName as string;
          targets = (await onlineDevices(client, flags.target as string, flags.waitMs, clock, logger)).map((d) => ({ ...d, toVersion: flags.toVersion }));
          io.err(`rollback of ${modelName} to ${flags.toVersion} on ${targets.length} online device(s) matching ${flags.target}\n`);
        }
        outcomes = await sendRollbacks({
          client,
          feed,
          key,
          modelName,
          deployId: `rollback-${(clock.nowNs() / 1_000_000n).toString(36)}-${randomBytes(3).toString("hex")}`,
          alsoAccept: state === undefined ? [] : [state.deployId],
          reason: "ROLLOUT_GATE_FAILED",
          targets,
          timeoutMs: flags.timeoutS * 1000,
          clock,
          logger,
        });
      } finally {
        feed.close();
        await endFleetClient(client);
      }
      if (state !== undefined) {
        const done = new Set(outcomes.filter((o) => o.state === "rolled_back").map((o) => o.device));
        for (const d of state.devices) if (done.has(`${d.site}/${d.device}`)) d.state = "rolled_back";
        await writeRolloutState(flags.state, { ...state, updatedNs: clock.nowNs().toString() });
      }
      io.out(flags.json ? `${JSON.stringify(outcomes, null, 2)}\n` : formatRollbackOutcomes(outcomes));
      const failed = outcomes.filter((o) => o.state !== "rolled_back");
      if (failed.length > 0) {
        const code = failed.every((o) => o.state === "timeout") ? "ROLLOUT_TIMEOUT" : (failed.find((o) => o.reason in ErrorCode)?.reason as ErrorCode | undefined) ?? "ROLLOUT_GATE_FAILED";
        throw new VigilError(code, `${failed.length} of ${outcomes.length} device(s) did not roll back: see the table; run again when they are online`);
      }
    });
}

/** The online devices matching target, from their retained statuses. */
async function onlineDevices(client: ReturnType<typeof createFleetClient>, target: string, waitMs: number, clock: SystemClock, logger: Logger): Promise<Array<{ site: string; device: string }>> {
  const feed = new DeviceStatusFeed(client, { clock, logger });
  try {
    await feed.subscribe();
    await sleep(waitMs);
    return feed
      .matching(target)
      .filter((s) => s.online && s.state !== "offline")
      .map((s) => ({ site: s.site, device: s.device }));
  } finally {
    feed.close();
  }
}

/** One stderr line per progress event. */
export function progressLine(e: RolloutProgress): string {
  switch (e.type) {
    case "discovered":
      return `rollout ${e.deployId}: ${e.devices} online device(s) match ${e.target}${e.expected === null ? "" : ` (expected ${e.expected})`}\n`;
    case "wave-started":
      return `wave ${e.wave}/${e.waves} (${e.mode}): deploying to ${e.deployed} device(s), ${e.devices} covered\n`;
    case "wave-ended": {
      const r = e.result;
      const gates = r.gates.map((g) => `${g.metric} ${formatFigure(g.value)} ${g.kind === "max" ? "<=" : ">="} ${formatFigure(g.limit)} ${g.pass ? "ok" : "FAIL"}`).join(", ");
      return `wave ${r.wave}: ${r.confirmed}/${r.deployed.length} confirmed (need ${formatFigure(r.minSuccess * 100)}%)${gates ? `; ${gates}` : ""}; ${r.pass ? "PASS" : "FAIL"} in ${(r.durationMs / 1000).toFixed(1)} s\n`;
    }
    case "reconnected":
      return `reconnected to the broker; sent ${e.republished} DeployCommand(s) again\n`;
    case "rollback-started":
      return `halting: rolling back ${e.devices} device(s)\n`;
    case "rollback-ended":
      return `rollback: ${e.outcomes.filter((o) => o.state === "rolled_back").length}/${e.outcomes.length} rolled back\n`;
  }
}

/** The summary `fleet push` prints: one row per wave, failures, rollbacks, and the outcome. */
export function formatRolloutResult(r: RolloutResult): string {
  const rows = r.waves.map((w) => [
    String(w.wave),
    w.mode,
    String(w.devices),
    String(w.deployed.length),
    String(w.confirmed),
    String(w.failed.length),
    w.gates.length === 0 ? "-" : w.gates.map((g) => `${g.metric}=${formatFigure(g.value)}${g.pass ? "" : "!"}`).join(" "),
    `${(w.durationMs / 1000).toFixed(1)}`,
    w.pass ? "PASS" : "FAIL",
  ]);
  let text = formatTextTable(["WAVE", "MODE", "DEVICES", "DEPLOYED", "CONFIRMED", "FAILED", "GATES", "SECONDS", "RESULT"], rows, [0, 2, 3, 4, 5, 7]);
  for (const w of r.waves) {
    for (const f of w.failed.slice(0, 20)) text += `wave ${w.wave}: ${f.device} ${f.state} ${f.reason}\n`;
    if (w.failed.length > 20) text += `wave ${w.wave}: ... and ${w.failed.length - 20} more\n`;
    for (const g of w.gates) if (g.reason !== null) text += `wave ${w.wave}: gate ${g.metric}: ${g.reason}\n`;
  }
  if (r.rolledBack.length > 0) text += formatRollbackOutcomes(r.rolledBack);
  if (r.rollbackSkipped !== null) text += `NOT ROLLED BACK: ${r.rollbackSkipped}\n`;
  const label = `${r.model.name}@${r.model.version}`;
  text +=
    r.outcome === "completed"
      ? `COMPLETED: ${label} on ${r.waves.at(-1)?.devices ?? 0} device(s) in ${(r.durationMs / 1000).toFixed(1)} s (deploy ${r.deployId})\n`
      : `HALTED (${r.haltCode}): ${label} stopped at wave ${r.waves.at(-1)?.wave ?? "?"}; ${r.rolledBack.filter((o) => o.state === "rolled_back").length} device(s) rolled back (deploy ${r.deployId})\n`;
  return text;
}

export function formatRollbackOutcomes(outcomes: readonly RollbackOutcome[]): string {
  const rows = outcomes.map((o) => [o.device, o.toVersion || "-", o.state, o.reason || "-"]);
  return formatTextTable(["DEVICE", "TO_VERSION", "RESULT", "REASON"], rows);
}

function parseWavesOption(value: string): number[] {
  try {
    return parseWaveFractions(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

async function brokerOptions(flags: BrokerFlags): Promise<FleetBrokerOptions> {
  const tls = await readBrokerTls({ ca: flags.ca, cert: flags.cert, keyFile: flags.keyFile });
  let password: string | undefined;
  if (flags.passwordEnv !== undefined) {
    password = process.env[flags.passwordEnv];
    if (password === undefined) throw new VigilError("USAGE", `--password-env ${flags.passwordEnv}: that environment variable is not set`);
  }
  return {
    url: flags.broker,
    ...tls,
    ...(flags.username === undefined ? {} : { username: flags.username }),
    ...(password === undefined ? {} : { password }),
  };
}

function fleetLogger(): Logger {
  // progress lines are the command's output on stderr; the JSON log adds warnings only unless asked
  return createLogger("fleet", process.env.VIGIL_LOG_LEVEL ?? "warn", "fleet");
}

async function readText(option: string, path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("CONFIG_NOT_FOUND", `cannot read ${option} ${path}: ${(err as Error).message}`, { cause: err });
  }
}

async function readBytes(option: string, path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new VigilError("CONFIG_NOT_FOUND", `cannot read ${option} ${path}: ${(err as Error).message}`, { cause: err });
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

