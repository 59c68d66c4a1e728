import { NO_FRAME_YET, type HealthStateName, type HeartbeatComponent, type HeartbeatMessage } from "../../proto/index.js";
import type { Clock } from "../clock/index.js";
import { msToNs } from "../clock/index.js";
import { isVigilError, type FrameRejectCode } from "../errors/index.js";
import type { CounterListener } from "../observe/index.js";
import type { ImageInput } from "../perception/index.js";
import type { HealthConfig } from "./health-config.js";
import { frameStatistics, SensorHealthMonitor, thumbnailFor, type FrameStatistics } from "./sensor-health.js";
import { SlidingWindowCount } from "./sliding-window-count.js";

/** A heartbeat before the publisher numbers it. */
export type HeartbeatReport = Omit<HeartbeatMessage, "seq">;

/** What the detector says about its own backends (the degradation ladder). */
export interface DetectorHealthSource {
  health?(): { state: HealthStateName; reasons: readonly string[] };
}

/** Receives the statistics of each frame the image checks ran on (drift monitoring reuses them instead of decoding again). */
export type ImageStatisticsListener = (sensorId: string, stats: FrameStatistics) => void;

/** The ingest instance that covers all traffic, including messages no sensor can be named for. */
export const ALL_SENSORS = "*";

export interface RuntimeHealthOptions {
  /** The pipeline name: the instance of every stage but ingest. */
  name: string;
  config: HealthConfig;
  clock: Clock;
  /** Sensors named in the pipeline file: watched from the start (silent until their first frame). */
  sensors: Readonly<Record<string, { nominal_fps?: number; max_frame_age_ms?: number }>>;
  /** The age limit of sensors without their own. */
  maxFrameAgeMs: number;
  /** With no sensors named, at most this many are watched as they appear (more count only under "*"). */
  maxSensors: number;
  /** Which stages exist in this pipeline, so only those publish heartbeats. */
  stages: { detect: boolean; arbiter: boolean };
  detector?: DetectorHealthSource;
  /** Frames waiting and in flight in the detection stage. */
  detectQueueDepth?: () => number;
  /** An image check failed for another reason than an undecodable frame (logged by the caller). */
  onImageCheckError?: (sensorId: string, err: unknown) => void;
  /** Each checked frame's thumbnail statistics (every image.every_n_frames-th frame, none while a sensor's check is busy). */
  onImageStatistics?: ImageStatisticsListener;
}

interface SensorLink {
  readonly arrivals: SlidingWindowCount;
  readonly rejects: SlidingWindowCount;
  newestCaptureNs: bigint | undefined;
  latencyNs: bigint;
  received: number;
  rejected: number;
  readonly nominalFps: number | undefined;
  readonly maxAgeNs: bigint;
  image: SensorHealthMonitor | undefined;
  imageReasons: readonly string[];
  /** A check is running: the next frame's is skipped. */
  imageBusy: boolean;
  imageErrors: number;
  /** Processed frames offered to the image checks. */
  imageFrames: number;
}

interface StageProbe {
  newestCaptureNs: bigint | undefined;
  latencyNs: bigint;
  handled: number;
  reasons: readonly string[];
}

type Stage = Exclude<HeartbeatComponent, "ingest">;

/**
 * The runtime's view of its own health: per-sensor link checks (reject rate, rate above
 * nominal, image checks, silence) and per-stage progress (newest frame, latency), turned
 * into heartbeats and into the degraded reasons attached to each DetectionSet.
 * Bounded: at most the configured sensors plus maxSensors links; rates over health.window_ms.
 *   const health = new RuntimeHealth({ name, config: config.health, clock, sensors: config.sensors, ... });
 *   const counters = new PipelineCounters(health.counterListener);
 *   heartbeatPublisher.publish(health.reports(clock.nowNs()));
 */
