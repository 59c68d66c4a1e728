// Image sizes read from compressed headers without decoding pixels. Ingest checks every
// JPEG/PNG frame against its declared size at thousands of frames per second, so these
// functions only walk markers / chunk headers and never allocate pixel buffers; the
// perception stage decodes and reports FRAME_UNDECODABLE when the body is corrupt.

/**
 * Width and height in pixels, as the image header states them.
 *   const { width, height } = readJpegSize(bytes) ?? { width: 0, height: 0 };
 */
export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

const be16 = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const be32 = (b: Uint8Array, i: number): number =>
  (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0;

/** SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
const isStartOfFrame = (marker: number): boolean =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Markers that stand alone, without a length field: TEM and RST0..RST7. (SOI/EOI are handled apart.) */
const isStandalone = (marker: number): boolean => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/**
 * Reads a JPEG's size from its SOFn segment (baseline, progressive, lossless, arithmetic),
 * skipping APPn, COM, DQT, DHT and other segments by their lengths. Null when the bytes are
 * not a JPEG or end before the SOF segment.
 *   const size = readJpegSize(bytes); // { width: 768, height: 576 } or null
 */
export function readJpegSize(data: Uint8Array): ImageSize | null {
  const n = data.length;
  if (n < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  let pos = 2;
  while (pos < n) {
    if (data[pos] !== 0xff) return null; // every segment starts with 0xFF: anything else is garbage
    while (pos < n && data[pos] === 0xff) pos++; // fill bytes: any number of 0xFF may precede a marker
    if (pos >= n) return null;
    const marker = data[pos] as number;
    if (isStandalone(marker)) {
      pos++;
      continue;
    }
    // A second SOI, EOI, or start of scan before any SOF: not a frame we can size.
    if (marker === 0xd8 || marker === 0xd9 || marker === 0xda || marker === 0x00) return null;
    if (pos + 2 >= n) return null;
    const length = be16(data, pos + 1); // includes its own two bytes
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      // length(2) precision(1) height(2) width(2) components(1): at least 8 bytes.
      if (length < 8 || pos + 8 >= n) return null;
      return { height: be16(data, pos + 4), width: be16(data, pos + 6) };
    }
    pos += 1 + length;
  }
  return null;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const IHDR = 0x49484452; // "IHDR"

/** CRC-32 (ISO 3309, as PNG uses it), table built once. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Reads a PNG's size from its signature and IHDR chunk (checked by its CRC). Null when the
 * bytes are not a PNG or the IHDR chunk is missing, truncated or corrupt.
 *   const size = readPngSize(bytes); // { width: 640, height: 480 } or null
 */
export function readPngSize(data: Uint8Array): ImageSize | null {
  // signature(8) + IHDR length(4) + type(4) + data(13) + crc(4)
  if (data.length < 33) return null;
  for (let i = 0; i < PNG_SIGNATURE.length; i++) if (data[i] !== PNG_SIGNATURE[i]) return null;
  if (be32(data, 8) !== 13 || be32(data, 12) !== IHDR) return null;
  if (crc32(data, 12, 29) !== be32(data, 29)) return null;
  return { width: be32(data, 16), height: be32(data, 20) };
}

/**
 * The size a compressed frame's header states, by encoding; null when it can't be read.
 *   readImageSize("jpeg", frame.data)
 */
export function readImageSize(encoding: "jpeg" | "png", data: Uint8Array): ImageSize | null {
  return encoding === "jpeg" ? readJpegSize(data) : readPngSize(data);
}
