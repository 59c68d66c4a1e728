import sharp, { type Sharp } from "sharp";
import { ErrorCode, VigilError } from "../errors/index.js";
import type { ImageInput } from "../perception/index.js";
import type { SensorHealthConfig } from "./sensor-health-config.js";
import { SensorHealthConfigSchema } from "./sensor-health-config.js";

/** Image statistics of one (thumbnail) frame, on Rec. 601 luminance. */
export interface FrameStatistics {
  width: number;
  height: number;
  /** Mean luminance, 0..255. */
  mean: number;
  /** Population standard deviation of luminance (contrast), 0..127.5. */
  std: number;
  /** Fraction of pixels with luminance <= 16. */
  blackFraction: number;
  /** Fraction of pixels with luminance >= 240. */
  saturatedFraction: number;
  /** Population variance of the 4-neighbour 3x3 Laplacian over interior pixels; 0 when width or height < 3. */
  sharpness: number;
  /** FNV-1a 64 of the pixel bytes, 16 lower-case hex digits. */
  hash: string;
}

const BLACK_LEVEL = 16;
const SATURATED_LEVEL = 240;

/**
 * Statistics of a small gray (1 channel) or RGB (3 channels) buffer, row-major, no padding.
 * Allocates nothing but the result; meant for a thumbnail (see thumbnailFor), O(pixels).
 *   const stats = frameStatistics(thumb.pixels, thumb.width, thumb.height, thumb.channels);
 */
export function frameStatistics(pixels: Uint8Array, width: number, height: number, channels: 1 | 3): FrameStatistics {
  if (!isDimension(width) || !isDimension(height) || (channels !== 1 && channels !== 3)) {
    throw new VigilError(
      "FRAME_DIMENSION_MISMATCH",
      `frame statistics need integer width and height > 0 and 1 or 3 channels, got ${width}x${height}x${channels}`,
    );
  }
  const n = width * height;
  if (pixels.length !== n * channels) {
    throw new VigilError("FRAME_SIZE_MISMATCH", `${width}x${height}x${channels} frame needs ${n * channels} bytes, got ${pixels.length}`);
  }
  const luma =
    channels === 1
      ? (i: number): number => pixels[i]!
      : (i: number): number => 0.299 * pixels[3 * i]! + 0.587 * pixels[3 * i + 1]! + 0.114 * pixels[3 * i + 2]!;

  let sum = 0;
  let sumSq = 0;
  let black = 0;
  let saturated = 0;
  for (let i = 0; i < n; i++) {
    const y = luma(i);
    sum += y;
    sumSq += y * y;
    if (y <= BLACK_LEVEL) black++;
    if (y >= SATURATED_LEVEL) saturated++;
  }
  const mean = sum / n;

  // Laplacian [0 1 0; 1 -4 1; 0 1 0] on interior pixels; variance by the same one-pass sums.
  let lapSum = 0;
  let lapSumSq = 0;
  let lapCount = 0;
  for (let r = 1; r < height - 1; r++) {
    for (let c = 1; c < width - 1; c++) {
      const i = r * width + c;
      const l = luma(i - width) + luma(i + width) + luma(i - 1) + luma(i + 1) - 4 * luma(i);
      lapSum += l;
      lapSumSq += l * l;
      lapCount++;
    }
  }
  const lapMean = lapCount > 0 ? lapSum / lapCount : 0;

  return {
    width,
    height,
    mean,
    std: Math.sqrt(Math.max(0, sumSq / n - mean * mean)),
    blackFraction: black / n,
    saturatedFraction: saturated / n,
    sharpness: lapCount > 0 ? Math.max(0, lapSumSq / lapCount - lapMean * lapMean) : 0,
    hash: fnv1a64Hex(pixels),
  };
}

/**
 * FNV-1a 64 over bytes, in four 16-bit limbs (no bigint: about 20x faster per byte).
 * The prime 0x100000001b3 is 2^40 + 0x1b3, so h * prime = h * 0x1b3 + (h << 40).
 */
export function fnv1a64Hex(bytes: Uint8Array): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i]!;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

const hex4 = (v: number): string => v.toString(16).padStart(4, "0");


/** Why a sensor is DEGRADED; stable codes, in this order in every report. */
export const SENSOR_HEALTH_REASONS = [
  ErrorCode.SENSOR_FROZEN,
  ErrorCode.SENSOR_BLACK,
  ErrorCode.SENSOR_OVEREXPOSED,
  ErrorCode.SENSOR_LOW_CONTRAST,
  ErrorCode.SENSOR_BLURRED,
] as const;

export type SensorHealthReason = (typeof SENSOR_HEALTH_REASONS)[number];

export interface SensorHealthReport {
  state: "OK" | "DEGRADED";
  /** Raised reasons, in SENSOR_HEALTH_REASONS order; empty when OK. */
  reasons: SensorHealthReason[];
}

/**
 * One camera's health from its frame statistics: a reason rises on the first frame that shows
 * it and clears after `clear_frames` consecutive frames that do not. State is a few counters.
 *   const monitor = new SensorHealthMonitor(SensorHealthConfigSchema.parse({}));
 *   const { state, reasons } = monitor.update(frameStatistics(t.pixels, t.width, t.height, t.channels));
 *
 * One cause, one reason: a black or overexposed frame is not also reported as low contrast,
 * and blur is judged only on frames with enough contrast (a flat image has no edges to blur).
 */
