import { describe, expect, it } from "vitest";
import { isVigilError } from "../../runtime/errors/index.js";
import { writeNchw } from "../../runtime/perception/index.js";

// A 2x1 image placed at x = 1 in a 4x2 input.
const layout = { inputWidth: 4, inputHeight: 2, resizedWidth: 2, resizedHeight: 1, padLeft: 1, padTop: 0 };
const P = 9; // pad value

describe("HWC -> NCHW", () => {
  it("writes planes in the model's order around the pad value, unscaled", () => {
    const rgb = Uint8Array.of(10, 20, 30, 40, 50, 60);
    const t = writeNchw({ data: rgb, channels: 3, order: "rgb" }, layout, { channelOrder: "rgb", scale: "none", padValue: P });
    expect(Array.from(t)).toEqual([
      ...[P, 10, 40, P, P, P, P, P], // R
      ...[P, 20, 50, P, P, P, P, P], // G
      ...[P, 30, 60, P, P, P, P, P], // B
    ]);
  });

  it("swaps bands when source and model orders differ, and scales by 1/255", () => {
    const bgr = Uint8Array.of(30, 20, 10, 60, 50, 40); // the same pixels as BGR
    const rgbOut = writeNchw({ data: bgr, channels: 3, order: "bgr" }, layout, { channelOrder: "rgb", scale: "none", padValue: P });
    expect(Array.from(rgbOut.subarray(0, 4))).toEqual([P, 10, 40, P]);
    const bgrOut = writeNchw({ data: bgr, channels: 3, order: "bgr" }, layout, { channelOrder: "bgr", scale: "1/255", padValue: 255 });
    expect(Array.from(bgrOut.subarray(0, 4))).toEqual([1, Math.fround(30 / 255), Math.fround(60 / 255), 1]);
  });

  it("expands grey to three equal planes", () => {
    const t = writeNchw({ data: Uint8Array.of(7, 8), channels: 1, order: "rgb" }, layout, { channelOrder: "bgr", scale: "none", padValue: 0 });
    for (const p of [0, 8, 16]) expect(Array.from(t.subarray(p, p + 4))).toEqual([0, 7, 8, 0]);
  });

  it("refuses pixels that do not fit the layout", () => {
    let code: string | undefined;
    try {
      writeNchw({ data: new Uint8Array(5), channels: 3, order: "rgb" }, layout, { channelOrder: "rgb", scale: "none", padValue: 0 });
    } catch (err) {
      code = isVigilError(err) ? err.code : "other";
    }
    expect(code).toBe("FRAME_SIZE_MISMATCH");
  });
});
