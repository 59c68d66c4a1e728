import type { ActuationCommandMessage, HeartbeatMessage } from "../../proto/index.js";
import type { FrameItem, ObjectsItem } from "../ingest/index.js";
import type { DetectionSetMessage } from "../publish/index.js";
import type { RiskAssessmentMessage } from "../risk/index.js";
import type { TrackSetMessage } from "../tracking/index.js";
import type { LogRecorder } from "./log-recorder.js";

/** The RuntimePipeline hooks that feed a recorder (structurally RuntimePipelineDeps' on* hooks). */
export interface RecordingTaps {
  onFrame: (item: FrameItem | ObjectsItem) => void;
  onDetections: (message: DetectionSetMessage) => void;
  onTracks: (message: TrackSetMessage) => void;
  onRisk: (message: RiskAssessmentMessage) => void;
  onCommand: (message: ActuationCommandMessage) => void;
  onHeartbeat: (message: HeartbeatMessage) => void;
}

/**
 * Hooks that record every admitted frame and object list, DetectionSet, TrackSet,
 * RiskAssessment, ActuationCommand and Heartbeat of a pipeline, merged with hooks the
 * caller already has (each of theirs runs first).
 *   const pipeline = await RuntimePipeline.start(config, { clock, logger, ...recordingTaps(recorder) });
 */
export function recordingTaps(recorder: LogRecorder, also: Partial<RecordingTaps> = {}): RecordingTaps {
  return {
    onFrame: (item) => {
      also.onFrame?.(item);
      recorder.recordIngest(item);
    },
    onDetections: (m) => {
      also.onDetections?.(m);
      recorder.recordDetections(m);
    },
    onTracks: (m) => {
      also.onTracks?.(m);
      recorder.recordTracks(m);
    },
    onRisk: (m) => {
      also.onRisk?.(m);
      recorder.recordRisk(m);
    },
    onCommand: (m) => {
      also.onCommand?.(m);
      recorder.recordCommand(m);
    },
    onHeartbeat: (m) => {
      also.onHeartbeat?.(m);
      recorder.recordHeartbeat(m);
    },
  };
}
