import { Command, InvalidArgumentError } from "commander";
import type { Clock } from "../runtime/clock/index.js";
import { VigilError } from "../runtime/errors/index.js";
import { ControlRequestSchema, sendControlRequest, type ControlRequest } from "./control-protocol.js";
import { createJsonLinesLogger, parseLogLevel, type SupervisorLogger } from "./json-lines-logger.js";
import { Supervisor } from "./supervisor.js";
import { incidentJson, type SupervisorEvent } from "./supervisor-core.js";
import { loadSupervisorSettings } from "./supervisor-settings.js";

/** What `vigil supervise` talks to; tests pass their own, the CLI uses the process's. */
export interface SuperviseCommandIo {
  stdout?: { write(text: string): unknown };
  stderr?: { write(text: string): unknown };
  clock?: Clock;
  logger?: SupervisorLogger;
  /** Stops the supervisor like SIGINT / SIGTERM do. */
  signal?: AbortSignal;
  /** Called once every socket is open. */
  onReady?: (supervisor: Supervisor) => void;
}

interface SuperviseOptions {
  config: string;
  json?: boolean;
  reset?: boolean;
  status?: boolean;
  operator: string;
  timeoutMs: number;
}

const HELP = `
What triggers SAFE_STOP (each is a condition; its code is in the command's reason):
  FALLBACK_STARTING           nothing heard yet since the supervisor started
  FALLBACK_HEARTBEAT_MISSING  a required component never heard, or an instance silent
                              for longer than fallback.components.<c>.heartbeat_deadline_ms
  FALLBACK_FRAME_AGE          an instance's newest frame older than max_frame_age_ms
                              (or no frame handled yet)
  FALLBACK_COMPONENT_FAILED   an instance reports FAILED (DEGRADED is not a trigger: the
                              runtime slows down by itself; it shows in --status)
  FALLBACK_COMMANDS_STOPPED   no command on a watched command endpoint for command_deadline_ms
While an incident lasts, SAFE_STOP (source FALLBACK, valid for validity_ms) is published at
once and every publish_period_ms; with no incident nothing is published and the arbiter's
commands rule. Deadlines are judged on this host's arrival times, never the senders' clocks.

Recovery (fallback.recovery): auto ends the incident after healthy_ms with no condition;
operator also needs \`vigil supervise --config F --reset --operator NAME\`, which is refused
(exit 1) while a condition holds or before healthy_ms of health.

The supervisor is a separate, small process: it loads only the contracts (proto/), the
pipeline schema, zeromq, zod, yaml and commander - no ML code, no RxJS. Logs are JSON
lines on stderr (VIGIL_LOG_LEVEL); every incident's start and end is logged with its causes,
and with fallback.audit_file also appended, with every reset, to a hash-chained audit file.

Examples:
  vigil supervise --config pipelines/demo.yaml --json
  vigil supervise --config pipelines/demo.yaml --status
  vigil supervise --config pipelines/demo.yaml --reset --operator alice`;

/**
 * `vigil supervise`: the fallback supervisor until SIGINT / SIGTERM, or, with --reset or
 * --status, one request to the running one.
 *   vigil supervise --config pipelines/demo.yaml --json
 */
export function superviseCommand(io: SuperviseCommandIo = {}): Command {
  return new Command("supervise")
    .description("the independent fallback supervisor: watches heartbeats and the command stream, publishes SAFE_STOP (source FALLBACK) while perception is late, dead or failed")
    .requiredOption("--config <file>", "pipeline file (YAML): its heartbeat, actuation and fallback sections say what to watch")
    .option("--json", "print incidents and condition changes on stdout as JSON lines")
    .option("--reset", "ask the running supervisor to end its incident; prints the reply, exit 0 accepted, 1 refused")
    .option("--operator <name>", "who asks for the reset (logged with the incident)", process.env.USER ?? process.env.USERNAME ?? "operator")
    .option("--status", "print the running supervisor's status as JSON")
    .option("--timeout-ms <ms>", "how long --reset and --status wait for the reply", parsePositiveInt, 2000)
    .addHelpText("after", HELP)
    .action(async (opts: SuperviseOptions) => {
      if (opts.reset && opts.status) throw new VigilError("USAGE", "give --reset or --status, not both");
      if (opts.reset) return request(opts, { op: "reset", operator: opts.operator }, io);
      if (opts.status) return request(opts, { op: "status" }, io);
      await supervise(opts, io);
    });
}

