import { crc32 } from "node:zlib";

/** Bytes before each payload: [u32 LE payload length][u32 LE crc32 of payload]. */
export const FRAME_HEADER_BYTES = 8;

/** Frames a payload: [u32 length][u32 crc32(payload)][payload]. */
export function encodeFrame(payload: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + payload.byteLength);
  frame.writeUInt32LE(payload.byteLength, 0);
  frame.writeUInt32LE(crc32(payload), 4);
  frame.set(payload, FRAME_HEADER_BYTES);
  return frame;
}

export interface ScannedFrames {
  frames: Array<{ offset: number; payload: Buffer }>;
  /** Bytes up to the end of the last good frame. */
  validEnd: number;
  /** A partial or corrupt frame (bad length or crc) starts at validEnd; everything from there on is unusable. */
  torn: boolean;
}

/**
 * Reads frames from the start of a file's bytes until the end or the first bad one: a
 * length running past the end (a torn write) or a crc mismatch (a corrupt record).
 * `isValid` can reject a frame whose crc matches but whose payload does not decode.
 */
export function scanFrames(buf: Buffer, isValid: (payload: Buffer) => boolean = () => true): ScannedFrames {
  const frames: ScannedFrames["frames"] = [];
  let offset = 0;
  while (offset < buf.byteLength) {
    if (buf.byteLength - offset < FRAME_HEADER_BYTES) return { frames, validEnd: offset, torn: true };
    const length = buf.readUInt32LE(offset);
    const end = offset + FRAME_HEADER_BYTES + length;
    if (length === 0 || end > buf.byteLength) return { frames, validEnd: offset, torn: true };
    const payload = buf.subarray(offset + FRAME_HEADER_BYTES, end);
    if (crc32(payload) !== buf.readUInt32LE(offset + 4) || !isValid(payload)) return { frames, validEnd: offset, torn: true };
    frames.push({ offset, payload });
    offset = end;
  }
  return { frames, validEnd: offset, torn: false };
}
