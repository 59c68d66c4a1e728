import { pino, type Logger } from "pino";

export type { Logger };

// Every line carries `component` (the runtime folder it comes from: ingest, perception,
// graph, health, record, cloud, agent, api, drift, audit, cli, ...) and `sensor` (the
// sensor id, or null for process-wide lines). They are not pino bindings: a child's
// bindings are appended, never replaced, so a re-bound key would appear twice in one line.
// Loggers carry them as hidden properties instead, and the mixin writes each exactly once.
const COMPONENT = Symbol("vigil.log.component");
const SENSOR = Symbol("vigil.log.sensor");

interface Tagged {
  [COMPONENT]?: string;
  [SENSOR]?: string | null;
}

/**
 * The process logger: JSON lines on stderr, so stdout stays free for command output
 * (`vigil detect --json`). Level from VIGIL_LOG_LEVEL (default info). Every line has
 * `component` (this one's, until withComponent gives a child another) and `sensor` (null
 * until sensorLogger, or a `sensor` field in the line itself, names one).
 *   const logger = createLogger(`vigil-${config.name}`, undefined, "cli");
 *   withComponent(logger, "ingest").warn({ sensor: "cam0", code }, "frame rejected");
 */
export function createLogger(
  name = "vigil",
  level = process.env.VIGIL_LOG_LEVEL ?? "info",
  component = "cli",
  /** Where lines go; default stderr. Tests pass a stream to read them back. */
  destination: pino.DestinationStream = pino.destination({ fd: 2, sync: true }),
): Logger {
  return pino(
    {
      name,
      level,
      base: { pid: process.pid },
      mixin: (_fields, _level, logger) => ({ component: (logger as Tagged)[COMPONENT] ?? component, sensor: (logger as Tagged)[SENSOR] ?? null }),
      // The line's own fields win, except an undefined one, which would drop the key from the line.
      mixinMergeStrategy: (fields, tags) => {
        const line = tags as Record<string, unknown>;
        for (const [key, value] of Object.entries(fields)) if (value !== undefined || !(key in line)) line[key] = value;
        return line;
      },
    },
    destination,
  );
}

/**
 * A child whose lines say `component` (the folder that logs them). Use it where a
 * component receives the process logger, instead of `.child({ component })`.
 *   this.#logger = withComponent(options.logger ?? silentLogger, "record");
 */
export function withComponent(logger: Logger, component: string): Logger {
  const child = logger.child({}) as Logger & Tagged;
  child[COMPONENT] = component;
  return child;
}

/**
 * A child whose lines name one sensor (`sensor: "cam0"`); lines about all of them keep
 * sensor null. A single line may instead pass `{ sensor }` in its fields.
 *   const log = sensorLogger(logger, frame.sensorId); log.warn({ code }, "image check failed");
 */
export function sensorLogger(logger: Logger, sensorId: string): Logger {
  const child = logger.child({}) as Logger & Tagged;
  child[SENSOR] = sensorId;
  return child;
}

/** A logger that drops everything: tests and library callers that pass none. */
export const silentLogger: Logger = pino({ level: "silent" });
