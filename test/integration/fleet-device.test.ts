// The fleet path end to end, every part a real process: `vigil run` with a cloud link and the
// device agent, `vigil sim camera` feeding PETS frames, `vigil fleet push` deploying a signed
// model in chunks over a real Mosquitto, and a fleet-side subscriber reading risk events.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it, vi } from "vitest";
import { buildManifest, manifestToJson, readPrivateKey, signManifest, writeFleetKey } from "../../device/manifest/index.js";
import { vigil } from "../../proto/index.js";
import { CloudSubscriber } from "../../runtime/cloud/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";
import { MosquittoBroker, describeWithMosquitto } from "../mosquitto-broker.js";
import { startVigil, type VigilProcess } from "../vigil-process.js";

describeWithMosquitto("fleet path", () => {
  describeWithFixtures("vigil fleet push → vigil run (cloud + agent) over Mosquitto", ["video/PETS09-S2L1", "models/yolox_nano.onnx", "images/bus.jpg"], () => {
    const dir = mkdtempSync(join(tmpdir(), "vigil-fleet-e2e-"));
    const procs: VigilProcess[] = [];
    let broker: MosquittoBroker | undefined;
    let sub: CloudSubscriber | undefined;
    afterAll(async () => {
      for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
      await sub?.close();
      await broker?.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    it("deploys a signed model to a running device (active, confirmed) while its risk events and telemetry reach the fleet", async () => {
      broker = await MosquittoBroker.start();
      const key = await writeFleetKey(join(dir, "keys"));
      const manifest = signManifest(
        await buildManifest({
          model: fixture("models", "yolox_nano.onnx"),
          preset: "yolox",
          name: "yolox_nano",
          version: "1.1.0",
          golden: [{ image: fixture("images", "bus.jpg"), label: "person", minCount: 2 }],
        }),
        await readPrivateKey(key.privateKeyPath),
      );
      const manifestPath = join(dir, "yolox_nano-1.1.0.manifest.json");
      writeFileSync(manifestPath, manifestToJson(manifest));
      writeFileSync(join(dir, "gates.yaml"), ["wave_timeout_s: 90", "min_success: 1", "gates:", "  - metric: error_rate", "    max: 0"].join("\n"));
      const config = join(dir, "pipeline.yaml");
      writeFileSync(
        config,
        JSON.stringify({
          name: "fleet-e2e",
          max_frame_age_ms: 2000,
          ingest: [{ endpoint: "tcp://127.0.0.1:*" }],
          detector: { model: fixture("models", "yolox_nano.onnx"), preset: "yolox", backends: ["onnx-node"] },
          output: { detections: { endpoint: "tcp://127.0.0.1:*" } },
          risk: {
            zones: [{ name: "walkway", polygon: [[0, 288], [768, 288], [768, 576], [0, 576]] }],
            rules: [{ name: "person-on-walkway", labels: ["person"], zone: "walkway", level: "WARNING" }],
            hysteresis: { hold_ms: 300, clear_frames: 2 },
          },
          cloud: { broker_url: broker.url, site: "dock", device: "fl1", outbox: { dir: "outbox" }, telemetry_period_ms: 500 },
          agent: { store_dir: "models", trusted_keys: "keys/fleet.pub", rollback: { watch_ms: 3000, min_frames: 5 }, shadow: { min_frames: 5 } },
          logging: { stats_interval_ms: 0 },
        }),
      );

      const risk: vigil.v1.RiskEvent[] = [];
      const telemetry: vigil.v1.Telemetry[] = [];
      sub = new CloudSubscriber({ url: broker.url, clientId: "fleet-e2e-sub", filters: ["vigil/dock/+/events/risk", "vigil/dock/+/telemetry"] });
      sub.onMessage(({ topic, payload }) => {
        if (topic.endsWith("/events/risk")) risk.push(vigil.v1.RiskEvent.decode(payload));
        else telemetry.push(vigil.v1.Telemetry.decode(payload));
      });
      await sub.connect();

      const runtime = startVigil(["run", "--config", config]);
      procs.push(runtime);
      const m = await runtime.waitForStderr(/listening for SensorFrames on (tcp:\/\/\S+);/, 60_000);
      const camera = startVigil(["sim", "camera", "--frames", fixture("video", "PETS09-S2L1"), "--fps", "6", "--connect", m[1] as string, "--sensor", "cam0"]);
      procs.push(camera);

      const push = startVigil([
        "fleet", "push", "--model", manifestPath, "--artifact", fixture("models", "yolox_nano.onnx"), "--target", "dock/+",
        "--waves", "100%", "--gates", join(dir, "gates.yaml"), "--broker", broker.url, "--expect", "1", "--key", key.privateKeyPath,
        "--state", join(dir, "rollout.json"), "--json",
      ]);
      procs.push(push);
      expect(await push.exited, push.stderr()).toBe(0);
      const result = JSON.parse(push.stdout()) as { outcome: string; waves: Array<{ confirmed: string[] | number }> };
      expect(result.outcome).toBe("completed");

      const status = startVigil(["fleet", "status", "--broker", broker.url, "--json", "--wait-ms", "1000"]);
      procs.push(status);
      expect(await status.exited, status.stderr()).toBe(0);
      const rows = JSON.parse(status.stdout()) as Array<Record<string, unknown>>;
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ site: "dock", device: "fl1", online: true });
      expect(JSON.stringify(rows[0])).toContain("1.1.0");

      await camera.exited;
      // Risk transitions and telemetry went through the outbox: wait (bounded) for them.
      const deadline = Date.now() + 20_000;
      while ((risk.length === 0 || telemetry.length < 2) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      runtime.child.kill("SIGTERM");
      expect(await runtime.exited, runtime.stderr()).toBe(0);

      // Every risk event the device queued reached the fleet, once (the outbox drained before exit).
      const stopped = runtime.logs.find((l) => l.msg === "stopped") as { cloud?: { riskEventsQueued: number; riskEventsFailed: number; outboxRecords: number } } | undefined;
      expect(stopped?.cloud).toBeDefined();
      const sent = stopped!.cloud!;
      await vi.waitFor(() => expect(risk.length).toBe(sent.riskEventsQueued), { timeout: 10_000 });
      expect([sent.riskEventsFailed, sent.outboxRecords]).toEqual([0, 0]);
      expect(risk.length).toBeGreaterThan(0);
      for (const e of risk) expect([e.site, e.device, e.eventId.startsWith("dock/fl1:")]).toEqual(["dock", "fl1", true]);
      // Events are level changes: no two in a row at the same level for one sensor.
      const levels = risk.map((e) => e.assessment?.level);
      for (let i = 1; i < levels.length; i++) expect(levels[i]).not.toBe(levels[i - 1]);
      expect(levels).toContain(vigil.v1.RiskLevel.RISK_LEVEL_WARNING);
      const last = telemetry.at(-1) as vigil.v1.Telemetry;
      expect(last.values.frames_processed ?? 0).toBeGreaterThan(0);
      expect(sub.counters().duplicates + sub.counters().delivered).toBeGreaterThanOrEqual(risk.length + telemetry.length);
    }, 240_000);
  });
});
