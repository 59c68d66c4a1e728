import { describe, expect, it } from "vitest";
import { computeLetterbox, mapBoxToSource } from "../../runtime/perception/index.js";

describe("letterbox geometry", () => {
  it("centres bus.jpg (810x1080) in 640x640 as Ultralytics does: r 0.5926, left pad 80", () => {
    const lb = computeLetterbox(810, 1080, 640, 640, "center");
    expect(lb.scale).toBeCloseTo(0.5926, 4);
    expect([lb.resizedWidth, lb.resizedHeight, lb.padLeft, lb.padTop]).toEqual([480, 640, 80, 0]);
    expect([lb.srcWidth, lb.srcHeight, lb.inputWidth, lb.inputHeight]).toEqual([810, 1080, 640, 640]);
    expect(Object.is(lb.padTop, 0)).toBe(true);
  });

  it("puts the odd padding pixel at the bottom/right (the -0.1 bias)", () => {
    // 640x635 fits at r = 1; 5 rows of padding split 2 above, 3 below.
    const lb = computeLetterbox(640, 635, 640, 640, "center");
    expect([lb.scale, lb.resizedHeight, lb.padTop, lb.padLeft]).toEqual([1, 635, 2, 0]);
  });

  it("pastes bus.jpg at the top-left of 416x416 with floored sizes, as YOLOX does", () => {
    const lb = computeLetterbox(810, 1080, 416, 416, "top-left");
    expect(lb.scale).toBeCloseTo(416 / 1080, 12);
    expect([lb.resizedWidth, lb.resizedHeight, lb.padLeft, lb.padTop]).toEqual([312, 416, 0, 0]);
  });

  it("scales small images up and keeps slivers at least one pixel", () => {
    const up = computeLetterbox(320, 160, 640, 640, "center");
    expect([up.scale, up.resizedWidth, up.resizedHeight, up.padLeft, up.padTop]).toEqual([2, 640, 320, 0, 160]);
    const sliver = computeLetterbox(5000, 1, 416, 416, "top-left");
    expect([sliver.resizedWidth, sliver.resizedHeight]).toEqual([416, 1]);
  });

  it("maps boxes back to source pixels and clips them to the image", () => {
    const lb = computeLetterbox(810, 1080, 640, 640, "center");
    const [x1, y1, x2, y2] = mapBoxToSource(lb, 80 + 0.5926 * 100, 0.5926 * 200, 80 + 0.5926 * 300, 0.5926 * 400);
    expect(x1).toBeCloseTo(100, 1);
    expect(y1).toBeCloseTo(200, 1);
    expect(x2).toBeCloseTo(300, 1);
    expect(y2).toBeCloseTo(400, 1);
    expect(mapBoxToSource(lb, 70, -5, 700, 650)).toEqual([0, 0, 810, 1080]);
    const yolox = computeLetterbox(810, 1080, 416, 416, "top-left");
    expect(mapBoxToSource(yolox, 104, 208, 208, 416)).toEqual([270, 540, 540, 1080]);
  });
});
