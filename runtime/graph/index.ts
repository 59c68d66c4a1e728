export { SystemClock, ManualClock, nsToMs, msToNs, type Clock } from "../clock/index.js";
export { latestWins, type Stage, type LatestWinsOptions, type LatestWinsGauge } from "./latest-wins.js";
export { detectFrames, type DetectFramesOptions } from "./detect-frames.js";
export { admitSensors, type SensorAdmissionOptions } from "./sensor-admission.js";
export { RuntimePipeline, type RuntimePipelineDeps, type PipelineSummary } from "./runtime-pipeline.js";
export { objectsToDetections, sensorViews, OBJECT_SENSOR_MODEL, type ObjectsToDetectionsOptions } from "./objects-to-detections.js";
export { GROUND_VIEW_IMAGE_TO_GROUND, GROUND_VIEW_PX_PER_M, groundFootprintBox } from "./ground-view.js";
export { combineTaps, type PipelineTaps } from "./pipeline-taps.js";
