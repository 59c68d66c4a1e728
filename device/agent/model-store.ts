import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { longToBigint, type vigil } from "../../proto/index.js";
import { VigilError } from "../../runtime/errors/index.js";
import { silentLogger, type Logger } from "../../runtime/observe/index.js";
import { compareSemver, isSemver, manifestFromJson, manifestToJson, MANIFEST_FILE_SUFFIX } from "../manifest/index.js";
import { syncDir, TEMP_MARK, writeFileAtomic } from "../../runtime/files/index.js";

/** A model version the store holds: its signed manifest, artifact and spec file. */
export interface StoredModel {
  name: string;
  version: string;
  sha256: string;
  sizeBytes: number;
  manifest: vigil.v1.ModelManifest;
  /** The artifact (content-addressed blob). */
  modelPath: string;
  /** The manifest's spec_yaml as a file, for createDetector({ spec }). */
  specPath: string;
}

/** A version by identity. */
export interface ModelRef {
  name: string;
  version: string;
  sha256: string;
  /** The deploy that activated it, when one did ("" or absent otherwise). */
  deployId?: string;
}

/** active.json: the version the device runs, and the ones active before it (latest first). */
export interface ActiveRecord extends ModelRef {
  previous: ModelRef[];
}

/** What opening the store found and cleaned up after a crash or a bad disk. */
export interface StoreRecovery {
  /** Half-written temp files removed. */
  tempFilesRemoved: number;
  /** Blobs whose content no longer matches their sha256 name, removed. */
  corruptBlobsRemoved: number;
  /** Blobs no manifest refers to (a crash between blob and manifest), removed. */
  orphanBlobsRemoved: number;
  /** Manifest files that do not parse, or whose blob is gone, removed. */
  manifestsRemoved: number;
  /** An active.json that does not parse (ignored: the device boots without a stored model). */
  activeInvalid: number;
}

export interface ModelStoreOptions {
  dir: string;
  /** Versions kept; default 3 (at least 2: the active one and the one before it are never deleted). */
  keepVersions?: number;
  /** Bytes of blobs kept together; default 1 GiB. */
  maxStoreBytes?: number;
  logger?: Logger;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const BLOB_PREFIX = "sha256-";
const SPEC_SUFFIX = ".spec.yaml";
// A name becomes part of a file name: one safe path segment.
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * The device's model store: content-addressed artifacts `<dir>/blobs/sha256-<hex>`, manifests
 * `<dir>/manifests/<name>@<version>.manifest.json` (with the spec beside them as
 * `.spec.yaml`) and `<dir>/active.json`, each written atomically (temp file, fsync, rename,
 * fsync of the folder). Keeps the newest keep_versions versions within max_store_bytes, never
 * deleting the active one or the one before it. Opening it after a crash removes temp files,
 * blobs that fail their hash and manifests without a blob, and counts them (recovery).
 *   const store = await ModelStore.open({ dir: "/var/lib/vigil/models", keepVersions: 3 });
 *   await store.putBlob(bytes, m.sha256); const stored = await store.putManifest(m); await store.setActive(stored);
 */
export class ModelStore {
  readonly dir: string;
  readonly keepVersions: number;
  readonly maxStoreBytes: number;
  readonly recovery: StoreRecovery;
  readonly #logger: Logger;
  /** By version (one model slot: a version names one artifact on this device). */
  readonly #models = new Map<string, StoredModel>();
  #active: ActiveRecord | undefined;

  private constructor(dir: string, keepVersions: number, maxStoreBytes: number, logger: Logger, recovery: StoreRecovery) {
    this.dir = dir;
    this.keepVersions = keepVersions;
    this.maxStoreBytes = maxStoreBytes;
    this.#logger = logger;
    this.recovery = recovery;
  }

