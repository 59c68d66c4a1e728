// Synthetic sequences for campaign tests: detections of two classes, tracks and a hazard
// timeline, all drawn from a seed so every test gets the same data.
import type { MotRow, RiskSample, SequenceInput } from "../../runtime/eval/index.js";
import { mulberry32 } from "../../runtime/sim/index.js";

export interface SyntheticOptions {
  /** Chance a label is detected (default 0.8). */
  hitRate?: number;
  frames?: number;
}

/**
 * A sequence of `frames` frames with 3 people and 1 forklift per frame; each label is
 * detected with chance hitRate (score high), plus a false detection now and then (score
 * low); tracks follow the labels with an id switch halfway; one hazard, alarmed or not.
 */
export function syntheticSequence(id: string, seed: number, tags: string[], { hitRate = 0.8, frames = 20 }: SyntheticOptions = {}): SequenceInput {
  const random = mulberry32(seed);
  const detections: NonNullable<SequenceInput["detection"]>["detections"][number][] = [];
  const labels: NonNullable<SequenceInput["detection"]>["labels"][number][] = [];
  const groundTruth: MotRow[] = [];
  const results: MotRow[] = [];
  const row = (frame: number, objectId: number, left: number, conf: number): MotRow => ({ frame, id: objectId, left, top: 10, width: 20, height: 40, conf, x: -1, y: -1, z: -1 });
  for (let frame = 1; frame <= frames; frame++) {
    for (let k = 0; k < 4; k++) {
      const classLabel = k === 3 ? "forklift" : "person";
      const left = 100 * k + frame;
      const box = { left, top: 10, width: 20, height: 40 };
      labels.push({ frame, classLabel, box });
      if (random() < hitRate) detections.push({ frame, classLabel, score: 0.5 + 0.5 * random(), box: { ...box, left: left + 2 * random() } });
      if (classLabel === "person") {
        groundTruth.push(row(frame, k + 1, left, 1));
        if (random() < hitRate) results.push(row(frame, frame > frames / 2 && k === 0 ? 99 : k + 1, left + random(), 1));
      }
    }
    if (random() < 0.3) detections.push({ frame, classLabel: random() < 0.5 ? "person" : "forklift", score: 0.6 * random(), box: { left: 800, top: 10, width: 20, height: 40 } });
    if (random() < 0.1) results.push(row(frame, 50, 800, 1));
  }
  const S = 1e9;
  const alarmed = random() < hitRate;
  const assessments: RiskSample[] = [
    { timeNs: 1 * S, level: "CLEAR" },
    ...(alarmed ? [{ timeNs: (10 + random()) * S, level: "DANGER" as const }] : []),
    { timeNs: 12 * S, level: "CLEAR" },
    ...(random() < 0.5 ? [{ timeNs: 40 * S, level: "DANGER" as const }] : []),
    { timeNs: 41 * S, level: "CLEAR" },
  ];
  return {
    id,
    tags,
    detection: { detections, labels },
    mot: { groundTruth, results },
    hazard: { startNs: 0, endNs: (60 + 60 * random()) * S, hazards: [{ id: `${id}-h`, startNs: 10 * S, endNs: 11 * S, minLevel: "DANGER" }], assessments },
  };
}

/** Six sequences with tags night / day and rain on some. */
export function sixSequences(): SequenceInput[] {
  return [
    syntheticSequence("seq-f", 6, ["day"]),
    syntheticSequence("seq-a", 1, ["night", "rain"]),
    syntheticSequence("seq-c", 3, ["day", "rain"], { hitRate: 0.6 }),
    syntheticSequence("seq-b", 2, ["night"], { hitRate: 0.9 }),
    syntheticSequence("seq-e", 5, ["night"], { hitRate: 0.7 }),
    syntheticSequence("seq-d", 4, ["day"]),
  ];
}
