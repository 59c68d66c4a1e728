import { describe, expect, it } from "vitest";
import { computeIdCounts, computeMotMetrics, MotAccumulator, type MotFrameBox } from "../../runtime/eval/index.js";

const box = (id: number, left: number): MotFrameBox => ({ id, left, top: 0, width: 10, height: 10 });

function run(frames: [MotFrameBox[], MotFrameBox[]][]): MotAccumulator {
  const acc = new MotAccumulator();
  frames.forEach(([objects, hypotheses], k) => acc.update(k + 1, objects, hypotheses));
  return acc;
}

describe("ID metrics (py-motmetrics id_global_assignment)", () => {
  it("gives an object to one hypothesis only: the other's frames are false positives", () => {
    const acc = run([
      [[box(1, 0)], [box(7, 0)]],
      [[box(1, 0)], [box(7, 0)]],
      [[box(1, 0)], [box(8, 0)]],
      [[box(1, 0)], [box(8, 0)]],
    ]);
    expect(computeIdCounts(acc.presence)).toEqual({ idtp: 2, idfp: 2, idfn: 2 });
    const m = computeMotMetrics(acc);
    expect([m.idp, m.idr, m.idf1]).toEqual([0.5, 0.5, 0.5]);
  });

  it("takes the global optimum, not the largest overlap first", () => {
    // A-X overlap 3 frames, A-Y 2, B-X 2: greedy A-X gives IDTP 3, the optimum A-Y + B-X gives 4.
    const A = 1;
    const B = 2;
    const X = 10;
    const Y = 11;
    const acc = run([
      [[box(A, 0)], [box(X, 0)]],
      [[box(A, 0)], [box(X, 0)]],
      [[box(A, 0)], [box(X, 0)]],
      [[box(A, 0), box(B, 100)], [box(X, 100), box(Y, 0)]],
      [[box(A, 0), box(B, 100)], [box(X, 100), box(Y, 0)]],
    ]);
    expect(computeIdCounts(acc.presence)).toEqual({ idtp: 4, idfp: 3, idfn: 3 });
    const m = computeMotMetrics(acc);
    expect(m.idf1).toBeCloseTo((2 * 4) / (7 + 7), 12);
    expect(m.idp).toBeCloseTo(4 / 7, 12);
    expect(m.idr).toBeCloseTo(4 / 7, 12);
  });

  it("with no hypotheses every object frame is an ID miss", () => {
    const acc = run([[[box(1, 0), box(2, 50)], []]]);
    expect(computeIdCounts(acc.presence)).toEqual({ idtp: 0, idfp: 0, idfn: 2 });
    const m = computeMotMetrics(acc);
    expect(m.idf1).toBe(0);
    expect(Number.isNaN(m.idp)).toBe(true);
    expect(Number.isNaN(m.motp)).toBe(true);
  });
});
