import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildManifest,
  checkManifestFields,
  checkUpgrade,
  generateFleetKey,
  manifestFromJson,
  manifestSigningBytes,
  manifestToJson,
  signManifest,
  signRollback,
  verifyArtifact,
  verifyManifestSignature,
  verifyRollback,
  type FleetKey,
  type TrustedKeys,
} from "../../../device/manifest/index.js";
import { bigintToLong, longToBigint, vigil } from "../../../proto/index.js";
import { ManualClock } from "../../../runtime/clock/index.js";
import { describeWithFixtures, fixture } from "../../fixtures.js";
import { codeOf } from "../../error-code-of.js";

const YOLOX = fixture("models", "yolox_nano.onnx");
const BUS = fixture("images", "bus.jpg");
const YOLOX_SHA = "d39bee73564e338080378b0ad567fbb40e818b55bbfaf971de82a0267ed16b8a";
const YOLOX_BYTES = 3713911;

const trust = (...keys: FleetKey[]): TrustedKeys => new Map(keys.map((k) => [k.keyId, k.publicKey]));

/** The manifest as a device would get it after someone edited its JSON. */
function editJson(m: vigil.v1.ModelManifest, edit: (o: Record<string, unknown>) => void): vigil.v1.ModelManifest {
  const o = JSON.parse(manifestToJson(m)) as Record<string, unknown>;
  edit(o);
  return manifestFromJson(JSON.stringify(o));
}

