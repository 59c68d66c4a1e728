import { Counter, Histogram } from "prom-client";
import { PipelineCounters } from "../observe/index.js";
import type { DetectionSetMessage } from "../publish/index.js";
import type { RiskAssessmentMessage } from "../risk/index.js";
import type { TrackSetMessage } from "../tracking/index.js";
import { LabelBound, OTHER_LABEL } from "./label-bound.js";
import { METRIC_NAMES, type MetricsTarget } from "./metric-names.js";

/** The stages of vigil_stage_latency_seconds, in pipeline order. */
export const LATENCY_STAGES = ["queue", "preprocess", "wait", "inference", "postprocess", "track", "risk", "end_to_end"] as const;
export type LatencyStage = (typeof LATENCY_STAGES)[number];

/** The detection stage's own timings (DetectionSet.timings keys), each a stage of its own. */
const DETECTION_STAGES = ["queue", "preprocess", "wait", "inference", "postprocess"] as const;

/** The model, version and backend that ran a frame. */
export interface ModelLabels {
  model: string;
  version: string;
  backend: string;
}

export interface LatencyMetricsOptions {
  /** Upper bounds of the histogram buckets, in seconds (config metrics.latency_buckets_s). */
  bucketsS: readonly number[];
  /** Most (model, version, backend) label sets; later ones go to (other). */
  maxModels: number;
}

/**
 * Stage latencies from the messages themselves: the detection stage's timings (queue,
 * preprocess, wait, inference, postprocess), the tracker's ("tracking"), the risk stage's
 * (decision time minus the TrackSet's publish time) and end to end (capture to risk decision);
 * and inference latency per model, version and backend. Each hook does a few histogram
 * observations; a negative duration (sensor and runtime clocks apart) is counted, not observed.
 *   const latency = new LatencyMetrics(target, { bucketsS: [0.01, 0.1, 1], maxModels: 16 });
 *   latency.onDetections(set); latency.onTracks(tracks); latency.onRisk(assessment);
 */
export class LatencyMetrics {
  readonly models: LabelBound;
  readonly #stage: Histogram<"stage">;
  readonly #negative: Counter<"stage">;
  readonly #inference: Histogram<"model" | "version" | "backend">;
  /** The newest TrackSet per sensor (its seq and publish time), for the risk stage's own latency. */
  readonly #lastTracks = new Map<string, { seq: bigint; publishTimeNs: bigint }>();
  /** Sensors whose TrackSets are remembered for the risk stage latency; later ones get none (counted). */
  readonly sensors = new LabelBound(METRIC_NAMES.stageLatency, PipelineCounters.MAX_SENSORS);
  #lastModel: ModelLabels | undefined;

  constructor(target: MetricsTarget, options: LatencyMetricsOptions) {
    const { registry, prefix } = target;
    this.models = new LabelBound(METRIC_NAMES.inferenceLatency, options.maxModels);
    this.#stage = new Histogram({
      name: prefix + METRIC_NAMES.stageLatency,
      help: "Per-frame latency of each stage (queue, preprocess, wait, inference, postprocess, track, risk) and end to end (capture to risk decision), seconds",
      labelNames: ["stage"],
      buckets: [...options.bucketsS],
      registers: [registry],
    });
    this.#negative = new Counter({
      name: prefix + METRIC_NAMES.stageLatencyNegative,
      help: "Stage durations that came out negative (sensor and runtime clocks apart) and were not observed",
      labelNames: ["stage"],
      registers: [registry],
    });
    this.#inference = new Histogram({
      name: prefix + METRIC_NAMES.inferenceLatency,
      help: "Model run time per frame (backend session only), seconds, per model, version and backend",
      labelNames: ["model", "version", "backend"],
      buckets: [...options.bucketsS],
      registers: [registry],
    });
  }

  /** The model that ran the newest camera frame (absent before the first). */
  get lastModel(): ModelLabels | undefined {
    return this.#lastModel;
  }

  onDetections(m: DetectionSetMessage): void {
    for (const stage of DETECTION_STAGES) {
      const ns = m.timings[stage];
      if (ns !== undefined) this.#observe(stage, ns);
    }
    const inferenceNs = m.timings.inference;
    // Object lists carry no inference timing: only camera frames ran a model.
    if (inferenceNs === undefined || inferenceNs < 0n) return;
    const last = this.#lastModel;
    if (last === undefined || last.model !== m.modelName || last.version !== m.modelVersion || last.backend !== m.backend) {
      this.#lastModel = { model: m.modelName, version: m.modelVersion, backend: m.backend };
    }
    const labels = this.models.admit(`${m.modelName}\u0000${m.modelVersion}\u0000${m.backend}`)
      ? (this.#lastModel as ModelLabels)
      : { model: OTHER_LABEL, version: OTHER_LABEL, backend: OTHER_LABEL };
    this.#inference.observe(labels, seconds(inferenceNs));
  }

  onTracks(m: TrackSetMessage): void {
    const ns = m.timings.tracking;
    if (ns !== undefined) this.#observe("track", ns);
    // Bounded like the pipeline's sensors: a sensor past the bound gets no risk-stage latency.
    if (this.sensors.admit(m.sensorId)) this.#lastTracks.set(m.sensorId, { seq: m.seq, publishTimeNs: m.publishTimeNs });
  }

  onRisk(m: RiskAssessmentMessage): void {
    const tracks = this.#lastTracks.get(m.sensorId);
    if (tracks !== undefined && tracks.seq === m.seq) this.#observe("risk", m.decisionTimeNs - tracks.publishTimeNs);
    this.#observe("end_to_end", m.decisionTimeNs - m.captureTimeNs);
  }

  #observe(stage: LatencyStage, ns: bigint): void {
    if (ns < 0n) {
      this.#negative.inc({ stage });
      return;
    }
    this.#stage.observe({ stage }, seconds(ns));
  }
}

const seconds = (ns: bigint): number => Number(ns) / 1e9;
