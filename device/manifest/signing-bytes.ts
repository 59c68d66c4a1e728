import { vigil } from "../../proto/index.js";

// What a signature covers: the protobuf encoding of the message with `signature` empty.
// That encoding is deterministic here because the generated encoder (protobufjs) writes
// known fields in field-number order, skips default values, writes repeated int64 packed,
// and a 64-bit value encodes the same whether held as Long, number or string. The copy is
// normalised through toObject/fromObject first so a message built in process, decoded from
// the wire or read from JSON gives the same bytes. Unknown fields (from a newer schema) are
// dropped by that copy: a signature over them does not verify here, which fails closed.

/**
 * The bytes a ModelManifest's ed25519 signature covers (key_id included, signature empty).
 *   sign(null, manifestSigningBytes(m), privateKey);
 */
export function manifestSigningBytes(manifest: vigil.v1.ModelManifest.$Properties): Uint8Array {
  const copy = vigil.v1.ModelManifest.toObject(vigil.v1.ModelManifest.fromObject(manifest));
  copy.signature = new Uint8Array(0);
  return vigil.v1.ModelManifest.encode(vigil.v1.ModelManifest.fromObject(copy)).finish();
}

/**
 * The bytes a RollbackCommand's signature covers (key_id included, signature empty).
 *   sign(null, rollbackSigningBytes(cmd), privateKey);
 */
export function rollbackSigningBytes(command: vigil.v1.RollbackCommand.$Properties): Uint8Array {
  const copy = vigil.v1.RollbackCommand.toObject(vigil.v1.RollbackCommand.fromObject(command));
  copy.signature = new Uint8Array(0);
  return vigil.v1.RollbackCommand.encode(vigil.v1.RollbackCommand.fromObject(copy)).finish();
}
