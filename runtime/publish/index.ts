export { ZmqPublisher, type ZmqPublisherOptions } from "./zmq-publisher.js";
export { encodeDetectionSet, decodeDetectionSet, type DetectionSetMessage } from "./detection-set-codec.js";
export { encodeStageTimings, decodeStageTimings } from "./stage-timings.js";
