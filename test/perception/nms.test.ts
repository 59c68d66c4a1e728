import { describe, expect, it } from "vitest";
import { createCandidates, nms, type Candidates } from "../../runtime/perception/index.js";

function candidates(list: { box: [number, number, number, number]; score: number; classId: number }[]): Candidates {
  const c = createCandidates(list.length);
  list.forEach(({ box, score, classId }, i) => {
    c.boxes.set(box, 4 * i);
    c.scores[i] = score;
    c.classIds[i] = classId;
  });
  c.count = list.length;
  return c;
}

describe("class-wise greedy NMS", () => {
  it("suppresses an overlapping box of the same class but keeps one of another class", () => {
    const c = candidates([
      { box: [0, 0, 100, 100], score: 0.8, classId: 0 },
      { box: [5, 5, 105, 105], score: 0.9, classId: 0 }, // IoU with the first ~0.82
      { box: [0, 0, 100, 100], score: 0.7, classId: 5 }, // same place, other class
      { box: [200, 200, 250, 250], score: 0.6, classId: 0 }, // far away
    ]);
    expect(nms(c, { iouThreshold: 0.45, maxDetections: 300 })).toEqual([1, 2, 3]);
  });

  it("keeps boxes whose IoU is at or below the threshold", () => {
    // IoU = 50 / 150 = 1/3
    const c = candidates([
      { box: [0, 0, 10, 10], score: 0.9, classId: 0 },
      { box: [5, 0, 15, 10], score: 0.8, classId: 0 },
    ]);
    expect(nms(c, { iouThreshold: 0.45, maxDetections: 300 })).toEqual([0, 1]);
    expect(nms(c, { iouThreshold: 0.3, maxDetections: 300 })).toEqual([0]);
  });

  it("returns indices by descending score and honours max_detections", () => {
    const c = candidates(
      [0.3, 0.9, 0.5, 0.7, 0.1].map((score, i) => ({ box: [i * 100, 0, i * 100 + 50, 50], score, classId: i % 2 })),
    );
    expect(nms(c, { iouThreshold: 0.45, maxDetections: 300 })).toEqual([1, 3, 2, 0, 4]);
    expect(nms(c, { iouThreshold: 0.45, maxDetections: 2 })).toEqual([1, 3]);
  });

  it("breaks score ties by decoder order and handles empty input", () => {
    const c = candidates([
      { box: [0, 0, 10, 10], score: 0.5, classId: 1 },
      { box: [0, 0, 10, 10], score: 0.5, classId: 1 },
    ]);
    expect(nms(c, { iouThreshold: 0.45, maxDetections: 10 })).toEqual([0]);
    expect(nms(createCandidates(4), { iouThreshold: 0.45, maxDetections: 10 })).toEqual([]);
  });

  it("only sorts and caps when the IoU threshold is infinite (end-to-end models)", () => {
    const c = candidates([
      { box: [0, 0, 10, 10], score: 0.5, classId: 1 },
      { box: [0, 0, 10, 10], score: 0.6, classId: 1 },
    ]);
    expect(nms(c, { iouThreshold: Number.POSITIVE_INFINITY, maxDetections: 10 })).toEqual([1, 0]);
  });
});
