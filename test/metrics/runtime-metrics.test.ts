// RuntimeMetrics fed synthetic messages: label bounds, the fallback gauge, track and risk
// families, heartbeat states, the detector and the cloud link, read back through the strict
// Prometheus text parser.
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import type { ActuationCommandMessage, CommandKindName, CommandSourceName, HealthStateName, HeartbeatComponent } from "../../proto/index.js";
import type { CloudLinkCounters } from "../../runtime/cloud/index.js";
import { MetricsConfigSchema } from "../../runtime/config/metrics-config.js";
import { LabelBound, OTHER_LABEL, RuntimeMetrics, type DetectorView } from "../../runtime/metrics/index.js";
import { PipelineCounters } from "../../runtime/observe/index.js";
import type { DetectorHealth } from "../../runtime/perception/index.js";
import type { DetectionSetMessage } from "../../runtime/publish/index.js";
import { RiskLevel, type RiskAssessmentMessage } from "../../runtime/risk/index.js";
import type { TrackMessage, TrackSetMessage } from "../../runtime/tracking/index.js";
import { parsePrometheusText, sampleValue, samplesOf, type MetricFamily } from "./prometheus-text.js";

const config = (over: Record<string, unknown> = {}) => MetricsConfigSchema.parse({ default_metrics: false, ...over });

async function scrape(metrics: RuntimeMetrics): Promise<Map<string, MetricFamily>> {
  return parsePrometheusText(await metrics.metricsText());
}

const command = (source: CommandSourceName, kind: CommandKindName, seq: number): ActuationCommandMessage => ({
  machineId: "fl-7",
  seq: BigInt(seq),
  issuedTimeNs: BigInt(seq) * 50_000_000n,
  validUntilNs: BigInt(seq) * 50_000_000n + 1_000_000_000n,
  kind,
  source,
  maxSpeedMps: kind === "SLOW" ? 1 : 0,
  reason: "",
  assessmentId: "",
  origin: "test",
});

const detections = (sensorId: string, seq: number, model: { name: string; version: string; backend: string }, inferenceMs?: number): DetectionSetMessage => ({
  sensorId,
  seq: BigInt(seq),
  captureTimeNs: 1_000_000_000n,
  publishTimeNs: 1_050_000_000n,
  modelName: model.name,
  modelVersion: model.version,
  backend: model.backend,
  frameWidth: 640,
  frameHeight: 480,
  detections: [],
  timings:
    inferenceMs === undefined
      ? { total: 1_000_000n }
      : { queue: 2_000_000n, preprocess: 4_000_000n, wait: 0n, inference: BigInt(inferenceMs * 1e6), postprocess: 1_000_000n, total: 40_000_000n },
});

const track = (trackId: number, state: TrackMessage["state"]): TrackMessage => ({
  trackId,
  classId: 0,
  label: "person",
  score: 0.9,
  box: [0, 0, 10, 10],
  velocity: [0, 0],
  ageNs: 0n,
  hits: 3,
  state,
});

const trackSet = (sensorId: string, seq: number, tracks: TrackMessage[], publishTimeNs = 1_060_000_000n): TrackSetMessage => ({
  sensorId,
  seq: BigInt(seq),
  captureTimeNs: 1_000_000_000n,
  publishTimeNs,
  modelName: "m",
  modelVersion: "1",
  tracks,
  timings: { tracking: 3_000_000n },
});

const assessment = (sensorId: string, seq: number, level: RiskLevel, decisionTimeNs = 1_070_000_000n, captureTimeNs = 1_000_000_000n): RiskAssessmentMessage => ({
  assessmentId: `${sensorId}:${seq}`,
  sensorId,
  seq: BigInt(seq),
  captureTimeNs,
  decisionTimeNs,
  level,
  rawLevel: level,
  factors: [],
  modelName: "m",
  modelVersion: "1",
  degradedInput: false,
});

