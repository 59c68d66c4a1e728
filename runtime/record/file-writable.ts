import { open, type FileHandle } from "node:fs/promises";
import type { IWritable } from "@mcap/core";

/**
 * An MCAP IWritable over a new file (fs/promises): every write is awaited in full before
 * the next, so McapWriter's "one call at a time" rule holds; position() is the byte count.
 *   const out = await FileWritable.create("/data/logs/a.mcap"); await writer.start(); ...; await out.close();
 */
export class FileWritable implements IWritable {
  readonly path: string;
  readonly #handle: FileHandle;
  #position = 0n;

  private constructor(path: string, handle: FileHandle) {
    this.path = path;
    this.#handle = handle;
  }

  /** Creates the file; fails with EEXIST when it is already there (never overwrites a log). */
  static async create(path: string): Promise<FileWritable> {
    return new FileWritable(path, await open(path, "wx"));
  }

  async write(buffer: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < buffer.byteLength) {
      const { bytesWritten } = await this.#handle.write(buffer, offset, buffer.byteLength - offset);
      offset += bytesWritten;
    }
    this.#position += BigInt(buffer.byteLength);
  }

  position(): bigint {
    return this.#position;
  }

  async close(): Promise<void> {
    await this.#handle.close();
  }
}
