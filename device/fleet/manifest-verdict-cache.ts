import { createHash } from "node:crypto";
import { vigil } from "../../proto/index.js";
import { verifyManifestSignature, type Refusal, type TrustedKeys } from "../manifest/index.js";

const MAX_PER_TRUST = 64;
const verdicts = new WeakMap<TrustedKeys, Map<string, Refusal | null>>();

/**
 * verifyManifestSignature, remembered per trusted-key set and manifest content (sha256 of its
 * encoding, signature included): the simulated devices of one process that share a trust set
 * check a wave's manifest once, not once each. Bounded: 64 manifests per trust set.
 *   const r = cachedManifestVerdict(cmd.manifest, trusted); if (r) refuse(r);
 */
export function cachedManifestVerdict(manifest: vigil.v1.ModelManifest, trusted: TrustedKeys): Refusal | undefined {
  let byManifest = verdicts.get(trusted);
  if (byManifest === undefined) {
    byManifest = new Map();
    verdicts.set(trusted, byManifest);
  }
  const key = createHash("sha256").update(vigil.v1.ModelManifest.encode(manifest).finish()).digest("hex");
  const known = byManifest.get(key);
  if (known !== undefined) return known ?? undefined;
  const verdict = verifyManifestSignature(manifest, trusted);
  byManifest.set(key, verdict ?? null);
  while (byManifest.size > MAX_PER_TRUST) byManifest.delete(byManifest.keys().next().value as string);
  return verdict;
}