async function supervise(opts: SuperviseOptions, io: SuperviseCommandIo): Promise<void> {
  const settings = await loadSupervisorSettings(opts.config);
  const stdout = io.stdout ?? process.stdout;
  const logger = io.logger ?? createJsonLinesLogger({ level: parseLogLevel(process.env.VIGIL_LOG_LEVEL) });
  const supervisor = await Supervisor.start(settings, { clock: io.clock, logger });
  // Listen for signals before announcing: whoever waits for that line may signal at once.
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  io.signal?.addEventListener("abort", stop, { once: true });
  if (io.signal?.aborted) stop();
  const unsubscribe = supervisor.onEvent((e) => stdout.write(`${opts.json ? JSON.stringify(eventJson(e)) : eventLine(e)}\n`));
  try {
    const e = supervisor.endpoints;
    (io.stderr ?? process.stderr).write(
      `vigil: supervisor watching heartbeats on ${e.heartbeats.join(", ")}; commands on ${e.commands.length > 0 ? e.commands.join(", ") : "(none)"}; ` +
        `requiring ${settings.required.join(", ")}; recovery ${settings.fallback.recovery.mode}; SAFE_STOP on ${e.publish}; control on ${e.control}\n`,
    );
    io.onReady?.(supervisor);
    // A supervisor that can no longer publish must not pretend to watch: fail (exit 1) so it is restarted.
    await Promise.race([stopped, supervisor.done]);
  } finally {
    process.removeListener("SIGINT", stop);
    process.removeListener("SIGTERM", stop);
    io.signal?.removeEventListener("abort", stop);
    unsubscribe();
    await supervisor.close();
  }
}

async function request(opts: SuperviseOptions, message: ControlRequest, io: SuperviseCommandIo): Promise<void> {
  const checked = ControlRequestSchema.safeParse(message);
  if (!checked.success) throw new VigilError("USAGE", `--operator: ${checked.error.issues.map((i) => i.message).join("; ")}`);
  const settings = await loadSupervisorSettings(opts.config);
  const endpoint = settings.fallback.control.endpoint;
  if (/:(\*|0)$/.test(endpoint)) {
    throw new VigilError("USAGE", `fallback.control.endpoint ${endpoint} has no fixed port, so the running supervisor cannot be found: give it one (e.g. tcp://127.0.0.1:5562)`);
  }
  const reply = await sendControlRequest(endpoint, checked.data, opts.timeoutMs);
  (io.stdout ?? process.stdout).write(`${JSON.stringify(reply, null, message.op === "status" ? 2 : undefined)}\n`);
  if (reply.op === "error") throw new VigilError("USAGE", reply.message);
  if (reply.op === "reset" && !reply.accepted) throw new VigilError("FALLBACK_RESET_REFUSED", reply.message);
}

/** An event as JSON (bigints as decimal strings). */
function eventJson(e: SupervisorEvent): Record<string, unknown> {
  const base = { type: e.type, atNs: e.atNs.toString() };
  switch (e.type) {
    case "incident_started":
      return { ...base, incident: incidentJson(e.incident), conditions: e.conditions };
    case "incident_ended":
      return { ...base, incident: incidentJson(e.incident) };
    case "conditions_changed":
      return { ...base, conditions: e.conditions };
  }
}

/** "2026-01-02T03:04:05.678Z incident 3 started: FALLBACK_HEARTBEAT_MISSING: no heartbeat from detect/demo for 201 ms ..." */
function eventLine(e: SupervisorEvent): string {
  const at = new Date(Number(e.atNs / 1_000_000n)).toISOString();
  switch (e.type) {
    case "incident_started":
      return `${at} SAFE_STOP: incident ${e.incident.id} started: ${e.incident.cause}: ${e.incident.detail}`;
    case "incident_ended": {
      const j = incidentJson(e.incident);
      return `${at} incident ${j.id} ended by ${j.endedBy} after ${j.durationMs} ms (causes: ${j.causes.join(", ")})`;
    }
    case "conditions_changed":
      return `${at} conditions: ${e.conditions.length === 0 ? "none" : e.conditions.map((c) => `${c.code} ${c.subject}`).join("; ")}`;
  }
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("must be a whole number above 0.");
  return n;
}
