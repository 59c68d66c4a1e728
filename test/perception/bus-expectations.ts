// What the fixture models find in images/bus.jpg at conf 0.25 (from the fixtures README),
// and how a test compares a detector's output with it.
import { expect } from "vitest";
import type { Box, Detection, ModelSpecPreset } from "../../runtime/perception/index.js";

export interface ExpectedDetection {
  label: string;
  score: number;
  box: Box;
}

export interface BusModel {
  file: string;
  preset: ModelSpecPreset;
  expected: ExpectedDetection[];
}

export const YOLOV8_BUS: BusModel = {
  file: "models/yolov8n_int8.onnx",
  preset: "yolov8",
  expected: [
    { label: "person", score: 0.913, box: [224, 408, 341, 855] },
    { label: "person", score: 0.91, box: [672, 382, 807, 876] },
    { label: "person", score: 0.909, box: [50, 401, 242, 904] },
    { label: "bus", score: 0.852, box: [20, 233, 795, 752] },
    { label: "person", score: 0.335, box: [1, 553, 57, 867] },
  ],
};

export const YOLOX_BUS: BusModel = {
  file: "models/yolox_nano.onnx",
  preset: "yolox",
  expected: [
    { label: "bus", score: 0.916, box: [6, 229, 805, 737] },
    { label: "person", score: 0.848, box: [56, 387, 211, 900] },
    { label: "person", score: 0.813, box: [217, 411, 349, 855] },
    { label: "person", score: 0.678, box: [683, 448, 810, 875] },
    { label: "person", score: 0.273, box: [1, 596, 81, 885] },
  ],
};

export function iou(a: Box, b: Box): number {
  const iw = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const ih = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const inter = iw * ih;
  return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter);
}

/** Pairs each expected box with the same-label detection it overlaps most. */
export function match(detections: Detection[], expected: { label: string; box: Box }[]): Detection[] {
  return expected.map((e) => {
    const best = detections
      .filter((d) => d.label === e.label)
      .reduce<Detection | undefined>((m, d) => (m === undefined || iou(d.box, e.box) > iou(m.box, e.box) ? d : m), undefined);
    if (best === undefined) throw new Error(`no ${e.label} detected`);
    return best;
  });
}

export const countByLabel = (ds: Detection[]): Record<string, number> =>
  ds.reduce<Record<string, number>>((m, d) => ({ ...m, [d.label]: (m[d.label] ?? 0) + 1 }), {});

/** Exactly 4 persons and 1 bus, each within 3 px and 0.03 of the expected, sorted by score. */
export function expectBusDetections(detections: Detection[], expected: ExpectedDetection[]): void {
  expect(countByLabel(detections)).toEqual({ person: 4, bus: 1 });
  const matched = match(detections, expected);
  expect(new Set(matched).size).toBe(5);
  matched.forEach((d, i) => {
    const e = expected[i]!;
    expect(Math.abs(d.score - e.score), `${e.label} ${e.box.join(",")} score ${d.score}`).toBeLessThanOrEqual(0.03);
    d.box.forEach((v, k) => expect(Math.abs(v - e.box[k]!), `${e.label} ${e.box.join(",")} -> ${d.box.join(",")}`).toBeLessThanOrEqual(3));
  });
  expect(detections.map((d) => d.score)).toEqual([...detections.map((d) => d.score)].sort((a, b) => b - a));
}
