import { Counter, Registry, collectDefaultMetrics } from "prom-client";
import type { ActuationCommandMessage, HeartbeatMessage } from "../../proto/index.js";
import { SystemClock, type Clock } from "../clock/index.js";
import type { CloudLinkCounters } from "../cloud/index.js";
import { MetricsConfigSchema, type MetricsConfig } from "../config/metrics-config.js";
import type { CountersSnapshot } from "../observe/index.js";
import type { DetectionSetMessage } from "../publish/index.js";
import type { RiskAssessmentMessage } from "../risk/index.js";
import type { TrackSetMessage } from "../tracking/index.js";
import { CloudLinkMetrics } from "./cloud-link-metrics.js";
import { CommandMetrics } from "./command-metrics.js";
import { DetectorMetrics, type DetectorView } from "./detector-metrics.js";
import { FrameCounterMetrics } from "./frame-counter-metrics.js";
import type { LabelBound } from "./label-bound.js";
import { LatencyMetrics } from "./latency-metrics.js";
import { METRIC_NAMES, type MetricsTarget } from "./metric-names.js";
import { PipelineStateMetrics } from "./pipeline-state-metrics.js";
import { RiskMetrics } from "./risk-metrics.js";
import { StageStateMetrics, type StageStatus } from "./stage-state-metrics.js";
import { TrackMetrics } from "./track-metrics.js";

/** The RuntimePipeline hooks that feed the metrics (structurally RuntimePipelineDeps' on* hooks). */
export interface MetricsTaps {
  onDetections: (message: DetectionSetMessage) => void;
  onTracks: (message: TrackSetMessage) => void;
  onRisk: (message: RiskAssessmentMessage) => void;
  onCommand: (message: ActuationCommandMessage) => void;
  onHeartbeat: (message: HeartbeatMessage) => void;
}

/** What the metrics read from a running pipeline at scrape time. */
export interface PipelineMetricsSource {
  /** The pipeline's PipelineCounters: `() => pipeline.counters.snapshot()`. */
  counters: () => CountersSnapshot;
  /** Frames in the detection stage (latest-wins slots plus in flight): `() => pipeline.gauge.waiting + pipeline.gauge.inFlight`; queue "detect". */
  queueDepth?: () => number;
  /** Other queues by name (fixed names only: each is a label value). */
  queues?: Readonly<Record<string, () => number>>;
  /** The pipeline's detector (or the agent's ModelSlot); absent for object-list pipelines. */
  detector?: () => DetectorView | undefined;
  /** The runtime's health (RuntimeHealth): stage states at scrape time instead of from heartbeats. */
  health?: { reports(nowNs: bigint): readonly StageStatus[] };
}

/** What the metrics read from the cloud link at scrape time. */
export interface CloudMetricsSource {
  /** `() => link.counters()` */
  counters: () => CloudLinkCounters;
}

export interface RuntimeMetricsOptions {
  /** Where the families are registered; default a new Registry (the local API serves it at /metrics). */
  registry?: Registry;
  /** The parsed `metrics` section; default every default. */
  config?: MetricsConfig;
  /** Stage health at scrape time is judged as of clock.nowNs(); default SystemClock. */
  clock?: Clock;
}

/**
 * The runtime's Prometheus metrics on one prom-client Registry: frame counters read from
 * PipelineCounters at scrape time, stage and inference latency histograms, queue depths,
 * tracks, risk levels, commands and fallback, stage and detector health, and the cloud link.
 * Hooks do constant work per message; everything else is read when scraped.
 *   const metrics = new RuntimeMetrics({ config: config.metrics, clock });
 *   const p = await RuntimePipeline.start(config, { detector, clock, logger, ...metrics.taps() });
 *   metrics.attachPipeline({ counters: () => p.counters.snapshot(), queueDepth: () => p.gauge.waiting + p.gauge.inFlight, detector: () => detector, health: p.health });
 *   const text = await metrics.metricsText();
 */
