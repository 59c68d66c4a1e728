import { describe, expect, it } from "vitest";
import { solveAssignment } from "../../runtime/tracking/linear-assignment.js";

/** Every assignment, by brute force: the most allowed matches, then the least total cost. */
function bruteForce(cost: number[][]): { matches: number; total: number } {
  const rows = cost.length;
  const cols = cost[0]?.length ?? 0;
  let best = { matches: -1, total: Number.POSITIVE_INFINITY };
  const usedCols = new Set<number>();
  const walk = (i: number, matches: number, total: number): void => {
    if (i === rows) {
      if (matches > best.matches || (matches === best.matches && total < best.total - 1e-12)) best = { matches, total };
      return;
    }
    walk(i + 1, matches, total); // row i unmatched
    for (let j = 0; j < cols; j++) {
      if (usedCols.has(j) || !Number.isFinite(cost[i]![j]!)) continue;
      usedCols.add(j);
      walk(i + 1, matches + 1, total + cost[i]![j]!);
      usedCols.delete(j);
    }
  };
  walk(0, 0, 0);
  return best;
}

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("solveAssignment", () => {
  it("solves small cases exactly", () => {
    expect([...solveAssignment([[0.1, Infinity], [0.4, 0.2]])]).toEqual([0, 1]);
    expect([...solveAssignment([[1, 2, 3], [2, 4, 6], [3, 6, 9]])].sort()).toEqual([0, 1, 2]);
    expect([...solveAssignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]])]).toEqual([1, 0, 2]);
    expect([...solveAssignment([[Infinity, Infinity]])]).toEqual([-1]);
    expect([...solveAssignment([])]).toEqual([]);
    expect([...solveAssignment([[], []])]).toEqual([-1, -1]);
  });

  it("matches brute force on 400 random rectangular matrices with forbidden pairs", () => {
    const rand = seeded(42);
    for (let t = 0; t < 400; t++) {
      const rows = 1 + Math.floor(rand() * 6);
      const cols = 1 + Math.floor(rand() * 6);
      const cost = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rand() < 0.3 ? Infinity : Math.round(rand() * 100) / 100)));
      const got = solveAssignment(cost);
      const cols_ = new Set<number>();
      let matches = 0;
      let total = 0;
      got.forEach((j, i) => {
        if (j < 0) return;
        expect(Number.isFinite(cost[i]![j]!)).toBe(true);
        expect(cols_.has(j)).toBe(false);
        cols_.add(j);
        matches++;
        total += cost[i]![j]!;
      });
      const best = bruteForce(cost);
      expect(matches, JSON.stringify(cost)).toBe(best.matches);
      expect(total).toBeCloseTo(best.total, 9);
    }
  });
});