export class RuntimeHealth {
  readonly #options: RuntimeHealthOptions;
  readonly #windowNs: bigint;
  readonly #links = new Map<string, SensorLink>();
  readonly #all: SensorLink;
  readonly #dynamicLimit: number;
  #dynamic = 0;
  readonly #stages = new Map<Stage, StageProbe>();
  readonly #detectDropped: SlidingWindowCount;
  readonly #detectOutcomes: SlidingWindowCount;
  readonly #detectProcessed: SlidingWindowCount;
  readonly #imageListeners: ImageStatisticsListener[] = [];

  constructor(options: RuntimeHealthOptions) {
    this.#options = options;
    if (options.onImageStatistics !== undefined) this.#imageListeners.push(options.onImageStatistics);
    this.#windowNs = msToNs(options.config.window_ms);
    this.#all = this.#newLink(undefined, msToNs(options.maxFrameAgeMs));
    for (const [id, sensor] of Object.entries(options.sensors)) {
      this.#links.set(id, this.#newLink(sensor.nominal_fps, msToNs(sensor.max_frame_age_ms ?? options.maxFrameAgeMs)));
    }
    // With a sensor list, admission refuses every other sensor: no links for them.
    this.#dynamicLimit = Object.keys(options.sensors).length > 0 ? 0 : options.maxSensors;
    const stages: Stage[] = ["track", "risk", ...(options.stages.detect ? (["detect"] as const) : []), ...(options.stages.arbiter ? (["arbiter"] as const) : [])];
    for (const stage of stages) this.#stages.set(stage, { newestCaptureNs: undefined, latencyNs: 0n, handled: 0, reasons: [] });
    this.#detectDropped = new SlidingWindowCount(this.#windowNs);
    this.#detectOutcomes = new SlidingWindowCount(this.#windowNs);
    this.#detectProcessed = new SlidingWindowCount(this.#windowNs);
  }

