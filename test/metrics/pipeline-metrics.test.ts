// RuntimeMetrics on a real pipeline: PETS09 frames and malformed messages over ZeroMQ, the
// yolox detector, tracking, risk and the arbiter; the scrape is read back with a strict
// Prometheus text parser and checked against the pipeline's own counts.
import { readFile } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Push } from "zeromq";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ActuationCommandMessage } from "../../proto/index.js";
import { ManualClock, SystemClock } from "../../runtime/clock/index.js";
import { parsePipeline } from "../../runtime/config/index.js";
import { MetricsConfigSchema } from "../../runtime/config/metrics-config.js";
import { RuntimePipeline } from "../../runtime/graph/index.js";
import { encodeSensorFrame } from "../../runtime/ingest/index.js";
import { RuntimeMetrics, STATE_VALUE } from "../../runtime/metrics/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { createDetector, type SpecDetector } from "../../runtime/perception/index.js";
import { riskLevelName, type RiskAssessmentMessage } from "../../runtime/risk/index.js";
import type { TrackSetMessage } from "../../runtime/tracking/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";
import { parsePrometheusText, sampleValue, samplesOf } from "./prometheus-text.js";

const FRAMES = 30;
const MALFORMED = [Buffer.from([0xff, 0xff, 0xff, 0xff]), Buffer.from("not a frame at all"), Buffer.from([0x0a, 0x50, 0x41])];

