import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { VigilError } from "../../runtime/errors/index.js";

/** A fleet signing key pair (ed25519) and its id. */
export interface FleetKey {
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** What signing needs: the private key and the id devices look its public half up by. */
export interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
}

export interface WrittenFleetKey {
  keyId: string;
  privateKeyPath: string;
  publicKeyPath: string;
}

/**
 * A new ed25519 fleet key.
 *   const { keyId, privateKey, publicKey } = generateFleetKey();
 */
export function generateFleetKey(): FleetKey {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { keyId: keyIdOf(publicKey), privateKey, publicKey };
}

/**
 * The id a manifest names its signing key by: the first 16 hex chars of sha256 over the
 * public key's SPKI DER. A private key is accepted too (its public half is used).
 *   keyIdOf(publicKey); // "3f9c0a2e7b41d8c5"
 */
export function keyIdOf(key: KeyObject): string {
  const pub = key.type === "private" ? createPublicKey(key) : key;
  const der = pub.export({ type: "spki", format: "der" });
  return createHash("sha256").update(der).digest("hex").slice(0, 16);
}

const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Generates a fleet key and writes `<dir>/<name>.key` (PKCS8 PEM, mode 0600) and
 * `<dir>/<name>.pub` (SPKI PEM). An existing key is never overwritten unless `force`.
 *   const { keyId, privateKeyPath } = await writeFleetKey("keys"); // keys/fleet.key, keys/fleet.pub
 */
export async function writeFleetKey(dir: string, name = "fleet", options: { force?: boolean } = {}): Promise<WrittenFleetKey> {
  if (!KEY_NAME.test(name)) {
    throw new VigilError("USAGE", `key name "${name}" must be letters, digits, ".", "_" or "-" (at most 64), e.g. fleet`);
  }
  const privateKeyPath = join(dir, `${name}.key`);
  const publicKeyPath = join(dir, `${name}.pub`);
  if (options.force !== true) {
    for (const path of [privateKeyPath, publicKeyPath]) {
      if (await exists(path)) {
        throw new VigilError("USAGE", `${path} already exists: keep it, choose another --name or --out, or pass --force to replace it`);
      }
    }
  }
  const key = generateFleetKey();
  await mkdir(dir, { recursive: true });
  const pkcs8 = key.privateKey.export({ type: "pkcs8", format: "pem" });
  const spki = key.publicKey.export({ type: "spki", format: "pem" });
  // "wx" fails if the file appeared since the check; with force, chmod fixes the mode of a replaced file.
  const flag = options.force === true ? "w" : "wx";
  await writeFile(privateKeyPath, pkcs8, { mode: 0o600, flag });
  await chmod(privateKeyPath, 0o600);
  await writeFile(publicKeyPath, spki, { mode: 0o644, flag });
  return { keyId: key.keyId, privateKeyPath, publicKeyPath };
}

/**
 * Reads a fleet private key (PKCS8 PEM) written by writeFleetKey / `vigil fleet keygen`.
 * A missing file is CONFIG_NOT_FOUND; a file that is not an ed25519 private key, CONFIG_INVALID.
 *   const key = await readPrivateKey("keys/fleet.key"); signManifest(manifest, key);
 */
export async function readPrivateKey(path: string): Promise<SigningKey> {
  const pem = await readKeyFile(path, "private key");
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch (err) {
    throw new VigilError("CONFIG_INVALID", `${path} is not a PEM private key: ${(err as Error).message}`, { cause: err });
  }
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new VigilError("CONFIG_INVALID", `${path} is a ${privateKey.asymmetricKeyType ?? "unknown"} key: fleet keys are ed25519 (vigil fleet keygen)`);
  }
  return { keyId: keyIdOf(privateKey), privateKey };
}

/** A key file's text; CONFIG_NOT_FOUND when it cannot be read. */
export async function readKeyFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("CONFIG_NOT_FOUND", `cannot read ${what} ${path}: ${(err as Error).message}`, { cause: err });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw new VigilError("CONFIG_INVALID", `cannot check ${path}: ${(err as Error).message}`, { cause: err });
  }
}
