import type { Registry } from "prom-client";
import type { Clock } from "../clock/index.js";
import type { DriftConfig } from "../config/drift-config.js";
import { RateLimitedLog, silentLogger, withComponent, type Logger } from "../observe/index.js";
import type { DetectionSetMessage } from "../publish/index.js";
import type { TrackSetMessage } from "../tracking/index.js";
import { AlarmHysteresis } from "./alarm-hysteresis.js";
import { DriftFeatureExtractor, type FeatureSink, type ImageStatistics } from "./drift-feature-extractor.js";
import { SHORT_LIVED_TRACKS } from "./drift-features.js";
import { DriftMetrics } from "./drift-metrics.js";
import type { DriftProfile } from "./drift-profile.js";
import { DriftProfileBuilder } from "./drift-profile-builder.js";
import { histogramOf } from "./fixed-histogram.js";
import { ksPValue, ksStatistic } from "./ks-statistic.js";
import { populationStabilityIndex } from "./population-stability-index.js";
import { ValueWindow } from "./value-window.js";

/** A drift alarm raised or cleared (what the lead routes to the MQTT DriftEvent). */
export interface DriftAlarmEvent {
  sensorId: string;
  /** "brightness", "contrast", "detections_per_frame", "score:<label>" or "short_lived_tracks". */
  feature: string;
  /** Which statistic raised it: "psi", "ks", or "increase" (short-lived track fraction over the reference's). */
  statistic: "psi" | "ks" | "increase";
  /** That statistic's value at this evaluation. */
  value: number;
  threshold: number;
  state: "alarm" | "clear";
  timeNs: bigint;
  /** Frames in the window the statistic was computed over. */
  windowFrames: number;
}

/** The last evaluation of one sensor's histogram feature. */
export interface FeatureEvaluation {
  psi: number;
  ks: number;
  /** Asymptotic p-value of ks (a guide, see ksPValue). */
  pValue: number;
  windowValues: number;
  referenceValues: number;
  alarm: boolean;
  timeNs: bigint;
}

/** The last evaluation of one sensor's short-lived track fraction. */
export interface ShortLivedEvaluation {
  windowFraction: number;
  referenceFraction: number;
  increase: number;
  /** Tracks that ended within the window. */
  windowEnded: number;
  alarm: boolean;
  timeNs: bigint;
}

export interface DriftSnapshot {
  learning: boolean;
  sensors: Record<string, { frames: number; features: Record<string, FeatureEvaluation>; shortLived?: ShortLivedEvaluation }>;
}

export interface DriftMonitorOptions {
  config: DriftConfig;
  clock: Clock;
  logger?: Logger;
  /** The drift gauges go here (vigil_drift_psi, _ks, _alarm, _alarms_total, ...). */
  registry?: Registry;
  metricsPrefix?: string;
  /** The frozen reference. Without one the monitor learns it for reference.learn_minutes first. */
  profile?: DriftProfile;
  /** Each alarm raised or cleared (after its log line and gauge). A throw is logged, not rethrown. */
  onAlarm?: (event: DriftAlarmEvent) => void;
  /** The reference learnt online, once frozen (to save it). A throw is logged, not rethrown. */
  onProfileFrozen?: (profile: DriftProfile) => void;
}

interface SensorState {
  /** DetectionSets seen. */
  frames: number;
  readonly windows: Map<string, ValueWindow>;
  /** Ended and short-lived tracks per frame slot (frame % window_frames), and their sums. */
  readonly ended: Int32Array;
  readonly shortLived: Int32Array;
  endedSum: number;
  shortLivedSum: number;
  readonly alarms: Map<string, { hysteresis: AlarmHysteresis; statistic: DriftAlarmEvent["statistic"] }>;
  readonly last: Map<string, FeatureEvaluation>;
  lastShortLived: ShortLivedEvaluation | undefined;
}

/** The reference of one sensor feature, ready to compare: its counts and its sorted sample. */
interface ReferenceFeature {
  counts: readonly number[];
  count: number;
  sample: Float64Array;
}

/**
 * Watches each sensor's recent frames for data drift against a reference profile: per
 * feature a sliding window of the last `window_frames` frames (ring buffers, at most
 * `max_window_values` values each), evaluated every `evaluate_every_frames` frames once full,
 * by PSI against the reference histogram and the two-sample KS statistic against the
 * reference sample; and the short-lived track fraction against the reference's. An alarm
 * rises when PSI > psi_threshold or KS > ks_threshold (fraction increase >
 * short_lived_increase) and clears after clear_windows evaluations below clear_ratio x the
 * thresholds; each transition sets gauges, logs a warning and calls onAlarm.
 * Without a profile it first learns one from the run's first reference.learn_minutes (by
 * the injected clock, from the first observation), then freezes it.
 *   const monitor = new DriftMonitor({ config: config.drift, clock, logger, registry, onAlarm: (e) => link.sendDriftEvent(driftEventFields(e)) });
 *   RuntimePipeline.start(config, { ...driftTaps(monitor), ... });
 */
