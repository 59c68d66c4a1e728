import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import {
  SensorHealthConfigSchema,
  SensorHealthMonitor,
  frameStatistics,
  thumbnailFor,
  type FrameStatistics,
  type SensorHealthReport,
} from "../../runtime/health/index.js";
import { fnv1a64Hex } from "../../runtime/health/sensor-health.js";
import { codeOf } from "../error-code-of.js";
import { describeWithFixtures, fixture } from "../fixtures.js";

const PETS = (n: number): string => `video/PETS09-S2L1/${String(n).padStart(6, "0")}.jpg`;
const PETS_FRAMES = [1, 2, 3, 4, 50, 100, 150];

async function statsOf(data: Uint8Array): Promise<FrameStatistics> {
  const t = await thumbnailFor({ encoding: "jpeg", data });
  return frameStatistics(t.pixels, t.width, t.height, t.channels);
}

const solidJpeg = (v: number): Promise<Buffer> =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: { r: v, g: v, b: v } } }).jpeg().toBuffer();

/** Reference FNV-1a 64 in bigint, to check the 16-bit-limb version. */
function fnvBigint(bytes: Uint8Array): string {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, "0");
}

describe("frameStatistics", () => {
  it("is exact on a 2x2 gray image", () => {
    const s = frameStatistics(Uint8Array.of(0, 0, 255, 255), 2, 2, 1);
    expect(s).toMatchObject({ width: 2, height: 2, mean: 127.5, std: 127.5, blackFraction: 0.5, saturatedFraction: 0.5, sharpness: 0 });
    expect(s.hash).toBe(fnvBigint(Uint8Array.of(0, 0, 255, 255)));
  });

  it("counts the black and saturated bounds inclusively", () => {
    const s = frameStatistics(Uint8Array.of(16, 17, 239, 240), 2, 2, 1);
    expect(s.blackFraction).toBe(0.25);
    expect(s.saturatedFraction).toBe(0.25);
    expect(s.mean).toBe(128);
  });

  it("weighs RGB by Rec. 601", () => {
    // Pure red, green, blue, white: luminance 76.245, 149.685, 29.07, 255.
    const s = frameStatistics(Uint8Array.of(255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255), 2, 2, 3);
    expect(s.mean).toBeCloseTo((76.245 + 149.685 + 29.07 + 255) / 4, 9);
    expect(s.saturatedFraction).toBe(0.25);
    expect(s.blackFraction).toBe(0);
    const grey = frameStatistics(Uint8Array.of(100, 100, 100), 1, 1, 3);
    expect(grey.mean).toBeCloseTo(100, 9);
    expect(grey.std).toBeCloseTo(0, 6);
  });

  it("takes the variance of the 3x3 Laplacian over interior pixels", () => {
    // 4x3, one bright pixel at (1,1): interior responses -32 (at it) and +8 (its right neighbour).
    const s = frameStatistics(Uint8Array.of(0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0), 4, 3, 1);
    expect(s.sharpness).toBe(400);
    expect(s.mean).toBeCloseTo(8 / 12, 12);
    expect(frameStatistics(new Uint8Array(12).fill(77), 4, 3, 1).sharpness).toBe(0);
  });

  it("hashes with FNV-1a 64", () => {
    const enc = new TextEncoder();
    expect(fnv1a64Hex(new Uint8Array(0))).toBe("cbf29ce484222325");
    expect(fnv1a64Hex(enc.encode("a"))).toBe("af63dc4c8601ec8c");
    expect(fnv1a64Hex(enc.encode("foobar"))).toBe("85944171f73967e8");
    const bytes = new Uint8Array(3072);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
    expect(fnv1a64Hex(bytes)).toBe(fnvBigint(bytes));
  });

  it("rejects a buffer that does not match its size", () => {
    expect(() => frameStatistics(new Uint8Array(5), 2, 2, 1)).toThrow(expect.objectContaining({ code: "FRAME_SIZE_MISMATCH" }));
    expect(() => frameStatistics(new Uint8Array(4), 0, 2, 1)).toThrow(expect.objectContaining({ code: "FRAME_DIMENSION_MISMATCH" }));
  });
});

