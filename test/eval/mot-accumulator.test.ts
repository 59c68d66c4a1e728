import { describe, expect, it } from "vitest";
import { compareToGroundTruth, computeMotMetrics, MotAccumulator, type MotFrameBox, type MotRow } from "../../runtime/eval/index.js";
import { isVigilError } from "../../runtime/errors/index.js";

// 10x10 boxes on a row: a shift of s pixels gives IoU (10 - s) / (10 + s), so s <= 10/3 matches.
const box = (id: number, left: number): MotFrameBox => ({ id, left, top: 0, width: 10, height: 10 });

/** Runs frames 1..n; each frame lists [objects, hypotheses]. */
function run(frames: [MotFrameBox[], MotFrameBox[]][]): MotAccumulator {
  const acc = new MotAccumulator();
  frames.forEach(([objects, hypotheses], k) => acc.update(k + 1, objects, hypotheses));
  return acc;
}

const types = (acc: MotAccumulator): string[] => acc.events.map((e) => `${e.frame}:${e.type}`);

describe("MotAccumulator (CLEAR-MOT events as py-motmetrics)", () => {
  it("matches at IoU 0.5 exactly and not below", () => {
    const acc = run([
      [[box(1, 0)], [{ id: 7, left: 0, top: 0, width: 20, height: 10 }]], // IoU 100/200 = 0.5
      [[box(1, 0)], [{ id: 7, left: 0, top: 0, width: 21, height: 10 }]], // IoU 100/210
    ]);
    expect(types(acc)).toEqual(["1:MATCH", "2:MISS", "2:FP"]);
    expect(acc.events[0]).toMatchObject({ type: "MATCH", distance: 0.5 });
  });

  it("a hypothesis taken over by another is a SWITCH", () => {
    const acc = run([
      [[box(1, 0)], [box(7, 0)]],
      [[box(1, 0)], [box(7, 1)]],
      [[box(1, 0)], [box(8, 0)]],
      [[box(1, 0)], [box(8, 0)]],
    ]);
    expect(types(acc)).toEqual(["1:MATCH", "2:MATCH", "3:SWITCH", "4:MATCH"]);
    const m = computeMotMetrics(acc);
    expect([m.num_switches, m.num_matches, m.num_detections, m.num_misses, m.num_false_positives]).toEqual([1, 3, 4, 0, 0]);
    expect(m.mota).toBeCloseTo(1 - 1 / 4, 12);
    expect(m.recall).toBe(1); // switches count as detections
    expect(m.num_fragmentations).toBe(0);
  });

  it("compares with the last hypothesis ever matched, across frames the object was missed or absent", () => {
    const acc = run([
      [[box(1, 0)], [box(7, 0)]],
      [[box(1, 0)], []], // missed
      [[], [box(8, 50)]], // absent
      [[box(1, 0)], [box(7, 0)]], // back with 7: MATCH, not SWITCH
      [[box(1, 0)], []],
      [[box(1, 0)], [box(8, 0)]], // 8 while last matched to 7: SWITCH
    ]);
    expect(types(acc)).toEqual(["1:MATCH", "2:MISS", "3:FP", "4:MATCH", "5:MISS", "6:SWITCH"]);
    const m = computeMotMetrics(acc);
    expect(m.num_switches).toBe(1);
    expect(m.num_fragmentations).toBe(2);
  });

  it("keeps the last match while it is valid even when another hypothesis fits better", () => {
    const acc = run([
      [[box(1, 0)], [box(7, 0)]],
      [[box(1, 0)], [box(7, 3), box(8, 0)]], // 7 still within IoU 0.5 (7/13); 8 is exact
    ]);
    expect(acc.events.map((e) => (e.type === "FP" ? `FP ${e.hypothesisId}` : `${e.type} ${e.objectId}`))).toEqual(["MATCH 1", "MATCH 1", "FP 8"]);
    expect(acc.events[1]).toMatchObject({ type: "MATCH", hypothesisId: 7 });
    expect(computeMotMetrics(acc).num_switches).toBe(0);
  });

  it("a hypothesis that matches two frames then drifts beyond IoU 0.5 gives a miss and a false positive", () => {
    const acc = run([
      [[box(1, 0)], [box(7, 0)]],
      [[box(1, 10)], [box(7, 12)]], // IoU 8/12
      [[box(1, 20)], [box(7, 24)]], // IoU 6/14: drifted
      [[box(1, 30)], [box(7, 36)]], // IoU 4/16
    ]);
    expect(types(acc)).toEqual(["1:MATCH", "2:MATCH", "3:MISS", "3:FP", "4:MISS", "4:FP"]);
    const m = computeMotMetrics(acc);
    expect([m.num_matches, m.num_misses, m.num_false_positives, m.num_fragmentations]).toEqual([2, 2, 2, 0]);
    expect(m.motp).toBeCloseTo((0 + (1 - 8 / 12)) / 2, 12);
    expect(m.mota).toBeCloseTo(1 - 4 / 4, 12);
    expect(m.precision).toBeCloseTo(0.5, 12);
    expect([m.mostly_tracked, m.partially_tracked, m.mostly_lost]).toEqual([0, 1, 0]);
  });

  it("counts a fragmentation each time a tracked object is lost and found again, not leading or trailing misses", () => {
    const tracked = [false, true, false, false, true, false, true, false, false];
    const acc = run(tracked.map((t) => [[box(1, 0)], t ? [box(7, 0)] : []]));
    const m = computeMotMetrics(acc);
    expect(m.num_fragmentations).toBe(2);
    expect(m.num_switches).toBe(0);
    expect(m.num_misses).toBe(6);
  });

  it("splits objects into mostly tracked (>= 0.8), partially tracked and mostly lost (< 0.2) at the boundaries", () => {
    // Object k at left 100k is tracked in the first hits[k] of n frames.
    const cases = [
      { n: 5, hits: 4 }, // 0.8: MT
      { n: 10, hits: 7 }, // 0.7: PT
      { n: 5, hits: 1 }, // 0.2: PT
      { n: 6, hits: 1 }, // 0.1667: ML
      { n: 5, hits: 0 }, // 0: ML
      { n: 3, hits: 3 }, // 1: MT
    ];
    const frames: [MotFrameBox[], MotFrameBox[]][] = [];
    for (let f = 0; f < 10; f++) {
      const objects = cases.flatMap((c, k) => (f < c.n ? [box(k, 100 * k)] : []));
      const hypotheses = cases.flatMap((c, k) => (f < c.hits ? [box(50 + k, 100 * k)] : []));
      frames.push([objects, hypotheses]);
    }
    const m = computeMotMetrics(run(frames));
    expect([m.mostly_tracked, m.partially_tracked, m.mostly_lost, m.num_unique_objects]).toEqual([2, 2, 2, 6]);
  });

  it("rejects frames out of order and an id twice in one frame", () => {
    const acc = new MotAccumulator();
    acc.update(2, [box(1, 0)], []);
    expect(() => acc.update(2, [], [])).toThrow(/increasing/);
    const dup = (): unknown => new MotAccumulator().update(1, [box(1, 0), box(1, 50)], []);
    expect(dup).toThrow(/twice/);
    try {
      dup();
    } catch (err) {
      expect(isVigilError(err, "MOT_FILE_INVALID")).toBe(true);
    }
  });
});

