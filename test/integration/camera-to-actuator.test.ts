import { readFile } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Push } from "zeromq";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ActuatorGateway, type ActuationCommandMessage, type GatewayTransition } from "../../runtime/actuation/index.js";
import { parsePipeline } from "../../runtime/config/index.js";
import { RuntimePipeline, SystemClock } from "../../runtime/graph/index.js";
import { encodeSensorFrame } from "../../runtime/ingest/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { createDetector, type Detector } from "../../runtime/perception/index.js";
import { RiskLevel, type RiskAssessmentMessage } from "../../runtime/risk/index.js";
import type { TrackSetMessage } from "../../runtime/tracking/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";

// The whole graph on real video: frames in over ZeroMQ, the detector, the tracker, a risk
// rule on an image zone, the arbiter, and the reference gateway obeying the commands.
describeWithFixtures("camera frames → detection → tracking → risk → arbiter → vigil actuator gateway", ["video/PETS09-S2L1", "models/yolox_nano.onnx"], () => {
  const clock = new SystemClock();
  let detector: Detector;
  beforeAll(async () => {
    detector = await createDetector({ model: fixture("models", "yolox_nano.onnx"), preset: "yolox", logger: silentLogger, clock });
  });
  afterAll(async () => detector?.dispose());

  it("slows the machine while people walk in the zone, stops it when perception falls silent, and goes SAFE once the runtime is gone", async () => {
    const config = parsePipeline({
      max_frame_age_ms: 2000,
      ingest: [{ endpoint: "tcp://127.0.0.1:*" }],
      output: { detections: { endpoint: "tcp://127.0.0.1:*" } },
      // The lower half of the 768x576 PETS09 view: people on the walkway below the grass.
      risk: {
        zones: [{ name: "walkway", polygon: [[0, 288], [768, 288], [768, 576], [0, 576]] }],
        rules: [{ name: "person-on-walkway", labels: ["person"], zone: "walkway", level: "WARNING" }],
        hysteresis: { hold_ms: 500, clear_frames: 3 },
      },
      // Commands live 15 frame periods: on a loaded CI machine a late frame must not read as silence here
      // (reaction-time bounds are the fault-injection tests' job).
      actuation: { publish: { endpoint: "tcp://127.0.0.1:*" }, publish_period_ms: 50, validity_ms: 1500 },
      logging: { stats_interval_ms: 0 },
    });
    const tracks: TrackSetMessage[] = [];
    const risk: RiskAssessmentMessage[] = [];
    const commands: ActuationCommandMessage[] = [];
    const pipeline = await RuntimePipeline.start(config, {
      detector,
      clock,
      logger: silentLogger,
      onTracks: (m) => tracks.push(m),
      onRisk: (m) => risk.push(m),
      onCommand: (c) => commands.push(c),
    });
    const gateway = await ActuatorGateway.open({ endpoints: [pipeline.endpoints.commands!], clock, checkMs: 10, logger: silentLogger });
    const transitions: GatewayTransition[] = [];
    const sub = gateway.transitions$.subscribe((t) => transitions.push(t));
    const push = new Push({ sendHighWaterMark: 4 });
    push.connect(pipeline.endpoints.ingest[0]!);
    const modes: string[] = [];
    try {
      const dir = fixture("video", "PETS09-S2L1");
      const files = readdirSync(dir).sort().slice(0, 40);
      for (const [i, f] of files.entries()) {
        const now = clock.nowNs();
        await push.send(encodeSensorFrame({ sensorId: "cam0", seq: BigInt(i + 1), captureTimeNs: now, sentTimeNs: now, encoding: "jpeg", data: await readFile(join(dir, f)) }));
        // 10 fps, and never faster than processing (a loaded machine can take over 100 ms a frame):
        // every frame is processed.
        const deadline = Date.now() + 10_000;
        await new Promise((r) => setTimeout(r, 100));
        while ((pipeline.counters.snapshot().sensors.cam0?.processed ?? 0) < i + 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        modes.push(gateway.state.mode);
      }
      // People are on the walkway from the first frames: once tracks are confirmed (and the model
      // is warm, which takes longer on a loaded machine) the machine slows, and stays slowed.
      const firstSlow = modes.indexOf("SLOW");
      expect(firstSlow, modes.join(",")).toBeGreaterThanOrEqual(0);
      expect(firstSlow, modes.join(",")).toBeLessThan(20);
      expect(modes.slice(firstSlow).every((m) => m === "SLOW"), modes.join(",")).toBe(true);
      // Perception falls silent: its last command expires and the arbiter itself says SAFE_STOP.
      await new Promise((r) => setTimeout(r, 1800));
      expect(gateway.state.mode).toBe("SAFE_STOP");
      expect(commands.at(-1)).toMatchObject({ kind: "SAFE_STOP", source: "FALLBACK", reason: "no valid command" });
    } finally {
      push.close();
    }
    const stoppedAt = clock.nowNs();
    const summary = await pipeline.stop();
    // Silence means stop: the last command expires and the gateway goes SAFE by itself.
    await new Promise((r) => setTimeout(r, 1900));
    sub.unsubscribe();
    gateway.close();

    expect(summary.counters.sensors.cam0).toMatchObject({ received: 40, processed: 40 });
    expect(tracks).toHaveLength(40);
    const confirmed = tracks.at(-1)!.tracks.filter((t) => t.state === "confirmed" && t.label === "person");
    expect(confirmed.length).toBeGreaterThanOrEqual(3);
    expect(risk).toHaveLength(40);
    const warning = risk.find((a) => a.level === RiskLevel.RISK_LEVEL_WARNING)!;
    expect(warning.factors[0]).toMatchObject({ rule: "person-on-walkway", zone: "walkway" });
    expect(warning.assessmentId).toBe(`cam0:${warning.seq}`);
    expect([warning.modelName, warning.modelVersion]).toEqual([detector.modelName, detector.modelVersion]);
    const slow = commands.find((c) => c.kind === "SLOW")!;
    expect(slow.source).toBe("PERCEPTION");
    expect(slow.reason).toContain("person-on-walkway");
    expect(slow.validUntilNs - slow.issuedTimeNs).toBe(1_500_000_000n);
    expect(summary.commandsPublished).toBeGreaterThan(40);
    const last = transitions.at(-1)!;
    expect(last).toMatchObject({ from: "SAFE_STOP", to: "SAFE", cause: "expired" });
    // Within validity (1500 ms) of when we stopped, plus scheduling slack.
    expect(Number(last.atNs - stoppedAt) / 1e6).toBeLessThan(1500 + 300);
  }, 60_000);
});
