import type { DetectionSetMessage } from "../publish/index.js";
import type { TrackSetMessage } from "../tracking/index.js";
import type { ImageStatistics } from "./drift-feature-extractor.js";
import type { DriftMonitor } from "./drift-monitor.js";

/** The pipeline hooks a DriftMonitor needs; merge them with the other taps (recording, cloud, metrics). */
export interface DriftTaps {
  onDetections: (m: DetectionSetMessage) => void;
  onTracks: (m: TrackSetMessage) => void;
  /** Sensor health's per-frame thumbnail statistics (RuntimeHealth's onImageStatistics). */
  onImageStatistics: (sensorId: string, stats: ImageStatistics) => void;
}

/**
 * Pipeline hooks that feed a DriftMonitor.
 *   const taps = driftTaps(monitor);
 *   const p = await RuntimePipeline.start(config, { ..., onDetections: taps.onDetections, onTracks: taps.onTracks });
 *   p.health.onImageStatistics(taps.onImageStatistics);
 */
export function driftTaps(monitor: DriftMonitor): DriftTaps {
  return {
    onDetections: (m) => monitor.observeDetections(m),
    onTracks: (m) => monitor.observeTracks(m),
    onImageStatistics: (sensorId, stats) => monitor.observeImage(sensorId, stats),
  };
}