describe("compareToGroundTruth", () => {
  const row = (frame: number, id: number, left: number, conf = 1): MotRow => ({ frame, id, left, top: 0, width: 10, height: 10, conf, x: -1, y: -1, z: -1 });

  it("ignores ground-truth rows flagged 0 (a hypothesis on one is a false positive) and keeps every result row", () => {
    const gt = [row(1, 1, 0), row(2, 1, 0), row(2, 2, 100, 0), row(3, 2, 100, 0)];
    const res = [row(1, 7, 0, -1), row(2, 7, 0, 0.2), row(2, 8, 100, 0)];
    const m = computeMotMetrics(compareToGroundTruth(gt, res));
    expect([m.num_objects, m.num_unique_objects, m.num_matches, m.num_false_positives, m.num_misses]).toEqual([2, 1, 2, 1, 0]);
    // frame 3 holds only a flag-0 row: it is not a frame of the evaluation.
    expect(m.num_frames).toBe(2);
  });

  it("counts frames of either file and sorts them", () => {
    const gt = [row(3, 1, 0), row(1, 1, 0)];
    const res = [row(5, 7, 0), row(1, 7, 0), row(3, 7, 0)];
    const acc = compareToGroundTruth(gt, res);
    expect(acc.events.map((e) => `${e.frame}:${e.type}`)).toEqual(["1:MATCH", "3:MATCH", "5:FP"]);
    expect(acc.numFrames).toBe(3);
  });
});
