import { open } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { VigilError } from "../../runtime/errors/index.js";

export interface ArtifactDownloadOptions {
  /** More bytes than this fail the download. */
  maxBytes: number;
  /** The whole download (connect, headers, body) must finish within this. */
  timeoutMs: number;
}

/**
 * Fetches an artifact named by a DeployCommand's url: `http:` / `https:` (fetch, streamed,
 * stopped at maxBytes, aborted after timeoutMs) or `file:`. Every failure is
 * MODEL_ARTIFACT_INCOMPLETE naming the url and why; the bytes are not trusted here
 * (verifyArtifact checks them against the signed manifest).
 *   const bytes = await downloadArtifact(cmd.url, { maxBytes: 256 << 20, timeoutMs: 300_000 });
 */
export async function downloadArtifact(url: string, { maxBytes, timeoutMs }: ArtifactDownloadOptions): Promise<Uint8Array> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (err) {
    throw incomplete(`artifact url "${url.slice(0, 200)}" is not a URL`, err);
  }
  switch (parsed.protocol) {
    case "http:":
    case "https:":
      return fetchBounded(parsed, maxBytes, timeoutMs);
    case "file:":
      return readBounded(parsed, maxBytes);
    default:
      throw incomplete(`artifact url ${redact(parsed)}: scheme ${parsed.protocol} is not supported (http, https, file)`);
  }
}

async function fetchBounded(url: URL, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  const where = redact(url);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new Error(`no complete answer within ${timeoutMs} ms`)), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: abort.signal, redirect: "follow" });
    } catch (err) {
      throw incomplete(`artifact download from ${where} failed: ${reason(err, abort)}`, err);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw incomplete(`artifact download from ${where} answered HTTP ${res.status} ${res.statusText}`);
    }
    const declared = Number(res.headers.get("content-length") ?? Number.NaN);
    if (declared > maxBytes) {
      await res.body?.cancel();
      throw incomplete(`artifact at ${where} is ${declared} bytes, over agent.max_artifact_bytes ${maxBytes}`);
    }
    if (res.body === null) throw incomplete(`artifact download from ${where} has no body`);
    const parts: Uint8Array[] = [];
    let total = 0;
    const reader = res.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > maxBytes) {
          await reader.cancel();
          throw incomplete(`artifact at ${where} is over agent.max_artifact_bytes ${maxBytes}`);
        }
        parts.push(value);
      }
    } catch (err) {
      if (err instanceof VigilError) throw err;
      throw incomplete(`artifact download from ${where} broke off after ${total} bytes: ${reason(err, abort)}`, err);
    }
    return Buffer.concat(parts, total);
  } finally {
    clearTimeout(timer);
  }
}

async function readBounded(url: URL, maxBytes: number): Promise<Uint8Array> {
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch (err) {
    throw incomplete(`artifact url ${url.href}: ${(err as Error).message}`, err);
  }
  try {
    const h = await open(path, "r");
    try {
      const { size } = await h.stat();
      if (size > maxBytes) throw incomplete(`artifact ${path} is ${size} bytes, over agent.max_artifact_bytes ${maxBytes}`);
      return await h.readFile();
    } finally {
      await h.close();
    }
  } catch (err) {
    if (err instanceof VigilError) throw err;
    throw incomplete(`cannot read artifact ${path}: ${(err as Error).message}`, err);
  }
}

function reason(err: unknown, abort: AbortController): string {
  if (abort.signal.aborted) return (abort.signal.reason as Error)?.message ?? "aborted";
  const cause = (err as { cause?: { message?: string } }).cause?.message;
  return cause === undefined ? (err as Error).message : `${(err as Error).message} (${cause})`;
}

// A URL may carry credentials (user:pass@, a signed query): never log them.
function redact(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

const incomplete = (detail: string, cause?: unknown): VigilError =>
  new VigilError("MODEL_ARTIFACT_INCOMPLETE", detail, cause === undefined ? undefined : { cause });
