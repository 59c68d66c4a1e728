import { bigintToLong, vigil } from "../../proto/index.js";
import type { PixelEncoding } from "../perception/detection-types.js";

/**
 * A SensorFrame in plain fields: bigint nanosecond times, encodings by name; unset numbers are 0.
 *   encodeSensorFrame({ sensorId: "cam0", encoding: "gray8", width: 2, height: 1, data: Uint8Array.of(0, 255) })
 */
export interface SensorFrameFields {
  sensorId: string;
  seq?: bigint;
  captureTimeNs?: bigint;
  sentTimeNs?: bigint;
  encoding: PixelEncoding;
  /** Required for raw encodings; optional for JPEG/PNG (then it must match the header). */
  width?: number;
  height?: number;
  data: Uint8Array;
  tags?: Record<string, string>;
}

/**
 * The wire enum for a pixel encoding name.
 *   encodingToProto("jpeg") === vigil.v1.Encoding.ENCODING_JPEG
 */
export function encodingToProto(encoding: PixelEncoding): vigil.v1.Encoding {
  switch (encoding) {
    case "jpeg":
      return vigil.v1.Encoding.ENCODING_JPEG;
    case "png":
      return vigil.v1.Encoding.ENCODING_PNG;
    case "rgb8":
      return vigil.v1.Encoding.ENCODING_RGB8;
    case "bgr8":
      return vigil.v1.Encoding.ENCODING_BGR8;
    case "gray8":
      return vigil.v1.Encoding.ENCODING_GRAY8;
  }
}

/**
 * The pixel encoding name for a wire enum value; undefined for UNSPECIFIED and for values
 * this build does not know (a newer sender's enum decodes as a bare number).
 *   encodingFromProto(frame.encoding) ?? reject("FRAME_UNKNOWN_ENCODING")
 */
export function encodingFromProto(encoding: number): PixelEncoding | undefined {
  switch (encoding) {
    case vigil.v1.Encoding.ENCODING_JPEG:
      return "jpeg";
    case vigil.v1.Encoding.ENCODING_PNG:
      return "png";
    case vigil.v1.Encoding.ENCODING_RGB8:
      return "rgb8";
    case vigil.v1.Encoding.ENCODING_BGR8:
      return "bgr8";
    case vigil.v1.Encoding.ENCODING_GRAY8:
      return "gray8";
    default:
      return undefined;
  }
}

/**
 * Encodes a SensorFrame for senders (simulated cameras, tests, benchmarks).
 *   const bytes = encodeSensorFrame({ sensorId: "cam0", seq: 1n, captureTimeNs: clock.nowNs(), encoding: "jpeg", data: jpeg });
 *   await push.send(bytes);
 */
export function encodeSensorFrame(fields: SensorFrameFields): Uint8Array {
  return vigil.v1.SensorFrame.encode({
    sensorId: fields.sensorId,
    seq: bigintToLong(fields.seq ?? 0n, true),
    captureTimeNs: bigintToLong(fields.captureTimeNs ?? 0n),
    sentTimeNs: bigintToLong(fields.sentTimeNs ?? 0n),
    encoding: encodingToProto(fields.encoding),
    width: fields.width ?? 0,
    height: fields.height ?? 0,
    data: fields.data,
    tags: fields.tags ?? {},
  }).finish();
}