describe("thumbnailFor", () => {
  it("shrinks inside 64x48 keeping the aspect, never enlarges", async () => {
    const wide = await sharp({ create: { width: 640, height: 240, channels: 3, background: "#808080" } }).png().toBuffer();
    expect(await thumbnailFor({ encoding: "png", data: wide })).toMatchObject({ width: 64, height: 24, channels: 1 });
    const small = await thumbnailFor({ encoding: "gray8", data: new Uint8Array(20 * 10).fill(9), width: 20, height: 10 });
    expect(small).toMatchObject({ width: 20, height: 10, channels: 1 });
    expect(small.pixels.length).toBe(200);
    expect(small.pixels.every((v) => v === 9)).toBe(true);
  });

  it("reads bgr8 as B, G, R", async () => {
    const rgb = new Uint8Array(8 * 8 * 3);
    for (let i = 0; i < rgb.length; i += 3) rgb[i + 2] = 255; // blue
    const bgr = new Uint8Array(rgb.length);
    for (let i = 0; i < bgr.length; i += 3) bgr[i] = 255; // blue, stored first
    const a = await thumbnailFor({ encoding: "rgb8", data: rgb, width: 8, height: 8 });
    const b = await thumbnailFor({ encoding: "bgr8", data: bgr, width: 8, height: 8 });
    expect(b.pixels).toEqual(a.pixels);
    // libvips grey (Rec. 709 in linear light): blue 0.0722 -> 76 in sRGB; the same bytes read as red, 0.2126 -> 127.
    expect(a.pixels[0]).toBe(76);
    const red = await thumbnailFor({ encoding: "rgb8", data: bgr, width: 8, height: 8 });
    expect(red.pixels[0]).toBe(127);
  });

  it("rejects bad frames with a code", async () => {
    expect(await codeOf(thumbnailFor({ encoding: "rgb8", data: new Uint8Array(10), width: 2, height: 2 }))).toBe("FRAME_SIZE_MISMATCH");
    expect(await codeOf(thumbnailFor({ encoding: "gray8", data: new Uint8Array(4) }))).toBe("FRAME_DIMENSION_MISMATCH");
    expect(await codeOf(thumbnailFor({ encoding: "jpeg", data: Uint8Array.of(1, 2, 3) }))).toBe("FRAME_UNDECODABLE");
  });
});

describe("SensorHealthConfigSchema", () => {
  it("has every default", () => {
    expect(SensorHealthConfigSchema.parse({})).toEqual({
      frozen_frames: 10,
      black_mean_below: 10,
      overexposed_fraction_above: 0.9,
      low_contrast_std_below: 4,
      blur_laplacian_var_below: 2000,
      clear_frames: 3,
    });
    expect(SensorHealthConfigSchema.safeParse({ frozen_frames: 1 }).success).toBe(false);
  });
});

describe("SensorHealthMonitor on synthetic frames", () => {
  let black: FrameStatistics;
  let white: FrameStatistics;
  let grey: FrameStatistics;
  beforeAll(async () => {
    black = await statsOf(await solidJpeg(0));
    white = await statsOf(await solidJpeg(255));
    grey = await statsOf(await solidJpeg(128));
  });

  it("reports one cause per frame", () => {
    expect(new SensorHealthMonitor().update(black)).toEqual({ state: "DEGRADED", reasons: ["SENSOR_BLACK"] });
    expect(new SensorHealthMonitor().update(white)).toEqual({ state: "DEGRADED", reasons: ["SENSOR_OVEREXPOSED"] });
    expect(new SensorHealthMonitor().update(grey)).toEqual({ state: "DEGRADED", reasons: ["SENSOR_LOW_CONTRAST"] });
    expect(black.mean).toBe(0);
    expect(white.saturatedFraction).toBe(1);
    expect(grey.std).toBe(0);
  });

  it("a flat frame with a changing hash is not frozen", () => {
    const m = new SensorHealthMonitor(SensorHealthConfigSchema.parse({ frozen_frames: 2 }));
    expect(m.update(grey).reasons).toEqual(["SENSOR_LOW_CONTRAST"]);
    expect(m.update(black).reasons).toEqual(["SENSOR_BLACK", "SENSOR_LOW_CONTRAST"]); // low contrast held by hysteresis
    expect(m.update(black).reasons).toEqual(["SENSOR_FROZEN", "SENSOR_BLACK", "SENSOR_LOW_CONTRAST"]);
  });
});