export class RuntimeMetrics {
  readonly registry: Registry;
  readonly prefix: string;
  readonly #target: MetricsTarget;
  readonly #clock: Clock;
  readonly #frames: FrameCounterMetrics;
  readonly #latency: LatencyMetrics;
  readonly #tracks: TrackMetrics;
  readonly #risk: RiskMetrics;
  readonly #commands: CommandMetrics;
  readonly #stages: StageStateMetrics;
  readonly #state: PipelineStateMetrics;
  readonly #bounds: LabelBound[];
  #detector: (() => DetectorView | undefined) | undefined;
  #detectorMetrics: DetectorMetrics | undefined;
  #cloud: (() => CloudLinkCounters) | undefined;

  constructor({ registry = new Registry(), config = MetricsConfigSchema.parse({}), clock = new SystemClock() }: RuntimeMetricsOptions = {}) {
    this.registry = registry;
    this.prefix = config.prefix;
    this.#clock = clock;
    const target: MetricsTarget = { registry, prefix: config.prefix };
    this.#target = target;
    this.#frames = new FrameCounterMetrics(target);
    this.#latency = new LatencyMetrics(target, { bucketsS: config.latency_buckets_s, maxModels: config.max_models });
    this.#tracks = new TrackMetrics(target);
    this.#risk = new RiskMetrics(target);
    this.#commands = new CommandMetrics(target);
    this.#stages = new StageStateMetrics(target);
    this.#state = new PipelineStateMetrics(target, () => this.#latency.lastModel);
    this.#bounds = [this.#latency.models, this.#latency.sensors, this.#tracks.sensors, this.#risk.sensors, this.#stages.instances];
    const overflow: Counter<"metric"> = new Counter({
      name: config.prefix + METRIC_NAMES.labelOverflow,
      help: "Observations counted under the (other) label because a family's label bound was full, per family",
      labelNames: ["metric"],
      registers: [registry],
      collect: () => {
        overflow.reset();
        for (const b of this.#bounds) if (b.overflowed > 0) overflow.inc({ metric: config.prefix + b.metric }, b.overflowed);
      },
    });
    if (config.default_metrics) collectDefaultMetrics({ register: registry, prefix: config.prefix });
  }

  /**
   * Pipeline hooks, merged with hooks the caller already has (each of theirs runs first).
   *   RuntimePipeline.start(config, { ..., ...metrics.taps(recordingTaps(recorder)) })
   */
  taps(also: Partial<MetricsTaps> = {}): MetricsTaps {
    return {
      onDetections: (m) => {
        also.onDetections?.(m);
        this.#latency.onDetections(m);
      },
      onTracks: (m) => {
        also.onTracks?.(m);
        this.#latency.onTracks(m);
        this.#tracks.onTracks(m);
      },
      onRisk: (m) => {
        also.onRisk?.(m);
        this.#latency.onRisk(m);
        this.#risk.onRisk(m);
      },
      onCommand: (m) => {
        also.onCommand?.(m);
        this.#commands.onCommand(m);
      },
      onHeartbeat: (m) => {
        also.onHeartbeat?.(m);
        this.#stages.onHeartbeat(m);
      },
    };
  }

  /** Reads the running pipeline at scrape time; a later call replaces the earlier source. */
  attachPipeline(source: PipelineMetricsSource): void {
    this.#frames.source = source.counters;
    const queues: Record<string, () => number> = { ...source.queues };
    if (source.queueDepth !== undefined) queues.detect = source.queueDepth;
    this.#state.queues = queues;
    this.#detector = source.detector;
    this.#state.detector = source.detector;
    const health = source.health;
    this.#stages.source = health === undefined ? undefined : () => health.reports(this.#clock.nowNs());
    if (source.detector !== undefined && this.#detectorMetrics === undefined) {
      this.#detectorMetrics = new DetectorMetrics(this.#target, () => this.#detector?.());
    }
  }

  /** Reads the cloud link at scrape time (registers the mqtt_* and outbox_* families); a later call replaces the source. */
  attachCloud(source: CloudMetricsSource): void {
    const first = this.#cloud === undefined;
    this.#cloud = source.counters;
    if (!first) return;
    const cloud = new CloudLinkMetrics(this.#target, () => (this.#cloud as () => CloudLinkCounters)());
    this.#bounds.push(cloud.classes);
  }

  /** The registry in the Prometheus text format. */
  metricsText(): Promise<string> {
    return this.registry.metrics();
  }

  /** The Content-Type of metricsText(). */
  get contentType(): string {
    return this.registry.contentType;
  }
}
