// The process logger, keeping its lines in memory, so tests can assert what was logged.
import { Writable } from "node:stream";
import type { Logger } from "pino";
import { createLogger } from "../../runtime/observe/index.js";

export interface CapturedLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** Returns a logger and the lines it has written so far (parsed). */
export function captureLogger(): { logger: Logger; lines: CapturedLine[] } {
  const lines: CapturedLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString("utf8").split("\n")) if (line) lines.push(JSON.parse(line) as CapturedLine);
      done();
    },
  });
  // The process logger's own setup (component and sensor on every line), into memory.
  return { logger: createLogger("test", "debug", "test", sink), lines };
}

/** pino's number for warn. */
export const WARN = 40;
