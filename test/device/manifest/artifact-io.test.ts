import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildManifest,
  checkArtifactIO,
  generateFleetKey,
  manifestFromJson,
  manifestToJson,
  signManifest,
  specFromManifest,
  verifyArtifact,
  verifyManifestSignature,
} from "../../../device/manifest/index.js";
import { specToYaml } from "../../../device/manifest/spec-from-manifest.js";
import { bigintToLong, vigil } from "../../../proto/index.js";
import { loadModelSpec } from "../../../runtime/perception/index.js";
import { codeOf } from "../../error-code-of.js";
import { describeWithFixtures, fixture } from "../../fixtures.js";

const YOLOX = fixture("models", "yolox_nano.onnx");
const YOLOV8 = fixture("models", "yolov8n_int8.onnx");

describeWithFixtures("model artifact I/O and spec checks", ["models/yolox_nano.onnx", "models/yolov8n_int8.onnx"], () => {
  const key = generateFleetKey();
  const trusted = new Map([[key.keyId, key.publicKey]]);
  let manifest: vigil.v1.ModelManifest;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "vigil-manifest-io-"));
    manifest = signManifest(await buildManifest({ model: YOLOX, preset: "yolox", version: "2.0.0" }), key);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("passes the artifact the manifest was built from", async () => {
    expect(await checkArtifactIO(manifest, YOLOX)).toBeUndefined();
    // Several checks in a row: each session is disposed, none piles up.
    for (let i = 0; i < 3; i++) expect(await checkArtifactIO(manifest, YOLOX)).toBeUndefined();
  });

  it("rebuilds from spec_yaml exactly the spec the manifest was built with (name and version from the manifest)", async () => {
    const original = await loadModelSpec({ model: YOLOX, preset: "yolox" });
    const rebuilt = specFromManifest(manifest);
    expect({ ...rebuilt, source: "" }).toEqual({ ...original, name: "yolox_nano", version: "2.0.0", source: "" });
    expect(rebuilt.source).toBe("manifest:yolox_nano@2.0.0");
    // Written beside a stored model, it is an ordinary spec file for loadModelSpec / createDetector.
    const specFile = join(dir, "spec.yaml");
    await writeFile(specFile, manifest.specYaml);
    const fromFile = await loadModelSpec({ model: YOLOX, spec: specFile });
    expect({ ...fromFile, source: "" }).toEqual({ ...rebuilt, source: "" });
  });

  it("refuses a yolov8 artifact under a yolox manifest even when signature and hash pass: MODEL_IO_MISMATCH naming the input shape", async () => {
    const v8 = await readFile(YOLOV8);
    const swapped = signManifest(
      vigil.v1.ModelManifest.create({
        ...manifest,
        sha256: createHash("sha256").update(v8).digest("hex"),
        sizeBytes: bigintToLong(BigInt(v8.length), true),
      }),
      key,
    );
    const received = manifestFromJson(manifestToJson(swapped));
    expect(verifyManifestSignature(received, trusted)).toBeUndefined();
    expect(verifyArtifact(received, v8)).toBeUndefined();
    const r = await checkArtifactIO(received, YOLOV8);
    expect(r?.code).toBe("MODEL_IO_MISMATCH");
    expect(r?.detail).toContain("input images shape is [1, 3, 640, 640], the manifest says [1, 3, 416, 416]");
    expect(r?.detail).toContain('output "output" is not in the model');
    expect(r?.detail).toContain("spec needs [1, 3549, 85]");
  });

  it("refuses a manifest whose declared I/O differs in shape or dtype from the artifact", async () => {
    const wrongDtype = vigil.v1.ModelManifest.create({ ...manifest, inputs: [{ name: "images", shape: [1, 3, 416, 416].map((d) => bigintToLong(BigInt(d))), dtype: "uint8" }] });
    const d = await checkArtifactIO(wrongDtype, YOLOX);
    expect(d?.code).toBe("MODEL_IO_MISMATCH");
    expect(d?.detail).toContain("input images dtype is float32, the manifest says uint8");
    const wrongRank = vigil.v1.ModelManifest.create({ ...manifest, outputs: [{ name: "output", shape: [3549, 85].map((v) => bigintToLong(BigInt(v))), dtype: "float32" }] });
    expect((await checkArtifactIO(wrongRank, YOLOX))?.detail).toContain("output output shape is [1, 3549, 85], the manifest says [3549, 85]");
    // A dynamic dim (-1) in the manifest matches any size.
    const dynamic = vigil.v1.ModelManifest.create({ ...manifest, inputs: [{ name: "images", shape: [-1, 3, 416, 416].map((v) => bigintToLong(BigInt(v))), dtype: "float32" }] });
    expect(await checkArtifactIO(dynamic, YOLOX)).toBeUndefined();
  });

  it("refuses a model against a spec for another family: at build time and on the device", async () => {
    expect(await codeOf(buildManifest({ model: YOLOX, preset: "yolov8", version: "1.0.0" }))).toBe("MODEL_IO_MISMATCH");
    const v8Spec = await loadModelSpec({ model: YOLOX, preset: "yolov8" });
    const mixed = vigil.v1.ModelManifest.create({ ...manifest, decoder: "yolov8", specYaml: specToYaml(v8Spec, { name: "yolox_nano", version: "2.0.0" }) });
    const r = await checkArtifactIO(mixed, YOLOX);
    expect(r?.code).toBe("MODEL_IO_MISMATCH");
    expect(r?.detail).toContain("input images is [1, 3, 416, 416], spec needs [1, 3, 640, 640]");
    expect(r?.detail).toContain("yolov8 with 80 labels");
  });

  it("refuses a file that is not a model, and a manifest whose spec_yaml does not parse", async () => {
    const junk = join(dir, "junk.onnx");
    await writeFile(junk, "this is not an onnx graph");
    const r = await checkArtifactIO(manifest, junk);
    expect(r?.code).toBe("MODEL_IO_MISMATCH");
    expect(r?.detail).toContain("does not load");
    const noSpec = vigil.v1.ModelManifest.create({ ...manifest, specYaml: "letterbox: sideways" });
    expect((await checkArtifactIO(noSpec, YOLOX))?.code).toBe("MODEL_MANIFEST_INVALID");
  });
});

describe("manifest JSON", () => {
  it.each([
    ["not JSON", "{ nope", "not JSON"],
    ["an array", "[]", "(document)"],
    ["an unknown field", JSON.stringify({ name: "m", colour: "red" }), "colour"],
    ["a number for a string", JSON.stringify({ version: 120 }), "version"],
    ["bad base64", JSON.stringify({ signature: "***" }), "signature"],
    ["a fraction for a size", JSON.stringify({ sizeBytes: 1.5 }), "sizeBytes"],
    ["a bad golden entry", JSON.stringify({ golden: [{ image: "AAAA", expectMinCount: -1 }] }), "golden.0.expectMinCount"],
  ])("rejects %s with MODEL_MANIFEST_INVALID naming the problem", async (_what, text, says) => {
    let err: { code?: string; message?: string } = {};
    try {
      manifestFromJson(text);
    } catch (e) {
      err = e as typeof err;
    }
    expect(err.code).toBe("MODEL_MANIFEST_INVALID");
    expect(err.message).toContain(says);
  });

  it("reads a minimal manifest with absent fields as proto3 defaults", () => {
    const m = manifestFromJson(JSON.stringify({ name: "m", version: "1.0.0", sizeBytes: "12" }));
    expect(m.name).toBe("m");
    expect(String(m.sizeBytes)).toBe("12");
    expect(m.signature).toHaveLength(0);
    expect(m.labels).toEqual([]);
  });
});
