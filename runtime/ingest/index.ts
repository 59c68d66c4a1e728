// Ingest: ZeroMQ sources of SensorFrame, their validation, and the stage that joins them.
export { ingestFrames, type IngestFramesOptions } from "./frame-ingest.js";
export { ingestMessages, type IngestOptions, type MessageValidation, type MessageValidator } from "./message-ingest.js";
export type { FrameItem } from "./frame-item.js";
export { FrameValidator, MAX_FRAME_DIMENSION, type FrameValidatorOptions, type ValidationResult } from "./frame-validator.js";
export { readImageSize, readJpegSize, readPngSize, type ImageSize } from "./image-header.js";
export type { MessageSource } from "./message-source.js";
export { encodeSensorFrame, encodingFromProto, encodingToProto, type SensorFrameFields } from "./sensor-frame-codec.js";
export { DEFAULT_RECEIVE_HIGH_WATER_MARK, ZmqFrameSource, type ZmqFrameSourceOptions } from "./zmq-frame-source.js";
export { ingestObjectLists, type IngestObjectListsOptions } from "./object-list-ingest.js";
export type { GroundState, ObjectsItem, SensedObjectItem } from "./object-list-item.js";
export { DEFAULT_MAX_OBJECTS, ObjectListValidator, type ObjectListValidationResult, type ObjectListValidatorOptions } from "./object-list-validator.js";
export { decodeObjectList, encodeObjectList, type DecodedObjectList, type ObjectListFields, type SensedObjectFields } from "./object-list-codec.js";
