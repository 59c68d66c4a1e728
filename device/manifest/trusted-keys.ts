import { createPublicKey, type KeyObject } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { VigilError } from "../../runtime/errors/index.js";
import { keyIdOf, readKeyFile } from "./fleet-key.js";

/** The public keys a device accepts signatures from, by key id. */
export type TrustedKeys = ReadonlyMap<string, KeyObject>;

// A trust folder holds a handful of fleet keys; more is a misconfigured path.
const MAX_TRUSTED_KEYS = 256;

/**
 * Loads trusted fleet public keys (SPKI PEM): one .pub file, a folder of *.pub files, or a
 * list of either. A file that is not an ed25519 public key is CONFIG_INVALID naming it; a
 * missing path CONFIG_NOT_FOUND; no key at all CONFIG_INVALID (trusting nothing refuses every model).
 *   const trusted = await loadTrustedKeys("/etc/vigil/trusted"); trusted.has(manifest.keyId);
 */
export async function loadTrustedKeys(source: string | readonly string[]): Promise<TrustedKeys> {
  const sources = typeof source === "string" ? [source] : source;
  const files: string[] = [];
  for (const path of sources) files.push(...(await pubFilesAt(path)));
  const keys = new Map<string, KeyObject>();
  for (const file of files) {
    if (keys.size >= MAX_TRUSTED_KEYS) {
      throw new VigilError("CONFIG_INVALID", `more than ${MAX_TRUSTED_KEYS} trusted keys under ${sources.join(", ")}: point at the fleet key folder only`);
    }
    const key = await readPublicKey(file);
    keys.set(keyIdOf(key), key);
  }
  if (keys.size === 0) {
    throw new VigilError("CONFIG_INVALID", `no trusted keys (*.pub) in ${sources.join(", ") || "(nothing given)"}: copy the fleet's .pub file there`);
  }
  return keys;
}

async function pubFilesAt(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw new VigilError("CONFIG_NOT_FOUND", `trusted keys: cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => n.endsWith(".pub")).sort();
  return names.map((n) => join(path, n));
}

async function readPublicKey(file: string): Promise<KeyObject> {
  const pem = await readKeyFile(file, "trusted key");
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (err) {
    throw new VigilError("CONFIG_INVALID", `trusted key ${file} is not a PEM public key: ${(err as Error).message}`, { cause: err });
  }
  // createPublicKey also accepts a private key PEM: a .pub holding one is a leak, not a trust anchor.
  if (/PRIVATE KEY/.test(pem)) {
    throw new VigilError("CONFIG_INVALID", `trusted key ${file} holds a private key: devices need only the .pub file; move the private key off the device`);
  }
  if (key.asymmetricKeyType !== "ed25519") {
    throw new VigilError("CONFIG_INVALID", `trusted key ${file} is a ${key.asymmetricKeyType ?? "unknown"} key: fleet keys are ed25519`);
  }
  return key;
}
