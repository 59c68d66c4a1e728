import { readdir, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "../observe/index.js";
import { parseRecorderFileName } from "./log-file-names.js";

export interface DiskQuotaOptions {
  dir: string;
  /** Log files are <prefix>-...; clips are clip-... */
  prefix: string;
  maxTotalBytes: number;
  logger: Logger;
}

/**
 * Keeps the recorder's files in a directory (its logs and clips, from this run and earlier
 * ones; nothing else) under max_total_bytes by deleting the oldest first, as their names
 * date them. Files still being written count at their current size and are never deleted.
 *   const quota = new DiskQuota({ dir, prefix: "vigil", maxTotalBytes: 8 << 30, logger });
 *   await quota.enforce(new Set([openFile]), rotateBytes); quota.deletedFiles;
 */
export class DiskQuota {
  readonly #options: DiskQuotaOptions;
  #deletedFiles = 0;
  #deletedBytes = 0;
  #warnedFull = false;

  constructor(options: DiskQuotaOptions) {
    this.#options = options;
  }

  /**
   * Deletes the oldest closed files until all of them together, plus `reserveBytes` (room
   * for a file about to grow), fit in max_total_bytes. Resolves to the names deleted.
   */
  async enforce(open: ReadonlySet<string>, reserveBytes = 0): Promise<string[]> {
    const { dir, prefix, maxTotalBytes, logger } = this.#options;
    const files: { name: string; stamp: string; seq: number; size: number }[] = [];
    for (const name of await readdir(dir)) {
      const parsed = parseRecorderFileName(name, prefix);
      if (parsed === undefined) continue;
      const size = await sizeOf(join(dir, name));
      if (size !== undefined) files.push({ name, stamp: parsed.stamp, seq: parsed.seq, size });
    }
    let total = files.reduce((sum, f) => sum + f.size, 0);
    const closed = files
      .filter((f) => !open.has(f.name))
      .sort((a, b) => (a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : a.seq - b.seq || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
    const deleted: string[] = [];
    for (const f of closed) {
      if (total + reserveBytes <= maxTotalBytes) break;
      try {
        await unlink(join(dir, f.name));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      }
      total -= f.size;
      deleted.push(f.name);
      this.#deletedFiles++;
      this.#deletedBytes += f.size;
      logger.info({ file: f.name, bytes: f.size, totalBytes: total, maxTotalBytes }, "recording quota: deleted the oldest file");
    }
    if (total + reserveBytes > maxTotalBytes && !this.#warnedFull) {
      this.#warnedFull = true;
      logger.warn({ dir, totalBytes: total, reserveBytes, maxTotalBytes }, "recording quota: nothing left to delete and still over max_total_bytes");
    }
    return deleted;
  }

  /** Files deleted to stay under the quota, and their bytes, since this quota was made. */
  get deletedFiles(): number {
    return this.#deletedFiles;
  }

  get deletedBytes(): number {
    return this.#deletedBytes;
  }
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}
