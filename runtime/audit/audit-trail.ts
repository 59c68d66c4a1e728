import { access, mkdir, open, rename, rm, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import type { Clock } from "../clock/index.js";
import { VigilError, isVigilError } from "../errors/index.js";
import { AuditFileLock } from "./audit-file-lock.js";
import { GENESIS_HASH, MAX_AUDIT_LINE_BYTES, auditEntryHash, formatAuditLine, isoTime, parseAuditLine, type AuditEntry, type AuditKind } from "./audit-entry.js";
import { readAuditLines } from "./audit-line-reader.js";
import { canonicalJson } from "./canonical-json.js";
import { rotatedAuditFiles } from "./rotated-audit-files.js";

/** The bounds a trail has when none are given (runtime/config/audit-config.ts uses the same). */
export const AUDIT_TRAIL_DEFAULTS = {
  /** A file is rotated before a line would take it past this. */
  maxBytes: 8 * 1024 * 1024,
  /** Rotated files kept: FILE.1 (newest) ... FILE.<maxFiles>; the oldest beyond is deleted. */
  maxFiles: 8,
  /** Appends waiting for the disk at once; more are refused with AUDIT_QUEUE_FULL. */
  maxPending: 1024,
} as const;

export interface AuditTrailOptions {
  /** The file appended to; rotated files are `${path}.1` ... `${path}.${maxFiles}`. */
  path: string;
  /** Where each entry's time comes from. */
  clock: Clock;
  maxBytes?: number;
  maxFiles?: number;
  maxPending?: number;
}

const KIND = /^[a-z][a-z0-9_]{0,63}$/;
const MAX_ACTOR_CHARS = 256;

/**
 * An append-only, hash-chained JSONL audit file (format: AuditEntry). Each append is
 * written and fsync'd before its promise resolves; appends are written one at a time in
 * call order, at most maxPending waiting (AUDIT_QUEUE_FULL beyond). Opening reads the
 * file's last line (or, when the file is empty, the newest rotated file's) and continues
 * its chain; a last line that is torn (a crash mid-write) or fails its own hash is
 * AUDIT_CHAIN_BROKEN naming the line: the trail never starts a silent new chain after it.
 *
 * Rotation: before a line would take the file past maxBytes it is renamed FILE.1 (FILE.1
 * becomes FILE.2, ...; FILE.<maxFiles> is deleted), and the new FILE's first line chains
 * to the last hash of FILE.1 with the next seq, so `verifyAuditFile([FILE.3, FILE.2,
 * FILE.1, FILE])` (oldest first; rotatedAuditFiles(FILE) lists them) checks the chain
 * across files. At most (maxFiles + 1) x maxBytes stay on disk. One process per file
 * (AUDIT_FILE_LOCKED). A write or sync failure is AUDIT_WRITE_FAILED, and every later
 * append fails the same way: nothing is written after a line that may be torn.
 *   const trail = await AuditTrail.open({ path: "/var/lib/vigil/audit.jsonl", clock });
 *   await trail.append("operator_override", "operator:alice", { accepted: true }); await trail.close();
 */
export class AuditTrail {
  readonly path: string;
  readonly #clock: Clock;
  readonly #maxBytes: number;
  readonly #maxFiles: number;
  readonly #maxPending: number;
  readonly #lock: AuditFileLock;
  #file: FileHandle;
  #size: number;
  #seq: number;
  #last: string;
  #pending = 0;
  #chain: Promise<unknown> = Promise.resolve();
  #failure: VigilError | undefined;
  #closed = false;

  private constructor(o: Required<AuditTrailOptions>, lock: AuditFileLock, file: FileHandle, size: number, tail: { seq: number; hash: string }) {
    this.path = o.path;
    this.#clock = o.clock;
    this.#maxBytes = o.maxBytes;
    this.#maxFiles = o.maxFiles;
    this.#maxPending = o.maxPending;
    this.#lock = lock;
    this.#file = file;
    this.#size = size;
    this.#seq = tail.seq;
    this.#last = tail.hash;
  }

  /**
   * Opens (creating its folder and file) and continues the chain. AUDIT_CHAIN_BROKEN on a
   * broken tail, AUDIT_FILE_LOCKED when another process writes it, AUDIT_WRITE_FAILED when
   * it cannot be opened, USAGE for bounds out of range.
   */
  static async open(options: AuditTrailOptions): Promise<AuditTrail> {
    const o: Required<AuditTrailOptions> = { ...AUDIT_TRAIL_DEFAULTS, ...options };
    if (!Number.isSafeInteger(o.maxBytes) || o.maxBytes < 1024) throw new VigilError("USAGE", `audit maxBytes must be a whole number >= 1024, not ${o.maxBytes}`);
    if (!Number.isSafeInteger(o.maxFiles) || o.maxFiles < 1) throw new VigilError("USAGE", `audit maxFiles must be a whole number >= 1, not ${o.maxFiles}`);
    if (!Number.isSafeInteger(o.maxPending) || o.maxPending < 1) throw new VigilError("USAGE", `audit maxPending must be a whole number >= 1, not ${o.maxPending}`);
    try {
      await mkdir(dirname(o.path), { recursive: true });
    } catch (err) {
      throw new VigilError("AUDIT_WRITE_FAILED", `cannot create the audit folder ${dirname(o.path)}: ${(err as Error).message}`, { cause: err });
    }
    const lock = await AuditFileLock.acquire(o.path);
    try {
      // An empty (or missing) file continues the newest rotated one: a crash may come between a rotation's rename and the next line.
      const tail = (await readChainTail(o.path)) ?? (await readChainTail(`${o.path}.1`)) ?? { seq: 0, hash: GENESIS_HASH };
      let file: FileHandle;
      try {
        file = await open(o.path, "a");
      } catch (err) {
        throw new VigilError("AUDIT_WRITE_FAILED", `cannot open the audit file ${o.path}: ${(err as Error).message}`, { cause: err });
      }
      const { size } = await file.stat();
      return new AuditTrail(o, lock, file, size, tail);
    } catch (err) {
      await lock.release();
      throw err;
    }
  }

  /** The seq of the last line written (0 before the first). */
  get lastSeq(): number {
    return this.#seq;
  }

  /** The hash of the last line written: the next line's prev. */
  get lastHash(): string {
    return this.#last;
  }

  /** Appends accepted and not yet on disk. */
  get pending(): number {
    return this.#pending;
  }

  /**
   * Appends one entry, time from the clock now; resolves with it once it is on disk
   * (fsync'd). Rejects with AUDIT_ENTRY_INVALID (kind, actor or detail unfit), AUDIT_QUEUE_FULL,
   * or AUDIT_WRITE_FAILED (this or an earlier write failed, or the trail is closed).
   */
  append(kind: AuditKind | (string & {}), actor: string, detail: Record<string, unknown> = {}): Promise<AuditEntry> {
    let normal: Record<string, unknown>;
    try {
      if (this.#closed) throw new VigilError("AUDIT_WRITE_FAILED", `the audit trail ${this.path} is closed`);
      if (!KIND.test(kind)) throw new VigilError("AUDIT_ENTRY_INVALID", `audit kind ${JSON.stringify(kind)}: lower-case letters, digits and _, starting with a letter`);
      if (actor.length === 0 || actor.length > MAX_ACTOR_CHARS || /\p{Cc}/u.test(actor)) {
        throw new VigilError("AUDIT_ENTRY_INVALID", `audit actor ${JSON.stringify(actor.slice(0, 64))}: 1 to ${MAX_ACTOR_CHARS} characters, no control characters`);
      }
      if (typeof detail !== "object" || detail === null || Array.isArray(detail)) throw new VigilError("AUDIT_ENTRY_INVALID", "audit detail must be an object");
      // The detail as it will read back from the file (bigints as strings, undefined keys gone), so the hash is over exactly that.
      normal = JSON.parse(canonicalJson(detail)) as Record<string, unknown>;
      if (this.#pending >= this.#maxPending) {
        throw new VigilError("AUDIT_QUEUE_FULL", `${this.#pending} audit entries wait for the disk already (max_pending ${this.#maxPending}); this ${kind} entry is not recorded`);
      }
    } catch (err) {
      return Promise.reject(err);
    }
    const timeNs = this.#clock.nowNs();
    this.#pending++;
    const written = this.#chain.then(() => this.#write(kind, actor, normal, timeNs));
    this.#chain = written.then(
      () => undefined,
      () => undefined,
    );
    return written.finally(() => this.#pending--);
  }

  /**
   * The newest entry that matches, searching this file then the rotated ones newest first
   * (after the appends already queued). A lookup, not a check: lines that do not parse are
   * passed over (verifyAuditFile reports them).
   *   const last = await trail.findLast((e) => e.kind === "config_loaded");
   */
  findLast(match: (entry: AuditEntry) => boolean): Promise<AuditEntry | undefined> {
    const found = this.#chain.then(async () => {
      for (const file of (await rotatedAuditFiles(this.path, this.#maxFiles)).reverse()) {
        let last: AuditEntry | undefined;
        for await (const line of readAuditLines(file)) {
          const parsed = parseAuditLine(line.text);
          if (parsed.ok && match(parsed.entry)) last = parsed.entry;
        }
        if (last !== undefined) return last;
      }
      return undefined;
    });
    this.#chain = found.then(
      () => undefined,
      () => undefined,
    );
    return found;
  }

  /** Waits for every queued append, closes the file and releases the lock; later appends fail. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#chain;
    try {
      // After a failed rotation the file may be closed already; that failure was reported then.
      await this.#file.close().catch((err: unknown) => {
        if (this.#failure === undefined) throw err;
      });
    } finally {
      await this.#lock.release();
    }
  }

  async #write(kind: string, actor: string, detail: Record<string, unknown>, timeNs: bigint): Promise<AuditEntry> {
    if (this.#failure !== undefined) {
      throw new VigilError("AUDIT_WRITE_FAILED", `the audit trail ${this.path} stopped after a failed write (${this.#failure.message}); fix the disk, run \`vigil audit verify\` and restart`, {
        cause: this.#failure,
      });
    }
    const unsigned = { seq: this.#seq + 1, time: isoTime(timeNs), time_ns: timeNs.toString(), kind, actor, detail, prev: this.#last };
    const entry: AuditEntry = { ...unsigned, hash: auditEntryHash(unsigned) };
    const bytes = Buffer.from(`${formatAuditLine(entry)}\n`, "utf8");
    if (bytes.length > Math.min(this.#maxBytes, MAX_AUDIT_LINE_BYTES)) {
      throw new VigilError("AUDIT_ENTRY_INVALID", `the ${kind} audit entry is ${bytes.length} bytes; at most ${Math.min(this.#maxBytes, MAX_AUDIT_LINE_BYTES)} fit one line`);
    }
    try {
      if (this.#size > 0 && this.#size + bytes.length > this.#maxBytes) await this.#rotate();
      for (let offset = 0; offset < bytes.length; ) offset += (await this.#file.write(bytes, offset, bytes.length - offset)).bytesWritten;
      await this.#file.sync();
    } catch (err) {
      this.#failure = isVigilError(err) ? err : new VigilError("AUDIT_WRITE_FAILED", `cannot write the audit file ${this.path}: ${(err as Error).message}`, { cause: err });
      throw this.#failure;
    }
    this.#size += bytes.length;
    this.#seq = entry.seq;
    this.#last = entry.hash;
    return entry;
  }

  /** FILE -> FILE.1 -> FILE.2 ...; the oldest beyond maxFiles is deleted; a new, empty FILE. */
  async #rotate(): Promise<void> {
    await this.#file.close();
    await rm(`${this.path}.${this.#maxFiles}`, { force: true });
    for (let i = this.#maxFiles - 1; i >= 1; i--) {
      const from = `${this.path}.${i}`;
      if (await exists(from)) await rename(from, `${this.path}.${i + 1}`);
    }
    await rename(this.path, `${this.path}.1`);
    this.#file = await open(this.path, "a");
    this.#size = 0;
    // The renames must be durable before the new file's first line claims to follow FILE.1.
    const folder = await open(dirname(this.path), "r");
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }
}

