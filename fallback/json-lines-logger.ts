/** Where the supervisor logs: one JSON object per line. Fields are the first argument, as with pino. */
export interface SupervisorLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

/** pino's numbers, so the runtime's and the supervisor's lines read alike. */
const LEVELS = { debug: 20, info: 30, warn: 40, error: 50, silent: Infinity } as const;

export interface JsonLinesLoggerOptions {
  /** Written into every line. */
  name?: string;
  /** Lines below this level are dropped (default info). */
  level?: LogLevel;
  /** Where lines go (default: synchronously to stderr, so nothing is lost on exit). */
  write?: (line: string) => void;
  /** Epoch milliseconds for the `time` field (default Date.now; logs are not part of any decision). */
  now?: () => number;
}

/**
 * A tiny JSON-lines logger for the supervisor (the runtime's pino is not in its import
 * graph). bigint values become decimal strings, Errors their code and message.
 *   const logger = createJsonLinesLogger({ name: "vigil-supervisor" }); logger.info({ event: "x" }, "hello");
 */
export function createJsonLinesLogger(options: JsonLinesLoggerOptions = {}): SupervisorLogger {
  const { name = "vigil-supervisor", level = "info", now = Date.now } = options;
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const threshold = LEVELS[level];
  const emit = (at: number, fields: Record<string, unknown>, message: string): void => {
    if (at < threshold) return;
    write(`${JSON.stringify({ level: at, time: now(), pid: process.pid, name, component: "fallback", sensor: null, ...fields, msg: message }, jsonValue)}\n`);
  };
  return {
    info: (fields, message) => emit(LEVELS.info, fields, message),
    warn: (fields, message) => emit(LEVELS.warn, fields, message),
    error: (fields, message) => emit(LEVELS.error, fields, message),
  };
}

/** A logger that drops everything: tests and library callers that pass none. */
export const silentSupervisorLogger: SupervisorLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Reads VIGIL_LOG_LEVEL's value; anything unknown means info.
 *   createJsonLinesLogger({ level: parseLogLevel(process.env.VIGIL_LOG_LEVEL) });
 */
export function parseLogLevel(value: string | undefined): LogLevel {
  return value !== undefined && value in LEVELS ? (value as LogLevel) : "info";
}

function jsonValue(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Error) {
    const code: unknown = (value as Error & { code?: unknown }).code;
    return { ...(typeof code === "string" ? { code } : {}), message: value.message };
  }
  return value;
}
