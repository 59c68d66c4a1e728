// A pino logger that keeps its lines in memory, so tests can assert what was logged.
import { Writable } from "node:stream";
import { pino, type Logger } from "pino";

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
  return { logger: pino({ level: "debug" }, sink), lines };
}

/** pino's number for warn. */
export const WARN = 40;
