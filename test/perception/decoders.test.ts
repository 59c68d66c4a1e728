import { describe, expect, it } from "vitest";
import { isVigilError } from "../../runtime/errors/index.js";
import {
  createCandidates,
  decodeEnd2end,
  decodeYolov5,
  decodeYolov8,
  decodeYolox,
  yoloxAnchorCount,
  type Candidates,
  type Tensor,
} from "../../runtime/perception/index.js";

const f32 = Math.fround;
const tensor = (dims: number[], values: number[]): Tensor => ({ dims, data: Float32Array.from(values) });

/** Candidates as plain rows, for exact comparison. */
function rows(c: Candidates): { box: number[]; score: number; classId: number }[] {
  return Array.from({ length: c.count }, (_, i) => ({
    box: Array.from(c.boxes.subarray(4 * i, 4 * i + 4)),
    score: c.scores[i]!,
    classId: c.classIds[i]!,
  }));
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (isVigilError(err)) return err.code;
    throw err;
  }
  return undefined;
}

describe("decodeYolov8 ([1, 4+C, N])", () => {
  // 4 anchors, 3 classes; channel-major like the real head.
  const out = tensor(
    [1, 7, 4],
    [
      ...[100, 200, 300, 50], // cx
      ...[100, 150, 250, 60], // cy
      ...[20, 40, 10, 8], // w
      ...[10, 30, 6, 4], // h
      ...[0.9, 0.1, 0.2, 0.1], // class 0
      ...[0.1, 0.8, 0.3, 0.2], // class 1
      ...[0.05, 0.2, 0.5, 0.24], // class 2
    ],
  );

  it("keeps each anchor's best class at or above the threshold, boxes as x1 y1 x2 y2", () => {
    expect(rows(decodeYolov8(out, { confThreshold: 0.25, numClasses: 3 }))).toEqual([
      { box: [90, 95, 110, 105], score: f32(0.9), classId: 0 },
      { box: [180, 135, 220, 165], score: f32(0.8), classId: 1 },
      { box: [295, 247, 305, 253], score: f32(0.5), classId: 2 },
    ]);
    expect(decodeYolov8(out, { confThreshold: 0.24, numClasses: 3 }).count).toBe(4);
  });

  it("reuses a candidate buffer that is large enough", () => {
    const buffer = createCandidates(16);
    const c = decodeYolov8(out, { confThreshold: 0.6, numClasses: 3 }, buffer);
    expect(c).toBe(buffer);
    expect(rows(c).map((r) => r.classId)).toEqual([0, 1]);
  });

  it("rejects a head whose row count does not match the labels", () => {
    expect(codeOf(() => decodeYolov8(out, { confThreshold: 0.25, numClasses: 80 }))).toBe("MODEL_IO_MISMATCH");
  });
});

describe("decodeYolox ([1, N, 5+C] grid)", () => {
  // 32x32 input, strides 16 and 32: a 2x2 grid then a 1x1 grid, row-major; 2 classes.
  const out = tensor(
    [1, 5, 7],
    [
      ...[0.5, 0.5, 0, 0, 0.9, 0.8, 0.1], // s16 (0,0): cls 0, 0.72
      ...[0.5, 0.5, 0, 0, 0.2, 1.0, 1.0], // s16 (1,0): obj below threshold
      ...[0.25, 0.75, 0, 0, 1.0, 0.1, 0.5], // s16 (0,1): cls 1, 0.5
      ...[0.5, 0.5, 0, 0, 0.5, 0.4, 0.3], // s16 (1,1): 0.2, dropped
      ...[0.5, 0.5, 0, 0, 0.5, 1.0, 0.0], // s32 (0,0): cls 0, 0.5
    ],
  );
  const options = { confThreshold: 0.25, numClasses: 2, inputWidth: 32, inputHeight: 32, strides: [16, 32] };

  it("decodes grid offsets and exp sizes per stride; score = obj x class", () => {
    const c = rows(decodeYolox(out, options));
    expect(c.map((r) => r.box)).toEqual([
      [0, 0, 16, 16],
      [-4, 20, 12, 36],
      [0, 0, 32, 32],
    ]);
    expect(c.map((r) => r.classId)).toEqual([0, 1, 0]);
    expect(c.map((r) => r.score)).toEqual([f32(f32(0.9) * f32(0.8)), f32(0.5), f32(0.5)]);
  });

  it("decodes log sizes with exp", () => {
    const one = tensor([1, 1, 6], [0, 0, Math.log(4), Math.log(2), 1, 1]);
    const [r] = rows(decodeYolox(one, { confThreshold: 0.5, numClasses: 1, inputWidth: 8, inputHeight: 8, strides: [8] }));
    expect(r!.box[0]).toBeCloseTo(-16, 5);
    expect(r!.box[1]).toBeCloseTo(-8, 5);
    expect(r!.box[2]).toBeCloseTo(16, 5);
    expect(r!.box[3]).toBeCloseTo(8, 5);
  });

  it("knows the real model's anchor count and rejects a grid that does not fit", () => {
    expect(yoloxAnchorCount(416, 416, [8, 16, 32])).toBe(3549);
    expect(yoloxAnchorCount(640, 640, [8, 16, 32])).toBe(8400);
    expect(codeOf(() => decodeYolox(out, { ...options, strides: [8, 16, 32] }))).toBe("MODEL_IO_MISMATCH");
  });
});

