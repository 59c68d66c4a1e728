import { readdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * An audit file and its rotated files that exist, oldest first (FILE.3, FILE.2, FILE.1,
 * FILE): the order verifyAuditFile checks the chain in. With maxFiles, only FILE.1 to
 * FILE.<maxFiles> are considered.
 *   const result = await verifyAuditFile(await rotatedAuditFiles("audit.jsonl"));
 */
export async function rotatedAuditFiles(path: string, maxFiles?: number): Promise<string[]> {
  const name = basename(path);
  const folder = dirname(path);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  const rotated: Array<{ n: number; file: string }> = [];
  for (const candidate of names) {
    if (!candidate.startsWith(`${name}.`)) continue;
    const suffix = candidate.slice(name.length + 1);
    if (!/^[1-9]\d{0,5}$/.test(suffix)) continue;
    const n = Number(suffix);
    if (maxFiles === undefined || n <= maxFiles) rotated.push({ n, file: join(folder, candidate) });
  }
  rotated.sort((a, b) => b.n - a.n);
  const files = rotated.map((r) => r.file);
  if (names.includes(name)) files.push(join(folder, name));
  return files;
}
