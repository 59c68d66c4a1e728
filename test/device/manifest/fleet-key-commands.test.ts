import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { manifestFromJson } from "../../../device/manifest/index.js";
import { addFleetKeyCommands } from "../../../runtime/cli/fleet-key-commands.js";
import { isVigilError } from "../../../runtime/errors/index.js";
import { describeWithFixtures, fixture } from "../../fixtures.js";

const YOLOX = fixture("models", "yolox_nano.onnx");
const BUS = fixture("images", "bus.jpg");

/** Runs `vigil fleet <args>` in process: its stdout, and the code it failed with (undefined: success). */
async function fleet(args: string[]): Promise<{ out: string; code: string | undefined; message: string }> {
  const cmd = new Command("fleet").exitOverride();
  addFleetKeyCommands(cmd);
  for (const sub of cmd.commands) sub.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await cmd.parseAsync(["node", "fleet", ...args], { from: "node" });
    return { out, code: undefined, message: "" };
  } catch (err) {
    if (isVigilError(err)) return { out, code: err.code, message: err.message };
    const e = err as { code?: string; message?: string };
    return { out, code: e.code ?? "THROWN", message: e.message ?? String(err) };
  } finally {
    spy.mockRestore();
  }
}

describeWithFixtures("vigil fleet keygen | sign | verify", ["models/yolox_nano.onnx", "images/bus.jpg"], () => {
  let dir: string;
  let manifestPath: string;
  let keyId: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "vigil-fleet-cli-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("keygen writes the key pair and prints its id; a second keygen is refused without --force", async () => {
    const r = await fleet(["keygen", "--out", join(dir, "keys")]);
    expect(r.code).toBeUndefined();
    keyId = /key id ([0-9a-f]{16})/.exec(r.out)?.[1] ?? "";
    expect(keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(r.out).toContain(join(dir, "keys", "fleet.key"));
    expect((await stat(join(dir, "keys", "fleet.key"))).mode & 0o777).toBe(0o600);
    const again = await fleet(["keygen", "--out", join(dir, "keys")]);
    expect(again.code).toBe("USAGE");
    expect(again.message).toContain("--force");
    const other = await fleet(["keygen", "--out", join(dir, "other"), "--name", "rogue"]);
    expect(other.code).toBeUndefined();
  });

  it("sign writes a manifest with the golden input and prints a one-line summary", async () => {
    manifestPath = join(dir, "yolox.manifest.json");
    const r = await fleet(["sign", YOLOX, "--preset", "yolox", "--version", "1.10.0", "--key", join(dir, "keys", "fleet.key"), "--golden", `${BUS}:person:1`, "--out", manifestPath]);
    expect(r.code, r.message).toBeUndefined();
    expect(r.out.trim().split("\n")).toHaveLength(1);
    expect(r.out).toContain(`signed yolox_nano 1.10.0 sha256 d39bee73564e key ${keyId} (1 golden) -> ${manifestPath}`);
    const m = manifestFromJson(await readFile(manifestPath, "utf8"));
    expect(m.keyId).toBe(keyId);
    expect(m.golden.map((g) => [g.name, g.expectLabel, g.expectMinCount])).toEqual([["bus.jpg", "person", 1]]);
  });

  it("sign names the manifest <model>-<version>.manifest.json in the current folder by default", async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await fleet(["sign", YOLOX, "--preset", "yolox", "--version", "1.2.0", "--rollback", "--key", join(dir, "keys", "fleet.key")]);
      expect(r.code, r.message).toBeUndefined();
      expect(r.out).toContain("(rollback)");
    } finally {
      process.chdir(cwd);
    }
    expect(manifestFromJson(await readFile(join(dir, "yolox_nano-1.2.0.manifest.json"), "utf8")).rollback).toBe(true);
  });

  it("verify prints PASS for the signed manifest and its model", async () => {
    const r = await fleet(["verify", manifestPath, "--model", YOLOX, "--trusted", join(dir, "keys", "fleet.pub"), "--active-version", "1.9.0"]);
    expect(r.code, r.message).toBeUndefined();
    expect(r.out).toBe(`PASS yolox_nano 1.10.0 sha256 d39bee73564e key ${keyId}\n`);
    // A folder of keys works as the trust anchor too.
    expect((await fleet(["verify", manifestPath, "--model", YOLOX, "--trusted", join(dir, "keys")])).code).toBeUndefined();
  });

  it("verify fails with the refusal's code for a tampered manifest, a flipped model, an untrusted key and a downgrade", async () => {
    const text = await readFile(manifestPath, "utf8");
    const tampered = join(dir, "tampered.manifest.json");
    await writeFile(tampered, text.replace('"version": "1.10.0"', '"version": "1.10.1"'));
    const t = await fleet(["verify", tampered, "--model", YOLOX, "--trusted", join(dir, "keys", "fleet.pub")]);
    expect(t.code).toBe("MODEL_SIGNATURE_INVALID");
    expect(t.out).not.toContain("PASS");

    const flipped = join(dir, "flipped.onnx");
    const bytes = await readFile(YOLOX);
    bytes[1000]! ^= 0xff;
    await writeFile(flipped, bytes);
    const f = await fleet(["verify", manifestPath, "--model", flipped, "--trusted", join(dir, "keys", "fleet.pub")]);
    expect(f.code).toBe("MODEL_HASH_MISMATCH");
    expect(f.message).toContain("expected d39bee73564e338080378b0ad567fbb40e818b55bbfaf971de82a0267ed16b8a");

    expect((await fleet(["verify", manifestPath, "--model", YOLOX, "--trusted", join(dir, "other", "rogue.pub")])).code).toBe("MODEL_KEY_UNTRUSTED");
    const d = await fleet(["verify", manifestPath, "--model", YOLOX, "--trusted", join(dir, "keys", "fleet.pub"), "--active-version", "1.11.0"]);
    expect(d.code).toBe("MODEL_DOWNGRADE");

    const garbage = join(dir, "garbage.manifest.json");
    await writeFile(garbage, "{]");
    expect((await fleet(["verify", garbage, "--model", YOLOX, "--trusted", join(dir, "keys")])).code).toBe("MODEL_MANIFEST_INVALID");
  });

  it("rejects bad input as usage errors", async () => {
    const key = join(dir, "keys", "fleet.key");
    const badGolden = await fleet(["sign", YOLOX, "--preset", "yolox", "--version", "1.0.0", "--key", key, "--golden", "bus.jpg:person"]);
    expect(badGolden.code).toBe("commander.invalidArgument");
    const both = await fleet(["sign", YOLOX, "--preset", "yolox", "--spec", "x.yaml", "--version", "1.0.0", "--key", key]);
    expect(both.code).toBe("commander.conflictingOption");
    const noVersion = await fleet(["sign", YOLOX, "--preset", "yolox", "--key", key]);
    expect(noVersion.code).toBe("commander.missingMandatoryOptionValue");
    const badVersion = await fleet(["sign", YOLOX, "--preset", "yolox", "--version", "1.0", "--key", key]);
    expect(badVersion.code).toBe("MODEL_MANIFEST_INVALID");
    expect((await fleet(["sign", YOLOX, "--preset", "yolox", "--version", "1.0.0", "--key", join(dir, "none.key")])).code).toBe("CONFIG_NOT_FOUND");
  });
});