  /** Pass to `new PipelineCounters(...)`: arrivals, rejects and detection outcomes feed the rate checks. */
  readonly counterListener: CounterListener = {
    received: (sensorId) => {
      const now = this.#options.clock.nowNs();
      this.#arrival(this.#all, now);
      const link = this.#link(sensorId);
      if (link !== undefined) this.#arrival(link, now);
    },
    rejected: (_code: FrameRejectCode, sensorId, afterReceive) => {
      const now = this.#options.clock.nowNs();
      if (!afterReceive) this.#arrival(this.#all, now);
      this.#reject(this.#all, now);
      const link = sensorId === undefined ? undefined : this.#link(sensorId);
      if (link === undefined) return;
      if (!afterReceive) this.#arrival(link, now);
      this.#reject(link, now);
    },
    outcome: (_sensorId, outcome) => {
      if (!this.#options.stages.detect) return;
      const now = this.#options.clock.nowNs();
      this.#detectOutcomes.add(now);
      if (outcome === "dropped") this.#detectDropped.add(now);
      if (outcome === "processed") this.#detectProcessed.add(now);
    },
  };

  /**
   * Adds a listener for each checked frame's thumbnail statistics (as the onImageStatistics
   * option does), e.g. on a running pipeline's health. A listener that throws is reported
   * through onImageCheckError.
   */
  onImageStatistics(listener: ImageStatisticsListener): void {
    this.#imageListeners.push(listener);
  }

  /** A frame or object list passed validation and admission. */
  noteAccepted(sensorId: string, captureTimeNs: bigint, receivedNs: bigint): void {
    for (const link of [this.#all, this.#link(sensorId)]) {
      if (link === undefined) continue;
      if (link.newestCaptureNs === undefined || captureTimeNs > link.newestCaptureNs) link.newestCaptureNs = captureTimeNs;
      link.latencyNs = receivedNs - captureTimeNs;
    }
  }

  /** A stage emitted its result for a frame captured at captureTimeNs. */
  noteStage(stage: Stage, captureTimeNs: bigint, latencyNs: bigint, reasons: readonly string[] = []): void {
    const probe = this.#stages.get(stage);
    if (probe === undefined) return;
    if (probe.newestCaptureNs === undefined || captureTimeNs > probe.newestCaptureNs) probe.newestCaptureNs = captureTimeNs;
    probe.latencyNs = latencyNs;
    probe.handled++;
    probe.reasons = reasons;
  }

  /**
   * Starts the image checks on a frame in the background, unless the sensor's previous check
   * is still running (at most one thumbnail in flight per sensor: the checks never queue, and
   * never sit on the frame's latency path). Never rejects; a frame that cannot be decoded is
   * counted (and rejected by preprocessing anyway).
   */
  startImageCheck(sensorId: string, image: ImageInput): void {
    const link = this.#link(sensorId);
    if (link === undefined || link.imageBusy) return;
    link.imageBusy = true;
    this.checkImage(sensorId, image).then(
      () => (link.imageBusy = false),
      (err: unknown) => {
        link.imageBusy = false;
        // Preprocessing rejects and counts the same frame (FRAME_UNDECODABLE); here it is only noted.
        link.imageErrors++;
        if (!isVigilError(err, "FRAME_UNDECODABLE")) this.#options.onImageCheckError?.(sensorId, err);
      },
    );
  }

  /**
   * Runs the image checks (frozen, black, overexposed, low contrast, blurred) on a camera
   * frame's thumbnail and records the sensor's reasons. Decoding errors are the caller's
   * (the same frame fails preprocessing with FRAME_UNDECODABLE).
   */
  async checkImage(sensorId: string, image: ImageInput): Promise<void> {
    const imageConfig = this.#options.config.image;
    if (!imageConfig.enabled) return;
    const link = this.#link(sensorId);
    if (link === undefined || link.imageFrames++ % imageConfig.every_n_frames !== 0) return;
    const thumb = await thumbnailFor(image);
    link.image ??= new SensorHealthMonitor(imageConfig);
    const stats = frameStatistics(thumb.pixels, thumb.width, thumb.height, thumb.channels);
    link.imageReasons = link.image.update(stats).reasons;
    for (const listener of this.#imageListeners) listener(sensorId, stats);
  }

  /**
   * Why results from this sensor are not fully trusted right now: its link and image
   * reasons, and for camera frames the detector's (failover) and overload. Empty when healthy.
   */
  degradedReasons(sensorId: string, camera: boolean): string[] {
    const now = this.#options.clock.nowNs();
    const link = this.#link(sensorId);
    const reasons = link === undefined ? [] : this.#linkStatus(link, now).reasons;
    if (camera) reasons.push(...this.#detectStatus(now).reasons);
    return [...new Set(reasons)];
  }

  /** One report per ingest instance ("*" and each sensor) and per stage, as of nowNs. */
  reports(nowNs: bigint): HeartbeatReport[] {
    const out: HeartbeatReport[] = [this.#ingestReport(ALL_SENSORS, this.#all, nowNs)];
    for (const [id, link] of this.#links) out.push(this.#ingestReport(id, link, nowNs));
    for (const [stage, probe] of this.#stages) {
      const status = stage === "detect" ? this.#detectStatus(nowNs) : { state: stateOf(probe.reasons, false), reasons: [...probe.reasons] };
      const counters: Record<string, number> = { handled: probe.handled };
      if (stage === "detect") {
        const outcomes = this.#detectOutcomes.sum(nowNs);
        counters.fps = this.#detectProcessed.sum(nowNs) / this.#detectProcessed.windowS;
        counters.dropped_fraction = outcomes === 0 ? 0 : this.#detectDropped.sum(nowNs) / outcomes;
      }
      out.push({
        component: stage,
        instance: this.#options.name,
        timeNs: nowNs,
        state: status.state,
        reason: status.reasons.join(","),
        frameAgeNs: ageOf(probe.newestCaptureNs, nowNs),
        latencyNs: probe.latencyNs,
        queueDepth: stage === "detect" ? (this.#options.detectQueueDepth?.() ?? 0) : 0,
        counters,
      });
    }
    return out;
  }

  #ingestReport(instance: string, link: SensorLink, nowNs: bigint): HeartbeatReport {
    const status = this.#linkStatus(link, nowNs);
    const arrivals = link.arrivals.sum(nowNs);
    return {
      component: "ingest",
      instance,
      timeNs: nowNs,
      state: status.state,
      reason: status.reasons.join(","),
      frameAgeNs: ageOf(link.newestCaptureNs, nowNs),
      latencyNs: link.latencyNs,
      queueDepth: 0,
      counters: {
        received: link.received,
        rejected: link.rejected,
        fps: arrivals / link.arrivals.windowS,
        reject_fraction: arrivals === 0 ? 0 : link.rejects.sum(nowNs) / arrivals,
      },
    };
  }

  #linkStatus(link: SensorLink, nowNs: bigint): { state: HealthStateName; reasons: string[] } {
    const c = this.#options.config;
    const failed: string[] = [];
    const degraded: string[] = [];
    const arrivals = link.arrivals.sum(nowNs);
    if (arrivals >= c.min_messages) {
      const fraction = link.rejects.sum(nowNs) / arrivals;
      if (fraction > c.reject_fraction_failed) failed.push("SENSOR_REJECT_RATE");
      else if (fraction > c.reject_fraction_degraded) degraded.push("SENSOR_REJECT_RATE");
      if (link.nominalFps !== undefined) {
        const fps = arrivals / link.arrivals.windowS;
        if (fps > c.overrate_failed_factor * link.nominalFps) failed.push("SENSOR_OVERRATE");
        else if (fps > c.overrate_degraded_factor * link.nominalFps) degraded.push("SENSOR_OVERRATE");
      }
    }
    degraded.push(...link.imageReasons);
    if (link.newestCaptureNs === undefined || nowNs - link.newestCaptureNs > link.maxAgeNs) degraded.push("SENSOR_SILENT");
    const reasons = [...failed, ...degraded];
    return { state: failed.length > 0 ? "FAILED" : degraded.length > 0 ? "DEGRADED" : "OK", reasons };
  }

  #detectStatus(nowNs: bigint): { state: HealthStateName; reasons: string[] } {
    if (!this.#options.stages.detect) return { state: "OK", reasons: [] };
    const detector = this.#options.detector?.health?.();
    const reasons = detector === undefined ? [] : [...detector.reasons];
    const outcomes = this.#detectOutcomes.sum(nowNs);
    if (outcomes >= this.#options.config.min_messages && this.#detectDropped.sum(nowNs) / outcomes > this.#options.config.overload_drop_fraction) {
      reasons.push("INFERENCE_OVERLOAD");
    }
    return { state: stateOf(reasons, detector?.state === "FAILED"), reasons };
  }

  #link(sensorId: string): SensorLink | undefined {
    const link = this.#links.get(sensorId);
    if (link !== undefined || this.#dynamic >= this.#dynamicLimit) return link;
    this.#dynamic++;
    const created = this.#newLink(undefined, msToNs(this.#options.maxFrameAgeMs));
    this.#links.set(sensorId, created);
    return created;
  }

  #newLink(nominalFps: number | undefined, maxAgeNs: bigint): SensorLink {
    return {
      arrivals: new SlidingWindowCount(this.#windowNs),
      rejects: new SlidingWindowCount(this.#windowNs),
      newestCaptureNs: undefined,
      latencyNs: 0n,
      received: 0,
      rejected: 0,
      nominalFps,
      maxAgeNs,
      image: undefined,
      imageReasons: [],
      imageFrames: 0,
      imageBusy: false,
      imageErrors: 0,
    };
  }

  #arrival(link: SensorLink, nowNs: bigint): void {
    link.arrivals.add(nowNs);
    link.received++;
  }

  #reject(link: SensorLink, nowNs: bigint): void {
    link.rejects.add(nowNs);
    link.rejected++;
  }
}

const ageOf = (newestNs: bigint | undefined, nowNs: bigint): bigint => (newestNs === undefined ? NO_FRAME_YET : nowNs - newestNs);

const stateOf = (reasons: readonly string[], failed: boolean): HealthStateName => (failed ? "FAILED" : reasons.length > 0 ? "DEGRADED" : "OK");
