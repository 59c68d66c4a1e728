import type { DriftConfig } from "../config/drift-config.js";
import type { DetectionSetMessage } from "../publish/index.js";
import type { TrackSetMessage } from "../tracking/index.js";
import { DriftFeatureExtractor, type FeatureSink, type ImageStatistics } from "./drift-feature-extractor.js";
import { binsOf } from "./drift-features.js";
import { DRIFT_PROFILE_VERSION, type DriftProfile, type DriftSensorProfile } from "./drift-profile.js";
import { binCount, binIndex, type HistogramBins } from "./fixed-histogram.js";
import { ReservoirSample } from "./reservoir-sample.js";
import { stringSeed } from "./string-seed.js";

/** The config fields a profile build uses. */
export type DriftProfileBuildConfig = Pick<DriftConfig, "short_lived_frames" | "reservoir_size" | "seed" | "max_sensors" | "max_score_classes">;

interface FeatureAccumulator {
  readonly bins: HistogramBins;
  readonly counts: number[];
  count: number;
  readonly sample: ReservoirSample;
}

interface SensorAccumulator {
  frames: number;
  readonly features: Map<string, FeatureAccumulator>;
  ended: number;
  shortLived: number;
}

/**
 * Builds a reference profile from a stream of pipeline outputs (a log's, or a run's first
 * minutes): per sensor and feature the fixed-bin histogram and a seeded reservoir sample,
 * and the ended / short-lived track counts. Memory is bounded: max_sensors x (3 +
 * max_score_classes) features, each bins + reservoir_size numbers.
 *   const b = new DriftProfileBuilder(config.drift);
 *   b.observeImage("cam0", stats); b.observeDetections(set); b.observeTracks(tracks);
 *   const profile = b.build("logs", lastTimeNs);
 */
export class DriftProfileBuilder implements FeatureSink {
  readonly #config: DriftProfileBuildConfig;
  readonly #sensors = new Map<string, SensorAccumulator>();
  readonly #extractor: DriftFeatureExtractor;

  constructor(config: DriftProfileBuildConfig, onLimit?: (what: "sensor" | "class", sensorId: string, label?: string) => void) {
    this.#config = config;
    this.#extractor = new DriftFeatureExtractor(
      { shortLivedFrames: config.short_lived_frames, maxSensors: config.max_sensors, maxScoreClasses: config.max_score_classes, onLimit },
      this,
    );
  }

  observeImage(sensorId: string, stats: ImageStatistics): void {
    this.#extractor.image(sensorId, stats);
  }

  observeDetections(m: DetectionSetMessage): void {
    this.#extractor.detections(m);
  }

  observeTracks(m: TrackSetMessage): void {
    this.#extractor.tracks(m);
  }

  /** The next TrackSets come from a fresh tracker (the next log): live tracks are forgotten, not ended. */
  resetTracks(): void {
    this.#extractor.resetTracks();
  }

  // FeatureSink: also fed directly by a DriftMonitor that learns its reference online.
  frame(sensorId: string): void {
    this.#sensor(sensorId).frames++;
  }

  value(sensorId: string, feature: string, value: number): void {
    if (!Number.isFinite(value)) return;
    const sensor = this.#sensor(sensorId);
    let f = sensor.features.get(feature);
    if (f === undefined) {
      const bins = binsOf(feature);
      // Each feature its own stream of random numbers: the sample does not depend on which other features exist.
      f = { bins, counts: new Array<number>(binCount(bins)).fill(0), count: 0, sample: new ReservoirSample(this.#config.reservoir_size, (this.#config.seed ^ stringSeed(`${sensorId}\u0000${feature}`)) >>> 0) };
      sensor.features.set(feature, f);
    }
    f.counts[binIndex(f.bins, value)]!++;
    f.count++;
    f.sample.add(value);
  }

  tracksEnded(sensorId: string, ended: number, shortLived: number): void {
    const sensor = this.#sensor(sensorId);
    sensor.ended += ended;
    sensor.shortLived += shortLived;
  }

  /** Frames (DetectionSets) seen per sensor so far. */
  frames(): Record<string, number> {
    return Object.fromEntries([...this.#sensors].map(([id, s]) => [id, s.frames]));
  }

  /** The profile of everything observed so far; sensors and features in name order. */
  build(source: DriftProfile["source"], createdNs: bigint): DriftProfile {
    const sensors: Record<string, DriftSensorProfile> = {};
    for (const id of [...this.#sensors.keys()].sort()) {
      const s = this.#sensors.get(id)!;
      const features: DriftSensorProfile["features"] = {};
      for (const name of [...s.features.keys()].sort()) {
        const f = s.features.get(name)!;
        features[name] = { count: f.count, bins: { ...f.bins }, counts: [...f.counts], sample: f.sample.values() };
      }
      sensors[id] = { frames: s.frames, features, tracks: { ended: s.ended, short_lived: s.shortLived } };
    }
    return {
      version: DRIFT_PROFILE_VERSION,
      source,
      created_ns: createdNs.toString(),
      short_lived_frames: this.#config.short_lived_frames,
      reservoir_size: this.#config.reservoir_size,
      seed: this.#config.seed,
      sensors,
    };
  }

  // The extractor bounds the sensors before they get here.
  #sensor(sensorId: string): SensorAccumulator {
    let s = this.#sensors.get(sensorId);
    if (s === undefined) {
      s = { frames: 0, features: new Map(), ended: 0, shortLived: 0 };
      this.#sensors.set(sensorId, s);
    }
    return s;
  }
}
