import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { vigil } from "../../../proto/index.js";
import { ModelStore } from "../../../device/agent/index.js";
import { manifestFromJson } from "../../../device/manifest/index.js";
import { removeDir, sizeLong } from "./agent-harness.js";

// The store is about files, not models: small artifacts of known content stand in for ONNX files.
function artifact(version: string, size = 1000): { bytes: Uint8Array; manifest: vigil.v1.ModelManifest } {
  const seed = createHash("sha256").update(`${version}/${size}`).digest();
  const bytes = new Uint8Array(size).map((_, i) => seed[i % seed.length]!);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const manifest = vigil.v1.ModelManifest.create({ name: "det", version, sha256, sizeBytes: sizeLong(size), format: "onnx", specYaml: `name: det\nversion: ${version}\n` });
  return { bytes, manifest };
}

async function put(store: ModelStore, version: string, size?: number) {
  const { bytes, manifest } = artifact(version, size);
  await store.putBlob(bytes, manifest.sha256);
  return store.putManifest(manifest);
}

describe("ModelStore", () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "vigil-store-"));
  });

  afterEach(async () => {
    await removeDir(dir);
  });

  it("stores blobs by content, manifests and specs by version, and active.json with the versions before", async () => {
    const store = await ModelStore.open({ dir });
    const a = await put(store, "1.0.0");
    await store.setActive(a, "d-100");
    const b = await put(store, "1.1.0");
    await store.setActive(b, "d-110");
    expect(a.modelPath).toBe(join(dir, "blobs", `sha256-${a.sha256}`));
    expect(await readFile(a.specPath, "utf8")).toBe("name: det\nversion: 1.0.0\n");
    expect(manifestFromJson(await readFile(join(dir, "manifests", "det@1.1.0.manifest.json"), "utf8")).sha256).toBe(b.sha256);
    expect(JSON.parse(await readFile(join(dir, "active.json"), "utf8"))).toEqual({
      name: "det",
      version: "1.1.0",
      sha256: b.sha256,
      deployId: "d-110",
      previous: [{ name: "det", version: "1.0.0", sha256: a.sha256, deployId: "d-100" }],
    });
    const again = await ModelStore.open({ dir });
    expect(again.versions().map((v) => v.version)).toEqual(["1.0.0", "1.1.0"]);
    expect(again.active()).toMatchObject({ version: "1.1.0", deployId: "d-110", previous: [{ version: "1.0.0" }] });
    // Going back to 1.0.0 brings back the deploy that activated it.
    expect(await again.setActive(a)).toMatchObject({ version: "1.0.0", deployId: "d-100", previous: [{ version: "1.1.0", deployId: "d-110" }] });
    await again.setActive(b, "d-110");
    expect(again.recovery).toEqual({ tempFilesRemoved: 0, corruptBlobsRemoved: 0, orphanBlobsRemoved: 0, manifestsRemoved: 0, activeInvalid: 0 });
    // Same version, other artifact: a conflict; same version and artifact: kept as it is.
    const other = artifact("1.1.0", 999);
    await again.putBlob(other.bytes, other.manifest.sha256);
    await expect(again.putManifest(other.manifest)).rejects.toMatchObject({ code: "MODEL_VERSION_CONFLICT" });
    expect((await put(again, "1.1.0")).sha256).toBe(b.sha256);
    await expect(again.putBlob(new Uint8Array(5), b.sha256)).rejects.toMatchObject({ code: "MODEL_HASH_MISMATCH" });
  });

  it("keeps keep_versions versions, never deleting the active one or the one before it", async () => {
    const store = await ModelStore.open({ dir, keepVersions: 2 });
    await store.setActive(await put(store, "1.0.0"));
    await store.setActive(await put(store, "2.0.0"));
    // 1.0.0 (before active) and 2.0.0 (active) are protected; 3.0.0 is the new one: three stay.
    await put(store, "3.0.0");
    expect(store.versions().map((v) => v.version)).toEqual(["1.0.0", "2.0.0", "3.0.0"]);
    await store.setActive(store.get("3.0.0")!);
    await put(store, "4.0.0");
    // Active 3.0.0, before it 2.0.0, new 4.0.0; 1.0.0 goes.
    expect(store.versions().map((v) => v.version)).toEqual(["2.0.0", "3.0.0", "4.0.0"]);
    expect((await readdir(join(dir, "blobs"))).length).toBe(3);
    expect((await readdir(join(dir, "manifests"))).sort()).toEqual([
      "det@2.0.0.manifest.json",
      "det@2.0.0.spec.yaml",
      "det@3.0.0.manifest.json",
      "det@3.0.0.spec.yaml",
      "det@4.0.0.manifest.json",
      "det@4.0.0.spec.yaml",
    ]);
  });

  it("stays within max_store_bytes, and refuses a version it cannot make room for", async () => {
    const mib = 1024 * 1024;
    const store = await ModelStore.open({ dir, keepVersions: 10, maxStoreBytes: 3 * mib });
    await put(store, "1.0.0", mib);
    await store.setActive(await put(store, "1.1.0", mib));
    await put(store, "1.2.0", mib);
    await put(store, "1.3.0", mib); // 1.0.0 goes to make room
    expect(store.versions().map((v) => v.version)).toEqual(["1.1.0", "1.2.0", "1.3.0"]);
    expect(store.totalBytes).toBe(3 * mib);
    await store.setActive(store.get("1.3.0")!);
    // Active 1.3.0 and 1.1.0 before it stay: 2 MiB more does not fit beside them.
    await expect(put(store, "1.4.0", 2 * mib)).rejects.toMatchObject({ code: "MODEL_STORE_FULL" });
    expect(store.versions().map((v) => v.version)).toEqual(["1.1.0", "1.3.0"]);
    expect(store.totalBytes).toBe(2 * mib);
  });

  it("recovers after a crash: removes temp files, blobs that fail their hash (with their manifests), orphan blobs", async () => {
    const store = await ModelStore.open({ dir });
    const a = await put(store, "1.0.0");
    await store.setActive(a);
    const b = await put(store, "1.1.0");
    // A crash mid-write leaves temp files; a bad disk flips a byte of b's blob; a crash between blob and manifest leaves an orphan.
    await writeFile(join(dir, "blobs", `sha256-${"0".repeat(64)}.tmp-abc123`), "half");
    await writeFile(join(dir, "active.json.tmp-def456"), "{");
    const damaged = await readFile(b.modelPath);
    damaged[10] = damaged[10]! ^ 1;
    await writeFile(b.modelPath, damaged);
    const orphan = artifact("9.9.9");
    await store.putBlob(orphan.bytes, orphan.manifest.sha256);

    const reopened = await ModelStore.open({ dir });
    expect(reopened.recovery).toEqual({ tempFilesRemoved: 2, corruptBlobsRemoved: 1, orphanBlobsRemoved: 1, manifestsRemoved: 1, activeInvalid: 0 });
    expect(reopened.versions().map((v) => v.version)).toEqual(["1.0.0"]);
    expect(reopened.active()?.version).toBe("1.0.0");
    expect(await readdir(join(dir, "blobs"))).toEqual([`sha256-${a.sha256}`]);
    expect((await readdir(join(dir, "manifests"))).sort()).toEqual(["det@1.0.0.manifest.json", "det@1.0.0.spec.yaml"]);
    expect((await readdir(dir)).sort()).toEqual(["active.json", "blobs", "manifests"]);
  });

  it("reads a damaged active.json as no active version, and a damaged manifest as gone", async () => {
    const store = await ModelStore.open({ dir });
    await store.setActive(await put(store, "1.0.0"));
    await writeFile(join(dir, "active.json"), "{ not json");
    await writeFile(join(dir, "manifests", "det@1.0.0.manifest.json"), '{"name": 5}');
    const reopened = await ModelStore.open({ dir });
    expect(reopened.active()).toBeUndefined();
    expect(reopened.versions()).toEqual([]);
    expect(reopened.recovery).toMatchObject({ activeInvalid: 1, manifestsRemoved: 1, orphanBlobsRemoved: 1 });
  });
});
