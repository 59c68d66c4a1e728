import { sign, verify, type KeyObject } from "node:crypto";
import { vigil } from "../../proto/index.js";
import type { SigningKey } from "./fleet-key.js";
import { checkManifestFields } from "./manifest-fields.js";
import { refusal, type Refusal } from "./refusal.js";
import { manifestSigningBytes, rollbackSigningBytes } from "./signing-bytes.js";
import type { TrustedKeys } from "./trusted-keys.js";

/**
 * A signed copy of a manifest: key_id set, ed25519 signature over manifestSigningBytes.
 *   const signed = signManifest(await buildManifest({ model, preset: "yolox", version: "1.2.0" }), key);
 */
export function signManifest(manifest: vigil.v1.ModelManifest.$Properties, key: SigningKey): vigil.v1.ModelManifest {
  const copy = vigil.v1.ModelManifest.decode(vigil.v1.ModelManifest.encode(vigil.v1.ModelManifest.fromObject(manifest)).finish());
  copy.keyId = key.keyId;
  copy.signature = new Uint8Array(0);
  copy.signature = new Uint8Array(sign(null, manifestSigningBytes(copy), key.privateKey));
  return copy;
}

/**
 * Checks who signed a manifest and that nothing changed since, then that its fields are
 * usable: MODEL_UNSIGNED, MODEL_KEY_UNTRUSTED, MODEL_SIGNATURE_INVALID or
 * MODEL_MANIFEST_INVALID; undefined when it may go on to the artifact checks.
 *   const r = verifyManifestSignature(cmd.manifest, trusted); if (r) return refuse(r);
 */
export function verifyManifestSignature(manifest: vigil.v1.ModelManifest.$Properties, trusted: TrustedKeys): Refusal | undefined {
  const what = `manifest ${manifest.name || "(no name)"}@${manifest.version || "(no version)"}`;
  const checked = checkSignature(what, manifest.keyId, manifest.signature, trusted, () => manifestSigningBytes(manifest));
  return checked ?? checkManifestFields(manifest);
}

/**
 * A signed copy of a rollback command (key_id set, signature over rollbackSigningBytes).
 *   publish(topics.rollback, RollbackCommand.encode(signRollback(cmd, key)).finish());
 */
export function signRollback(command: vigil.v1.RollbackCommand.$Properties, key: SigningKey): vigil.v1.RollbackCommand {
  const copy = vigil.v1.RollbackCommand.decode(vigil.v1.RollbackCommand.encode(vigil.v1.RollbackCommand.fromObject(command)).finish());
  copy.keyId = key.keyId;
  copy.signature = new Uint8Array(0);
  copy.signature = new Uint8Array(sign(null, rollbackSigningBytes(copy), key.privateKey));
  return copy;
}

/**
 * Checks a rollback command's signature like a manifest's (MODEL_UNSIGNED,
 * MODEL_KEY_UNTRUSTED, MODEL_SIGNATURE_INVALID) and that it names a model and a version
 * (MODEL_MANIFEST_INVALID).
 *   const r = verifyRollback(cmd, trusted); if (r) report("refused", r.code, r.detail);
 */
export function verifyRollback(command: vigil.v1.RollbackCommand.$Properties, trusted: TrustedKeys): Refusal | undefined {
  const what = `rollback ${command.deployId || "(no deploy id)"} of ${command.modelName || "(no model)"} to ${command.toVersion || "(no version)"}`;
  const checked = checkSignature(what, command.keyId, command.signature, trusted, () => rollbackSigningBytes(command));
  if (checked !== undefined) return checked;
  if (!command.modelName) return refusal("MODEL_MANIFEST_INVALID", `${what}: model_name is empty`);
  if (!command.toVersion) return refusal("MODEL_MANIFEST_INVALID", `${what}: to_version is empty`);
  return undefined;
}

const ED25519_SIGNATURE_BYTES = 64;

function checkSignature(
  what: string,
  keyId: string | null | undefined,
  signature: Uint8Array | null | undefined,
  trusted: TrustedKeys,
  signedBytes: () => Uint8Array,
): Refusal | undefined {
  if (!keyId || signature == null || signature.length === 0) {
    return refusal("MODEL_UNSIGNED", `${what} has no ${!keyId ? "key_id" : "signature"}: sign it with vigil fleet sign`);
  }
  const key: KeyObject | undefined = trusted.get(keyId);
  if (key === undefined) {
    return refusal("MODEL_KEY_UNTRUSTED", `${what} is signed by key ${keyId}, which this device does not trust (trusts ${[...trusted.keys()].join(", ") || "none"})`);
  }
  if (signature.length !== ED25519_SIGNATURE_BYTES) {
    return refusal("MODEL_SIGNATURE_INVALID", `${what}: signature is ${signature.length} bytes, ed25519 gives ${ED25519_SIGNATURE_BYTES}`);
  }
  let ok: boolean;
  try {
    ok = verify(null, signedBytes(), key, signature);
  } catch (err) {
    return refusal("MODEL_SIGNATURE_INVALID", `${what}: signature cannot be checked: ${(err as Error).message}`);
  }
  if (!ok) return refusal("MODEL_SIGNATURE_INVALID", `${what}: signature by key ${keyId} does not match its content (changed after signing?)`);
  return undefined;
}
