import { pino, type Logger } from "pino";

export type { Logger };

/**
 * The process logger: JSON lines on stderr, so stdout stays free for command output
 * (`vigil detect --json`). Level from VIGIL_LOG_LEVEL (default info).
 */
export function createLogger(name = "vigil", level = process.env.VIGIL_LOG_LEVEL ?? "info"): Logger {
  return pino({ name, level, base: { pid: process.pid } }, pino.destination({ fd: 2, sync: true }));
}

/** A logger that drops everything: tests and library callers that pass none. */
export const silentLogger: Logger = pino({ level: "silent" });
