import type { vigil } from "../../proto/index.js";
import { verifyArtifact, type Refusal } from "../manifest/index.js";

export interface ArtifactDownloadCacheOptions {
  /** Verdicts kept (oldest forgotten first). Default 16. */
  maxEntries?: number;
  /** A download that has not finished after this long fails (MODEL_ARTIFACT_INCOMPLETE). Default 120,000 ms. */
  timeoutMs?: number;
}

/**
 * Downloads an artifact URL once per (url, sha256, size) and keeps only the verdict of
 * verifyArtifact, for simulated devices: many of them share one process, so they share one
 * download and one hash check (a real agent downloads and verifies its own copy). Concurrent
 * callers share the download in flight; a failed download is not kept, so the next caller
 * tries again.
 *   const refusal = await sharedArtifactCache.verify(cmd.url, cmd.manifest); // undefined: the bytes match the manifest
 */
export class ArtifactDownloadCache {
  readonly maxEntries: number;
  readonly #timeoutMs: number;
  readonly #verdicts = new Map<string, Promise<Refusal | undefined>>();
  #counters = { downloads: 0, hits: 0, failures: 0 };

  constructor({ maxEntries = 16, timeoutMs = 120_000 }: ArtifactDownloadCacheOptions = {}) {
    this.maxEntries = maxEntries;
    this.#timeoutMs = timeoutMs;
  }

  verify(url: string, manifest: vigil.v1.ModelManifest.$Properties): Promise<Refusal | undefined> {
    const size = Number(manifest.sizeBytes ?? 0);
    const key = `${url}|${manifest.sha256 ?? ""}|${size}`;
    const known = this.#verdicts.get(key);
    if (known !== undefined) {
      this.#counters.hits++;
      return known;
    }
    this.#counters.downloads++;
    const verdict = this.#download(url, size).then(
      (bytes) => verifyArtifact(manifest, bytes),
      (err: unknown) => {
        this.#counters.failures++;
        this.#verdicts.delete(key);
        return { code: "MODEL_ARTIFACT_INCOMPLETE", detail: `download of ${url} failed: ${(err as Error).message}` } satisfies Refusal;
      },
    );
    this.#verdicts.set(key, verdict);
    while (this.#verdicts.size > this.maxEntries) this.#verdicts.delete(this.#verdicts.keys().next().value as string);
    return verdict;
  }

  counters(): { downloads: number; hits: number; failures: number; entries: number } {
    return { ...this.#counters, entries: this.#verdicts.size };
  }

  /** Reads at most size + 1 bytes: a longer body is cut, and verifyArtifact then names the size mismatch. */
  async #download(url: string, size: number): Promise<Uint8Array> {
    if (!Number.isSafeInteger(size) || size <= 0) throw new Error("the manifest has no usable size_bytes");
    const response = await fetch(url, { signal: AbortSignal.timeout(this.#timeoutMs) });
    if (!response.ok || response.body === null) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    const limit = size + 1;
    const out = new Uint8Array(limit);
    let length = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const take = Math.min(value.length, limit - length);
      out.set(value.subarray(0, take), length);
      length += take;
      if (length >= limit) {
        await reader.cancel();
        break;
      }
    }
    return out.subarray(0, length);
  }
}

/** The process-wide cache simulated devices use unless given their own. */
export const sharedArtifactCache = new ArtifactDownloadCache();
