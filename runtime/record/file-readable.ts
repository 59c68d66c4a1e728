import { open, type FileHandle } from "node:fs/promises";
import type { IReadable } from "@mcap/core";

/**
 * An MCAP IReadable over a file (fs/promises): random-access reads for McapIndexedReader.
 *   const file = await FileReadable.open("a.mcap");
 *   try { const reader = await McapIndexedReader.Initialize({ readable: file }); } finally { await file.close(); }
 */
export class FileReadable implements IReadable {
  readonly path: string;
  readonly #handle: FileHandle;
  readonly #size: bigint;

  private constructor(path: string, handle: FileHandle, size: bigint) {
    this.path = path;
    this.#handle = handle;
    this.#size = size;
  }

  static async open(path: string): Promise<FileReadable> {
    const handle = await open(path, "r");
    try {
      const { size } = await handle.stat();
      return new FileReadable(path, handle, BigInt(size));
    } catch (err) {
      await handle.close();
      throw err;
    }
  }

  async size(): Promise<bigint> {
    return this.#size;
  }

  /** Exactly `size` bytes from `offset`; a read past the end is an error (the file changed or the index lies). */
  async read(offset: bigint, size: bigint): Promise<Uint8Array> {
    if (offset < 0n || size < 0n || offset + size > this.#size) {
      throw new RangeError(`read of ${size} bytes at ${offset} is outside ${this.path} (${this.#size} bytes)`);
    }
    const length = Number(size);
    const buffer = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.#handle.read(buffer, done, length - done, Number(offset) + done);
      if (bytesRead === 0) throw new RangeError(`${this.path} ended at ${Number(offset) + done} while reading ${size} bytes at ${offset}`);
      done += bytesRead;
    }
    return buffer;
  }

  async close(): Promise<void> {
    await this.#handle.close();
  }
}
