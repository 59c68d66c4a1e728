import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Temp files carry this in their name, so a reopened store knows them as leftovers of a crash. */
export const TEMP_MARK = ".tmp-";

/**
 * Writes a file so that a crash leaves either the old content or the new, never a part:
 * a temp file in the same folder, fsync'd, renamed over the target, then the folder fsync'd
 * so the rename itself survives a power cut.
 *   await writeFileAtomic("/var/lib/vigil/models/active.json", JSON.stringify(active));
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `${basename(path)}${TEMP_MARK}${randomBytes(6).toString("hex")}`);
  try {
    const h = await open(tmp, "wx", 0o644);
    try {
      await h.writeFile(data);
      await h.sync();
    } finally {
      await h.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await syncDir(dir);
}

/** fsync of a folder: makes creations, renames and deletions in it durable. */
export async function syncDir(dir: string): Promise<void> {
  const d = await open(dir, "r");
  try {
    await d.sync();
  } finally {
    await d.close();
  }
}