describeWithFixtures("RuntimeMetrics on a running pipeline", ["video/PETS09-S2L1", "models/yolox_nano.onnx"], () => {
  const clock = new SystemClock();
  let detector: SpecDetector;
  beforeAll(async () => {
    detector = await createDetector({ model: fixture("models", "yolox_nano.onnx"), preset: "yolox", logger: silentLogger, clock, threads: 1 });
  });
  afterAll(async () => detector?.dispose());

  it("exports exactly the pipeline's frame counts, rejects per code, and one latency observation per processed frame", async () => {
    const config = parsePipeline({
      name: "metrics",
      max_frame_age_ms: 10_000,
      ingest: [{ endpoint: "tcp://127.0.0.1:*" }],
      output: { detections: { endpoint: "tcp://127.0.0.1:*" } },
      heartbeat: { publish: { endpoint: "tcp://127.0.0.1:*" }, period_ms: 100 },
      risk: {
        zones: [{ name: "walkway", polygon: [[0, 288], [768, 288], [768, 576], [0, 576]] }],
        rules: [{ name: "person-on-walkway", labels: ["person"], zone: "walkway", level: "WARNING" }],
      },
      actuation: { publish: { endpoint: "tcp://127.0.0.1:*" }, publish_period_ms: 50, validity_ms: 1500 },
      logging: { stats_interval_ms: 0 },
    });
    // Stage health is judged as of this clock's time: the same instant the test reads below.
    const scrapeClock = new ManualClock();
    const metrics = new RuntimeMetrics({ config: MetricsConfigSchema.parse({}), clock: scrapeClock });
    const tracks: TrackSetMessage[] = [];
    const risk: RiskAssessmentMessage[] = [];
    const commands: ActuationCommandMessage[] = [];
    let beats = 0;
    const pipeline = await RuntimePipeline.start(config, {
      detector,
      clock,
      logger: silentLogger,
      ...metrics.taps({
        onTracks: (m) => tracks.push(m),
        onRisk: (m) => risk.push(m),
        onCommand: (c) => commands.push(c),
        onHeartbeat: () => beats++,
      }),
    });
    metrics.attachPipeline({
      counters: () => pipeline.counters.snapshot(),
      queueDepth: () => pipeline.gauge.waiting + pipeline.gauge.inFlight,
      detector: () => detector,
      health: pipeline.health,
    });

    const push = new Push({ sendHighWaterMark: 4 });
    push.connect(pipeline.endpoints.ingest[0]!);
    try {
      const dir = fixture("video", "PETS09-S2L1");
      const files = readdirSync(dir).sort().slice(0, FRAMES);
      for (const [i, f] of files.entries()) {
        const now = clock.nowNs();
        await push.send(encodeSensorFrame({ sensorId: "cam0", seq: BigInt(i + 1), captureTimeNs: now, sentTimeNs: now, encoding: "jpeg", data: await readFile(join(dir, f)) }));
        if (i % 10 === 5) await push.send(MALFORMED[Math.floor(i / 10)]!);
        await new Promise((r) => setTimeout(r, 50)); // about 20 fps: most frames are processed, some may be replaced
      }
      // Every frame ends as one outcome; every malformed message is counted.
      const deadline = Date.now() + 60_000;
      const settled = () => {
        const s = pipeline.counters.snapshot();
        const cam = s.sensors.cam0;
        return cam !== undefined && cam.received === FRAMES && cam.pending === 0 && s.rejectedByReason.FRAME_MALFORMED === MALFORMED.length && risk.length === cam.processed;
      };
      while (!settled() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(settled(), JSON.stringify(pipeline.counters.snapshot())).toBe(true);
    } finally {
      push.close();
    }
    const summary = await pipeline.stop();
    expect(beats).toBeGreaterThan(0);

    scrapeClock.set(clock.nowNs());
    const text = await metrics.metricsText();
    const families = parsePrometheusText(text);
    const v = (name: string, labels: Record<string, string> = {}) => sampleValue(families, name, labels);

    // Frames: exactly PipelineCounters' numbers.
    const cam = summary.counters.sensors.cam0!;
    expect(v("vigil_frames_received_total", { sensor: "cam0" })).toBe(FRAMES);
    for (const outcome of ["processed", "dropped", "stale", "failed", "rejected"] as const) {
      expect(v(`vigil_frames_${outcome}_total`, { sensor: "cam0" }), outcome).toBe(cam[outcome]);
    }
    expect(v("vigil_frames_pending", { sensor: "cam0" })).toBe(0);
    const processed = v("vigil_frames_processed_total", { sensor: "cam0" })!;
    expect(processed).toBeGreaterThan(0);
    expect(
      processed + v("vigil_frames_dropped_total", { sensor: "cam0" })! + v("vigil_frames_stale_total", { sensor: "cam0" })! + v("vigil_frames_failed_total", { sensor: "cam0" })!,
    ).toBe(FRAMES);
    expect(v("vigil_frames_rejected_total", { sensor: "cam0" })).toBe(0);
    expect(v("vigil_frames_rejected_total", { sensor: "" })).toBe(MALFORMED.length);
    expect(v("vigil_frames_rejected_by_reason_total", { reason: "FRAME_MALFORMED" })).toBe(MALFORMED.length);
    expect(samplesOf(families, "vigil_frames_rejected_by_reason_total").reduce((s, x) => s + x.value, 0)).toBe(MALFORMED.length);

    // Latencies: one observation per processed frame at every stage, under the model that ran it.
    const inference = samplesOf(families, "vigil_inference_latency_seconds_count");
    expect(inference.map((s) => s.labels)).toEqual([{ model: "yolox_nano", version: detector.modelVersion, backend: `${detector.backend}/${detector.provider}` }]);
    expect(inference[0]!.value).toBe(processed);
    for (const stage of ["queue", "preprocess", "wait", "inference", "postprocess", "track", "risk", "end_to_end"]) {
      expect(v("vigil_stage_latency_seconds_count", { stage }), stage).toBe(processed);
    }
    expect(v("vigil_stage_latency_seconds_sum", { stage: "inference" })).toBeGreaterThan(0);
    expect(v("vigil_model_info", { model: "yolox_nano", version: detector.modelVersion, backend: `${detector.backend}/${detector.provider}` })).toBe(1);
    expect(v("vigil_queue_depth", { queue: "detect" })).toBe(0);

    // Tracks and risk: from the same messages the test saw.
    const lastTracks = tracks.at(-1)!;
    expect(v("vigil_tracks_active", { sensor: "cam0" })).toBe(lastTracks.tracks.filter((t) => t.state === "confirmed").length);
    const everConfirmed = new Set(tracks.flatMap((s) => s.tracks.filter((t) => t.state === "confirmed").map((t) => t.trackId)));
    expect(everConfirmed.size).toBeGreaterThan(0);
    expect(v("vigil_tracks_started_total", { sensor: "cam0" })).toBe(everConfirmed.size);
    expect(v("vigil_risk_level", { sensor: "cam0" })).toBe(risk.at(-1)!.level);
    const perLevel = new Map<string, number>();
    for (const a of risk) perLevel.set(riskLevelName(a.level), (perLevel.get(riskLevelName(a.level)) ?? 0) + 1);
    for (const [level, n] of perLevel) expect(v("vigil_risk_assessments_total", { sensor: "cam0", level }), level).toBe(n);
    expect(samplesOf(families, "vigil_risk_assessments_total").reduce((s, x) => s + x.value, 0)).toBe(processed);

    // Commands: every one the arbiter published, and the fallback state of the last one.
    expect(samplesOf(families, "vigil_commands_total").reduce((s, x) => s + x.value, 0)).toBe(commands.length);
    expect(v("vigil_fallback_active")).toBe(commands.at(-1)!.source === "FALLBACK" ? 1 : 0);
    const triggers = commands.filter((c, i) => c.source === "FALLBACK" && commands[i - 1]?.source !== "FALLBACK").length;
    expect(v("vigil_fallback_triggers_total")).toBe(triggers);

    // Health: the runtime's own view at the scrape instant, and the detector's ladder.
    const reports = pipeline.health.reports(scrapeClock.nowNs());
    expect(samplesOf(families, "vigil_stage_state").map((s) => `${s.labels.stage}/${s.labels.stage_instance}=${s.value}`).sort()).toEqual(
      reports.map((r) => `${r.component}/${r.instance}=${STATE_VALUE[r.state]}`).sort(),
    );
    expect(reports.map((r) => r.component).sort()).toEqual(["arbiter", "detect", "ingest", "ingest", "risk", "track"]);
    const h = detector.health();
    expect(v("vigil_detector_state", { backend: `${h.backend}/${h.provider}` })).toBe(STATE_VALUE[h.state]);
    expect(v("vigil_detector_failovers_total")).toBe(h.failovers);
    // The process metrics share the prefix.
    expect(families.get("vigil_process_cpu_user_seconds_total")?.type).toBe("counter");
  }, 120_000);
});
