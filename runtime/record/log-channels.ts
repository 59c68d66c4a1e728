/**
 * The channels of a Vigil log: topic and protobuf message of each. Vigil's own messages
 * are on /vigil/<kind>; each camera also gets /<sensor>/image and /<sensor>/annotations
 * (Foxglove's CompressedImage and ImageAnnotations) so boxes show over the video.
 *   const { topic, schemaName } = VIGIL_CHANNELS.detections;
 */
export const VIGIL_CHANNELS = {
  frames: { topic: "/vigil/frames", schemaName: "vigil.v1.SensorFrame" },
  objects: { topic: "/vigil/objects", schemaName: "vigil.v1.ObjectList" },
  detections: { topic: "/vigil/detections", schemaName: "vigil.v1.DetectionSet" },
  tracks: { topic: "/vigil/tracks", schemaName: "vigil.v1.TrackSet" },
  risk: { topic: "/vigil/risk", schemaName: "vigil.v1.RiskAssessment" },
  commands: { topic: "/vigil/commands", schemaName: "vigil.v1.ActuationCommand" },
  heartbeats: { topic: "/vigil/heartbeats", schemaName: "vigil.v1.Heartbeat" },
  model: { topic: "/vigil/model", schemaName: "vigil.v1.ModelVersion" },
} as const;

export type VigilChannel = keyof typeof VIGIL_CHANNELS;

export const IMAGE_SCHEMA = "foxglove.CompressedImage";
export const ANNOTATIONS_SCHEMA = "foxglove.ImageAnnotations";

/** The Foxglove image topic of a sensor: /<sensor>/image. */
export const imageTopic = (sensorId: string): string => `/${sensorId}/image`;
/** The Foxglove annotations topic of a sensor: /<sensor>/annotations. */
export const annotationsTopic = (sensorId: string): string => `/${sensorId}/annotations`;

/**
 * One message on its way to a log file. logTimeNs is when the recorder got it (its clock);
 * publishTimeNs the message's own time (capture, decision, issue time).
 */
export interface LogRecord {
  readonly topic: string;
  readonly schemaName: string;
  readonly logTimeNs: bigint;
  readonly publishTimeNs: bigint;
  readonly data: Uint8Array;
}
