// Signed models: fleet keys, manifests, and the checks a device runs before it takes one.
export type { Refusal } from "./refusal.js";
export { generateFleetKey, writeFleetKey, readPrivateKey, keyIdOf, type FleetKey, type SigningKey, type WrittenFleetKey } from "./fleet-key.js";
export { loadTrustedKeys, type TrustedKeys } from "./trusted-keys.js";
export { compareSemver, isSemver } from "./semver.js";
export { manifestSigningBytes, rollbackSigningBytes } from "./signing-bytes.js";
export { signManifest, verifyManifestSignature, signRollback, verifyRollback } from "./manifest-signature.js";
export { checkManifestFields } from "./manifest-fields.js";
export { verifyArtifact } from "./verify-artifact.js";
export { checkUpgrade } from "./check-upgrade.js";
export { checkArtifactIO } from "./check-artifact-io.js";
export { buildManifest, type BuildManifestOptions, type GoldenSource } from "./build-manifest.js";
export { manifestToJson, manifestFromJson, MANIFEST_FILE_SUFFIX } from "./manifest-json.js";
export { specFromManifest } from "./spec-from-manifest.js";
