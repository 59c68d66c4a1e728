import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { beforeAll, expect, it } from "vitest";
import { isVigilError } from "../../runtime/errors/index.js";
import { preprocessImage, type ImageInput, type PreprocessOptions } from "../../runtime/perception/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";

const V8: PreprocessOptions = { width: 640, height: 640, letterbox: "center", padValue: 114, channelOrder: "rgb", scale: "1/255" };
const X: PreprocessOptions = { width: 416, height: 416, letterbox: "top-left", padValue: 114, channelOrder: "bgr", scale: "none" };

// toEqual on a million floats takes seconds; count differences instead.
function differingValues(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

async function codeOf(image: ImageInput): Promise<string | undefined> {
  try {
    await preprocessImage(image, V8);
  } catch (err) {
    if (isVigilError(err)) return err.code;
    throw err;
  }
  return undefined;
}

describeWithFixtures("sharp preprocessing", ["images/bus.jpg"], () => {
  let jpeg: Buffer;
  let rgb: Buffer;
  const W = 810;
  const H = 1080;

  beforeAll(async () => {
    jpeg = await readFile(fixture("images/bus.jpg"));
    rgb = await sharp(jpeg).raw().toBuffer();
  });

  it("letterboxes bus.jpg into a [1, 3, 640, 640] tensor with the pad value around it", async () => {
    const input = await preprocessImage({ encoding: "jpeg", data: jpeg }, V8);
    expect(input.dims).toEqual([1, 3, 640, 640]);
    expect(input.tensor).toHaveLength(3 * 640 * 640);
    expect(input.letterbox).toEqual({ scale: 640 / 1080, padLeft: 80, padTop: 0, srcWidth: 810, srcHeight: 1080 });
    const pad = Math.fround(114 / 255);
    // Left and right margins in every plane are pad; the image starts at x = 80 and ends at 559.
    for (const plane of [0, 1, 2]) {
      for (const x of [0, 79, 560, 639]) expect(input.tensor[plane * 640 * 640 + 320 * 640 + x]).toBe(pad);
    }
    const inside = Array.from({ length: 480 }, (_, i) => input.tensor[320 * 640 + 80 + i]!);
    expect(inside.some((v) => v !== pad)).toBe(true);
    expect(input.tensor.reduce((m, v) => Math.max(m, v), 0)).toBeLessThanOrEqual(1);
  });

  it("gives rgb8 the same tensor as the JPEG, and bgr8 (swapped bytes) too", async () => {
    const fromJpeg = await preprocessImage({ encoding: "jpeg", data: jpeg }, V8);
    const fromRgb = await preprocessImage({ encoding: "rgb8", data: rgb, width: W, height: H }, V8);
    const bgr = Buffer.from(rgb);
    for (let i = 0; i < bgr.length; i += 3) [bgr[i], bgr[i + 2]] = [bgr[i + 2]!, bgr[i]!];
    const fromBgr = await preprocessImage({ encoding: "bgr8", data: bgr, width: W, height: H }, V8);
    expect(differingValues(fromRgb.tensor, fromJpeg.tensor)).toBe(0);
    expect(differingValues(fromBgr.tensor, fromJpeg.tensor)).toBe(0);
    expect(fromBgr.letterbox).toEqual(fromJpeg.letterbox);
  });

  it("follows the spec's channel order and scale: YOLOX gets BGR planes of 0-255 values", async () => {
    const rgbUnit = await preprocessImage({ encoding: "jpeg", data: jpeg }, { ...X, channelOrder: "rgb", scale: "1/255" });
    const yolox = await preprocessImage({ encoding: "jpeg", data: jpeg }, X);
    const plane = 416 * 416;
    const at = 200 * 416 + 150; // inside the 312x416 image
    expect(yolox.tensor[at]).toBeCloseTo(rgbUnit.tensor[2 * plane + at]! * 255, 3); // B first
    expect(yolox.tensor[plane + at]).toBeCloseTo(rgbUnit.tensor[plane + at]! * 255, 3);
    expect(yolox.tensor[2 * plane + at]).toBeCloseTo(rgbUnit.tensor[at]! * 255, 3);
    expect(yolox.tensor[200 * 416 + 400]).toBe(114); // right of x = 312 is pad
    expect(yolox.tensor[415 * 416 + 311]).not.toBe(114);
  });

  it("expands gray8 to three equal planes", async () => {
    const gray = await sharp(jpeg).greyscale().raw().toBuffer();
    const input = await preprocessImage({ encoding: "gray8", data: gray, width: W, height: H }, V8);
    const plane = 640 * 640;
    const at = 300 * 640 + 200;
    expect(input.tensor[at]).toBe(input.tensor[plane + at]);
    expect(input.tensor[at]).toBe(input.tensor[2 * plane + at]);
    expect(input.letterbox.srcWidth).toBe(W);
  });

  it("reads PNG as well as JPEG", async () => {
    const png = await sharp(rgb, { raw: { width: W, height: H, channels: 3 } }).png().toBuffer();
    const fromPng = await preprocessImage({ encoding: "png", data: png }, V8);
    const fromRgb = await preprocessImage({ encoding: "rgb8", data: rgb, width: W, height: H }, V8);
    expect(differingValues(fromPng.tensor, fromRgb.tensor)).toBe(0);
  });

  it("rejects bad frames with a reason code", async () => {
    const png = await sharp(rgb, { raw: { width: W, height: H, channels: 3 } }).png().toBuffer();
    expect(await codeOf({ encoding: "jpeg", data: new Uint8Array([1, 2, 3, 4]) })).toBe("FRAME_UNDECODABLE");
    expect(await codeOf({ encoding: "jpeg", data: jpeg.subarray(0, 40_000) })).toBe("FRAME_UNDECODABLE");
    expect(await codeOf({ encoding: "png", data: new Uint8Array(0) })).toBe("FRAME_UNDECODABLE");
    expect(await codeOf({ encoding: "jpeg", data: png })).toBe("FRAME_UNDECODABLE");
    expect(await codeOf({ encoding: "rgb8", data: rgb, width: W, height: H - 1 })).toBe("FRAME_SIZE_MISMATCH");
    expect(await codeOf({ encoding: "gray8", data: rgb })).toBe("FRAME_DIMENSION_MISMATCH");
    expect(await codeOf({ encoding: "yuv420" as "rgb8", data: rgb, width: W, height: H })).toBe("FRAME_UNKNOWN_ENCODING");
  });
});