/** The last line's seq and hash, checked; undefined for a missing or empty file. */
async function readChainTail(path: string): Promise<{ seq: number; hash: string } | undefined> {
  if (!(await exists(path))) return undefined;
  let last: { number: number; text: string; terminated: boolean; overlong: boolean } | undefined;
  try {
    for await (const line of readAuditLines(path)) last = line;
  } catch (err) {
    throw new VigilError("AUDIT_WRITE_FAILED", `cannot read the audit file ${path}: ${(err as Error).message}`, { cause: err });
  }
  if (last === undefined) return undefined;
  const broken = (why: string): VigilError =>
    new VigilError(
      "AUDIT_CHAIN_BROKEN",
      `${path} line ${last.number} ${why}; the trail cannot continue its chain. Run \`vigil audit verify ${path}\`, keep the file as evidence and move it aside to start a new chain`,
    );
  if (!last.terminated) throw broken("is incomplete (no newline: a write cut short by a crash?)");
  if (last.overlong) throw broken(`is longer than ${MAX_AUDIT_LINE_BYTES} bytes`);
  const parsed = parseAuditLine(last.text);
  if (!parsed.ok) throw broken(`is not an audit entry (${parsed.message})`);
  if (auditEntryHash(parsed.entry) !== parsed.entry.hash) throw broken("does not match its own hash (changed after it was written)");
  return { seq: parsed.entry.seq, hash: parsed.entry.hash };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw err;
  }
}
