import { mkdir, open, readdir, readFile, unlink, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { SystemClock, type Clock } from "../clock/index.js";
import { OutboxError } from "./outbox-error.js";
import { FRAME_HEADER_BYTES, encodeFrame, scanFrames } from "./outbox-frame.js";
import { decodeRecord, encodeRecord, type OutboxMessage, type OutboxRecord } from "./outbox-record.js";

export interface DurableOutboxOptions {
  /** Folder of the outbox; created when missing. One outbox (one process) per folder. */
  dir: string;
  /** Most bytes of waiting (unacknowledged) records, frames included. */
  maxBytes: number;
  /** A segment file is closed and a new one started past this size. Default 1 MiB (capped at maxBytes). */
  segmentBytes?: number;
  /**
   * "always": one fsync per append or ack. "batch": group commit, the appends and acks that
   * queue up while a sync runs share the next one. Either way a promise resolves only after
   * its bytes are synced. Default "always".
   */
  fsync?: "always" | "batch";
  /** Classes the full policy may drop, first class first, oldest record first. Never "risk". Default telemetry, then status. */
  dropOrder?: readonly string[];
  clock?: Clock;
}

export interface OutboxCounters {
  /** Appends that resolved (since open). */
  appended: number;
  /** Acks that removed a waiting record (since open). */
  acked: number;
  /** Records the full policy dropped, per class (since open). */
  droppedByClass: Record<string, number>;
  /** Appends rejected with OUTBOX_FULL (since open). */
  rejectedFull: number;
  /** Torn or corrupt tails found and truncated away by open(), in segment and ack files. */
  tornTails: number;
  /** Bytes of waiting records, frames included (bounded by maxBytes). */
  bytes: number;
  /** Waiting records. */
  records: number;
  /** Segment files on disk. */
  segments: number;
}

interface Segment {
  seq: number;
  segPath: string;
  ackPath: string;
  size: number;
  live: number;
  handle?: FileHandle; // while it is the active (appended-to) segment
  ackHandle?: FileHandle;
}

interface Entry {
  record: OutboxRecord;
  segment: Segment;
  offset: number;
  size: number;
  synced: boolean;
}

interface Op {
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

const SEGMENT_NAME = /^outbox-(\d{10})\.seg$/;
const ACK_NAME = /^outbox-(\d{10})\.ack$/;
const ACK_PAYLOAD_BYTES = 5; // u32 record offset, u8 kind
const ACK_KIND = { ack: 0, drop: 1 } as const;

const segName = (seq: number, ext: "seg" | "ack"): string => `outbox-${String(seq).padStart(10, "0")}.${ext}`;

/**
 * A crash-safe, bounded, on-disk outbox for QoS 1 delivery: append-only segment files of
 * crc-framed records, acks in a per-segment ack file, fully acked segments deleted; when full,
 * telemetry then status are dropped oldest first (counted), risk never (OUTBOX_FULL instead).
 *   const outbox = await DurableOutbox.open({ dir: "/data/outbox", maxBytes: 64 << 20 });
 *   await outbox.append({ id: await ids.next(), class: "risk", topic: "vigil/risk", body });
 *   for (const r of outbox.peek(10)) { await publish(r); await outbox.ack(r.id); }
 */
export class DurableOutbox {
  readonly dir: string;
  readonly maxBytes: number;
  readonly segmentBytes: number;
  readonly #fsync: "always" | "batch";
  readonly #dropOrder: readonly string[];
  readonly #clock: Clock;
  /** Waiting records by id, in append order (Map keeps insertion order). */
  readonly #entries = new Map<string, Entry>();
  readonly #segments = new Map<number, Segment>();
  #nextSeq: number;
  #active: Segment | undefined;
  #bytes = 0;
  #counters = { appended: 0, acked: 0, droppedByClass: {} as Record<string, number>, rejectedFull: 0, tornTails: 0 };
  // serial work, synced together
  readonly #queue: Op[] = [];
  #draining: Promise<void> | undefined;
  #running = false;
  readonly #dirty = new Set<FileHandle>();
  #dirDirty = false;
  readonly #written: Entry[] = [];
  readonly #toDelete: Segment[] = [];
  #closed = false;
  #failed: unknown;

  private constructor(options: Required<Omit<DurableOutboxOptions, "clock">> & { clock: Clock }, nextSeq: number) {
    this.dir = options.dir;
    this.maxBytes = options.maxBytes;
    this.segmentBytes = options.segmentBytes;
    this.#fsync = options.fsync;
    this.#dropOrder = options.dropOrder;
    this.#clock = options.clock;
    this.#nextSeq = nextSeq;
  }

  /** Opens (or creates) the outbox in `dir`, replaying its segments; torn tails are truncated away and counted. */
  static async open({
    dir,
    maxBytes,
    segmentBytes = 1 << 20,
    fsync = "always",
    dropOrder = ["telemetry", "status"],
    clock = new SystemClock(),
  }: DurableOutboxOptions): Promise<DurableOutbox> {
    if (!Number.isSafeInteger(maxBytes) || maxBytes <= FRAME_HEADER_BYTES) {
      throw new OutboxError("OUTBOX_CONFIG_INVALID", `maxBytes must be an integer above ${FRAME_HEADER_BYTES}, got ${maxBytes}`);
    }
    if (!Number.isSafeInteger(segmentBytes) || segmentBytes <= FRAME_HEADER_BYTES || segmentBytes > 0xffffffff) {
      throw new OutboxError("OUTBOX_CONFIG_INVALID", `segmentBytes must be an integer from ${FRAME_HEADER_BYTES + 1} to 2^32-1, got ${segmentBytes}`);
    }
    if (dropOrder.includes("risk")) throw new OutboxError("OUTBOX_CONFIG_INVALID", 'dropOrder must not name "risk": risk records are never dropped');
    if (fsync !== "always" && fsync !== "batch") throw new OutboxError("OUTBOX_CONFIG_INVALID", `fsync must be "always" or "batch", got ${String(fsync)}`);
    await mkdir(dir, { recursive: true });
    const names = await readdir(dir);
    const segSeqs = names.flatMap((n) => SEGMENT_NAME.exec(n)?.[1] ?? []).map(Number).sort((a, b) => a - b);
    const ackSeqs = names.flatMap((n) => ACK_NAME.exec(n)?.[1] ?? []).map(Number);
    const outbox = new DurableOutbox(
      { dir, maxBytes, segmentBytes: Math.min(segmentBytes, maxBytes), fsync, dropOrder, clock },
      (segSeqs.at(-1) ?? 0) + 1,
    );
    // an ack file without its segment: the segment was deleted, the ack file not yet
    for (const seq of ackSeqs) if (!segSeqs.includes(seq)) await unlink(join(dir, segName(seq, "ack")));
    for (const seq of segSeqs) await outbox.#replay(seq);
    return outbox;
  }

  async #replay(seq: number): Promise<void> {
    const segment: Segment = { seq, segPath: join(this.dir, segName(seq, "seg")), ackPath: join(this.dir, segName(seq, "ack")), size: 0, live: 0 };
    const seg = scanFrames(await readFile(segment.segPath), (p) => decodeRecord(p) !== undefined);
    if (seg.torn) await this.#truncateTornTail(segment.segPath, seg.validEnd);
    segment.size = seg.validEnd;
    const removed = new Set<number>();
    let ackBuf: Buffer | undefined;
    try {
      ackBuf = await readFile(segment.ackPath);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
    if (ackBuf !== undefined) {
      const acks = scanFrames(ackBuf, (p) => p.byteLength === ACK_PAYLOAD_BYTES);
      if (acks.torn) await this.#truncateTornTail(segment.ackPath, acks.validEnd);
      for (const { payload } of acks.frames) removed.add(payload.readUInt32LE(0));
    }
    for (const { offset, payload } of seg.frames) {
      if (removed.has(offset)) continue;
      const record = decodeRecord(payload)!;
      const size = FRAME_HEADER_BYTES + payload.byteLength;
      this.#entries.delete(record.id); // ids are unique by contract; keep the newest if not
      this.#entries.set(record.id, { record, segment, offset, size, synced: true });
      segment.live++;
      this.#bytes += size;
    }
    if (segment.live === 0) await this.#deleteSegmentFiles(segment);
    else this.#segments.set(seq, segment);
  }

  async #truncateTornTail(path: string, validEnd: number): Promise<void> {
    this.#counters.tornTails++;
    const h = await open(path, "r+");
    try {
      await h.truncate(validEnd);
      await h.sync();
    } finally {
      await h.close();
    }
  }

  /**
   * Writes the message and syncs it (per `fsync`) before resolving: once it resolves the
   * message survives a crash. When the outbox is full, droppable classes make room
   * (oldest first); rejects with OUTBOX_FULL when they cannot, OUTBOX_DUPLICATE_ID for an id
   * already waiting, OUTBOX_RECORD_TOO_LARGE for a record over segmentBytes.
   */
  append(message: OutboxMessage): Promise<void> {
    const record: OutboxRecord = { ...message, createdNs: this.#clock.nowNs() };
    let frame: Buffer;
    try {
      frame = encodeFrame(encodeRecord(record));
    } catch (err) {
      return Promise.reject(err);
    }
    if (frame.byteLength > this.segmentBytes) {
      return Promise.reject(
        new OutboxError("OUTBOX_RECORD_TOO_LARGE", `record ${message.id} is ${frame.byteLength} bytes framed; segmentBytes (capped at maxBytes) is ${this.segmentBytes}`),
      );
    }
    return this.#enqueue(() => this.#write(record, frame)).then(() => {
      this.#counters.appended++;
    });
  }

  /** Marks a record delivered (synced per `fsync` before resolving). False when no record with that id waits (a repeated ack). */
  ack(id: string): Promise<boolean> {
    return this.#enqueue(async () => {
      const entry = this.#entries.get(id);
      if (entry === undefined) return false;
      await this.#remove(entry, ACK_KIND.ack);
      this.#counters.acked++;
      return true;
    }) as Promise<boolean>;
  }

  /** Up to `n` waiting records, oldest first (only those whose append has been synced). */
  peek(n: number): OutboxRecord[] {
    const out: OutboxRecord[] = [];
    for (const entry of this.#entries.values()) {
      if (out.length >= n || !entry.synced) break;
      out.push(entry.record);
    }
    return out;
  }

  /** The oldest waiting record, or undefined. */
  next(): OutboxRecord | undefined {
    return this.peek(1)[0];
  }

  counters(): OutboxCounters {
    return {
      ...this.#counters,
      droppedByClass: { ...this.#counters.droppedByClass },
      bytes: this.#bytes,
      records: this.#entries.size,
      segments: this.#segments.size,
    };
  }

  /** Finishes queued work and closes the files; later calls reject with OUTBOX_CLOSED. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#draining;
    for (const s of this.#segments.values()) {
      await s.handle?.close();
      await s.ackHandle?.close();
      s.handle = undefined;
      s.ackHandle = undefined;
    }
    this.#active = undefined;
  }

  #enqueue(run: () => Promise<unknown>): Promise<unknown> {
    if (this.#closed) return Promise.reject(new OutboxError("OUTBOX_CLOSED", `outbox ${this.dir} is closed`));
    return new Promise((resolve, reject) => {
      this.#queue.push({ run, resolve, reject });
      if (!this.#running) {
        this.#running = true;
        this.#draining = this.#drain();
      }
    });
  }

  /** Runs queued ops until none is left; `#running` is cleared in the same tick the queue is found empty. */
  async #drain(): Promise<void> {
    for (;;) {
      if (this.#queue.length === 0) {
        this.#running = false;
        return;
      }
      const batch = this.#fsync === "always" ? this.#queue.splice(0, 1) : this.#queue.splice(0);
      if (this.#failed !== undefined) {
        for (const op of batch) op.reject(this.#failed);
        continue;
      }
      const done: Array<{ op: Op; value: unknown }> = [];
      for (const op of batch) {
        try {
          done.push({ op, value: await op.run() });
        } catch (err) {
          op.reject(err);
        }
      }
      try {
        await this.#sync();
      } catch (err) {
        // what reached the disk is unknown after a failed fsync: stop; open() again recovers
        this.#failed = err;
        for (const { op } of done) op.reject(err);
        continue;
      }
      for (const { op, value } of done) op.resolve(value);
    }
  }

  async #write(record: OutboxRecord, frame: Buffer): Promise<void> {
    if (this.#entries.has(record.id)) throw new OutboxError("OUTBOX_DUPLICATE_ID", `a record with id ${record.id} is already waiting`);
    await this.#makeRoom(frame.byteLength, record);
    let segment = this.#active;
    if (segment === undefined || segment.size + frame.byteLength > this.segmentBytes) segment = await this.#roll();
    const offset = segment.size;
    try {
      await writeFully(segment.handle!, frame);
    } catch (err) {
      // a partial frame may be on disk: it is a torn tail for open() to cut; write on in a new segment
      await this.#retireActive();
      throw err;
    }
    segment.size += frame.byteLength;
    segment.live++;
    this.#bytes += frame.byteLength;
    this.#dirty.add(segment.handle!);
    const entry: Entry = { record, segment, offset, size: frame.byteLength, synced: false };
    this.#entries.set(record.id, entry);
    this.#written.push(entry);
  }

  async #makeRoom(size: number, record: OutboxRecord): Promise<void> {
    const need = this.#bytes + size - this.maxBytes;
    if (need <= 0) return;
    let droppable = 0;
    for (const e of this.#entries.values()) if (this.#dropOrder.includes(e.record.class)) droppable += e.size;
    if (droppable < need) {
      this.#counters.rejectedFull++;
      throw new OutboxError(
        "OUTBOX_FULL",
        `outbox ${this.dir} is full (${this.#bytes} of ${this.maxBytes} bytes) and dropping every ${this.#dropOrder.join("/")} record would not fit ${record.class} record ${record.id} (${size} bytes)`,
      );
    }
    let freed = 0;
    for (const cls of this.#dropOrder) {
      for (const e of this.#entries.values()) {
        if (freed >= need) return;
        if (e.record.class !== cls) continue;
        await this.#remove(e, ACK_KIND.drop);
        freed += e.size;
        this.#counters.droppedByClass[cls] = (this.#counters.droppedByClass[cls] ?? 0) + 1;
      }
    }
  }

  async #remove(entry: Entry, kind: number): Promise<void> {
    const segment = entry.segment;
    if (segment.ackHandle === undefined) {
      segment.ackHandle = await open(segment.ackPath, "a");
      this.#dirDirty = true;
    }
    const payload = Buffer.allocUnsafe(ACK_PAYLOAD_BYTES);
    payload.writeUInt32LE(entry.offset, 0);
    payload.writeUInt8(kind, 4);
    await writeFully(segment.ackHandle, encodeFrame(payload));
    this.#dirty.add(segment.ackHandle);
    this.#entries.delete(entry.record.id);
    this.#bytes -= entry.size;
    segment.live--;
    if (segment.live === 0) {
      if (segment === this.#active) this.#active = undefined; // its handle closes with the deletion
      this.#segments.delete(segment.seq);
      this.#toDelete.push(segment);
    }
  }

  async #roll(): Promise<Segment> {
    await this.#retireActive();
    const seq = this.#nextSeq++;
    const segment: Segment = { seq, segPath: join(this.dir, segName(seq, "seg")), ackPath: join(this.dir, segName(seq, "ack")), size: 0, live: 0 };
    segment.handle = await open(segment.segPath, "wx");
    this.#dirDirty = true;
    this.#segments.set(seq, segment);
    this.#active = segment;
    return segment;
  }

  /** Stops appending to the active segment; its handle closes after the next sync. */
  async #retireActive(): Promise<void> {
    const active = this.#active;
    this.#active = undefined;
    if (active?.handle === undefined) return;
    if (this.#dirty.has(active.handle)) {
      await active.handle.sync();
      this.#dirty.delete(active.handle);
    }
    await active.handle.close();
    active.handle = undefined;
  }

  /** Syncs what this batch wrote, then deletes the segments it emptied. */
  async #sync(): Promise<void> {
    await Promise.all([...this.#dirty].map((h) => h.sync()));
    this.#dirty.clear();
    if (this.#dirDirty) {
      this.#dirDirty = false;
      const d = await open(this.dir, "r");
      try {
        await d.sync();
      } finally {
        await d.close();
      }
    }
    for (const e of this.#written.splice(0)) e.synced = true;
    for (const segment of this.#toDelete.splice(0)) {
      await segment.handle?.close();
      await segment.ackHandle?.close();
      segment.handle = undefined;
      segment.ackHandle = undefined;
      await this.#deleteSegmentFiles(segment);
    }
  }

  /** The segment first: an ack file left alone is removed by open(); a segment left alone would come back. */
  async #deleteSegmentFiles(segment: Segment): Promise<void> {
    await unlinkIfThere(segment.segPath);
    await unlinkIfThere(segment.ackPath);
  }
}

async function writeFully(handle: FileHandle, buf: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < buf.byteLength) {
    const { bytesWritten } = await handle.write(buf, offset, buf.byteLength - offset);
    offset += bytesWritten;
  }
}

async function unlinkIfThere(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
}
