// Recording: MCAP logs with protobuf schemas (rotation, quota, event clips) and reading them back.
export { LogRecorder, MAX_RECORDED_SENSORS, type LogRecorderOptions, type RecorderStats } from "./log-recorder.js";
export { recordingTaps, type RecordingTaps } from "./recording-taps.js";
export { readMcapLog, type McapLog, type LogMessage, type LogChannel } from "./read-mcap-log.js";
export { VIGIL_CHANNELS, IMAGE_SCHEMA, ANNOTATIONS_SCHEMA, imageTopic, annotationsTopic, type VigilChannel, type LogRecord } from "./log-channels.js";
export { logFileName, clipFileName, parseRecorderFileName, utcStamp, type RecorderFileName } from "./log-file-names.js";
export { protobufSchema, type ProtobufSchema } from "./protobuf-schema.js";
export { encodeCompressedImage, encodeImageAnnotations } from "./foxglove-messages.js";
export { EventClipper, type EventClipperOptions, type ClipStep, type ClipTrigger } from "./event-clipper.js";
export { DiskQuota, type DiskQuotaOptions } from "./disk-quota.js";
export { FileReadable } from "./file-readable.js";
export { FileWritable } from "./file-writable.js";
export { RECORDER_LIBRARY } from "./mcap-log-file.js";
export { importMotSequence, LABELS_TOPIC, type MotImportOptions, type MotImportSummary } from "./mot-log-import.js";
export { replayLog, type ReplayOptions, type ReplaySummary } from "./log-replay.js";
export { sequenceInputFromLogs, sequenceIdOf, type LogSequenceOptions } from "./log-sequence-input.js";
export { loadHazardLabels, HazardLabelsSchema, type HazardLabels } from "./hazard-labels.js";
