import { VigilError } from "../errors/index.js";
import type { Tensor } from "./backend.js";
import { reuseCandidates, setCentreBox, type Candidates } from "./candidates.js";
import type { DecodeOptions } from "./decode-options.js";

/** The outputs of a model with NMS in its graph (e.g. TensorRT EfficientNMS, YOLOv10). */
export interface End2endOutputs {
  /** [1, N, 4] */
  boxes: Tensor;
  /** [1, N] or [1, N, 1] */
  scores: Tensor;
  /** [1, N] or [1, N, 1], class index as a number */
  classes: Tensor;
  /** [1] or [1, 1]: how many leading rows are real; absent: all N. */
  numDetections?: Tensor;
}

export interface End2endDecodeOptions extends DecodeOptions {
  boxFormat: "xyxy" | "cxcywh";
}

/**
 * Reads already-suppressed detections: boxes, scores and classes outputs, optionally
 * limited by a leading num-detections output. Boxes are xyxy or cxcywh in input pixels.
 *   decodeEnd2end({ boxes, scores, classes, numDetections }, { confThreshold: 0.25, numClasses: 80, boxFormat: "xyxy" });
 */
export function decodeEnd2end(outputs: End2endOutputs, options: End2endDecodeOptions, into?: Candidates): Candidates {
  const { boxes: boxT, scores: scoreT, classes: classT, numDetections } = outputs;
  const n = boxT.dims[1] ?? 0;
  const perRow = (t: Tensor): boolean =>
    t.dims[0] === 1 &&
    t.dims[1] === n &&
    t.data.length === n &&
    (t.dims.length === 2 || (t.dims.length === 3 && t.dims[2] === 1));
  const boxesOk = boxT.dims.length === 3 && boxT.dims[0] === 1 && boxT.dims[2] === 4 && boxT.data.length === n * 4;
  if (!boxesOk || !perRow(scoreT) || !perRow(classT)) {
    const got = [boxT, scoreT, classT].map((t) => `[${t.dims.join(", ")}]`).join(", ");
    throw new VigilError("MODEL_IO_MISMATCH", `end2end outputs must be boxes [1, N, 4], scores [1, N], classes [1, N]; got ${got}`);
  }
  let rows = n;
  if (numDetections !== undefined) {
    const k = numDetections.data[0];
    if (numDetections.data.length !== 1 || k === undefined || !(k >= 0)) {
      const got = `[${numDetections.dims.join(", ")}]`;
      throw new VigilError("MODEL_IO_MISMATCH", `end2end num_detections must be one count, got ${got}`);
    }
    rows = Math.min(n, Math.round(k));
  }
  const out = reuseCandidates(into, rows);
  const { boxes, scores, classIds } = out;
  const src = boxT.data;
  // Scores are float32, so compare with the float32 threshold, as PyTorch does.
  const conf = Math.fround(options.confThreshold);
  const cxcywh = options.boxFormat === "cxcywh";
  let count = 0;
  for (let i = 0; i < rows; i++) {
    const score = scoreT.data[i]!;
    if (score < conf) continue;
    const cls = Math.round(classT.data[i]!);
    if (!(cls >= 0 && cls < options.numClasses)) {
      throw new VigilError("MODEL_IO_MISMATCH", `end2end class ${cls} is outside the ${options.numClasses} labels`);
    }
    const a = src[4 * i]!;
    const b = src[4 * i + 1]!;
    const c = src[4 * i + 2]!;
    const d = src[4 * i + 3]!;
    if (cxcywh) {
      setCentreBox(boxes, count, a, b, c, d);
    } else {
      const o = count * 4;
      boxes[o] = a;
      boxes[o + 1] = b;
      boxes[o + 2] = c;
      boxes[o + 3] = d;
    }
    scores[count] = score;
    classIds[count] = cls;
    count++;
  }
  out.count = count;
  return out;
}
