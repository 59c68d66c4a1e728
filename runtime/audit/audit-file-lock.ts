import { link, readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { VigilError } from "../errors/index.js";

/** Lock files this process holds (so a lock with our own pid is told apart from a previous process's that had the same pid). */
const held = new Set<string>();

/**
 * One writer per audit file: two would interleave their chains and break both. The lock is
 * `.<name>.lock` beside the file (hidden, so `FILE*` globs do not pick it up) holding the
 * writer's pid; a lock whose process is gone (a crash) is taken over. A pid reused by an
 * unrelated process after a crash keeps the file locked: delete the lock file by hand then.
 *   const lock = await AuditFileLock.acquire("/var/lib/vigil/audit.jsonl"); ...; await lock.release();
 */
export class AuditFileLock {
  readonly path: string;

  private constructor(path: string) {
    this.path = path;
  }

  /** AUDIT_FILE_LOCKED when a live process (this one included) holds it; AUDIT_WRITE_FAILED when the folder is not writable. */
  static async acquire(file: string): Promise<AuditFileLock> {
    const path = join(dirname(file), `.${basename(file)}.lock`);
    for (let attempt = 0; attempt < 3; attempt++) {
      // Written aside and linked into place, so a lock never exists without its pid.
      const temp = `${path}.${process.pid}.tmp`;
      try {
        await writeFile(temp, `${process.pid}\n`);
        await link(temp, path);
        held.add(path);
        return new AuditFileLock(path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") {
          throw new VigilError("AUDIT_WRITE_FAILED", `cannot create the audit lock ${path}: ${(err as Error).message}`, { cause: err });
        }
      } finally {
        await rm(temp, { force: true });
      }
      const owner = await lockOwner(path);
      if (owner !== undefined && (held.has(path) || (owner !== process.pid && alive(owner)))) {
        throw new VigilError("AUDIT_FILE_LOCKED", `${file} is written by process ${owner} already (lock ${path}): give each process its own audit file`);
      }
      // Its writer is gone (or the lock was released meanwhile, or holds no pid): take it over.
      await rm(path, { force: true });
    }
    throw new VigilError("AUDIT_FILE_LOCKED", `cannot take the audit lock ${path}: another process keeps creating it`);
  }

  async release(): Promise<void> {
    held.delete(this.path);
    await rm(this.path, { force: true });
  }
}

async function lockOwner(path: string): Promise<number | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    // Released between our open and this read: try again.
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new VigilError("AUDIT_WRITE_FAILED", `cannot read the audit lock ${path}: ${(err as Error).message}`, { cause: err });
  }
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, owned by someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