  static async open({ dir, keepVersions = 3, maxStoreBytes = 1024 ** 3, logger = silentLogger }: ModelStoreOptions): Promise<ModelStore> {
    if (!Number.isInteger(keepVersions) || keepVersions < 2) throw new RangeError(`keepVersions must be an integer >= 2, got ${keepVersions}`);
    if (!(maxStoreBytes > 0)) throw new RangeError(`maxStoreBytes must be positive, got ${maxStoreBytes}`);
    const recovery: StoreRecovery = { tempFilesRemoved: 0, corruptBlobsRemoved: 0, orphanBlobsRemoved: 0, manifestsRemoved: 0, activeInvalid: 0 };
    const store = new ModelStore(dir, keepVersions, maxStoreBytes, logger, recovery);
    await mkdir(store.#blobsDir, { recursive: true });
    await mkdir(store.#manifestsDir, { recursive: true });
    await store.#recover();
    const r = recovery;
    if (r.tempFilesRemoved + r.corruptBlobsRemoved + r.orphanBlobsRemoved + r.manifestsRemoved + r.activeInvalid > 0) {
      logger.warn({ dir, ...r }, "model store recovered from an interrupted write or a damaged file");
    }
    return store;
  }

  get #blobsDir(): string {
    return join(this.dir, "blobs");
  }

  get #manifestsDir(): string {
    return join(this.dir, "manifests");
  }

