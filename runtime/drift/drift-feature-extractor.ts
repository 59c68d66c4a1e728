import type { DetectionSetMessage } from "../publish/index.js";
import type { TrackSetMessage } from "../tracking/index.js";
import { BRIGHTNESS, CONTRAST, DETECTIONS_PER_FRAME, scoreFeature } from "./drift-features.js";
import { TrackLifetimes } from "./track-lifetimes.js";

/** The image statistics drift uses (sensor health's FrameStatistics has them). */
export interface ImageStatistics {
  /** Mean grey of the thumbnail, 0..255. */
  mean: number;
  /** Standard deviation of the grey, 0..127.5. */
  std: number;
}

/** Where extracted features go: a profile being built, a monitor's windows. */
export interface FeatureSink {
  /** A sensor's next frame (one DetectionSet) starts; its values follow. */
  frame(sensorId: string): void;
  value(sensorId: string, feature: string, value: number): void;
  tracksEnded(sensorId: string, ended: number, shortLived: number): void;
}

export interface DriftFeatureExtractorOptions {
  shortLivedFrames: number;
  maxSensors: number;
  maxScoreClasses: number;
  /** A message of a sensor, or a score of a class, past its bound was ignored (rate-limit the log line). */
  onLimit?: (what: "sensor" | "class", sensorId: string, label?: string) => void;
}

/**
 * Turns a pipeline's outputs into drift features per sensor and hands them to a sink: image
 * brightness and contrast, detections per frame, each detection's score under its class, and
 * the tracks that ended (short-lived or not). Bounded: the first `maxSensors` sensors and,
 * per sensor, the first `maxScoreClasses` classes; later ones are counted, not followed.
 *   const x = new DriftFeatureExtractor({ shortLivedFrames: 5, maxSensors: 16, maxScoreClasses: 32 }, sink);
 *   x.detections(detectionSet); x.tracks(trackSet); x.image("cam0", { mean, std });
 */
export class DriftFeatureExtractor {
  readonly #options: DriftFeatureExtractorOptions;
  readonly #sink: FeatureSink;
  readonly #sensors = new Map<string, { classes: Set<string>; lifetimes: TrackLifetimes }>();
  readonly counters = { ignoredSensorMessages: 0, ignoredScores: 0 };

  constructor(options: DriftFeatureExtractorOptions, sink: FeatureSink) {
    this.#options = options;
    this.#sink = sink;
  }

  image(sensorId: string, stats: ImageStatistics): void {
    if (this.#sensor(sensorId) === undefined) return;
    this.#sink.value(sensorId, BRIGHTNESS, stats.mean);
    this.#sink.value(sensorId, CONTRAST, stats.std);
  }

  detections(m: DetectionSetMessage): void {
    const sensor = this.#sensor(m.sensorId);
    if (sensor === undefined) return;
    this.#sink.frame(m.sensorId);
    this.#sink.value(m.sensorId, DETECTIONS_PER_FRAME, m.detections.length);
    for (const d of m.detections) {
      if (!sensor.classes.has(d.label)) {
        if (sensor.classes.size >= this.#options.maxScoreClasses) {
          this.counters.ignoredScores++;
          this.#options.onLimit?.("class", m.sensorId, d.label);
          continue;
        }
        sensor.classes.add(d.label);
      }
      this.#sink.value(m.sensorId, scoreFeature(d.label), d.score);
    }
  }

  tracks(m: TrackSetMessage): void {
    const sensor = this.#sensor(m.sensorId);
    if (sensor === undefined) return;
    const { ended, shortLived } = sensor.lifetimes.update(m.tracks);
    if (ended > 0) this.#sink.tracksEnded(m.sensorId, ended, shortLived);
  }

  /** Forgets live tracks without ending them: the next TrackSets come from a new tracker (another log). */
  resetTracks(): void {
    for (const s of this.#sensors.values()) s.lifetimes.reset();
  }

  /** Live tracks followed, over all sensors. */
  get liveTracks(): number {
    let n = 0;
    for (const s of this.#sensors.values()) n += s.lifetimes.live;
    return n;
  }

  #sensor(sensorId: string): { classes: Set<string>; lifetimes: TrackLifetimes } | undefined {
    let sensor = this.#sensors.get(sensorId);
    if (sensor !== undefined) return sensor;
    if (this.#sensors.size >= this.#options.maxSensors) {
      this.counters.ignoredSensorMessages++;
      this.#options.onLimit?.("sensor", sensorId);
      return undefined;
    }
    sensor = { classes: new Set(), lifetimes: new TrackLifetimes(this.#options.shortLivedFrames) };
    this.#sensors.set(sensorId, sensor);
    return sensor;
  }
}
