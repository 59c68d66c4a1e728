import type { vigil } from "../../proto/index.js";
import { refusal, type Refusal } from "./refusal.js";
import { compareSemver, isSemver } from "./semver.js";

/**
 * Refuses a version lower than the active one unless the manifest is a signed rollback
 * (`rollback: true`; the signature covers that flag). Equal versions pass: whether the same
 * version may be redeployed is the agent's call (MODEL_VERSION_CONFLICT). No active model:
 * anything passes. A version that is not semver is MODEL_MANIFEST_INVALID.
 *   checkUpgrade(manifest, "1.10.0"); // manifest 1.2.0 -> { code: "MODEL_DOWNGRADE", ... }
 */
export function checkUpgrade(manifest: vigil.v1.ModelManifest.$Properties, activeVersion: string | undefined): Refusal | undefined {
  const version = manifest.version ?? "";
  const what = `${manifest.name || "(no name)"}@${version || "(no version)"}`;
  if (!isSemver(version)) return refusal("MODEL_MANIFEST_INVALID", `${what}: version "${version}" is not semver (MAJOR.MINOR.PATCH[-prerelease])`);
  if (activeVersion === undefined || activeVersion === "") return undefined;
  if (!isSemver(activeVersion)) {
    // Order unknown: only a signed rollback may replace a model whose version cannot be compared.
    return manifest.rollback === true
      ? undefined
      : refusal("MODEL_DOWNGRADE", `${what}: the active version "${activeVersion}" is not semver, so ${version} cannot be shown to be newer; send a signed rollback manifest to replace it`);
  }
  if (compareSemver(version, activeVersion) >= 0 || manifest.rollback === true) return undefined;
  return refusal("MODEL_DOWNGRADE", `${what} is lower than the active ${activeVersion}: sign it with --rollback to go back deliberately`);
}