export class DriftMonitor {
  readonly #config: DriftConfig;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #limitLog: RateLimitedLog;
  readonly #metrics: DriftMetrics | undefined;
  readonly #onAlarm: DriftMonitorOptions["onAlarm"];
  readonly #onProfileFrozen: DriftMonitorOptions["onProfileFrozen"];
  readonly #extractor: DriftFeatureExtractor;
  readonly #sensors = new Map<string, SensorState>();
  #profile: DriftProfile | undefined;
  #reference = new Map<string, { features: Map<string, ReferenceFeature>; ended: number; shortLived: number }>();
  #builder: DriftProfileBuilder | undefined;
  #learnUntilNs: bigint | undefined;
  readonly counters = { evaluations: 0, alarmsRaised: 0, alarmsCleared: 0, callbackErrors: 0 };

  constructor(options: DriftMonitorOptions) {
    const { config } = options;
    this.#config = config;
    this.#clock = options.clock;
    this.#logger = withComponent(options.logger ?? silentLogger, "drift");
    this.#limitLog = new RateLimitedLog(this.#logger, options.clock, { intervalMs: 60_000, perInterval: 3 });
    this.#metrics = options.registry === undefined ? undefined : new DriftMetrics(options.registry, options.metricsPrefix);
    this.#onAlarm = options.onAlarm;
    this.#onProfileFrozen = options.onProfileFrozen;
    let shortLivedFrames = config.short_lived_frames;
    if (options.profile !== undefined && options.profile.short_lived_frames !== config.short_lived_frames) {
      // The reference defines what short-lived meant when it was built: compare like with like.
      shortLivedFrames = options.profile.short_lived_frames;
      this.#logger.warn(
        { profile: options.profile.short_lived_frames, config: config.short_lived_frames },
        "drift reference was built with another short_lived_frames; using the reference's",
      );
    }
    const onLimit = (what: "sensor" | "class", sensor: string, label?: string): void =>
      this.#limitLog.warn("DRIFT_LIMIT_REACHED", { sensor, label, what, maxSensors: config.max_sensors, maxScoreClasses: config.max_score_classes }, `drift: ${what} not monitored (limit reached)`);
    const sink: FeatureSink = {
      frame: (sensorId) => {
        this.#builder?.frame(sensorId);
        this.#frame(sensorId);
      },
      value: (sensorId, feature, value) => {
        if (!Number.isFinite(value)) return;
        this.#builder?.value(sensorId, feature, value);
        this.#value(sensorId, feature, value);
      },
      tracksEnded: (sensorId, ended, shortLived) => {
        this.#builder?.tracksEnded(sensorId, ended, shortLived);
        this.#tracksEnded(sensorId, ended, shortLived);
      },
    };
    this.#extractor = new DriftFeatureExtractor({ shortLivedFrames, maxSensors: config.max_sensors, maxScoreClasses: config.max_score_classes, onLimit }, sink);
    if (options.profile !== undefined) this.#useProfile(options.profile);
    else this.#builder = new DriftProfileBuilder(config, onLimit);
    this.#metrics?.learning(this.#builder !== undefined);
  }

  /** The frozen reference, or undefined while it is being learnt. */
  get profile(): DriftProfile | undefined {
    return this.#profile;
  }

  get learning(): boolean {
    return this.#builder !== undefined;
  }

  /** A camera frame's image statistics (thumbnail mean and standard deviation of grey). */
  observeImage(sensorId: string, stats: ImageStatistics): void {
    this.#tick();
    this.#extractor.image(sensorId, stats);
  }

  /** A DetectionSet: one frame of its sensor; the window is evaluated after it when due. */
  observeDetections(m: DetectionSetMessage): void {
    this.#tick();
    this.#extractor.detections(m);
    const s = this.#sensors.get(m.sensorId);
    const { window_frames: w, evaluate_every_frames: every } = this.#config;
    if (s !== undefined && this.#profile !== undefined && s.frames >= w && s.frames % every === 0) this.#evaluate(m.sensorId, s);
  }

  observeTracks(m: TrackSetMessage): void {
    this.#tick();
    this.#extractor.tracks(m);
  }

  /** The last evaluations per sensor: what the gauges show, with sample sizes and p-values. */
  snapshot(): DriftSnapshot {
    const sensors: DriftSnapshot["sensors"] = {};
    for (const [id, s] of this.#sensors) {
      sensors[id] = { frames: s.frames, features: Object.fromEntries(s.last), ...(s.lastShortLived ? { shortLived: s.lastShortLived } : {}) };
    }
    return { learning: this.learning, sensors };
  }

  /** Raised alarms now, as "sensor/feature". */
  activeAlarms(): string[] {
    const out: string[] = [];
    for (const [id, s] of this.#sensors) for (const [feature, a] of s.alarms) if (a.hysteresis.active) out.push(`${id}/${feature}`);
    return out.sort();
  }

  /** What the monitor holds, for memory bounds: sensors, feature windows, values in them and slots allocated, live tracks followed. */
  footprint(): { sensors: number; windows: number; windowValues: number; windowSlots: number; liveTracks: number } {
    let windows = 0;
    let windowValues = 0;
    let windowSlots = 0;
    for (const s of this.#sensors.values()) {
      for (const w of s.windows.values()) {
        windows++;
        windowValues += w.size;
        windowSlots += w.allocated;
      }
    }
    return { sensors: this.#sensors.size, windows, windowValues, windowSlots, liveTracks: this.#extractor.liveTracks };
  }

  /** Freezes the reference learnt so far now (normally the clock does, after reference.learn_minutes). */
  freeze(): DriftProfile | undefined {
    const builder = this.#builder;
    if (builder === undefined) return this.#profile;
    this.#builder = undefined;
    const profile = builder.build("learnt", this.#clock.nowNs());
    this.#useProfile(profile);
    this.#metrics?.learning(false);
    this.#logger.info({ sensors: Object.fromEntries(Object.entries(profile.sensors).map(([id, s]) => [id, s.frames])) }, "drift reference learnt and frozen");
    this.#call("onProfileFrozen", () => this.#onProfileFrozen?.(profile));
    return profile;
  }

  #tick(): void {
    if (this.#builder === undefined) return;
    const now = this.#clock.nowNs();
    if (this.#learnUntilNs === undefined) {
      this.#learnUntilNs = now + BigInt(Math.round(this.#config.reference.learn_minutes * 60e9));
      this.#logger.info({ learnMinutes: this.#config.reference.learn_minutes }, "drift: learning the reference");
    } else if (now >= this.#learnUntilNs) {
      this.freeze();
    }
  }

  #useProfile(profile: DriftProfile): void {
    this.#profile = profile;
    this.#reference = new Map();
    for (const [id, s] of Object.entries(profile.sensors)) {
      const features = new Map<string, ReferenceFeature>();
      for (const [name, f] of Object.entries(s.features)) features.set(name, { counts: f.counts, count: f.count, sample: Float64Array.from(f.sample) });
      this.#reference.set(id, { features, ended: s.tracks.ended, shortLived: s.tracks.short_lived });
    }
  }

  #state(sensorId: string): SensorState {
    let s = this.#sensors.get(sensorId);
    if (s === undefined) {
      const w = this.#config.window_frames;
      s = { frames: 0, windows: new Map(), ended: new Int32Array(w), shortLived: new Int32Array(w), endedSum: 0, shortLivedSum: 0, alarms: new Map(), last: new Map(), lastShortLived: undefined };
      this.#sensors.set(sensorId, s);
    }
    return s;
  }

  #frame(sensorId: string): void {
    const s = this.#state(sensorId);
    s.frames++;
    const slot = s.frames % this.#config.window_frames;
    s.endedSum -= s.ended[slot]!;
    s.shortLivedSum -= s.shortLived[slot]!;
    s.ended[slot] = 0;
    s.shortLived[slot] = 0;
  }

  #value(sensorId: string, feature: string, value: number): void {
    const s = this.#state(sensorId);
    let w = s.windows.get(feature);
    if (w === undefined) {
      w = new ValueWindow(this.#config.max_window_values);
      s.windows.set(feature, w);
    }
    w.dropBefore(this.#oldestFrame(s));
    w.push(value, s.frames);
  }

  #tracksEnded(sensorId: string, ended: number, shortLived: number): void {
    const s = this.#state(sensorId);
    const slot = s.frames % this.#config.window_frames;
    s.ended[slot]! += ended;
    s.shortLived[slot]! += shortLived;
    s.endedSum += ended;
    s.shortLivedSum += shortLived;
  }

  /** The first frame still in the window. */
  #oldestFrame(s: SensorState): number {
    return s.frames - this.#config.window_frames + 1;
  }

  #evaluate(sensorId: string, s: SensorState): void {
    const reference = this.#reference.get(sensorId);
    if (reference === undefined) return;
    const c = this.#config;
    const now = this.#clock.nowNs();
    this.counters.evaluations++;
    for (const [feature, ref] of reference.features) {
      const window = s.windows.get(feature);
      if (window === undefined || ref.count < c.min_samples || ref.sample.length < c.min_samples) continue;
      window.dropBefore(this.#oldestFrame(s));
      if (window.size < c.min_samples) continue;
      const values = window.values();
      const { bins } = this.#profile!.sensors[sensorId]!.features[feature]!;
      const psi = populationStabilityIndex(ref.counts, histogramOf(values, bins), c.psi_epsilon);
      values.sort();
      const ks = ksStatistic(ref.sample, values);
      const pValue = ksPValue(ks, ref.sample.length, values.length);
      this.#metrics?.evaluated(sensorId, feature, psi, ks);
      // The statistic that stands furthest over its threshold names the alarm.
      const statistic = psi / c.psi_threshold >= ks / c.ks_threshold ? "psi" : "ks";
      const exceeded = psi > c.psi_threshold || ks > c.ks_threshold;
      const calm = psi < c.clear_ratio * c.psi_threshold && ks < c.clear_ratio * c.ks_threshold;
      const alarm = this.#judge(sensorId, s, feature, statistic, exceeded, calm, { psi, ks }, now);
      s.last.set(feature, { psi, ks, pValue, windowValues: values.length, referenceValues: ref.count, alarm, timeNs: now });
    }
    if (reference.ended >= c.min_tracks && s.endedSum >= c.min_tracks) {
      const referenceFraction = reference.shortLived / reference.ended;
      const windowFraction = s.shortLivedSum / s.endedSum;
      const increase = windowFraction - referenceFraction;
      this.#metrics?.shortLivedEvaluated(sensorId, SHORT_LIVED_TRACKS, increase);
      const t = c.short_lived_increase;
      const alarm = this.#judge(sensorId, s, SHORT_LIVED_TRACKS, "increase", increase > t, increase < c.clear_ratio * t, { increase }, now);
      s.lastShortLived = { windowFraction, referenceFraction, increase, windowEnded: s.endedSum, alarm, timeNs: now };
    }
  }

  /** Runs one feature's hysteresis; on a transition sets the gauge, logs and calls onAlarm. Returns whether the alarm is raised. */
  #judge(
    sensorId: string,
    s: SensorState,
    feature: string,
    statistic: DriftAlarmEvent["statistic"],
    exceeded: boolean,
    calm: boolean,
    values: { psi?: number; ks?: number; increase?: number },
    now: bigint,
  ): boolean {
    let a = s.alarms.get(feature);
    if (a === undefined) {
      a = { hysteresis: new AlarmHysteresis(this.#config.clear_windows), statistic };
      s.alarms.set(feature, a);
    }
    const transition = a.hysteresis.update(exceeded, calm);
    if (transition === undefined) return a.hysteresis.active;
    // A clear reports the statistic that raised the alarm, at its value now.
    if (transition === "alarm") a.statistic = statistic;
    const c = this.#config;
    const threshold = a.statistic === "psi" ? c.psi_threshold : a.statistic === "ks" ? c.ks_threshold : c.short_lived_increase;
    const event: DriftAlarmEvent = {
      sensorId,
      feature,
      statistic: a.statistic,
      value: values[a.statistic] ?? Number.NaN,
      threshold,
      state: transition,
      timeNs: now,
      windowFrames: Math.min(s.frames, c.window_frames),
    };
    this.#metrics?.alarm(sensorId, feature, transition === "alarm");
    if (transition === "alarm") this.counters.alarmsRaised++;
    else this.counters.alarmsCleared++;
    this.#logger.warn(
      { code: "DRIFT_ALARM", sensor: sensorId, feature, state: transition, statistic: event.statistic, value: event.value, threshold, ...values, windowFrames: event.windowFrames },
      transition === "alarm" ? `drift alarm on ${sensorId} ${feature}: ${event.statistic} ${event.value.toFixed(3)} > ${threshold}` : `drift alarm cleared on ${sensorId} ${feature}`,
    );
    this.#call("onAlarm", () => this.#onAlarm?.(event));
    return a.hysteresis.active;
  }

  #call(name: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.counters.callbackErrors++;
      this.#logger.error({ err, callback: name }, "drift callback threw");
    }
  }
}
