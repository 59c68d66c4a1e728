// Shared by the ingest tests: unique ZeroMQ endpoints, bounded waits, a logger that counts lines.
import { randomUUID } from "node:crypto";
import { pino, type Logger } from "pino";

export type Transport = "tcp" | "ipc";
export const TRANSPORTS: readonly Transport[] = ["tcp", "ipc"];

/** A fresh bind address: tcp lets ZeroMQ pick a free port (read it back from the socket), ipc a unique path. */
export function uniqueEndpoint(transport: Transport): string {
  return transport === "tcp" ? "tcp://127.0.0.1:*" : `ipc:///tmp/vigil-test-${randomUUID()}.sock`;
}

/** Resolves with the promise's value, or rejects with `what` after `ms`; the timer never outlives it. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** True when the promise settles within `ms`: for asserting that something does NOT happen. */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** A pino logger that keeps each JSON line it writes, parsed. */
export function lineCountingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

/** Deterministic bytes (mulberry32), so a failing run can be replayed. */
export function seededBytes(seed: number, length: number): Uint8Array {
  let a = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}
