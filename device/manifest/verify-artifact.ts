import { createHash } from "node:crypto";
import type { vigil } from "../../proto/index.js";
import { sizeOf } from "./manifest-fields.js";
import { refusal, type Refusal } from "./refusal.js";

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Checks the artifact's bytes against the signed manifest: size first (cheap, and a
 * truncated download says so), then sha256. MODEL_HASH_MISMATCH names expected and actual;
 * a manifest without a usable size or sha256 is MODEL_MANIFEST_INVALID.
 *   const r = verifyArtifact(manifest, await readFile(path)); if (r) return refuse(r);
 */
export function verifyArtifact(manifest: vigil.v1.ModelManifest.$Properties, bytes: Uint8Array): Refusal | undefined {
  const what = `artifact of ${manifest.name || "(no name)"}@${manifest.version || "(no version)"}`;
  const size = sizeOf(manifest.sizeBytes);
  if (size === undefined || size <= 0n) return refusal("MODEL_MANIFEST_INVALID", `${what}: the manifest has no size_bytes`);
  const sha = manifest.sha256 ?? "";
  if (!SHA256_HEX.test(sha)) return refusal("MODEL_MANIFEST_INVALID", `${what}: the manifest's sha256 is not 64 lowercase hex digits`);
  if (BigInt(bytes.length) !== size) {
    return refusal("MODEL_HASH_MISMATCH", `${what}: size ${bytes.length} bytes, the manifest says ${size} (expected ${size}, actual ${bytes.length})`);
  }
  const actual = createHash("sha256").update(bytes).digest("hex");
  if (actual !== sha) return refusal("MODEL_HASH_MISMATCH", `${what}: sha256 differs (expected ${sha}, actual ${actual})`);
  return undefined;
}