export class SensorHealthMonitor {
  readonly #config: SensorHealthConfig;
  #lastHash: string | undefined;
  #sameRun = 0;
  readonly #raised: boolean[] = SENSOR_HEALTH_REASONS.map(() => false);
  readonly #goodRun: number[] = SENSOR_HEALTH_REASONS.map(() => 0);

  constructor(config: SensorHealthConfig = SensorHealthConfigSchema.parse({})) {
    this.#config = config;
  }

  update(stats: FrameStatistics): SensorHealthReport {
    const c = this.#config;
    this.#sameRun = stats.hash === this.#lastHash ? this.#sameRun + 1 : 1;
    this.#lastHash = stats.hash;

    const black = stats.mean < c.black_mean_below;
    const overexposed = stats.saturatedFraction > c.overexposed_fraction_above;
    const lowContrast = !black && !overexposed && stats.std < c.low_contrast_std_below;
    const blurred = !black && !overexposed && !lowContrast && stats.sharpness < c.blur_laplacian_var_below;
    // Same order as SENSOR_HEALTH_REASONS.
    const seen = [this.#sameRun >= c.frozen_frames, black, overexposed, lowContrast, blurred];

    const reasons: SensorHealthReason[] = [];
    for (let k = 0; k < SENSOR_HEALTH_REASONS.length; k++) {
      if (seen[k]) {
        this.#raised[k] = true;
        this.#goodRun[k] = 0;
      } else if (this.#raised[k] && ++this.#goodRun[k]! >= c.clear_frames) {
        this.#raised[k] = false;
        this.#goodRun[k] = 0;
      }
      if (this.#raised[k]) reasons.push(SENSOR_HEALTH_REASONS[k]!);
    }
    return { state: reasons.length === 0 ? "OK" : "DEGRADED", reasons };
  }
}

/** A greyscale thumbnail: one byte per pixel, row-major. */
export interface Thumbnail {
  pixels: Uint8Array;
  width: number;
  height: number;
  channels: 1;
}

export interface ThumbnailOptions {
  /** Defaults 64 x 48; the image is shrunk to fit inside, keeping its aspect, never enlarged. */
  maxWidth?: number;
  maxHeight?: number;
}

const RAW_CHANNELS = { rgb8: 3, bgr8: 3, gray8: 1 } as const;
/** bgr8 -> rgb8 before sharp's greyscale, which weighs bands as R, G, B. */
const SWAP_RB: [[number, number, number], [number, number, number], [number, number, number]] = [
  [0, 0, 1],
  [0, 1, 0],
  [1, 0, 0],
];

/**
 * Decodes a frame and shrinks it (nearest neighbour) to a greyscale thumbnail of at most
 * 64x48, cheap enough to run on every frame before frameStatistics. The grey is sharp's
 * (libvips: Rec. 709 weights in linear light, re-encoded to sRGB), the same for every encoding.
 *   const t = await thumbnailFor({ encoding: "jpeg", data });
 */
export async function thumbnailFor(image: ImageInput, { maxWidth = 64, maxHeight = 48 }: ThumbnailOptions = {}): Promise<Thumbnail> {
  const inside = { fit: "inside", kernel: "nearest", withoutEnlargement: true } as const;
  let pipeline = open(image);
  try {
    if (image.encoding === "bgr8") {
      // sharp converts to grey before any recomb, so swap B and R on the small image first.
      const swapped = await pipeline.resize(maxWidth, maxHeight, inside).recomb(SWAP_RB).raw().toBuffer({ resolveWithObject: true });
      pipeline = sharp(swapped.data, { raw: { width: swapped.info.width, height: swapped.info.height, channels: 3 } });
    }
    const { data, info } = await pipeline
      .removeAlpha()
      .resize(maxWidth, maxHeight, inside)
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 1) throw new Error(`decoder returned ${info.channels} channels`);
    return { pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height, channels: 1 };
  } catch (err) {
    throw new VigilError("FRAME_UNDECODABLE", `cannot decode ${image.encoding} frame: ${(err as Error).message}`, { cause: err });
  }
}

function open(image: ImageInput): Sharp {
  switch (image.encoding) {
    case "jpeg":
    case "png":
      return sharp(image.data);
    case "rgb8":
    case "bgr8":
    case "gray8": {
      const channels = RAW_CHANNELS[image.encoding];
      const { width, height, data } = image;
      if (!isDimension(width) || !isDimension(height)) {
        throw new VigilError(
          "FRAME_DIMENSION_MISMATCH",
          `${image.encoding} frame needs integer width and height > 0, got ${String(width)}x${String(height)}`,
        );
      }
      if (data.byteLength !== width * height * channels) {
        throw new VigilError(
          "FRAME_SIZE_MISMATCH",
          `${image.encoding} frame ${width}x${height} needs ${width * height * channels} bytes, got ${data.byteLength}`,
        );
      }
      return sharp(data, { raw: { width, height, channels } });
    }
    default:
      throw new VigilError("FRAME_UNKNOWN_ENCODING", `unknown pixel encoding "${String((image as ImageInput).encoding)}"`);
  }
}

const isDimension = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n > 0;
