import { Observable, type OperatorFunction } from "rxjs";
import { isVigilError } from "../errors/index.js";
import type { Clock } from "../clock/index.js";
import type { RateLimitedLog } from "../observe/index.js";
import type { DetectionSetMessage } from "../publish/index.js";
import { ByteTracker } from "./bytetrack.js";
import type { TrackMessage } from "./track-message.js";
import type { TrackSetMessage } from "./track-set-codec.js";
import type { TrackerConfig } from "./tracker-config.js";

/** Live counts of the tracking stage, for heartbeats, metrics and tests. */
export interface TrackFramesGauge {
  /** Sensors with a tracker now. */
  sensors: number;
  /** Detection sets dropped: a new sensor beyond maxSensors. */
  unknownSensor: number;
  /** Detection sets dropped: captured before the sensor's previous one. */
  outOfOrder: number;
  /** Summed over every sensor's tracker (see TrackerCounters). */
  tracksRefused: number;
  detectionsDropped: number;
}

export interface TrackFramesOptions {
  config: TrackerConfig;
  /** Publish time and the "tracking" timing come from here. */
  clock: Clock;
  /** At most this many sensors get a tracker; sets from further sensors are dropped and counted. */
  maxSensors: number;
  log?: RateLimitedLog;
  gauge?: TrackFramesGauge;
}

/** A zeroed gauge to pass to trackFrames and read from heartbeats: `const gauge = newTrackFramesGauge();` */
export const newTrackFramesGauge = (): TrackFramesGauge => ({ sensors: 0, unknownSensor: 0, outOfOrder: 0, tracksRefused: 0, detectionsDropped: 0 });

/**
 * The tracking stage: one ByteTracker per sensor, updated at each set's capture time, one
 * TrackSet out per DetectionSet in. Sets it cannot use are counted in the gauge (and
 * logged), never thrown; unsubscribing drops every tracker.
 *   detections$.pipe(trackFrames({ config: TrackerConfigSchema.parse({}), clock, maxSensors: 16 }))
 */
export function trackFrames(options: TrackFramesOptions): OperatorFunction<DetectionSetMessage, TrackSetMessage> {
  const { config, clock, maxSensors, log } = options;
  if (!Number.isInteger(maxSensors) || maxSensors < 1) throw new RangeError(`trackFrames: maxSensors must be a positive integer, got ${maxSensors}`);
  const gauge = options.gauge ?? newTrackFramesGauge();
  return (source) =>
    new Observable<TrackSetMessage>((subscriber) => {
      const trackers = new Map<string, ByteTracker>();
      const subscription = source.subscribe({
        next: (set) => {
          let tracker = trackers.get(set.sensorId);
          if (!tracker) {
            if (trackers.size >= maxSensors) {
              gauge.unknownSensor++;
              log?.warn("FRAME_UNKNOWN_SENSOR", { sensor: set.sensorId, maxSensors }, "tracking: too many sensors, detection set dropped");
              return;
            }
            tracker = new ByteTracker(config);
            trackers.set(set.sensorId, tracker);
            gauge.sensors = trackers.size;
          }
          const startNs = clock.nowNs();
          const refusedBefore = tracker.counters.tracksRefused;
          const droppedBefore = tracker.counters.detectionsDropped;
          let tracks: TrackMessage[];
          try {
            tracks = tracker.update(set.detections, set.captureTimeNs);
          } catch (err) {
            if (!isVigilError(err, "TRACK_TIME_REVERSED")) {
              subscriber.error(err);
              return;
            }
            gauge.outOfOrder++;
            log?.warn(err.code, { sensor: set.sensorId, seq: String(set.seq) }, "tracking: detection set older than the previous one, dropped");
            return;
          }
          const refused = tracker.counters.tracksRefused - refusedBefore;
          gauge.tracksRefused += refused;
          gauge.detectionsDropped += tracker.counters.detectionsDropped - droppedBefore;
          if (refused > 0) log?.warn("TRACK_LIMIT", { sensor: set.sensorId, maxTracks: config.max_tracks, refused }, "tracking: max_tracks reached, new tracks refused");
          const publishTimeNs = clock.nowNs();
          subscriber.next({
            sensorId: set.sensorId,
            seq: set.seq,
            captureTimeNs: set.captureTimeNs,
            publishTimeNs,
            modelName: set.modelName,
            modelVersion: set.modelVersion,
            tracks,
            timings: { ...set.timings, tracking: publishTimeNs - startNs },
            ...(set.degradedReasons !== undefined && set.degradedReasons.length > 0 ? { degradedReasons: set.degradedReasons } : {}),
          });
        },
        error: (err: unknown) => subscriber.error(err),
        complete: () => subscriber.complete(),
      });
      return () => {
        subscription.unsubscribe();
        trackers.clear();
        gauge.sensors = 0;
      };
    });
}