describe("decodeYolov5 ([1, N, 5+C], boxes decoded)", () => {
  const out = tensor(
    [1, 3, 7],
    [
      ...[50, 60, 20, 10, 0.9, 0.2, 0.9], // cls 1, 0.81
      ...[10, 10, 4, 4, 0.2, 1, 1], // obj below threshold
      ...[100, 100, 50, 50, 0.5, 0.6, 0.4], // cls 0, 0.3
    ],
  );

  it("multiplies objectness by the best class score and converts cx cy w h", () => {
    expect(rows(decodeYolov5(out, { confThreshold: 0.25, numClasses: 2 }))).toEqual([
      { box: [40, 55, 60, 65], score: f32(f32(0.9) * f32(0.9)), classId: 1 },
      { box: [75, 75, 125, 125], score: f32(f32(0.5) * f32(0.6)), classId: 0 },
    ]);
  });

  it("rejects a row width that does not match the labels", () => {
    expect(codeOf(() => decodeYolov5(out, { confThreshold: 0.25, numClasses: 3 }))).toBe("MODEL_IO_MISMATCH");
  });
});

describe("decodeEnd2end (boxes, scores, classes)", () => {
  const outputs = {
    boxes: tensor([1, 3, 4], [...[10, 20, 30, 40], ...[0, 0, 5, 5], ...[50, 50, 60, 70]]),
    scores: tensor([1, 3], [0.9, 0.1, 0.7]),
    classes: tensor([1, 3], [2, 0, 1]),
  };

  it("reads xyxy rows above the threshold", () => {
    expect(rows(decodeEnd2end(outputs, { confThreshold: 0.25, numClasses: 3, boxFormat: "xyxy" }))).toEqual([
      { box: [10, 20, 30, 40], score: f32(0.9), classId: 2 },
      { box: [50, 50, 60, 70], score: f32(0.7), classId: 1 },
    ]);
  });

  it("converts cxcywh and stops at the num-detections count", () => {
    const c = decodeEnd2end(
      { ...outputs, numDetections: tensor([1, 1], [1]) },
      { confThreshold: 0.25, numClasses: 3, boxFormat: "cxcywh" },
    );
    expect(rows(c)).toEqual([{ box: [-5, 0, 25, 40], score: f32(0.9), classId: 2 }]);
  });

  it("rejects class ids outside the labels and mismatched shapes", () => {
    expect(codeOf(() => decodeEnd2end(outputs, { confThreshold: 0.25, numClasses: 2, boxFormat: "xyxy" }))).toBe("MODEL_IO_MISMATCH");
    const short = { ...outputs, scores: tensor([1, 2], [0.9, 0.1]) };
    expect(codeOf(() => decodeEnd2end(short, { confThreshold: 0.25, numClasses: 3, boxFormat: "xyxy" }))).toBe("MODEL_IO_MISMATCH");
  });
});
