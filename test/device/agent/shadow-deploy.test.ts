import { readFile } from "node:fs/promises";
import { beforeAll, expect, it } from "vitest";
import { vigil } from "../../../proto/index.js";
import { describeWithFixtures } from "../../fixtures.js";
import {
  BUS,
  FIXTURES_NEEDED,
  PETS_1,
  STREET,
  YOLOV8,
  YOLOX,
  generateFleetKey,
  imageOf,
  manifestOf,
  removeDir,
  signManifest,
  startFrameLoop,
  startHarness,
  type FrameLoop,
} from "./agent-harness.js";

describeWithFixtures("device agent: shadow deploys", FIXTURES_NEEDED, () => {
  const key = generateFleetKey();
  let yoloxBytes: Buffer;
  let m100: vigil.v1.ModelManifest;

  beforeAll(async () => {
    yoloxBytes = await readFile(YOLOX);
    m100 = signManifest(await manifestOf("yolox", "1.0.0"), key);
  }, 60_000);

  it("shadows the same network beside the active one: F1 1, decisions agree, active results unchanged, then stops there", async () => {
    const h = await startHarness({ key, seed: { manifest: m100, bytes: yoloxBytes }, config: { shadow: { min_frames: 6, max_ms: 120_000 } } });
    let loop: FrameLoop | undefined;
    try {
      const images = [await imageOf(BUS), await imageOf(PETS_1)];
      const alone = [await h.slot.detect(images[0]!), await h.slot.detect(images[1]!)];
      // A gap between frames leaves the shadow room to run.
      loop = startFrameLoop(h.slot, images, { gapMs: 30 });
      const m = signManifest(await manifestOf("yolox", "1.0.1"), key);
      const state = await h.agent.handleDeploy(vigil.v1.DeployCommand.create({ deployId: "twin", manifest: m, url: `file://${YOLOX}`, mode: "shadow" }));
      await loop.stop();
      expect(state).toBe("shadow");
      expect(h.statesOf("twin")).toEqual(["received", "verified", "self_test_passed", "shadow"]);
      const r = h.reports.find((x) => x.deployId === "twin" && x.state === "shadow")!;
      expect(r.metrics.shadow_frames).toBeGreaterThanOrEqual(6);
      expect(r.metrics.shadow_f1).toBe(1);
      expect(r.metrics.shadow_decision_agreement).toBe(1);
      expect(r.metrics.shadow_latency_p99_ms).toBeGreaterThan(0);
      expect(r.metrics.active_latency_p99_ms).toBeGreaterThan(0);
      expect(r.metrics.shadow_skipped).toBeGreaterThanOrEqual(0);
      // The device stops at shadow: 1.0.0 stays active, 1.0.1 is stored for a later activation.
      expect(h.slot.modelVersion).toBe("1.0.0");
      expect(h.slot.shadow).toBeUndefined();
      expect(h.agent.status().shadowVersion).toBe("");
      expect(h.statuses.map((x) => x.shadowVersion)).toContain("1.0.1");
      expect(h.agent.store.versions().map((v) => v.version)).toEqual(["1.0.0", "1.0.1"]);
      expect(loop.errors).toEqual([]);
      // Frames with and without the shadow gave the same detections.
      for (const [i, f] of loop.results.entries()) expect(f.detections).toEqual(alone[i % 2]);
    } finally {
      await loop?.stop();
      await h.close();
      await removeDir(h.dir);
    }
  }, 120_000);

  it("shadows a different network (yolov8n_int8): partial agreement, frames skipped while it cannot keep up", async () => {
    const h = await startHarness({ key, seed: { manifest: m100, bytes: yoloxBytes }, config: { shadow: { min_frames: 4, max_ms: 120_000 } } });
    let loop: FrameLoop | undefined;
    try {
      // Frames where the two networks differ (bus.jpg alone they agree on, F1 1): 0.73 and 0.86 each.
      const images = [await imageOf(STREET), await imageOf(PETS_1)];
      const alone = [await h.slot.detect(images[0]!), await h.slot.detect(images[1]!)];
      loop = startFrameLoop(h.slot, images); // back to back: faster than the shadow runs
      const m = signManifest(await manifestOf("yolov8", "1.2.0"), key);
      const state = await h.agent.handleDeploy(vigil.v1.DeployCommand.create({ deployId: "other", manifest: m, url: `file://${YOLOV8}`, mode: "shadow" }));
      await loop.stop();
      expect(state).toBe("shadow");
      const r = h.reports.find((x) => x.deployId === "other" && x.state === "shadow")!;
      expect(r.metrics.shadow_frames).toBeGreaterThanOrEqual(4);
      // Pooled over frames of both images, F1 lies between their own.
      expect(r.metrics.shadow_f1).toBeGreaterThanOrEqual(0.72);
      expect(r.metrics.shadow_f1).toBeLessThanOrEqual(0.86);
      expect(r.metrics.shadow_decision_agreement).toBeGreaterThanOrEqual(0);
      expect(r.metrics.shadow_decision_agreement).toBeLessThanOrEqual(1);
      expect(r.metrics.shadow_skipped).toBeGreaterThan(0);
      expect(r.metrics.shadow_latency_p99_ms).toBeGreaterThan(r.metrics.active_latency_p99_ms!);
      expect(h.slot.modelVersion).toBe("1.0.0");
      expect(loop.errors).toEqual([]);
      for (const [i, f] of loop.results.entries()) expect(f.detections).toEqual(alone[i % 2]);
    } finally {
      await loop?.stop();
      await h.close();
      await removeDir(h.dir);
    }
  }, 120_000);
});
