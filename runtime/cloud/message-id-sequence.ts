import { mkdir, readFile } from "node:fs/promises";
import { writeFileAtomic } from "../files/index.js";
import { dirname } from "node:path";

export interface MessageIdSequenceOptions {
  /** File that holds the reserved high-water mark (written atomically, fsync'd). */
  file: string;
  /** Id prefix, e.g. the device id: ids are `${prefix}:${seq}`. */
  prefix: string;
  /** Sequence numbers reserved per disk write; a restart skips at most this many. Default 1000. */
  reserve?: number;
}

/**
 * Monotonically increasing message ids that survive restarts: a block of sequence numbers
 * is reserved on disk before any of it is handed out, so ids never repeat (gaps are fine).
 *   const ids = await MessageIdSequence.open({ file: "/data/outbox/seq", prefix: deviceId }); await ids.next(); // "cam-7:1"
 */
export class MessageIdSequence {
  readonly prefix: string;
  readonly #file: string;
  readonly #reserve: number;
  #next: number;
  #reservedUntil: number; // exclusive
  #chain: Promise<unknown> = Promise.resolve();

  private constructor(file: string, prefix: string, reserve: number, start: number) {
    this.#file = file;
    this.prefix = prefix;
    this.#reserve = reserve;
    this.#next = start;
    this.#reservedUntil = start;
  }

  static async open({ file, prefix, reserve = 1000 }: MessageIdSequenceOptions): Promise<MessageIdSequence> {
    if (!Number.isInteger(reserve) || reserve < 1) throw new RangeError(`reserve must be a positive integer, got ${reserve}`);
    await mkdir(dirname(file), { recursive: true });
    let start = 1;
    try {
      const text = (await readFile(file, "utf8")).trim();
      const n = Number(text);
      if (!Number.isSafeInteger(n) || n < 1) throw new Error(`message id sequence file ${file} holds "${text}", not a sequence number`);
      start = n;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
    return new MessageIdSequence(file, prefix, reserve, start);
  }

  /** The next id, `${prefix}:${seq}`; greater than every id handed out before, across restarts. */
  next(): Promise<string> {
    const p = this.#chain.then(async () => {
      if (this.#next >= this.#reservedUntil) await this.#persist(this.#next + this.#reserve);
      return `${this.prefix}:${this.#next++}`;
    });
    this.#chain = p.catch(() => undefined); // the caller of this next() gets the error; later calls go on
    return p;
  }

  async #persist(until: number): Promise<void> {
    await writeFileAtomic(this.#file, `${until}\n`);
    this.#reservedUntil = until;
  }
}