describeWithFixtures("SensorHealthMonitor on PETS09-S2L1", PETS_FRAMES.map(PETS), () => {
  const stats = new Map<number, FrameStatistics>();
  let blurred: FrameStatistics;
  let black: FrameStatistics;
  beforeAll(async () => {
    for (const n of PETS_FRAMES) stats.set(n, await statsOf(await readFile(fixture(PETS(n)))));
    blurred = await statsOf(await sharp(await readFile(fixture(PETS(1)))).blur(8).jpeg().toBuffer());
    black = await statsOf(await solidJpeg(0));
  });
  const pets = (n: number): FrameStatistics => stats.get(n)!;

  it("real frames are OK, sharp and contrasted", () => {
    const m = new SensorHealthMonitor();
    for (const n of PETS_FRAMES) {
      const s = pets(n);
      expect(m.update(s)).toEqual({ state: "OK", reasons: [] });
      expect(s).toMatchObject({ width: 64, height: 48 });
      // Measured 4186..5257 over all 150 frames; the default threshold is 2000.
      expect(s.sharpness).toBeGreaterThan(4000);
      expect(s.std).toBeGreaterThan(40);
      expect(s.mean).toBeGreaterThan(100);
      expect(s.mean).toBeLessThan(150);
    }
    expect(new Set(PETS_FRAMES.map((n) => pets(n).hash)).size).toBe(PETS_FRAMES.length);
  });

  it("a heavily blurred frame is SENSOR_BLURRED, the original is not", () => {
    expect(blurred.sharpness).toBeLessThan(1200); // measured 801..1046 over all 150 frames
    expect(blurred.std).toBeGreaterThan(40); // still contrasted: only the edges went
    expect(new SensorHealthMonitor().update(blurred)).toEqual({ state: "DEGRADED", reasons: ["SENSOR_BLURRED"] });
    expect(new SensorHealthMonitor().update(pets(1))).toEqual({ state: "OK", reasons: [] });
  });

  it("the same frame N times is SENSOR_FROZEN exactly at the Nth, cleared after M different frames", () => {
    const config = SensorHealthConfigSchema.parse({});
    const m = new SensorHealthMonitor(config);
    const reports: SensorHealthReport[] = [];
    for (let i = 0; i < config.frozen_frames; i++) reports.push(m.update(pets(1)));
    expect(reports.slice(0, -1).every((r) => r.state === "OK")).toBe(true);
    expect(reports.at(-1)).toEqual({ state: "DEGRADED", reasons: ["SENSOR_FROZEN"] });
    expect(m.update(pets(1)).reasons).toEqual(["SENSOR_FROZEN"]);
    // clear_frames = 3: the first two different frames still report it, the third clears it.
    expect([2, 3, 4].map((n) => m.update(pets(n)).state)).toEqual(["DEGRADED", "DEGRADED", "OK"]);
  });

  it("a frozen streak that a repeat interrupts starts over", () => {
    const m = new SensorHealthMonitor(SensorHealthConfigSchema.parse({ frozen_frames: 3, clear_frames: 1 }));
    const seq = [1, 1, 2, 2, 2, 3];
    expect(seq.map((n) => m.update(pets(n)).state)).toEqual(["OK", "OK", "OK", "OK", "DEGRADED", "OK"]);
  });

  it("a black-out raises at once and clears after clear_frames good frames", () => {
    const m = new SensorHealthMonitor(SensorHealthConfigSchema.parse({ clear_frames: 2 }));
    expect(m.update(pets(1)).state).toBe("OK");
    expect(m.update(black).reasons).toEqual(["SENSOR_BLACK"]);
    expect(m.update(pets(2)).reasons).toEqual(["SENSOR_BLACK"]);
    expect(m.update(black).reasons).toEqual(["SENSOR_BLACK"]); // a bad frame resets the good run
    expect(m.update(pets(3)).reasons).toEqual(["SENSOR_BLACK"]);
    expect(m.update(pets(4))).toEqual({ state: "OK", reasons: [] });
  });
});
