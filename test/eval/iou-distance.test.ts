import { describe, expect, it } from "vitest";
import { iouDistance } from "../../runtime/eval/index.js";

const b = (left: number, top: number, width: number, height: number) => ({ left, top, width, height });

describe("iouDistance", () => {
  it.each([
    [b(0, 0, 10, 10), b(0, 0, 10, 10), 0],
    [b(0, 0, 10, 10), b(5, 0, 10, 10), 1 - 50 / 150],
    [b(0, 0, 10, 10), b(2, 2, 5, 5), 1 - 25 / 100],
    [b(0, 0, 10, 10), b(10, 0, 10, 10), 1], // touching
    [b(0, 0, 10, 10), b(50, 50, 10, 10), 1],
    [b(0, 0, 0, 0), b(0, 0, 0, 0), 1], // degenerate: no overlap, no division by zero
  ])("%o vs %o -> %d", (a, c, want) => {
    expect(iouDistance(a, c)).toBeCloseTo(want, 12);
    expect(iouDistance(c, a)).toBeCloseTo(want, 12);
  });
});
