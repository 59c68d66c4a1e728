import { readFileSync } from "node:fs";
import sharp from "sharp";
import { beforeAll, expect, it } from "vitest";
import { readImageSize, readJpegSize, readPngSize } from "../../runtime/ingest/image-header.js";
import { describeWithFixtures, fixture } from "../fixtures.js";
import { seededBytes } from "./ingest-test-support.js";

const JPEGS = [
  { file: "images/bus.jpg", width: 810, height: 1080 },
  { file: "images/license_plate.jpg", width: 1920, height: 1280 }, // progressive (SOF2)
  { file: "video/PETS09-S2L1/000001.jpg", width: 768, height: 576 },
] as const;

/** The SOFn marker a JPEG uses, found by the same walk a decoder does. */
function sofMarker(jpeg: Uint8Array): number {
  let pos = 2;
  for (;;) {
    const marker = jpeg[pos + 1] as number;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return marker;
    pos += 2 + (((jpeg[pos + 2] as number) << 8) | (jpeg[pos + 3] as number));
  }
}

describeWithFixtures("image header sizes", JPEGS.map((j) => j.file), () => {
  for (const { file, width, height } of JPEGS) {
    it(`reads ${file} as ${width}x${height}`, () => {
      const jpeg = readFileSync(fixture(file));
      expect(readJpegSize(jpeg)).toEqual({ width, height });
      expect(readImageSize("jpeg", jpeg)).toEqual({ width, height });
    });
  }

  it("reads a progressive JPEG (SOF2) and one with APPn/COM segments before the SOF", async () => {
    const plate = readFileSync(fixture("images/license_plate.jpg"));
    expect(sofMarker(plate)).toBe(0xc2);
    const base = readFileSync(fixture("video/PETS09-S2L1/000001.jpg"));
    // Re-encode with EXIF (APP1) and ICC (APP2) segments, then splice in a COM segment after SOI.
    const withApps = await sharp(base).withMetadata({ exif: { IFD0: { Copyright: "vigil test" } } }).jpeg({ progressive: true }).toBuffer();
    const comment = Buffer.from("a comment before the frame header");
    const com = Buffer.concat([Buffer.from([0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 0xff]), comment]);
    const spliced = Buffer.concat([withApps.subarray(0, 2), com, withApps.subarray(2)]);
    expect(sofMarker(spliced)).toBe(0xc2);
    expect(readJpegSize(spliced)).toEqual({ width: 768, height: 576 });
    expect(await sharp(spliced).metadata()).toMatchObject({ width: 768, height: 576 });
  });

  let png: Buffer;
  beforeAll(async () => {
    png = await sharp(readFileSync(fixture("images/bus.jpg"))).resize(321, 207, { fit: "fill" }).png().toBuffer();
  });

  it("reads a PNG made with sharp", () => {
    expect(readPngSize(png)).toEqual({ width: 321, height: 207 });
    expect(readImageSize("png", png)).toEqual({ width: 321, height: 207 });
  });

  it("returns null for truncated images", () => {
    const jpeg = readFileSync(fixture("images/bus.jpg"));
    for (const n of [0, 1, 2, 3, 10, 20, 100]) expect(readJpegSize(jpeg.subarray(0, n)), `jpeg cut at ${n}`).toBeNull();
    for (const n of [0, 8, 16, 24, 32]) expect(readPngSize(png.subarray(0, n)), `png cut at ${n}`).toBeNull();
  });

  it("returns null for garbage and for the wrong format", () => {
    const jpeg = readFileSync(fixture("images/bus.jpg"));
    expect(readJpegSize(seededBytes(1, 4096))).toBeNull();
    expect(readPngSize(seededBytes(2, 4096))).toBeNull();
    expect(readJpegSize(png)).toBeNull();
    expect(readPngSize(jpeg)).toBeNull();
    // A JPEG whose first segment is not introduced by 0xFF.
    const broken = Buffer.from(jpeg);
    broken[2] = 0x00;
    expect(readJpegSize(broken)).toBeNull();
    // A PNG whose IHDR CRC no longer matches its contents.
    const flipped = Buffer.from(png);
    flipped[17] = (flipped[17] as number) ^ 0xff;
    expect(readPngSize(flipped)).toBeNull();
    // Start of scan before any frame header.
    expect(readJpegSize(Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 0, 0, 0, 0, 0, 0]))).toBeNull();
  });
});
