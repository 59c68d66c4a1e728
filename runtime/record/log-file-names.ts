/**
 * Names of the recorder's files, which sort by time: `<prefix>-<UTC start>-<seq>.mcap` for
 * logs and `clip-<UTC trigger>-<sensor>-<seq>.mcap` for event clips, UTC as
 * 20250102T030405.678Z. The quota reads the time back from the name (not the file's mtime),
 * so what is "oldest" is the same on every machine and every replay.
 *   logFileName("vigil", 1_735_787_045_678_000_000n, 1) === "vigil-20250102T030405.678Z-000001.mcap"
 */
export function logFileName(prefix: string, startNs: bigint, seq: number): string {
  return `${prefix}-${utcStamp(startNs)}-${pad(seq)}.mcap`;
}

export function clipFileName(startNs: bigint, sensorId: string, seq: number): string {
  return `clip-${utcStamp(startNs)}-${safeSensor(sensorId)}-${pad(seq)}.mcap`;
}

/** A recorder file found in a directory: its kind, start stamp and seq, for ordering. */
export interface RecorderFileName {
  readonly kind: "log" | "clip";
  readonly stamp: string;
  readonly seq: number;
}

const STAMP = "(\\d{8}T\\d{6}\\.\\d{3}Z)";
const CLIP = new RegExp(`^clip-${STAMP}-[A-Za-z0-9_.-]+-(\\d{6,})\\.mcap$`);

/** What a file name says, when it is one of this recorder's files (logs with this prefix, or clips); else undefined. */
export function parseRecorderFileName(name: string, prefix: string): RecorderFileName | undefined {
  const clip = CLIP.exec(name);
  if (clip !== null) return { kind: "clip", stamp: clip[1]!, seq: Number(clip[2]) };
  if (!name.startsWith(`${prefix}-`)) return undefined;
  const log = new RegExp(`^${STAMP}-(\\d{6,})\\.mcap$`).exec(name.slice(prefix.length + 1));
  return log === null ? undefined : { kind: "log", stamp: log[1]!, seq: Number(log[2]) };
}

/** UTC time of a nanosecond epoch time, to the millisecond: 20250102T030405.678Z. */
export function utcStamp(ns: bigint): string {
  const ms = ns / 1_000_000n;
  // Four-digit years only: a clock outside them is a bug, but the name must still have the format.
  const clamped = ms < 0n ? 0n : ms > MAX_MS ? MAX_MS : ms;
  return new Date(Number(clamped)).toISOString().replace(/[-:]/g, "");
}

/** A sensor id as it may appear in a file name: other characters become _. */
function safeSensor(sensorId: string): string {
  const safe = sensorId.replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 64);
  return safe === "" ? "_" : safe;
}

/** 9999-12-31T23:59:59.999Z. */
const MAX_MS = 253_402_300_799_999n;

const pad = (seq: number): string => String(seq).padStart(6, "0");