describeWithFixtures("signed model manifests", ["models/yolox_nano.onnx", "images/bus.jpg"], () => {
  const key = generateFleetKey();
  const other = generateFleetKey();
  const trusted = trust(key);
  let unsigned: vigil.v1.ModelManifest;
  let signed: vigil.v1.ModelManifest;
  let artifact: Buffer;

  beforeAll(async () => {
    unsigned = await buildManifest({
      model: YOLOX,
      preset: "yolox",
      version: "1.2.0",
      golden: [{ image: BUS, label: "person", minCount: 1 }],
      clock: new ManualClock(1_700_000_000_123_456_789n),
    });
    signed = signManifest(unsigned, key);
    artifact = await readFile(YOLOX);
  });

  it("describes the model: hash, size, decoder, labels, I/O from the model, golden input, clock time", async () => {
    expect(unsigned.name).toBe("yolox_nano");
    expect(unsigned.version).toBe("1.2.0");
    expect(unsigned.sha256).toBe(YOLOX_SHA);
    expect(longToBigint(unsigned.sizeBytes)).toBe(BigInt(YOLOX_BYTES));
    expect(unsigned.format).toBe("onnx");
    expect(unsigned.decoder).toBe("yolox");
    expect(unsigned.labels).toHaveLength(80);
    expect(unsigned.labels[0]).toBe("person");
    const io = (t: vigil.v1.InputSpec.$Properties) => ({ name: t.name, shape: (t.shape ?? []).map((d) => Number(longToBigint(d))), dtype: t.dtype });
    expect(unsigned.inputs.map(io)).toEqual([{ name: "images", shape: [1, 3, 416, 416], dtype: "float32" }]);
    expect(unsigned.outputs.map(io)).toEqual([{ name: "output", shape: [1, 3549, 85], dtype: "float32" }]);
    expect(longToBigint(unsigned.createdTimeNs)).toBe(1_700_000_000_123_456_789n);
    expect(unsigned.golden).toHaveLength(1);
    expect(unsigned.golden[0]!.name).toBe("bus.jpg");
    expect(unsigned.golden[0]!.expectLabel).toBe("person");
    expect(unsigned.golden[0]!.expectMinCount).toBe(1);
    expect(Buffer.from(unsigned.golden[0]!.image!).equals(await readFile(BUS))).toBe(true);
    expect(unsigned.rollback).toBe(false);
    expect(unsigned.keyId).toBe("");
    expect(checkManifestFields(unsigned)).toBeUndefined();
  });

  it("signs with the key id and a 64-byte signature that survives JSON and protobuf round trips", () => {
    expect(signed.keyId).toBe(key.keyId);
    expect(signed.signature).toHaveLength(64);
    expect(unsigned.keyId).toBe("");
    expect(verifyManifestSignature(signed, trusted)).toBeUndefined();

    const json = manifestToJson(signed);
    const fromJson = manifestFromJson(json);
    expect(manifestToJson(fromJson)).toBe(json);
    expect(Buffer.from(manifestSigningBytes(fromJson)).equals(Buffer.from(manifestSigningBytes(signed)))).toBe(true);
    expect(verifyManifestSignature(fromJson, trusted)).toBeUndefined();

    const wire = vigil.v1.ModelManifest.decode(vigil.v1.ModelManifest.encode(fromJson).finish());
    expect(verifyManifestSignature(wire, trusted)).toBeUndefined();
    // The same content with int64s held as strings (as JSON has them) signs the same bytes.
    const plain = { ...vigil.v1.ModelManifest.toObject(signed, { longs: String }) };
    expect(Buffer.from(manifestSigningBytes(plain)).equals(Buffer.from(manifestSigningBytes(signed)))).toBe(true);
    // The signing bytes leave the signature out and keep the key id in.
    const decoded = vigil.v1.ModelManifest.decode(manifestSigningBytes(signed));
    expect(decoded.signature).toHaveLength(0);
    expect(decoded.keyId).toBe(key.keyId);
  });

  it("refuses an unsigned manifest: MODEL_UNSIGNED", () => {
    expect(verifyManifestSignature(unsigned, trusted)?.code).toBe("MODEL_UNSIGNED");
    const stripped = editJson(signed, (o) => {
      o.signature = "";
    });
    const r = verifyManifestSignature(stripped, trusted);
    expect(r?.code).toBe("MODEL_UNSIGNED");
    expect(r?.detail).toContain("signature");
    expect(verifyManifestSignature(editJson(signed, (o) => void (o.keyId = "")), trusted)?.code).toBe("MODEL_UNSIGNED");
  });

  it("refuses a manifest signed by a key the device does not trust: MODEL_KEY_UNTRUSTED", () => {
    const r = verifyManifestSignature(signManifest(unsigned, other), trusted);
    expect(r?.code).toBe("MODEL_KEY_UNTRUSTED");
    expect(r?.detail).toContain(other.keyId);
    // Trusting both keys accepts either signature.
    expect(verifyManifestSignature(signManifest(unsigned, other), trust(key, other))).toBeUndefined();
  });

  it.each([
    ["version", (o: Record<string, unknown>) => void (o.version = "1.3.0")],
    ["sha256", (o: Record<string, unknown>) => void (o.sha256 = "0".repeat(64))],
    ["size", (o: Record<string, unknown>) => void (o.sizeBytes = "1000")],
    ["rollback flag", (o: Record<string, unknown>) => void (o.rollback = true)],
    ["golden min count", (o: Record<string, unknown>) => void ((o.golden as { expectMinCount: number }[])[0]!.expectMinCount = 0)],
    ["spec", (o: Record<string, unknown>) => void (o.specYaml = String(o.specYaml).replace("conf_threshold: 0.25", "conf_threshold: 0.05"))],
    ["created time", (o: Record<string, unknown>) => void (o.createdTimeNs = "1")],
  ])("refuses a manifest whose %s changed after signing: MODEL_SIGNATURE_INVALID", (_what, edit) => {
    const tampered = editJson(signed, edit);
    expect(manifestToJson(tampered)).not.toBe(manifestToJson(signed));
    const r = verifyManifestSignature(tampered, trusted);
    expect(r?.code).toBe("MODEL_SIGNATURE_INVALID");
    expect(r?.detail).toContain(key.keyId);
  });

  it("refuses a signature moved to another trusted key id, or cut short: MODEL_SIGNATURE_INVALID", () => {
    const relabelled = editJson(signed, (o) => void (o.keyId = other.keyId));
    expect(verifyManifestSignature(relabelled, trust(key, other))?.code).toBe("MODEL_SIGNATURE_INVALID");
    const short = vigil.v1.ModelManifest.create({ ...signed, signature: signed.signature.subarray(0, 63) });
    expect(verifyManifestSignature(short, trusted)?.code).toBe("MODEL_SIGNATURE_INVALID");
  });

  it("refuses a properly signed manifest whose fields are unusable: MODEL_MANIFEST_INVALID", () => {
    const cases: [string, Partial<vigil.v1.ModelManifest.$Properties>, string][] = [
      ["two-part version", { version: "1.2" }, "not semver"],
      ["uppercase sha", { sha256: YOLOX_SHA.toUpperCase() }, "sha256"],
      ["no size", { sizeBytes: bigintToLong(0n, true) }, "size_bytes"],
      ["no name", { name: "" }, "name is empty"],
      ["decoder against spec", { decoder: "yolov8" }, "decoder"],
      ["golden label", { golden: [{ name: "bus.jpg", image: new Uint8Array([1]), expectLabel: "unicorn", expectMinCount: 1 }] }, "unicorn"],
      ["broken spec", { specYaml: "input: [" }, "spec_yaml"],
    ];
    for (const [what, change, says] of cases) {
      const bad = signManifest(vigil.v1.ModelManifest.create({ ...unsigned, ...change }), key);
      const r = verifyManifestSignature(bad, trusted);
      expect(r?.code, what).toBe("MODEL_MANIFEST_INVALID");
      expect(r?.detail, what).toContain(says);
    }
  });

  it("passes the artifact it describes and refuses one byte flipped or truncated: MODEL_HASH_MISMATCH", () => {
    expect(verifyArtifact(signed, artifact)).toBeUndefined();
    const flipped = Buffer.from(artifact);
    flipped[flipped.length >> 1]! ^= 0x01;
    const h = verifyArtifact(signed, flipped);
    expect(h?.code).toBe("MODEL_HASH_MISMATCH");
    expect(h?.detail).toContain(`expected ${YOLOX_SHA}`);
    expect(h?.detail).toMatch(/actual [0-9a-f]{64}/);
    const truncated = artifact.subarray(0, artifact.length - 100);
    const s = verifyArtifact(signed, truncated);
    expect(s?.code).toBe("MODEL_HASH_MISMATCH");
    expect(s?.detail).toContain(`expected ${YOLOX_BYTES}`);
    expect(s?.detail).toContain(`actual ${YOLOX_BYTES - 100}`);
  });

  it("refuses 1.2.0 over an active 1.10.0 (MODEL_DOWNGRADE) but takes a signed rollback manifest to 1.2.0", async () => {
    const r = checkUpgrade(signed, "1.10.0");
    expect(r?.code).toBe("MODEL_DOWNGRADE");
    expect(r?.detail).toContain("1.10.0");
    expect(checkUpgrade(signed, "1.1.9")).toBeUndefined();
    expect(checkUpgrade(signed, "1.2.0")).toBeUndefined(); // equal: the agent decides
    expect(checkUpgrade(signed, "1.2.0-rc.1")).toBeUndefined();
    expect(checkUpgrade(signed, undefined)).toBeUndefined();

    const rollback = signManifest(await buildManifest({ model: YOLOX, preset: "yolox", version: "1.2.0", rollback: true }), key);
    const received = manifestFromJson(manifestToJson(rollback));
    expect(received.rollback).toBe(true);
    expect(verifyManifestSignature(received, trusted)).toBeUndefined();
    expect(verifyArtifact(received, artifact)).toBeUndefined();
    expect(checkUpgrade(received, "1.10.0")).toBeUndefined();
    // Without a valid signature the flag is worth nothing.
    const forged = editJson(signed, (o) => void (o.rollback = true));
    expect(checkUpgrade(forged, "1.10.0")).toBeUndefined();
    expect(verifyManifestSignature(forged, trusted)?.code).toBe("MODEL_SIGNATURE_INVALID");
  });

  it("refuses a bad version at build time: MODEL_MANIFEST_INVALID", async () => {
    expect(await codeOf(buildManifest({ model: YOLOX, preset: "yolox", version: "1.2" }))).toBe("MODEL_MANIFEST_INVALID");
    expect(await codeOf(buildManifest({ model: YOLOX, preset: "yolox", version: "v1.2.0" }))).toBe("MODEL_MANIFEST_INVALID");
    expect(await codeOf(buildManifest({ model: YOLOX, preset: "yolox", version: "1.0.0", golden: [{ image: BUS, label: "unicorn", minCount: 1 }] }))).toBe(
      "MODEL_MANIFEST_INVALID",
    );
    expect(await codeOf(buildManifest({ model: fixture("models", "missing.onnx"), preset: "yolox", version: "1.0.0" }))).toBe("MODEL_NOT_FOUND");
  });

  it("signs and verifies rollback commands with the same keys", () => {
    const cmd = vigil.v1.RollbackCommand.create({ deployId: "d-7", modelName: "yolox_nano", toVersion: "1.2.0", reason: "ROLLOUT_GATE_FAILED", issuedTimeNs: bigintToLong(5n) });
    expect(verifyRollback(cmd, trusted)?.code).toBe("MODEL_UNSIGNED");
    const s = signRollback(cmd, key);
    expect(s.keyId).toBe(key.keyId);
    expect(verifyRollback(s, trusted)).toBeUndefined();
    const wire = vigil.v1.RollbackCommand.decode(vigil.v1.RollbackCommand.encode(s).finish());
    expect(verifyRollback(wire, trusted)).toBeUndefined();
    expect(verifyRollback(vigil.v1.RollbackCommand.create({ ...wire, toVersion: "1.0.0" }), trusted)?.code).toBe("MODEL_SIGNATURE_INVALID");
    expect(verifyRollback(signRollback(cmd, other), trusted)?.code).toBe("MODEL_KEY_UNTRUSTED");
    expect(verifyRollback(signRollback({ ...cmd, toVersion: "" }, key), trusted)?.code).toBe("MODEL_MANIFEST_INVALID");
  });
});