describe("RuntimeMetrics", () => {
  it("fallback_active follows the source of the newest command; triggers count switches to FALLBACK, commands count per source and kind", async () => {
    const metrics = new RuntimeMetrics({ config: config() });
    const { onCommand } = metrics.taps();
    const steps: [CommandSourceName, CommandKindName, number, number][] = [
      // source, kind, fallback_active after it, triggers after it
      ["PERCEPTION", "PROCEED", 0, 0],
      ["PERCEPTION", "SLOW", 0, 0],
      ["FALLBACK", "SAFE_STOP", 1, 1],
      ["FALLBACK", "SAFE_STOP", 1, 1],
      ["OPERATOR", "STOP", 0, 1],
      ["FALLBACK", "SAFE_STOP", 1, 2],
      ["PERCEPTION", "PROCEED", 0, 2],
    ];
    let f = await scrape(metrics);
    expect(sampleValue(f, "vigil_fallback_active")).toBe(0);
    expect(sampleValue(f, "vigil_fallback_triggers_total")).toBe(0);
    for (const [i, [source, kind, active, triggers]] of steps.entries()) {
      onCommand(command(source, kind, i + 1));
      f = await scrape(metrics);
      expect(sampleValue(f, "vigil_fallback_active"), `after step ${i}`).toBe(active);
      expect(sampleValue(f, "vigil_fallback_triggers_total"), `after step ${i}`).toBe(triggers);
    }
    expect(Object.fromEntries(samplesOf(f, "vigil_commands_total").map((s) => [`${s.labels.source}/${s.labels.kind}`, s.value]))).toEqual({
      "PERCEPTION/PROCEED": 2,
      "PERCEPTION/SLOW": 1,
      "FALLBACK/SAFE_STOP": 3,
      "OPERATOR/STOP": 1,
    });
  });

  it("bounds the inference histogram to max_models label sets; later ones go to (other) and are counted", async () => {
    const metrics = new RuntimeMetrics({ config: config({ max_models: 2, latency_buckets_s: [0.01, 0.05, 0.1] }) });
    const { onDetections } = metrics.taps();
    // 1.0.0 x3, 1.1.0 x2, then 2.0.0 x4 and 3.0.0 x1 past the bound; 1.0.0 once more (still its own).
    const order = ["1.0.0", "1.0.0", "1.1.0", "1.0.0", "1.1.0", "2.0.0", "2.0.0", "3.0.0", "2.0.0", "2.0.0", "1.0.0"];
    order.forEach((version, i) => onDetections(detections("cam0", i + 1, { name: "yolox_nano", version, backend: "onnx-node/cpu" }, 30)));
    // An object list has no inference timing: no inference observation.
    onDetections(detections("radar0", 1, { name: "sensor-objects", version: "", backend: "sensor" }));
    const f = await scrape(metrics);
    const counts = Object.fromEntries(samplesOf(f, "vigil_inference_latency_seconds_count").map((s) => [`${s.labels.model}@${s.labels.version}@${s.labels.backend}`, s.value]));
    expect(counts).toEqual({
      "yolox_nano@1.0.0@onnx-node/cpu": 4,
      "yolox_nano@1.1.0@onnx-node/cpu": 2,
      [`${OTHER_LABEL}@${OTHER_LABEL}@${OTHER_LABEL}`]: 5,
    });
    expect(sampleValue(f, "vigil_metric_label_overflow_total", { metric: "vigil_inference_latency_seconds" })).toBe(5);
    // 30 ms lands in the 0.05 bucket of every label set.
    expect(sampleValue(f, "vigil_inference_latency_seconds_bucket", { le: "0.01", model: "yolox_nano", version: "1.0.0", backend: "onnx-node/cpu" })).toBe(0);
    expect(sampleValue(f, "vigil_inference_latency_seconds_bucket", { le: "0.05", model: "yolox_nano", version: "1.0.0", backend: "onnx-node/cpu" })).toBe(4);
    expect(sampleValue(f, "vigil_stage_latency_seconds_count", { stage: "inference" })).toBe(order.length);
    expect(sampleValue(f, "vigil_stage_latency_seconds_sum", { stage: "preprocess" })).toBeCloseTo(order.length * 0.004, 9);
    // model_info without a detector: the model of the newest camera frame.
    expect(samplesOf(f, "vigil_model_info")).toEqual([{ name: "vigil_model_info", labels: { model: "yolox_nano", version: "1.0.0", backend: "onnx-node/cpu" }, value: 1 }]);
  });

  it("bounds per-sensor track and risk series to PipelineCounters.MAX_SENSORS, then (other)", async () => {
    const metrics = new RuntimeMetrics({ config: config() });
    const taps = metrics.taps();
    const n = PipelineCounters.MAX_SENSORS + 6;
    for (let i = 0; i < n; i++) {
      taps.onTracks(trackSet(`cam${i}`, 1, [track(1, "confirmed")]));
      taps.onRisk(assessment(`cam${i}`, 1, RiskLevel.RISK_LEVEL_CAUTION));
    }
    const f = await scrape(metrics);
    const active = samplesOf(f, "vigil_tracks_active");
    expect(active).toHaveLength(PipelineCounters.MAX_SENSORS + 1);
    expect(active.filter((s) => s.labels.sensor === OTHER_LABEL)).toHaveLength(1);
    expect(samplesOf(f, "vigil_risk_level")).toHaveLength(PipelineCounters.MAX_SENSORS + 1);
    expect(sampleValue(f, "vigil_risk_assessments_total", { sensor: OTHER_LABEL, level: "CAUTION" })).toBe(6);
    expect(sampleValue(f, "vigil_risk_assessments_total", { sensor: "cam0", level: "CAUTION" })).toBe(1);
    expect(sampleValue(f, "vigil_metric_label_overflow_total", { metric: "vigil_tracks_active" })).toBe(6);
    expect(sampleValue(f, "vigil_metric_label_overflow_total", { metric: "vigil_risk_level" })).toBe(6);
    // The first 64 sensors keep their risk-stage latency; the 6 past the bound are counted, not remembered.
    expect(sampleValue(f, "vigil_stage_latency_seconds_count", { stage: "risk" })).toBe(PipelineCounters.MAX_SENSORS);
    expect(sampleValue(f, "vigil_metric_label_overflow_total", { metric: "vigil_stage_latency_seconds" })).toBe(6);
    expect(sampleValue(f, "vigil_stage_latency_seconds_count", { stage: "end_to_end" })).toBe(n);
  });

  it("counts a track once when first confirmed, and sets active, risk level and the risk and end-to-end latencies from the messages", async () => {
    const metrics = new RuntimeMetrics({ config: config({ latency_buckets_s: [0.005, 0.01, 0.1] }) });
    const taps = metrics.taps();
    taps.onTracks(trackSet("cam0", 1, [track(1, "tentative"), track(2, "confirmed")]));
    taps.onTracks(trackSet("cam0", 2, [track(1, "confirmed"), track(2, "lost"), track(3, "tentative")]));
    taps.onTracks(trackSet("cam0", 3, [track(1, "confirmed"), track(2, "confirmed"), track(3, "confirmed")]));
    // Risk decided 10 ms after the TrackSet was published, 70 ms after capture.
    taps.onRisk(assessment("cam0", 3, RiskLevel.RISK_LEVEL_DANGER));
    // A decision before the capture (sensor clock ahead): counted, not observed.
    taps.onRisk(assessment("cam0", 4, RiskLevel.RISK_LEVEL_WARNING, 1_000_000_000n, 1_200_000_000n));
    const f = await scrape(metrics);
    expect(sampleValue(f, "vigil_tracks_started_total", { sensor: "cam0" })).toBe(3);
    expect(sampleValue(f, "vigil_tracks_active", { sensor: "cam0" })).toBe(3);
    expect(sampleValue(f, "vigil_risk_level", { sensor: "cam0" })).toBe(3);
    expect(sampleValue(f, "vigil_risk_assessments_total", { sensor: "cam0", level: "DANGER" })).toBe(1);
    expect(sampleValue(f, "vigil_risk_assessments_total", { sensor: "cam0", level: "WARNING" })).toBe(1);
    expect(sampleValue(f, "vigil_stage_latency_seconds_count", { stage: "risk" })).toBe(1);
    expect(sampleValue(f, "vigil_stage_latency_seconds_sum", { stage: "risk" })).toBeCloseTo(0.01, 9);
    expect(sampleValue(f, "vigil_stage_latency_seconds_count", { stage: "end_to_end" })).toBe(1);
    expect(sampleValue(f, "vigil_stage_latency_seconds_sum", { stage: "end_to_end" })).toBeCloseTo(0.07, 9);
    expect(sampleValue(f, "vigil_stage_latency_negative_total", { stage: "end_to_end" })).toBe(1);
    expect(sampleValue(f, "vigil_stage_latency_seconds_count", { stage: "track" })).toBe(3);
  });

  it("takes stage states from heartbeats when no health source is attached, and frame counters from PipelineCounters at scrape time", async () => {
    const metrics = new RuntimeMetrics({ config: config() });
    const { onHeartbeat } = metrics.taps();
    const beat = (component: HeartbeatComponent, instance: string, state: HealthStateName) =>
      onHeartbeat({ component, instance, seq: 1n, timeNs: 0n, state, reason: "", frameAgeNs: -1n, latencyNs: 0n, queueDepth: 0, counters: {} });
    beat("ingest", "cam0", "OK");
    beat("detect", "p", "DEGRADED");
    beat("track", "p", "OK");
    beat("ingest", "cam0", "FAILED");
    const counters = new PipelineCounters();
    metrics.attachPipeline({ counters: () => counters.snapshot(), queueDepth: () => 2, queues: { publish: () => 5 } });
    counters.received("cam0");
    counters.outcome("cam0", "processed");
    counters.received("cam0");
    counters.rejected("FRAME_TOO_LARGE");
    counters.rejected("FRAME_UNKNOWN_ENCODING", "cam1");
    let f = await scrape(metrics);
    expect(Object.fromEntries(samplesOf(f, "vigil_stage_state").map((s) => [`${s.labels.stage}/${s.labels.stage_instance}`, s.value]))).toEqual({
      "ingest/cam0": 2,
      "detect/p": 1,
      "track/p": 0,
    });
    expect(sampleValue(f, "vigil_frames_received_total", { sensor: "cam0" })).toBe(2);
    expect(sampleValue(f, "vigil_frames_pending", { sensor: "cam0" })).toBe(1);
    expect(sampleValue(f, "vigil_frames_received_total", { sensor: "cam1" })).toBe(1);
    expect(sampleValue(f, "vigil_frames_rejected_total", { sensor: "cam1" })).toBe(1);
    expect(sampleValue(f, "vigil_frames_rejected_total", { sensor: "" })).toBe(1);
    expect(sampleValue(f, "vigil_frames_rejected_by_reason_total", { reason: "FRAME_TOO_LARGE" })).toBe(1);
    expect(sampleValue(f, "vigil_frames_rejected_by_reason_total", { reason: "FRAME_UNKNOWN_ENCODING" })).toBe(1);
    expect(sampleValue(f, "vigil_queue_depth", { queue: "detect" })).toBe(2);
    expect(sampleValue(f, "vigil_queue_depth", { queue: "publish" })).toBe(5);
    // Read again: the same counts, not doubled.
    counters.outcome("cam0", "dropped");
    f = await scrape(metrics);
    expect(sampleValue(f, "vigil_frames_received_total", { sensor: "cam0" })).toBe(2);
    expect(sampleValue(f, "vigil_frames_dropped_total", { sensor: "cam0" })).toBe(1);
    expect(sampleValue(f, "vigil_frames_pending", { sensor: "cam0" })).toBe(0);
    // No detector attached: no detector families at all.
    expect(f.has("vigil_detector_state")).toBe(false);
  });

  it("reads the detector's ladder and the cloud link at scrape time, under a custom prefix on a given registry", async () => {
    const registry = new Registry();
    const metrics = new RuntimeMetrics({ registry, config: config({ prefix: "edge_" }) });
    expect(metrics.registry).toBe(registry);
    let health: DetectorHealth = { state: "OK", reasons: [], backend: "onnx-node", provider: "cpu", failovers: 0, timeouts: 0, retries: 0 };
    const detector: DetectorView = { modelName: "yolox_nano", modelVersion: "1.2.0", backend: "onnx-node", provider: "cpu", health: () => health };
    metrics.attachPipeline({ counters: () => new PipelineCounters().snapshot(), detector: () => detector });
    let link: CloudLinkCounters = {
      state: "online",
      published: 10,
      acked: 8,
      inflight: 2,
      publishErrors: 0,
      ackErrors: 0,
      statusPublished: 1,
      connects: 1,
      reconnects: 0,
      connectErrors: 0,
      commandsReceived: 0,
      commandErrors: 0,
      outbox: { appended: 10, acked: 8, droppedByClass: {}, rejectedFull: 0, tornTails: 0, bytes: 512, records: 2, segments: 1 },
    };
    metrics.attachCloud({ counters: () => link });
    let f = await scrape(metrics);
    expect(sampleValue(f, "edge_detector_state", { backend: "onnx-node/cpu" })).toBe(0);
    expect(sampleValue(f, "edge_model_info", { model: "yolox_nano", version: "1.2.0", backend: "onnx-node/cpu" })).toBe(1);
    expect(sampleValue(f, "edge_mqtt_connected")).toBe(1);
    expect(sampleValue(f, "edge_mqtt_published_total")).toBe(10);
    expect(sampleValue(f, "edge_mqtt_acked_total")).toBe(8);
    expect(sampleValue(f, "edge_outbox_records")).toBe(2);
    expect(sampleValue(f, "edge_outbox_bytes")).toBe(512);
    expect(samplesOf(f, "edge_outbox_dropped_total")).toEqual([]);

    health = { ...health, state: "DEGRADED", reasons: ["BACKEND_FAILOVER"], backend: "onnx-wasm", provider: "wasm", failovers: 1, timeouts: 1 };
    link = { ...link, state: "offline", reconnects: 2, outbox: { ...link.outbox, droppedByClass: { telemetry: 7 }, records: 30, bytes: 9000 } };
    f = await scrape(metrics);
    expect(samplesOf(f, "edge_detector_state")).toEqual([{ name: "edge_detector_state", labels: { backend: "onnx-wasm/wasm" }, value: 1 }]);
    expect(sampleValue(f, "edge_detector_failovers_total")).toBe(1);
    expect(sampleValue(f, "edge_detector_timeouts_total")).toBe(1);
    expect(sampleValue(f, "edge_mqtt_connected")).toBe(0);
    expect(sampleValue(f, "edge_mqtt_reconnects_total")).toBe(2);
    expect(sampleValue(f, "edge_outbox_dropped_total", { class: "telemetry" })).toBe(7);
    expect(sampleValue(f, "edge_outbox_records")).toBe(30);
    expect([...f.keys()].every((name) => name.startsWith("edge_"))).toBe(true);
  });

  it("LabelBound admits the first max keys, keeps them, and counts the rest", () => {
    const b = new LabelBound("x", 2);
    expect(["a", "b", "c", "a", "d", "b"].map((k) => b.label(k))).toEqual(["a", "b", OTHER_LABEL, "a", OTHER_LABEL, "b"]);
    expect([b.size, b.overflowed]).toEqual([2, 2]);
    expect(() => new LabelBound("x", 0)).toThrow(RangeError);
  });
});

describe("the strict Prometheus text parser used here", () => {
  const ok = "# HELP h x\n# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_sum 3\nh_count 2\n";
  it("reads a valid histogram", () => {
    expect(sampleValue(parsePrometheusText(ok), "h_count")).toBe(2);
  });
  it.each([
    ["+Inf bucket differs from _count", ok.replace("h_count 2", "h_count 3"), /\+Inf bucket/],
    ["falling bucket counts", ok.replace('h_bucket{le="1"} 1', 'h_bucket{le="1"} 5'), /bucket counts fall/],
    ["a sample of an undeclared family", "x 1\n", /undeclared/],
    ["a duplicate series", "# TYPE g gauge\ng{a=\"1\"} 1\ng{a=\"1\"} 2\n", /duplicate/],
    ["an unquoted label value", "# TYPE g gauge\ng{a=1} 1\n", /not quoted/],
    ["a stray comment", "# nothing\n", /neither/],
    ["a negative counter", "# TYPE c counter\nc -1\n", /counter/],
  ])("refuses %s", (_, text, error) => {
    expect(() => parsePrometheusText(text)).toThrow(error);
  });
});
