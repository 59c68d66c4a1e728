import { describe, expect, it } from "vitest";
import { boxIou, iouCostMatrix } from "../../runtime/tracking/index.js";
import { mulberry32 } from "../../runtime/sim/index.js";


describe("iouCostMatrix", () => {
  it("equals 1 - boxIou pair by pair, with pairs under minIou or across classes forbidden", () => {
    const random = mulberry32(3);
    for (let trial = 0; trial < 200; trial++) {
      const rows = Math.floor(random() * 12);
      const cols = Math.floor(random() * 12);
      const box = (): number[] => {
        const x = random() * 300;
        const y = random() * 200;
        return [x, y, x + 5 + random() * 120, y + 5 + random() * 120];
      };
      const a = Array.from({ length: rows }, box);
      const b = Array.from({ length: cols }, box);
      const ca = Int32Array.from({ length: rows }, () => Math.floor(random() * 2));
      const cb = Int32Array.from({ length: cols }, () => Math.floor(random() * 2));
      const minIou = random() * 0.5;
      const classAware = random() < 0.5;
      const out = new Float64Array(rows * cols + 3).fill(-1);
      iouCostMatrix(Float64Array.from(a.flat()), rows, Float64Array.from(b.flat()), cols, minIou, out, new Int32Array(cols), classAware ? { a: ca, b: cb } : undefined);
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          const iou = boxIou(a[i]!, b[j]!);
          const allowed = iou > 0 && iou >= minIou && (!classAware || ca[i] === cb[j]);
          if (allowed) expect(out[i * cols + j]).toBeCloseTo(1 - iou, 12);
          else expect(out[i * cols + j]).toBe(Number.POSITIVE_INFINITY);
        }
      }
      expect(out[rows * cols]).toBe(-1); // nothing written past rows x cols
    }
  });

  it("boxIou: a third for half-overlapping squares, 0 for touching or empty boxes", () => {
    expect(boxIou([0, 0, 10, 10], [5, 0, 15, 10])).toBeCloseTo(1 / 3, 12);
    expect(boxIou([0, 0, 10, 10], [10, 0, 20, 10])).toBe(0);
    expect(boxIou([0, 0, 0, 0], [0, 0, 0, 0])).toBe(0);
  });
});
