import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parsePipeline } from "../../runtime/config/index.js";
import { RuntimePipeline, SystemClock } from "../../runtime/graph/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { createDetector, type Detector } from "../../runtime/perception/index.js";
import type { DetectionSetMessage } from "../../runtime/publish/index.js";
import { CameraSimulator } from "../../runtime/sim/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";

const SENSORS = ["cam0", "cam1"];
const MAX_AGE_MS = 400;

describeWithFixtures("overload: two cameras at 10x the processing rate", ["video/PETS09-S2L1", "models/yolox_nano.onnx"], () => {
  const clock = new SystemClock();
  let detector: Detector;
  let processingFps = 0;

  beforeAll(async () => {
    detector = await createDetector({ model: fixture("models", "yolox_nano.onnx"), preset: "yolox", logger: silentLogger, clock });
    // Measure what this machine processes right now: the overload is relative to it.
    const jpeg = await readFile(fixture("video", "PETS09-S2L1", "000001.jpg"));
    await detector.detect({ encoding: "jpeg", data: jpeg });
    const t0 = clock.nowNs();
    const n = 8;
    for (let i = 0; i < n; i++) await detector.detect({ encoding: "jpeg", data: jpeg });
    processingFps = n / (Number(clock.nowNs() - t0) / 1e9);
  });
  afterAll(async () => detector?.dispose());

  it("keeps at most one frame waiting per sensor and never processes a frame older than max_frame_age_ms", async () => {
    const config = parsePipeline({
      max_frame_age_ms: MAX_AGE_MS,
      sensors: Object.fromEntries(SENSORS.map((s) => [s, {}])),
      ingest: [{ endpoint: "tcp://127.0.0.1:*" }],
      output: { detections: { endpoint: "tcp://127.0.0.1:*" } },
      logging: { stats_interval_ms: 0 },
    });
    const seen: DetectionSetMessage[] = [];
    const pipeline = await RuntimePipeline.start(config, { detector, clock, logger: silentLogger, onDetections: (m) => seen.push(m) });

    // Sample the queues while the flood runs: waiting slots are per sensor, so the total is at most one per sensor.
    let peakWaiting = 0;
    let peakPendingPerSensor = 0;
    const sampler = setInterval(() => {
      peakWaiting = Math.max(peakWaiting, pipeline.gauge.waiting);
      for (const s of SENSORS) peakPendingPerSensor = Math.max(peakPendingPerSensor, pipeline.counters.sensor(s).pending);
    }, 2);

    const fpsPerSensor = (10 * processingFps) / SENSORS.length;
    const seconds = 3;
    const sims = await Promise.all(
      SENSORS.map((sensorId) =>
        CameraSimulator.open({
          framesDir: fixture("video", "PETS09-S2L1"),
          fps: fpsPerSensor,
          endpoint: pipeline.endpoints.ingest[0]!,
          mode: "connect",
          socket: "push",
          sensorId,
          loop: true,
          count: Math.round(fpsPerSensor * seconds),
          clock,
          logger: silentLogger,
        }),
      ),
    );
    const results = await Promise.all(sims.map((s) => s.run()));
    await new Promise((r) => setTimeout(r, 500));
    clearInterval(sampler);
    for (const s of sims) s.close();
    const summary = await pipeline.stop();

    console.info(
      `processing ${processingFps.toFixed(1)} fps; sent ${results.map((r) => r.sent).join(" + ")} at ${fpsPerSensor.toFixed(0)} fps each; ` +
        `counters ${JSON.stringify(summary.counters.sensors)}; peak waiting ${peakWaiting}, peak pending per sensor ${peakPendingPerSensor}`,
    );

    expect(peakWaiting).toBeLessThanOrEqual(SENSORS.length);
    // One waiting + one being preprocessed (or handed over) + one in inference.
    expect(peakPendingPerSensor).toBeLessThanOrEqual(3);
    for (const [i, s] of SENSORS.entries()) {
      const c = summary.counters.sensors[s]!;
      expect(c.received).toBe(results[i]!.sent);
      expect(c.processed + c.dropped + c.stale + c.rejected + c.failed).toBe(c.received);
      expect(c.rejected + c.failed).toBe(0);
      expect(c.processed).toBeGreaterThan(0);
      expect(c.dropped).toBeGreaterThan(c.processed); // it really was overloaded
    }
    expect(seen.length).toBe(SENSORS.reduce((n, s) => n + summary.counters.sensors[s]!.processed, 0));
    const ages = seen.map((m) => Number(m.publishTimeNs - m.captureTimeNs) / 1e6);
    expect(Math.max(...ages)).toBeLessThan(MAX_AGE_MS);
    // Both sensors are served, not one starved by the other (the exact round-robin is a unit test's job:
    // here a loaded machine may deliver one camera's frames unevenly).
    for (const s of SENSORS) expect(seen.filter((m) => m.sensorId === s).length).toBeGreaterThan(seen.length / 10);
  }, 60_000);
});
