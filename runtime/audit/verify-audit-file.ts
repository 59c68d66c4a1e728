import { VigilError } from "../errors/index.js";
import { GENESIS_HASH, auditEntryHash, parseAuditLine } from "./audit-entry.js";
import { readAuditLines } from "./audit-line-reader.js";

export type AuditFailureCode = "AUDIT_LINE_EDITED" | "AUDIT_LINE_MISSING" | "AUDIT_LINE_REORDERED" | "AUDIT_LINE_INVALID" | "AUDIT_CHAIN_BROKEN";

export type AuditVerdict =
  | {
      ok: true;
      /** Lines checked, over every file. */
      lines: number;
      /** The last line's hash (GENESIS_HASH when there is none): what the next line must name as prev. */
      lastHash: string;
      lastSeq: number;
      /** The first line's seq and prev: 1 and GENESIS_HASH for a chain checked from its start; more when older files were rotated away. */
      firstSeq: number;
      firstPrev: string;
    }
  | {
      ok: false;
      /** The file and 1-based line number in it where the chain first fails. */
      file: string;
      line: number;
      code: AuditFailureCode;
      message: string;
    };

export interface VerifyAuditOptions {
  /** Fail (AUDIT_LINE_MISSING) unless the first line is seq 1: the chain must be checked from its very start. */
  requireStart?: boolean;
}

/** A forward seq jump, judged once the rest is read: a skipped seq found later means lines were moved, else removed. */
interface Jump {
  file: string;
  line: number;
  expected: number;
  found: number;
  prevMatches: boolean;
}

/**
 * Checks an audit file, or several given oldest first (rotatedAuditFiles(path) lists them),
 * as one chain: every line parses (else AUDIT_LINE_INVALID) and matches its own hash (else
 * AUDIT_LINE_EDITED, at that line); seq goes up by exactly one and prev is the line
 * before's hash. A forward seq jump is AUDIT_LINE_MISSING at the first line after the gap,
 * unless a skipped seq shows up later: then lines were swapped or moved,
 * AUDIT_LINE_REORDERED at the first line out of place, as is seq going backwards. seq in
 * order with a prev that does not match, or a last line without its newline (a torn
 * write), is AUDIT_CHAIN_BROKEN. The first line may start mid-chain (its files rotated
 * away) unless requireStart; seq 1 must have prev GENESIS_HASH. Memory stays bounded by
 * one line, whatever the files' size; a missing file rejects with USAGE, an unreadable one
 * with AUDIT_LINE_INVALID.
 *   const v = await verifyAuditFile(["audit.jsonl.1", "audit.jsonl"]); if (!v.ok) console.log(v.line, v.code);
 */
export async function verifyAuditFile(paths: string | readonly string[], options: VerifyAuditOptions = {}): Promise<AuditVerdict> {
  const files = typeof paths === "string" ? [paths] : paths;
  let lines = 0;
  let expected: number | undefined;
  let lastHash = GENESIS_HASH;
  let first: { seq: number; prev: string } | undefined;
  let jump: Jump | undefined;
  const fail = (file: string, line: number, code: AuditFailureCode, message: string): AuditVerdict => ({ ok: false, file, line, code, message: `${file}:${line}: ${message}` });

  for (const file of files) {
    try {
      for await (const line of readAuditLines(file)) {
        if (jump !== undefined) {
          // Looking ahead after a jump: only whether a skipped seq turns up matters.
          const parsed = parseAuditLine(line.text);
          if (parsed.ok && parsed.entry.seq >= jump.expected && parsed.entry.seq < jump.found) {
            return fail(jump.file, jump.line, "AUDIT_LINE_REORDERED", `seq ${jump.found} where ${jump.expected} belongs, and seq ${parsed.entry.seq} comes later (${file}:${line.number}): lines were moved or swapped`);
          }
          continue;
        }
        lines++;
        if (!line.terminated) return fail(file, line.number, "AUDIT_CHAIN_BROKEN", "the last line is incomplete (no newline): a write cut short, by a crash or a truncated copy");
        if (line.overlong) return fail(file, line.number, "AUDIT_LINE_INVALID", "line too long to be an audit entry");
        const parsed = parseAuditLine(line.text);
        if (!parsed.ok) return fail(file, line.number, "AUDIT_LINE_INVALID", `not an audit entry: ${parsed.message}`);
        const e = parsed.entry;
        if (auditEntryHash(e) !== e.hash) return fail(file, line.number, "AUDIT_LINE_EDITED", `seq ${e.seq} (${e.kind}) does not match its own hash: it was changed after it was written`);
        if (expected === undefined) {
          first = { seq: e.seq, prev: e.prev };
          if (e.seq === 1 && e.prev !== GENESIS_HASH) return fail(file, line.number, "AUDIT_CHAIN_BROKEN", `seq 1 must have prev ${GENESIS_HASH.slice(0, 8)}... (the chain's start), not ${e.prev}`);
          if (e.seq !== 1 && options.requireStart === true) {
            return fail(file, line.number, "AUDIT_LINE_MISSING", `the chain starts at seq ${e.seq}: seq 1 to ${e.seq - 1} are missing (deleted, or in older rotated files not given)`);
          }
        } else if (e.seq > expected) {
          jump = { file, line: line.number, expected, found: e.seq, prevMatches: e.prev === lastHash };
          continue;
        } else if (e.seq < expected) {
          return fail(file, line.number, "AUDIT_LINE_REORDERED", `seq ${e.seq} after seq ${expected - 1}: seq goes backwards (lines moved, swapped or repeated)`);
        } else if (e.prev !== lastHash) {
          return fail(
            file,
            line.number,
            "AUDIT_CHAIN_BROKEN",
            `seq ${e.seq} names prev ${e.prev.slice(0, 16)}... but the line before hashes to ${lastHash.slice(0, 16)}...: that line was changed and re-hashed, or the files are from different chains or not in order`,
          );
        }
        expected = e.seq + 1;
        lastHash = e.hash;
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new VigilError("USAGE", `no audit file at ${file}`, { cause: err });
      throw new VigilError("AUDIT_LINE_INVALID", `cannot read the audit file ${file}: ${(err as Error).message}`, { cause: err });
    }
  }
  if (jump !== undefined) {
    const gap = jump.found - jump.expected === 1 ? `seq ${jump.expected} is` : `seq ${jump.expected} to ${jump.found - 1} are`;
    return fail(jump.file, jump.line, "AUDIT_LINE_MISSING", `${gap} missing before seq ${jump.found}${jump.prevMatches ? "" : ", and its prev does not match the line before"}: lines were deleted`);
  }
  return { ok: true, lines, lastHash, lastSeq: expected === undefined ? 0 : expected - 1, firstSeq: first?.seq ?? 0, firstPrev: first?.prev ?? GENESIS_HASH };
}
