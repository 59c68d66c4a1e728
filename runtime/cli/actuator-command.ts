import { Command } from "commander";
import { ActuatorGateway, describeCommand, type GatewayTransition } from "../actuation/index.js";
import { VigilError } from "../errors/index.js";
import { SystemClock, type Clock } from "../graph/index.js";
import { createLogger, type Logger } from "../observe/index.js";
import { parsePositiveInt } from "./option-parsers.js";

const ENDPOINT = /^(tcp|ipc|inproc):\/\/.+/;

/** What `vigil actuator` talks to; tests pass their own, the CLI uses the process's. */
export interface ActuatorCommandIo {
  stdout?: { write(text: string): unknown };
  clock?: Clock;
  logger?: Logger;
  /** Stops the gateway like SIGINT / SIGTERM do. */
  signal?: AbortSignal;
  /** Called once the gateway is connected. */
  onReady?: (gateway: ActuatorGateway) => void;
}

/**
 * `vigil actuator`: the reference machine-side gateway; prints each state transition.
 *   vigil actuator --connect tcp://127.0.0.1:5560 --connect tcp://127.0.0.1:5561 --json
 */
export function actuatorCommand(io: ActuatorCommandIo = {}): Command {
  return new Command("actuator")
    .description("obey the most restrictive valid ActuationCommand from one or more PUB endpoints; go SAFE when none is valid")
    .option("--connect <endpoint>", "a command PUB endpoint (repeat for several)", (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option("--check-ms <ms>", "how often validity is re-checked without messages", parsePositiveInt, 10)
    .option("--max-validity-ms <ms>", "trust a command at most this long after it arrives", parsePositiveInt, 1000)
    .option("--machine-id <id>", "ignore commands addressed to another machine")
    .option("--json", "print each transition as a JSON line")
    .addHelpText(
      "after",
      "\nValidity is judged by this host's clock: keep it synchronised with the publishers (NTP/PTP).\n" +
        "Example:\n  vigil actuator --connect tcp://127.0.0.1:5560 --json",
    )
    .action(async (opts: { connect: string[]; checkMs: number; maxValidityMs: number; machineId?: string; json?: boolean }) => {
      if (opts.connect.length === 0) throw new VigilError("USAGE", "give at least one --connect <endpoint>, e.g. --connect tcp://127.0.0.1:5560");
      const bad = opts.connect.filter((e) => !ENDPOINT.test(e));
      if (bad.length > 0) throw new VigilError("USAGE", `--connect needs a ZeroMQ endpoint (tcp://host:port, ipc:///path, inproc://name), got ${bad.join(", ")}`);
      const stdout = io.stdout ?? process.stdout;
      const gateway = await ActuatorGateway.open({
        endpoints: opts.connect,
        clock: io.clock ?? new SystemClock(),
        checkMs: opts.checkMs,
        maxValidityMs: opts.maxValidityMs,
        machineId: opts.machineId,
        logger: io.logger ?? createLogger("vigil-actuator"),
      });
      const printed = gateway.transitions$.subscribe((t) => stdout.write(`${opts.json ? JSON.stringify(transitionJson(t)) : transitionLine(t)}\n`));
      let stop!: () => void;
      const stopped = new Promise<void>((resolve) => (stop = resolve));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      io.signal?.addEventListener("abort", stop, { once: true });
      if (io.signal?.aborted) stop();
      try {
        io.onReady?.(gateway);
        await stopped;
      } finally {
        process.removeListener("SIGINT", stop);
        process.removeListener("SIGTERM", stop);
        io.signal?.removeEventListener("abort", stop);
        printed.unsubscribe();
        await gateway.close();
      }
    });
}

function transitionJson(t: GatewayTransition): Record<string, unknown> {
  return {
    atNs: t.atNs.toString(),
    from: t.from,
    to: t.to,
    maxSpeedMps: t.maxSpeedMps,
    cause: t.cause,
    ...(t.command ? { command: describeCommand(t.command) } : {}),
    ...(t.expired ? { expired: describeCommand(t.expired) } : {}),
  };
}

/** "2026-01-02T03:04:05.678Z SAFE -> SLOW 0.3 m/s (command: PERCEPTION #12 "WARNING: ...")" */
function transitionLine(t: GatewayTransition): string {
  const at = new Date(Number(t.atNs / 1_000_000n)).toISOString();
  const to = t.to === "SLOW" ? `SLOW ${t.maxSpeedMps} m/s` : t.to;
  const by = t.command ? ` ${t.command.source} #${t.command.seq} "${t.command.reason}"` : "";
  const lapsed = t.expired ? ` after ${t.expired.source} ${t.expired.kind} #${t.expired.seq} expired` : "";
  return `${at} ${t.from} -> ${to} (${t.cause}${by}${lapsed})`;
}
