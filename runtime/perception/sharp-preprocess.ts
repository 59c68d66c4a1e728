import sharp, { type Metadata, type Sharp } from "sharp";
import { VigilError } from "../errors/index.js";
import type { ImageInput, PreparedInput } from "./detection-types.js";
import { computeLetterbox } from "./letterbox.js";
import type { ChannelOrder, LetterboxMode, PixelScale } from "./model-spec.js";
import { writeNchw } from "./nchw-tensor.js";

/** What preprocessing needs from a model spec. */
export interface PreprocessOptions {
  width: number;
  height: number;
  letterbox: LetterboxMode;
  padValue: number;
  channelOrder: ChannelOrder;
  scale: PixelScale;
}

const RAW_CHANNELS = { rgb8: 3, bgr8: 3, gray8: 1 } as const;

/**
 * Turns a frame into the model's input: decode, resize with sharp (linear kernel), pad
 * per the spec's letterbox, then an NCHW Float32Array in the spec's channel order and scale.
 *   const input = await preprocessImage({ encoding: "jpeg", data }, { width: 640, height: 640,
 *     letterbox: "center", padValue: 114, channelOrder: "rgb", scale: "1/255" });
 */
export async function preprocessImage(image: ImageInput, options: PreprocessOptions): Promise<PreparedInput> {
  const source = await openImage(image);
  const lb = computeLetterbox(source.width, source.height, options.width, options.height, options.letterbox);
  let pixels: Buffer;
  let channels: 1 | 3;
  try {
    const { data, info } = await source.pipeline
      .resize(lb.resizedWidth, lb.resizedHeight, { kernel: "linear", fit: "fill" })
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.width !== lb.resizedWidth || info.height !== lb.resizedHeight || (info.channels !== 1 && info.channels !== 3)) {
      throw new Error(`decoder returned ${info.width}x${info.height}x${info.channels}`);
    }
    pixels = data;
    channels = info.channels;
  } catch (err) {
    throw new VigilError("FRAME_UNDECODABLE", `cannot decode ${image.encoding} frame: ${(err as Error).message}`, { cause: err });
  }
  const tensor = writeNchw({ data: pixels, channels, order: source.bgr ? "bgr" : "rgb" }, lb, options);
  const { scale, padLeft, padTop, srcWidth, srcHeight } = lb;
  return {
    tensor,
    dims: [1, 3, options.height, options.width],
    letterbox: { scale, padLeft, padTop, srcWidth, srcHeight },
  };
}

interface OpenedImage {
  pipeline: Sharp;
  width: number;
  height: number;
  /** Source bytes are B, G, R (bgr8). */
  bgr: boolean;
}

async function openImage(image: ImageInput): Promise<OpenedImage> {
  switch (image.encoding) {
    case "jpeg":
    case "png":
      return openCompressed(image, image.encoding);
    case "rgb8":
    case "bgr8":
    case "gray8":
      return openRaw(image, RAW_CHANNELS[image.encoding], image.encoding === "bgr8");
    default:
      throw new VigilError("FRAME_UNKNOWN_ENCODING", `unknown pixel encoding "${String((image as ImageInput).encoding)}"`);
  }
}

async function openCompressed(image: ImageInput, format: "jpeg" | "png"): Promise<OpenedImage> {
  let meta: Metadata;
  let pipeline: Sharp;
  try {
    pipeline = sharp(image.data);
    meta = await pipeline.metadata();
  } catch (err) {
    throw new VigilError("FRAME_UNDECODABLE", `cannot decode ${format} frame: ${(err as Error).message}`, { cause: err });
  }
  // The sensor said jpeg/png; anything else (a TIFF, an SVG) is a misconfigured source.
  if (meta.format !== format) {
    throw new VigilError("FRAME_UNDECODABLE", `frame declared ${format} but its bytes are ${meta.format}`);
  }
  // Grey stays one band (expanded to 3 in the tensor loop); anything else becomes 8-bit sRGB.
  const grey = meta.channels <= 2;
  pipeline.removeAlpha().toColourspace(grey ? "b-w" : "srgb");
  return { pipeline, width: meta.width, height: meta.height, bgr: false };
}

function openRaw(image: ImageInput, channels: 1 | 3, bgr: boolean): OpenedImage {
  const { width, height, data } = image;
  if (!isDimension(width) || !isDimension(height)) {
    throw new VigilError(
      "FRAME_DIMENSION_MISMATCH",
      `${image.encoding} frame needs integer width and height > 0, got ${String(width)}x${String(height)}`,
    );
  }
  const expected = width * height * channels;
  if (data.byteLength !== expected) {
    throw new VigilError(
      "FRAME_SIZE_MISMATCH",
      `${image.encoding} frame ${width}x${height} needs ${expected} bytes, got ${data.byteLength}`,
    );
  }
  // bgr8 is resized as is: a linear resize treats each band alone, so swapping B and R in
  // the tensor loop below equals swapping before the resize, without an extra pass.
  try {
    return { pipeline: sharp(data, { raw: { width, height, channels } }), width, height, bgr };
  } catch (err) {
    throw new VigilError("FRAME_UNDECODABLE", `cannot read ${image.encoding} frame: ${(err as Error).message}`, { cause: err });
  }
}

const isDimension = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n > 0;
