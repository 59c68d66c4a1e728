import { bigintToLong, longToBigint, vigil } from "../../proto/index.js";
import type { Detection } from "../perception/index.js";
import { decodeStageTimings, encodeStageTimings } from "./stage-timings.js";

/** A DetectionSet inside the process: bigint times, plain detections. */
export interface DetectionSetMessage {
  sensorId: string;
  seq: bigint;
  captureTimeNs: bigint;
  publishTimeNs: bigint;
  modelName: string;
  modelVersion: string;
  backend: string;
  frameWidth: number;
  frameHeight: number;
  detections: Detection[];
  /** Stage name → nanoseconds. */
  timings: Record<string, bigint>;
  /** Why the result is not fully trusted (sensor health, backend failover, overload): stable codes; absent or empty when healthy. */
  degradedReasons?: readonly string[];
}

/**
 * DetectionSet wire encoding (vigil.v1.DetectionSet).
 *   publisher.publish(encodeDetectionSet(message)); const m = decodeDetectionSet(bytes);
 */
export function encodeDetectionSet(m: DetectionSetMessage): Uint8Array {
  return vigil.v1.DetectionSet.encode({
    sensorId: m.sensorId,
    seq: bigintToLong(m.seq, true),
    captureTimeNs: bigintToLong(m.captureTimeNs),
    publishTimeNs: bigintToLong(m.publishTimeNs),
    modelName: m.modelName,
    modelVersion: m.modelVersion,
    backend: m.backend,
    frameWidth: m.frameWidth,
    frameHeight: m.frameHeight,
    detections: m.detections.map((d) => ({
      classId: d.classId,
      label: d.label,
      score: d.score,
      x1: d.box[0],
      y1: d.box[1],
      x2: d.box[2],
      y2: d.box[3],
    })),
    timings: encodeStageTimings(m.timings),
    degradedReasons: m.degradedReasons === undefined ? [] : [...m.degradedReasons],
  }).finish();
}

export function decodeDetectionSet(bytes: Uint8Array): DetectionSetMessage {
  const d = vigil.v1.DetectionSet.decode(bytes);
  return {
    sensorId: d.sensorId,
    seq: longToBigint(d.seq),
    captureTimeNs: longToBigint(d.captureTimeNs),
    publishTimeNs: longToBigint(d.publishTimeNs),
    modelName: d.modelName,
    modelVersion: d.modelVersion,
    backend: d.backend,
    frameWidth: d.frameWidth,
    frameHeight: d.frameHeight,
    // Repeated fields decode as the optional-field interface; proto3 absent scalars mean 0 / "".
    detections: d.detections.map((x) => ({
      classId: x.classId ?? 0,
      label: x.label ?? "",
      score: x.score ?? 0,
      box: [x.x1 ?? 0, x.y1 ?? 0, x.x2 ?? 0, x.y2 ?? 0],
    })),
    timings: decodeStageTimings(d.timings),
    ...(d.degradedReasons !== undefined && d.degradedReasons.length > 0 ? { degradedReasons: d.degradedReasons } : {}),
  };
}
