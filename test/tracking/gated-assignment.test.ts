import { describe, expect, it } from "vitest";
import { gatedAssignment, solveAssignment } from "../../runtime/tracking/index.js";
import { mulberry32 } from "../../runtime/sim/index.js";


const summary = (cost: number[][], rowToCol: Int32Array): { matches: number; total: number } => {
  let matches = 0;
  let total = 0;
  rowToCol.forEach((j, i) => {
    if (j < 0) return;
    matches++;
    total += cost[i]![j]!;
  });
  return { matches, total };
};

describe("gatedAssignment", () => {
  it("finds the same optimum as solveAssignment on sparse random matrices", () => {
    const random = mulberry32(7);
    for (let trial = 0; trial < 300; trial++) {
      const rows = 1 + Math.floor(random() * 9);
      const cols = 1 + Math.floor(random() * 9);
      const density = random();
      const cost = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (random() < density ? random() : Number.POSITIVE_INFINITY)));
      const flat = Float64Array.from(cost.flat());
      const gated = gatedAssignment(flat, rows, cols);
      const dense = solveAssignment(cost);
      const a = summary(cost, gated);
      const b = summary(cost, dense);
      expect(a.matches).toBe(b.matches);
      expect(a.total).toBeCloseTo(b.total, 9);
      const cols_ = [...gated].filter((j) => j >= 0);
      expect(new Set(cols_).size).toBe(cols_.length);
      gated.forEach((j, i) => {
        if (j >= 0) expect(Number.isFinite(cost[i]![j]!)).toBe(true);
      });
    }
  });

  it("handles empty matrices and rejects a short cost array", () => {
    expect([...gatedAssignment(new Float64Array(0), 0, 3)]).toEqual([]);
    expect([...gatedAssignment(new Float64Array(0), 2, 0)]).toEqual([-1, -1]);
    expect(() => gatedAssignment(new Float64Array(3), 2, 2)).toThrow(RangeError);
  });
});
