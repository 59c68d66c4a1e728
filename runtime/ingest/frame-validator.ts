import { longToBigint, vigil } from "../../proto/index.js";
import { VigilError, type FrameRejectCode } from "../errors/index.js";
import type { Clock } from "../clock/index.js";
import type { PixelEncoding } from "../perception/detection-types.js";
import type { FrameItem } from "./frame-item.js";
import { readImageSize } from "./image-header.js";
import { encodingFromProto } from "./sensor-frame-codec.js";

/**
 * The largest width or height a frame may have; beyond it (or at 0) the size is taken as
 * garbage and the frame is rejected as FRAME_DIMENSION_MISMATCH.
 */
export const MAX_FRAME_DIMENSION = 16_384;

/**
 * FrameValidator's settings; the pipeline passes ingest.max_message_bytes from its config.
 *   new FrameValidator({ maxMessageBytes: config.ingest[0].max_message_bytes, clock })
 */
export interface FrameValidatorOptions {
  /** Messages larger than this are rejected as FRAME_TOO_LARGE before decoding. */
  maxMessageBytes: number;
  /** Stamps receivedNs on every accepted frame. */
  clock: Clock;
}

/**
 * What validate() says about one message: a frame, or why it was refused (sensorId when known).
 *   const r = validator.validate(bytes); if (!r.ok) counters.rejected(r.code, r.sensorId);
 */
export type ValidationResult =
  | { ok: true; item: FrameItem }
  | { ok: false; code: FrameRejectCode; detail: string; sensorId?: string };

const BYTES_PER_PIXEL: Record<"rgb8" | "bgr8" | "gray8", number> = { rgb8: 3, bgr8: 3, gray8: 1 };

const absurd = (n: number): boolean => n === 0 || n > MAX_FRAME_DIMENSION;

/**
 * Turns one received message into a FrameItem or a reject with a stable code, without
 * decoding pixels (JPEG/PNG sizes come from their headers). Never throws on bad input.
 *   const v = new FrameValidator({ maxMessageBytes: 16 << 20, clock });
 *   const r = v.validate(bytes); if (r.ok) use(r.item); else counters.rejected(r.code, r.sensorId);
 */
export class FrameValidator {
  readonly #maxMessageBytes: number;
  readonly #clock: Clock;

  constructor({ maxMessageBytes, clock }: FrameValidatorOptions) {
    if (!Number.isSafeInteger(maxMessageBytes) || maxMessageBytes <= 0) {
      throw new VigilError("CONFIG_INVALID", `maxMessageBytes must be a positive integer, got ${maxMessageBytes}`);
    }
    this.#maxMessageBytes = maxMessageBytes;
    this.#clock = clock;
  }

  get maxMessageBytes(): number {
    return this.#maxMessageBytes;
  }

  validate(message: Uint8Array): ValidationResult {
    if (message.byteLength > this.#maxMessageBytes) {
      return reject("FRAME_TOO_LARGE", `message of ${message.byteLength} bytes exceeds max_message_bytes ${this.#maxMessageBytes}`);
    }
    let frame: vigil.v1.SensorFrame;
    try {
      frame = vigil.v1.SensorFrame.decode(message);
    } catch (err) {
      return reject("FRAME_MALFORMED", `not a SensorFrame: ${err instanceof Error ? err.message : String(err)}`);
    }
    const sensorId = frame.sensorId;
    if (sensorId === "") return reject("FRAME_MISSING_SENSOR", "sensor_id is empty");

    const encoding = encodingFromProto(frame.encoding);
    if (encoding === undefined) {
      return reject("FRAME_UNKNOWN_ENCODING", `encoding ${frame.encoding} is unspecified or unknown`, sensorId);
    }
    const data = frame.data;
    let width = frame.width;
    let height = frame.height;
    if (encoding === "jpeg" || encoding === "png") {
      const size = readImageSize(encoding, data);
      if (size === null) return reject("FRAME_UNDECODABLE", `${encoding} header unreadable (${data.byteLength} bytes)`, sensorId);
      if (absurd(size.width) || absurd(size.height)) {
        return reject("FRAME_DIMENSION_MISMATCH", `${encoding} header says ${size.width}x${size.height}`, sensorId);
      }
      if ((width !== 0 && width !== size.width) || (height !== 0 && height !== size.height)) {
        return reject(
          "FRAME_DIMENSION_MISMATCH",
          `declared ${width}x${height}, ${encoding} header says ${size.width}x${size.height}`,
          sensorId,
        );
      }
      width = size.width;
      height = size.height;
    } else {
      if (width === 0 || height === 0) {
        return reject("FRAME_SIZE_MISMATCH", `${encoding} needs width and height, got ${width}x${height}`, sensorId);
      }
      if (absurd(width) || absurd(height)) {
        return reject("FRAME_DIMENSION_MISMATCH", `${width}x${height} exceeds ${MAX_FRAME_DIMENSION}`, sensorId);
      }
      const expected = width * height * BYTES_PER_PIXEL[encoding];
      if (data.byteLength !== expected) {
        return reject(
          "FRAME_SIZE_MISMATCH",
          `${encoding} ${width}x${height} needs ${expected} bytes, got ${data.byteLength}`,
          sensorId,
        );
      }
    }

    const receivedNs = this.#clock.nowNs();
    const captureTimeNs = longToBigint(frame.captureTimeNs);
    const item: FrameItem = {
      type: "frame",
      sensorId,
      seq: longToBigint(frame.seq),
      // A sender that leaves capture_time_ns at 0 does not know when the frame was taken:
      // the receive time is the best bound we have, so frame-age checks still work.
      captureTimeNs: captureTimeNs === 0n ? receivedNs : captureTimeNs,
      sentTimeNs: longToBigint(frame.sentTimeNs),
      receivedNs,
      encoding: encoding satisfies PixelEncoding,
      width,
      height,
      data,
      // Without tags, decode leaves the prototype's shared frozen empty object: give each frame its own.
      tags: Object.isFrozen(frame.tags) ? {} : frame.tags,
    };
    return { ok: true, item };
  }
}

function reject(code: FrameRejectCode, detail: string, sensorId?: string): ValidationResult {
  return sensorId === undefined ? { ok: false, code, detail } : { ok: false, code, detail, sensorId };
}
