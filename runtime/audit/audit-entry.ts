import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.js";

/** What the runtime and the supervisor record. Other kinds may be appended (lower-case, digits, _). */
export const AUDIT_KINDS = [
  "config_loaded",
  "config_changed",
  "model_activated",
  "model_confirmed",
  "model_rolled_back",
  "model_refused",
  "safe_stop_started",
  "safe_stop_ended",
  "operator_override",
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** The `prev` of a chain's first line. */
export const GENESIS_HASH = "0".repeat(64);

/** Longest line the trail writes or the verifier reads; details are small records. */
export const MAX_AUDIT_LINE_BYTES = 256 * 1024;

/**
 * One line of an audit file. `hash` is the hex sha256 of the canonical JSON (canonicalJson)
 * of every other field; `prev` is the hash of the line before it (GENESIS_HASH for seq 1),
 * so changing, removing or moving any line breaks the chain at that point.
 */
export interface AuditEntry {
  /** 1, 2, 3, ... across rotated files: it never restarts while the chain goes on. */
  seq: number;
  /** ISO 8601 (UTC, milliseconds) of time_ns: for people. */
  time: string;
  /** Nanoseconds since the Unix epoch, from the writer's Clock, as a decimal string. */
  time_ns: string;
  kind: AuditKind | (string & {});
  /** Who did it: "vigil-run", "device-agent", "arbiter", "vigil-supervisor", "operator:alice". */
  actor: string;
  /** What happened, as plain JSON data (snake_case keys). */
  detail: Record<string, unknown>;
  prev: string;
  hash: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** The hex sha256 an entry must carry: over the canonical JSON of every field but `hash`. */
export function auditEntryHash(entry: Omit<AuditEntry, "hash"> | Record<string, unknown>): string {
  const { hash: _hash, ...rest } = entry as Record<string, unknown>;
  return createHash("sha256").update(canonicalJson(rest)).digest("hex");
}

/** The line as written: fields in reading order, detail in canonical form, no newline. */
export function formatAuditLine(entry: AuditEntry): string {
  const { seq, time, time_ns, kind, actor, detail, prev, hash } = entry;
  return `{"seq":${seq},"time":${JSON.stringify(time)},"time_ns":${JSON.stringify(time_ns)},"kind":${JSON.stringify(kind)},"actor":${JSON.stringify(actor)},"detail":${canonicalJson(detail)},"prev":"${prev}","hash":"${hash}"}`;
}

/** ISO 8601 of an epoch-nanosecond time (milliseconds kept). */
export function isoTime(ns: bigint): string {
  return new Date(Number(ns / 1_000_000n)).toISOString();
}

/**
 * Reads one line: the entry with its fields checked for type (hash not yet checked: see
 * auditEntryHash), or why it is not an audit entry.
 *   const parsed = parseAuditLine(text); if (parsed.ok && auditEntryHash(parsed.entry) !== parsed.entry.hash) ...
 */
export function parseAuditLine(text: string): { ok: true; entry: AuditEntry } | { ok: false; message: string } {
  if (text.trim() === "") return { ok: false, message: "empty line" };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `not JSON (${(err as Error).message})` };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { ok: false, message: "not a JSON object" };
  const e = raw as Record<string, unknown>;
  const problems: string[] = [];
  if (!Number.isSafeInteger(e.seq) || (e.seq as number) < 1) problems.push("seq must be a whole number from 1");
  for (const key of ["time", "kind", "actor"] as const) if (typeof e[key] !== "string") problems.push(`${key} must be a string`);
  if (typeof e.time_ns !== "string" || !/^\d{1,30}$/.test(e.time_ns)) problems.push("time_ns must be a decimal string");
  if (typeof e.detail !== "object" || e.detail === null || Array.isArray(e.detail)) problems.push("detail must be an object");
  for (const key of ["prev", "hash"] as const) if (typeof e[key] !== "string" || !HEX64.test(e[key])) problems.push(`${key} must be 64 lower-case hex digits`);
  if (problems.length > 0) return { ok: false, message: problems.join("; ") };
  return { ok: true, entry: e as unknown as AuditEntry };
}
