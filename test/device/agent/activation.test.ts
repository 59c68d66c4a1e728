import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { vigil } from "../../../proto/index.js";
import { signRollback } from "../../../device/manifest/index.js";
import { describeWithFixtures } from "../../fixtures.js";
import {
  BUS,
  FIXTURES_NEEDED,
  PETS_1,
  YOLOV8,
  YOLOX,
  chunksOf,
  generateFleetKey,
  imageOf,
  manifestOf,
  personsOf,
  removeDir,
  signManifest,
  startFrameLoop,
  startHarness,
  strangerKey,
  type FrameLoop,
} from "./agent-harness.js";

describeWithFixtures("device agent: activation, watch and rollback", FIXTURES_NEEDED, () => {
  const key = generateFleetKey();
  let yoloxBytes: Buffer;
  let yolov8Bytes: Buffer;
  let m100: vigil.v1.ModelManifest;
  let server: Server;
  let baseUrl: string;
  const served: string[] = [];

  beforeAll(async () => {
    yoloxBytes = await readFile(YOLOX);
    yolov8Bytes = await readFile(YOLOV8);
    m100 = signManifest(await manifestOf("yolox", "1.0.0"), key);
    server = createServer((req, res) => {
      served.push(req.url ?? "");
      if (req.url === "/yolox_nano.onnx") {
        res.writeHead(200, { "content-type": "application/octet-stream", "content-length": yoloxBytes.length });
        res.end(yoloxBytes);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it("rolls a 10x slower model back by itself on p99 latency, with no inference failing across both swaps", async () => {
    const h = await startHarness({
      key,
      seed: { manifest: m100, bytes: yoloxBytes },
      config: { rollback: { watch_ms: 3000, min_frames: 8, window_frames: 30, p99_latency_ratio_max: 1.5, p99_latency_min_ms: 20 } },
    });
    let loop: FrameLoop | undefined;
    try {
      expect(h.slot.modelVersion).toBe("1.0.0");
      loop = startFrameLoop(h.slot, [await imageOf(BUS), await imageOf(PETS_1)]);
      await until(() => loop!.results.length >= 30, "30 baseline frames on 1.0.0");
      const m = signManifest(await manifestOf("yolov8", "1.1.0"), key);
      const done = h.agent.handleDeploy(vigil.v1.DeployCommand.create({ deployId: "slow", manifest: m, chunkCount: 5, mode: "active" }));
      // Out of order, one redelivered.
      const chunks = chunksOf("slow", yolov8Bytes, 5);
      for (const i of [4, 1, 0, 1, 3, 2]) h.agent.handleChunk(chunks[i]!);
      expect(await done).toBe("rolled_back");
      const framesAfter = loop.results.length;
      await until(() => loop!.results.length >= framesAfter + 3, "frames after the rollback");
      await loop.stop();

      expect(h.statesOf("slow")).toEqual(["received", "verified", "self_test_passed", "active", "rolled_back"]);
      const active = h.reports.find((r) => r.deployId === "slow" && r.state === "active")!;
      expect(active.previousVersion).toBe("1.0.0");
      expect(active.version).toBe("1.1.0");
      const back = h.reports.find((r) => r.deployId === "slow" && r.state === "rolled_back")!;
      expect(back.reasonCode).toBe("ROLLBACK_LATENCY");
      expect(back.previousVersion).toBe("1.0.0");
      const f = back.metrics;
      expect(f.frames).toBeGreaterThanOrEqual(8);
      expect(f.p99_latency_ms).toBeGreaterThan(1.5 * f.baseline_p99_latency_ms!);
      expect(f.p99_latency_ms).toBeGreaterThan(20);
      expect(f.error_rate).toBe(0);
      expect(f.watch_ms).toBeGreaterThanOrEqual(3000);
      expect(back.detail).toMatch(/p99 latency [\d.]+ ms over \d+ inferences, above 1.5 x the previous model's [\d.]+ ms/);

      expect(h.slot.modelVersion).toBe("1.0.0");
      expect(h.agent.store.active()).toMatchObject({ version: "1.0.0" });
      expect(loop.errors).toEqual([]);
      const versions = new Set(loop.results.map((r) => r.version));
      expect(versions).toEqual(new Set(["1.0.0", "1.1.0"]));
      // Every frame found people, whichever model ran it; the last ones ran on 1.0.0 again.
      for (const r of loop.results) expect(personsOf(r.detections)).toBeGreaterThanOrEqual(3);
      expect(loop.results.at(-1)?.version).toBe("1.0.0");
      expect(h.agent.counters()).toMatchObject({ rolledBack: 1, confirmed: 0, chunks: { duplicate: 1 } });
      expect(h.agent.store.versions().map((v) => v.version)).toEqual(["1.0.0", "1.1.0"]);
    } finally {
      await loop?.stop();
      await h.close();
      await removeDir(h.dir);
    }
  }, 180_000);

  it("confirms a model that does not regress, keeps both versions, boots into it after a restart, and obeys a signed rollback", async () => {
    const h = await startHarness({
      key,
      seed: { manifest: m100, bytes: yoloxBytes },
      // Same network as 1.0.0: only a gross slowdown would count here.
      config: { rollback: { watch_ms: 1500, min_frames: 5, p99_latency_min_ms: 2000 } },
    });
    let loop: FrameLoop | undefined;
    let h2: Awaited<ReturnType<typeof startHarness>> | undefined;
    try {
      loop = startFrameLoop(h.slot, [await imageOf(BUS)]);
      await until(() => loop!.results.length >= 10, "baseline frames");
      const m = signManifest(await manifestOf("yolox", "1.0.1"), key);
      const state = await h.agent.handleDeploy(vigil.v1.DeployCommand.create({ deployId: "same", manifest: m, url: `${baseUrl}/yolox_nano.onnx`, mode: "canary" }));
      await loop.stop();
      expect(state).toBe("confirmed");
      expect(served).toContain("/yolox_nano.onnx");
      expect(h.statesOf("same")).toEqual(["received", "verified", "self_test_passed", "active", "confirmed"]);
      const confirmed = h.reports.find((r) => r.deployId === "same" && r.state === "confirmed")!;
      expect(confirmed.previousVersion).toBe("1.0.0");
      expect(confirmed.metrics.frames).toBeGreaterThanOrEqual(5);
      expect(confirmed.metrics.error_rate).toBe(0);
      expect(loop.errors).toEqual([]);
      expect(h.slot.modelVersion).toBe("1.0.1");
      expect(h.agent.store.versions().map((v) => v.version)).toEqual(["1.0.0", "1.0.1"]);
      expect(h.agent.store.active()).toMatchObject({ version: "1.0.1", previous: [{ version: "1.0.0" }] });
      expect(h.agent.status()).toMatchObject({ activeVersion: "1.0.1", deployId: "same", storedVersions: ["1.0.0", "1.0.1"] });
      expect(h.agent.metrics()).toMatchObject({ error_rate: 0, fallback_triggers: 0 });
      expect(h.statuses[0]).toMatchObject({ activeModel: "yolox_nano", activeVersion: "1.0.0", deployId: "", storedVersions: ["1.0.0"] });
      expect(h.statuses.at(-1)).toMatchObject({ activeVersion: "1.0.1", deployId: "same", shadowVersion: "", storedVersions: ["1.0.0", "1.0.1"] });
      expect(h.statuses.at(-1)?.metrics.frames).toBeGreaterThan(0);

      // Deploying it again is idempotent.
      expect(await h.agent.handleDeploy(vigil.v1.DeployCommand.create({ deployId: "same-again", manifest: m, url: `${baseUrl}/yolox_nano.onnx`, mode: "active" }))).toBe("active");
      expect(h.statesOf("same-again")).toEqual(["received", "active"]);

      await h.close();
      h2 = await startHarness({ key, dir: h.dir });
      expect(h2.slot.modelVersion).toBe("1.0.1");
      expect(h2.agent.status()).toMatchObject({ activeVersion: "1.0.1", deployId: "same" });
      expect(h2.agent.store.versions().map((v) => v.version)).toEqual(["1.0.0", "1.0.1"]);
      expect(personsOf(await h2.slot.detect(await imageOf(BUS)))).toBe(4);

      // A rollback signed by a stranger is refused; a missing version too; a signed one goes back to 1.0.0.
      const cmd = { deployId: "same", modelName: "yolox_nano", toVersion: "1.0.0", reason: "" };
      expect(await h2.agent.handleRollback(signRollback(cmd, strangerKey()))).toBe("refused");
      expect(await h2.agent.handleRollback(signRollback({ ...cmd, toVersion: "0.5.0" }, key))).toBe("refused");
      expect(await h2.agent.handleRollback(signRollback(cmd, key))).toBe("rolled_back");
      expect(h2.reports.map((r) => [r.state, r.reasonCode])).toEqual([
        ["refused", "MODEL_KEY_UNTRUSTED"],
        ["refused", "ROLLBACK_VERSION_MISSING"],
        ["rolled_back", "ROLLOUT_GATE_FAILED"],
      ]);
      expect(h2.reports[2]).toMatchObject({ version: "1.0.0", previousVersion: "1.0.1" });
      expect(h2.slot.modelVersion).toBe("1.0.0");
      expect(h2.agent.store.active()?.version).toBe("1.0.0");
    } finally {
      await loop?.stop();
      await h.close();
      await h2?.close();
      await removeDir(h.dir);
    }
  }, 180_000);

  it("queues deploys behind the running one (refusing beyond max_pending_deploys), and a signed rollback ends the running watch", async () => {
    const h = await startHarness({
      key,
      seed: { manifest: m100, bytes: yoloxBytes },
      config: { max_pending_deploys: 2, chunk_timeout_ms: 1000, rollback: { watch_ms: 600_000, min_frames: 1000 } },
    });
    try {
      const m = signManifest(await manifestOf("yolox", "1.0.5"), key);
      const first = h.agent.handleDeploy(vigil.v1.DeployCommand.create({ deployId: "long", manifest: m, url: `file://${YOLOX}`, mode: "active" }));
      await h.waitForState("long", "active");
      const waiting = [];
      for (const [i, v] of ["1.0.6", "1.0.7", "1.0.8"].entries()) {
        const mv = signManifest(await manifestOf("yolox", v), key);
        waiting.push(h.agent.handleDeploy(vigil.v1.DeployCommand.create({ deployId: `q${i}`, manifest: mv, chunkCount: 2, mode: "active" })));
      }
      expect(await waiting[2]).toBe("refused");
      expect(h.reports.find((r) => r.deployId === "q2" && r.state === "refused")).toMatchObject({ reasonCode: "DEPLOY_QUEUE_FULL", detail: expect.stringMatching(/2 deploys wait already/) });
      const back = await h.agent.handleRollback(signRollback({ deployId: "long", modelName: "yolox_nano", toVersion: "1.0.0", reason: "gate p99 failed in wave 1" }, key));
      expect(back).toBe("rolled_back");
      expect(await first).toBe("active"); // its watch ended by the rollback
      expect(h.slot.modelVersion).toBe("1.0.0");
      expect(h.agent.store.active()?.version).toBe("1.0.0");
      const r = h.reports.find((x) => x.state === "rolled_back")!;
      expect(r).toMatchObject({ deployId: "long", version: "1.0.0", previousVersion: "1.0.5", reasonCode: "ROLLOUT_GATE_FAILED" });
      expect(r.detail).toMatch(/gate p99 failed in wave 1/);
      // The queued ones ran after it: no chunks came, so they timed out.
      expect(await waiting[0]).toBe("refused");
      expect(await waiting[1]).toBe("refused");
      expect(h.reports.filter((x) => x.deployId.startsWith("q") && x.state === "refused").map((x) => x.reasonCode)).toEqual([
        "DEPLOY_QUEUE_FULL",
        "MODEL_ARTIFACT_INCOMPLETE",
        "MODEL_ARTIFACT_INCOMPLETE",
      ]);
      expect(h.slot.modelVersion).toBe("1.0.0");
    } finally {
      await h.close();
      await removeDir(h.dir);
    }
  }, 120_000);

  it("rolls back at once when the fallback triggers during the watch", async () => {
    const h = await startHarness({ key, seed: { manifest: m100, bytes: yoloxBytes }, config: { rollback: { watch_ms: 600_000, min_frames: 1000 } } });
    let loop: FrameLoop | undefined;
    try {
      loop = startFrameLoop(h.slot, [await imageOf(BUS)]);
      const m = signManifest(await manifestOf("yolox", "1.0.2"), key);
      const done = h.agent.handleDeploy(vigil.v1.DeployCommand.create({ deployId: "unsafe", manifest: m, url: `file://${YOLOX}`, mode: "active" }));
      await h.waitForState("unsafe", "active");
      h.agent.noteFallbackTrigger();
      expect(await done).toBe("rolled_back");
      await loop.stop();
      const back = h.reports.find((r) => r.deployId === "unsafe" && r.state === "rolled_back")!;
      expect(back.reasonCode).toBe("ROLLBACK_FALLBACK");
      expect(back.metrics.fallback_triggers).toBe(1);
      expect(h.slot.modelVersion).toBe("1.0.0");
      expect(loop.errors).toEqual([]);
    } finally {
      await loop?.stop();
      await h.close();
      await removeDir(h.dir);
    }
  }, 120_000);
});

async function until(ok: () => boolean, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
