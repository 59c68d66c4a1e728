import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { vigil } from "../../../proto/index.js";
import { describeWithFixtures } from "../../fixtures.js";
import {
  BUS,
  FIXTURES_NEEDED,
  YOLOV8,
  YOLOX,
  chunksOf,
  generateFleetKey,
  imageOf,
  manifestOf,
  personsOf,
  removeDir,
  signManifest,
  sizeLong,
  startFrameLoop,
  startHarness,
  strangerKey,
  withFields,
  type Harness,
} from "./agent-harness.js";
import { createHash } from "node:crypto";

describeWithFixtures("device agent: refusals leave the active model running", FIXTURES_NEEDED, () => {
  const key = generateFleetKey();
  let h: Harness;
  let yoloxBytes: Buffer;
  let yolov8Bytes: Buffer;
  let m100: vigil.v1.ModelManifest;
  let m110: vigil.v1.ModelManifest;
  let m090: vigil.v1.ModelManifest;

  beforeAll(async () => {
    yoloxBytes = await readFile(YOLOX);
    yolov8Bytes = await readFile(YOLOV8);
    m100 = signManifest(await manifestOf("yolox", "1.0.0"), key);
    m110 = await manifestOf("yolox", "1.1.0");
    m090 = await manifestOf("yolox", "0.9.0");
    h = await startHarness({ key, seed: { manifest: m100, bytes: yoloxBytes }, config: { chunk_timeout_ms: 30_000 } });
  }, 120_000);

  afterAll(async () => {
    await h?.close();
    if (h) await removeDir(h.dir);
  });

  it("refuses unsigned, untrusted, hash-mismatched, downgraded and wrong-I/O models with their codes, in order, while frames keep flowing on 1.0.0", async () => {
    expect(h.slot.modelVersion).toBe("1.0.0");
    const loop = startFrameLoop(h.slot, [await imageOf(BUS)]);
    const altered = Buffer.from(yoloxBytes);
    altered[altered.length >> 1] = altered[altered.length >> 1]! ^ 0xff;
    const yolov8AsYolox = signManifest(
      withFields(m110, { version: "1.2.0", sha256: createHash("sha256").update(yolov8Bytes).digest("hex"), sizeBytes: sizeLong(yolov8Bytes.length) }),
      key,
    );
    const pushes: { id: string; manifest: vigil.v1.ModelManifest; bytes: Uint8Array; code: string }[] = [
      { id: "unsigned", manifest: m110, bytes: yoloxBytes, code: "MODEL_UNSIGNED" },
      { id: "untrusted", manifest: signManifest(m110, strangerKey()), bytes: yoloxBytes, code: "MODEL_KEY_UNTRUSTED" },
      { id: "tampered", manifest: signManifest(m110, key), bytes: altered, code: "MODEL_HASH_MISMATCH" },
      { id: "downgrade", manifest: signManifest(m090, key), bytes: yoloxBytes, code: "MODEL_DOWNGRADE" },
      { id: "wrong-io", manifest: yolov8AsYolox, bytes: yolov8Bytes, code: "MODEL_IO_MISMATCH" },
    ];
    try {
      for (const p of pushes) {
        const done = h.agent.handleDeploy(vigil.v1.DeployCommand.create({ deployId: p.id, manifest: p.manifest, chunkCount: 4, mode: "active" }));
        for (const c of chunksOf(p.id, p.bytes, 4)) h.agent.handleChunk(c);
        expect(await done).toBe("refused");
        expect(h.slot.modelVersion).toBe("1.0.0");
      }
      // Frames went on during every refusal.
      const before = loop.results.length;
      await waitFrames(loop, before + 3);
    } finally {
      await loop.stop();
    }
    const refused = h.reports.filter((r) => r.state === "refused");
    expect(refused.map((r) => [r.deployId, r.reasonCode])).toEqual(pushes.map((p) => [p.id, p.code]));
    for (const p of pushes) expect(h.statesOf(p.id)[0]).toBe("received");
    expect(h.reports.some((r) => r.state === "verified" || r.state === "active")).toBe(false);
    expect(h.reports.find((r) => r.deployId === "tampered" && r.state === "refused")?.detail).toMatch(/expected [0-9a-f]{64}, actual [0-9a-f]{64}/);
    expect(h.agent.counters().refused).toEqual({ MODEL_UNSIGNED: 1, MODEL_KEY_UNTRUSTED: 1, MODEL_HASH_MISMATCH: 1, MODEL_DOWNGRADE: 1, MODEL_IO_MISMATCH: 1 });
    expect(loop.errors).toEqual([]);
    expect(loop.results.length).toBeGreaterThanOrEqual(3);
    for (const r of loop.results) {
      expect(r.version).toBe("1.0.0");
      expect(personsOf(r.detections)).toBeGreaterThanOrEqual(4);
    }
    // Nothing of the refused versions stays in the store.
    expect(h.agent.store.versions().map((v) => v.version)).toEqual(["1.0.0"]);
    expect(h.agent.status()).toMatchObject({ activeModel: "yolox_nano", activeVersion: "1.0.0", storedVersions: ["1.0.0"] });
  }, 120_000);

  it("fails the self-test of a model that misses a golden input and keeps 1.0.0", async () => {
    const m = signManifest(await manifestOf("yolox", "1.3.0", { golden: [{ label: "person", minCount: 1 }, { label: "person", minCount: 50 }] }), key);
    const state = await h.agent.handleDeploy(vigil.v1.DeployCommand.create({ deployId: "greedy", manifest: m, url: `file://${YOLOX}`, mode: "active" }));
    expect(state).toBe("self_test_failed");
    expect(h.statesOf("greedy")).toEqual(["received", "verified", "self_test_failed"]);
    const r = h.reports.find((x) => x.deployId === "greedy" && x.state === "self_test_failed");
    expect(r?.reasonCode).toBe("MODEL_SELF_TEST_FAILED");
    expect(r?.detail).toMatch(/bus\.jpg wants at least 50 "person", the model found 4/);
    expect(h.slot.modelVersion).toBe("1.0.0");
    expect(h.agent.store.versions().map((v) => v.version)).toEqual(["1.0.0"]);
    expect((await h.slot.detect(await imageOf(BUS))).filter((d) => d.label === "person")).toHaveLength(4);
  }, 120_000);

  it("refuses a version already stored with another artifact, and a missing chunk after the chunk timeout", async () => {
    const conflict = signManifest(withFields(m100, { sha256: createHash("sha256").update(yolov8Bytes).digest("hex"), sizeBytes: sizeLong(yolov8Bytes.length) }), key);
    expect(await h.agent.handleDeploy(vigil.v1.DeployCommand.create({ deployId: "conflict", manifest: conflict, url: `file://${YOLOV8}`, mode: "active" }))).toBe("refused");
    expect(h.reports.find((x) => x.deployId === "conflict" && x.state === "refused")?.reasonCode).toBe("MODEL_VERSION_CONFLICT");

    const short = await startHarness({ key, seed: { manifest: m100, bytes: yoloxBytes }, config: { chunk_timeout_ms: 300 } });
    try {
      const m = signManifest(m110, key);
      const done = short.agent.handleDeploy(vigil.v1.DeployCommand.create({ deployId: "gap", manifest: m, chunkCount: 4, mode: "active" }));
      const chunks = chunksOf("gap", yoloxBytes, 4);
      for (const c of [chunks[3], chunks[0], chunks[0], chunks[2]]) short.agent.handleChunk(c!);
      expect(await done).toBe("refused");
      const r = short.reports.find((x) => x.deployId === "gap" && x.state === "refused");
      expect(r?.reasonCode).toBe("MODEL_ARTIFACT_INCOMPLETE");
      expect(r?.detail).toMatch(/3 of 4 chunks \(missing 1\) within 300 ms/);
      expect(short.agent.counters().chunks).toMatchObject({ accepted: 3, duplicate: 1, timedOut: 1 });
      expect(short.slot.modelVersion).toBe("1.0.0");
    } finally {
      await short.close();
      await removeDir(short.dir);
    }
  }, 120_000);

  it("counts commands that do not decode or name another device, and ignores a redelivered deploy", async () => {
    const before = h.agent.counters().commandsInvalid;
    await h.agent.handleCommand("vigil/dock-3/cam-7/cmd/deploy", new Uint8Array([0xff, 0xff, 0xff, 0x0f]));
    await h.agent.handleCommand("vigil/dock-3/cam-8/cmd/deploy", vigil.v1.DeployCommand.encode({ deployId: "x" }).finish());
    await h.agent.handleCommand("vigil/dock-3/cam-7/cmd/reboot", new Uint8Array(0));
    expect(h.agent.counters().commandsInvalid).toBe(before + 3);
    const dup = await h.agent.handleDeploy(vigil.v1.DeployCommand.create({ deployId: "unsigned", manifest: m110, chunkCount: 1, mode: "active" }));
    expect(dup).toBe("received");
    expect(h.agent.counters().duplicates).toBe(1);
    expect(h.reports.filter((r) => r.deployId === "unsigned")).toHaveLength(2); // received + refused, once
  }, 60_000);
});

async function waitFrames(loop: { results: unknown[] }, n: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (loop.results.length < n) {
    if (Date.now() > deadline) throw new Error(`only ${loop.results.length} frames of ${n}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