  blobPath(sha256: string): string {
    return join(this.#blobsDir, `${BLOB_PREFIX}${sha256}`);
  }

  /** Every stored version, lowest semver first. */
  versions(): StoredModel[] {
    return [...this.#models.values()].sort((a, b) => compareSemver(a.version, b.version));
  }

  get(version: string): StoredModel | undefined {
    return this.#models.get(version);
  }

  active(): ActiveRecord | undefined {
    return this.#active === undefined ? undefined : { ...this.#active, previous: [...this.#active.previous] };
  }

  /** Bytes of the blobs the stored versions use (each blob once). */
  get totalBytes(): number {
    const bySha = new Map<string, number>();
    for (const m of this.#models.values()) bySha.set(m.sha256, m.sizeBytes);
    let total = 0;
    for (const n of bySha.values()) total += n;
    return total;
  }

  /**
   * Writes an artifact under its sha256 (which the caller has verified; it is checked again
   * here) unless that blob is already there. Returns its path. A blob no manifest takes up
   * is removed by discardBlob or the next open.
   */
  async putBlob(bytes: Uint8Array, sha256: string): Promise<string> {
    if (!SHA256_HEX.test(sha256)) throw new VigilError("MODEL_MANIFEST_INVALID", `sha256 "${sha256.slice(0, 80)}" is not 64 lowercase hex digits`);
    const actual = createHash("sha256").update(bytes).digest("hex");
    if (actual !== sha256) throw new VigilError("MODEL_HASH_MISMATCH", `artifact sha256 is ${actual}, not ${sha256}: not stored`);
    const path = this.blobPath(sha256);
    if (await fileSize(path) === bytes.length) return path;
    await writeFileAtomic(path, bytes);
    return path;
  }

  /** Removes a blob that no stored version uses (an artifact refused after putBlob). */
  async discardBlob(sha256: string): Promise<void> {
    if ([...this.#models.values()].some((m) => m.sha256 === sha256)) return;
    await rm(this.blobPath(sha256), { force: true });
  }

  /**
   * Stores a verified manifest whose blob is already there (putBlob), with its spec file,
   * then prunes to keep_versions and max_store_bytes. A version already stored with the same
   * artifact is kept as it is; with another, MODEL_VERSION_CONFLICT. When the store cannot
   * make room without deleting the active version or the one before it,
   * MODEL_STORE_FULL (the new version is not kept).
   */
  async putManifest(manifest: vigil.v1.ModelManifest): Promise<StoredModel> {
    const { name, version, sha256 } = identityOf(manifest);
    const existing = this.#models.get(version);
    if (existing !== undefined) {
      if (existing.sha256 === sha256 && existing.name === name) return existing;
      throw new VigilError(
        "MODEL_VERSION_CONFLICT",
        `version ${version} is stored as ${existing.name} with sha256 ${existing.sha256}; ${name}@${version} has ${sha256}: give the new model a new version`,
      );
    }
    const modelPath = this.blobPath(sha256);
    if ((await fileSize(modelPath)) === undefined) throw new VigilError("MODEL_NOT_FOUND", `no blob ${modelPath} for ${name}@${version}: putBlob first`);
    const base = join(this.#manifestsDir, `${name}@${version}`);
    const stored: StoredModel = {
      name,
      version,
      sha256,
      sizeBytes: Number(longToBigint(manifest.sizeBytes)),
      manifest,
      modelPath,
      specPath: `${base}${SPEC_SUFFIX}`,
    };
    await writeFileAtomic(stored.specPath, manifest.specYaml);
    await writeFileAtomic(`${base}${MANIFEST_FILE_SUFFIX}`, manifestToJson(manifest));
    this.#models.set(version, stored);
    await this.#prune(version);
    if (this.totalBytes > this.maxStoreBytes) {
      await this.#remove(stored);
      throw new VigilError(
        "MODEL_STORE_FULL",
        `the model store ${this.dir} has no room for ${name}@${version} (${stored.sizeBytes} bytes) beside the active model and the one before it ` +
          `(max_store_bytes ${this.maxStoreBytes}): raise agent.max_store_bytes`,
      );
    }
    return stored;
  }

  /**
   * Records `ref` as the active version (it must be stored), activated by `deployId` (default:
   * the deploy recorded for it when it was active before); the one active before goes first in `previous`.
   */
  async setActive(ref: { version: string }, deployId?: string): Promise<ActiveRecord> {
    const m = this.#models.get(ref.version);
    if (m === undefined) throw new VigilError("ROLLBACK_VERSION_MISSING", `version ${ref.version} is not in the model store ${this.dir}`);
    const before = this.#active;
    const id = deployId ?? before?.previous.find((p) => p.version === m.version)?.deployId ?? "";
    const now: ModelRef = { name: m.name, version: m.version, sha256: m.sha256, deployId: id };
    let previous = before?.previous ?? [];
    if (before !== undefined && before.version !== now.version) {
      previous = [{ name: before.name, version: before.version, sha256: before.sha256, deployId: before.deployId ?? "" }, ...previous];
    }
    previous = previous.filter((p, i, all) => p.version !== now.version && all.findIndex((q) => q.version === p.version) === i).slice(0, this.keepVersions);
    const record: ActiveRecord = { ...now, previous };
    await writeFileAtomic(join(this.dir, "active.json"), `${JSON.stringify(record, null, 2)}\n`);
    this.#active = record;
    return this.active() as ActiveRecord;
  }

  /** Forgets that any stored version is active (the device runs a model the store does not hold). */
  async clearActive(): Promise<void> {
    await rm(join(this.dir, "active.json"), { force: true });
    await syncDir(this.dir);
    this.#active = undefined;
  }

  /** Removes a stored version that is neither active nor the one before it (a model that failed its self-test). */
  async delete(version: string): Promise<boolean> {
    const m = this.#models.get(version);
    if (m === undefined || this.#active?.version === version || this.#active?.previous[0]?.version === version) return false;
    await this.#remove(m);
    return true;
  }

  // Oldest versions go first; the active one, the one before it and `keep` stay.
  async #prune(keep: string): Promise<void> {
    const protect = new Set([keep]);
    if (this.#active !== undefined) {
      protect.add(this.#active.version);
      const before = this.#active.previous[0];
      if (before !== undefined) protect.add(before.version);
    }
    const deletable = this.versions().filter((m) => !protect.has(m.version));
    while (deletable.length > 0 && (this.#models.size > this.keepVersions || this.totalBytes > this.maxStoreBytes)) {
      await this.#remove(deletable.shift() as StoredModel);
    }
  }

  // Manifest first: a crash after it leaves an orphan blob, which the next open removes.
  async #remove(m: StoredModel): Promise<void> {
    this.#models.delete(m.version);
    const base = join(this.#manifestsDir, `${m.name}@${m.version}`);
    await rm(`${base}${MANIFEST_FILE_SUFFIX}`, { force: true });
    await rm(m.specPath, { force: true });
    await syncDir(this.#manifestsDir);
    if (![...this.#models.values()].some((o) => o.sha256 === m.sha256)) {
      await rm(m.modelPath, { force: true });
      await syncDir(this.#blobsDir);
    }
    this.#logger.info({ name: m.name, version: m.version }, "model version removed from the store");
  }

  async #recover(): Promise<void> {
    const r = this.recovery;
    for (const dir of [this.dir, this.#blobsDir, this.#manifestsDir]) {
      for (const name of await readdir(dir)) {
        if (!name.includes(TEMP_MARK)) continue;
        await rm(join(dir, name), { force: true, recursive: true });
        r.tempFilesRemoved++;
      }
    }
    const blobs = new Set<string>();
    for (const name of await readdir(this.#blobsDir)) {
      const sha = name.startsWith(BLOB_PREFIX) ? name.slice(BLOB_PREFIX.length) : "";
      if (!SHA256_HEX.test(sha)) continue;
      if ((await hashFile(join(this.#blobsDir, name))) === sha) {
        blobs.add(sha);
      } else {
        await rm(join(this.#blobsDir, name), { force: true });
        r.corruptBlobsRemoved++;
        this.#logger.error({ blob: name }, "model blob does not match its sha256: removed");
      }
    }
    for (const name of await readdir(this.#manifestsDir)) {
      if (!name.endsWith(MANIFEST_FILE_SUFFIX)) continue;
      const path = join(this.#manifestsDir, name);
      let stored: StoredModel | undefined;
      try {
        const manifest = manifestFromJson(await readFile(path, "utf8"));
        const { name: model, version, sha256 } = identityOf(manifest);
        if (blobs.has(sha256) && !this.#models.has(version)) {
          const base = join(this.#manifestsDir, `${model}@${version}`);
          stored = { name: model, version, sha256, sizeBytes: Number(longToBigint(manifest.sizeBytes)), manifest, modelPath: this.blobPath(sha256), specPath: `${base}${SPEC_SUFFIX}` };
          if ((await fileSize(stored.specPath)) === undefined) await writeFileAtomic(stored.specPath, manifest.specYaml);
        }
      } catch (err) {
        this.#logger.error({ err, manifest: name }, "stored manifest does not read");
      }
      if (stored === undefined) {
        await rm(path, { force: true });
        r.manifestsRemoved++;
        continue;
      }
      this.#models.set(stored.version, stored);
    }
    const specs = new Set([...this.#models.values()].map((m) => m.specPath));
    for (const name of await readdir(this.#manifestsDir)) {
      const path = join(this.#manifestsDir, name);
      if (name.endsWith(SPEC_SUFFIX) && !specs.has(path)) await rm(path, { force: true });
    }
    const used = new Set([...this.#models.values()].map((m) => m.sha256));
    for (const sha of blobs) {
      if (used.has(sha)) continue;
      await rm(this.blobPath(sha), { force: true });
      r.orphanBlobsRemoved++;
    }
    this.#active = await this.#readActive();
  }

  async #readActive(): Promise<ActiveRecord | undefined> {
    let text: string;
    try {
      text = await readFile(join(this.dir, "active.json"), "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw err;
    }
    try {
      const v = JSON.parse(text) as Partial<ActiveRecord>;
      if (typeof v.version !== "string" || typeof v.name !== "string" || typeof v.sha256 !== "string" || !Array.isArray(v.previous)) {
        throw new Error("fields name, version, sha256, previous expected");
      }
      const previous = v.previous.filter((p): p is ModelRef => typeof p?.version === "string" && typeof p.name === "string" && typeof p.sha256 === "string");
      return { name: v.name, version: v.version, sha256: v.sha256, deployId: typeof v.deployId === "string" ? v.deployId : "", previous };
    } catch (err) {
      this.recovery.activeInvalid++;
      this.#logger.error({ err }, "active.json does not read: the device boots without a stored model");
      return undefined;
    }
  }
}

function identityOf(manifest: vigil.v1.ModelManifest): ModelRef {
  const { name, version, sha256 } = manifest;
  if (!SAFE_NAME.test(name)) throw new VigilError("MODEL_MANIFEST_INVALID", `model name "${name.slice(0, 80)}" must be letters, digits, ".", "_" or "-" (at most 128)`);
  if (!isSemver(version)) throw new VigilError("MODEL_MANIFEST_INVALID", `version "${version.slice(0, 80)}" is not semver`);
  if (!SHA256_HEX.test(sha256)) throw new VigilError("MODEL_MANIFEST_INVALID", `sha256 "${sha256.slice(0, 80)}" is not 64 lowercase hex digits`);
  return { name, version, sha256 };
}

async function fileSize(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
