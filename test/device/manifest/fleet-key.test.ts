import { createHash, sign, verify } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateFleetKey, keyIdOf, loadTrustedKeys, readPrivateKey, writeFleetKey } from "../../../device/manifest/index.js";
import { isVigilError } from "../../../runtime/errors/index.js";

async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (err) {
    if (isVigilError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error("expected a rejection");
}

describe("fleet keys", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "vigil-keys-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("names a key by the first 16 hex chars of sha256 over its SPKI DER", () => {
    const key = generateFleetKey();
    const der = key.publicKey.export({ type: "spki", format: "der" });
    const expected = createHash("sha256").update(der).digest("hex").slice(0, 16);
    expect(key.keyId).toBe(expected);
    expect(keyIdOf(key.publicKey)).toBe(expected);
    expect(keyIdOf(key.privateKey)).toBe(expected);
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(generateFleetKey().keyId).not.toBe(key.keyId);
  });

  it("writes a 0600 PKCS8 private key and an SPKI public key that sign and verify together", async () => {
    const written = await writeFleetKey(join(dir, "keys"));
    expect(written.privateKeyPath).toBe(join(dir, "keys", "fleet.key"));
    expect(written.publicKeyPath).toBe(join(dir, "keys", "fleet.pub"));
    expect((await stat(written.privateKeyPath)).mode & 0o777).toBe(0o600);
    const pem = await readFile(written.privateKeyPath, "utf8");
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(await readFile(written.publicKeyPath, "utf8")).toMatch(/^-----BEGIN PUBLIC KEY-----/);

    const key = await readPrivateKey(written.privateKeyPath);
    expect(key.keyId).toBe(written.keyId);
    const trusted = await loadTrustedKeys(written.publicKeyPath);
    expect([...trusted.keys()]).toEqual([written.keyId]);
    const data = Buffer.from("vigil");
    expect(verify(null, data, trusted.get(written.keyId)!, sign(null, data, key.privateKey))).toBe(true);
  });

  it("refuses to overwrite a key unless forced, and a forced key is a new one", async () => {
    const first = await writeFleetKey(dir, "site-a");
    const again = await rejection(writeFleetKey(dir, "site-a"));
    expect(again.code).toBe("USAGE");
    expect(again.message).toContain("--force");
    expect((await readPrivateKey(first.privateKeyPath)).keyId).toBe(first.keyId);
    const forced = await writeFleetKey(dir, "site-a", { force: true });
    expect(forced.keyId).not.toBe(first.keyId);
    expect((await readPrivateKey(first.privateKeyPath)).keyId).toBe(forced.keyId);
    expect((await stat(forced.privateKeyPath)).mode & 0o777).toBe(0o600);
    expect((await rejection(writeFleetKey(dir, "../escape"))).code).toBe("USAGE");
  });

  it("loads trusted keys from a file, a folder of .pub files, or a list", async () => {
    const a = await writeFleetKey(join(dir, "trust"), "a");
    const b = await writeFleetKey(join(dir, "trust"), "b");
    const c = await writeFleetKey(join(dir, "other"), "c");
    await writeFile(join(dir, "trust", "README.txt"), "not a key, not a .pub: ignored");
    const folder = await loadTrustedKeys(join(dir, "trust"));
    expect([...folder.keys()].sort()).toEqual([a.keyId, b.keyId].sort());
    const list = await loadTrustedKeys([join(dir, "trust"), c.publicKeyPath]);
    expect([...list.keys()].sort()).toEqual([a.keyId, b.keyId, c.keyId].sort());
    expect(list.get(c.keyId)!.type).toBe("public");
    expect(list.get(c.keyId)!.asymmetricKeyType).toBe("ed25519");
  });

  it("rejects a bad PEM naming the file, a private key in a .pub, a missing path and an empty folder", async () => {
    await mkdir(join(dir, "trust"));
    const bad = join(dir, "trust", "broken.pub");
    await writeFile(bad, "-----BEGIN PUBLIC KEY-----\nnot base64 at all\n-----END PUBLIC KEY-----\n");
    const r = await rejection(loadTrustedKeys(join(dir, "trust")));
    expect(r.code).toBe("CONFIG_INVALID");
    expect(r.message).toContain(bad);

    const leaked = await writeFleetKey(join(dir, "leak"));
    const wrong = join(dir, "leak", "oops.pub");
    await writeFile(wrong, await readFile(leaked.privateKeyPath));
    const l = await rejection(loadTrustedKeys(wrong));
    expect(l.code).toBe("CONFIG_INVALID");
    expect(l.message).toContain("private key");

    expect((await rejection(loadTrustedKeys(join(dir, "nowhere")))).code).toBe("CONFIG_NOT_FOUND");
    await mkdir(join(dir, "empty"));
    expect((await rejection(loadTrustedKeys(join(dir, "empty")))).code).toBe("CONFIG_INVALID");
    const notKey = join(dir, "fleet.key");
    await writeFile(notKey, "garbage");
    const p = await rejection(readPrivateKey(notKey));
    expect(p.code).toBe("CONFIG_INVALID");
    expect(p.message).toContain(notKey);
  });
});
