import type { LogRecord } from "./log-channels.js";

/**
 * The most recent records, for a clip's pre-roll: bounded by age (log time) and by bytes,
 * oldest leaving first.
 *   const ring = new PreRollBuffer({ keepNs: 5_000_000_000n, maxBytes: 64 << 20 });
 *   ring.push(record); const preRoll = ring.since(triggerNs - 5_000_000_000n);
 */
export class PreRollBuffer {
  readonly #keepNs: bigint;
  readonly #maxBytes: number;
  #records: LogRecord[] = [];
  #head = 0;
  #bytes = 0;

  constructor({ keepNs, maxBytes }: { keepNs: bigint; maxBytes: number }) {
    this.#keepNs = keepNs;
    this.#maxBytes = maxBytes;
  }

  push(record: LogRecord): void {
    this.#records.push(record);
    this.#bytes += record.data.byteLength;
    const oldest = record.logTimeNs - this.#keepNs;
    while (this.#head < this.#records.length) {
      const first = this.#records[this.#head]!;
      if (first.logTimeNs >= oldest && this.#bytes <= this.#maxBytes) break;
      this.#bytes -= first.data.byteLength;
      this.#records[this.#head++] = undefined as unknown as LogRecord; // let it go
    }
    if (this.#head > 1024 && this.#head * 2 > this.#records.length) {
      this.#records = this.#records.slice(this.#head);
      this.#head = 0;
    }
  }

  /** Records logged at or after fromNs, oldest first. */
  since(fromNs: bigint): LogRecord[] {
    const out: LogRecord[] = [];
    for (let i = this.#head; i < this.#records.length; i++) {
      const r = this.#records[i]!;
      if (r.logTimeNs >= fromNs) out.push(r);
    }
    return out;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get length(): number {
    return this.#records.length - this.#head;
  }
}
