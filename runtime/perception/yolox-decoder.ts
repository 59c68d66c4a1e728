import { VigilError } from "../errors/index.js";
import type { Tensor } from "./backend.js";
import { bestClassIndex } from "./best-class.js";
import { reuseCandidates, setCentreBox, type Candidates } from "./candidates.js";
import type { DecodeOptions } from "./decode-options.js";

export interface YoloxDecodeOptions extends DecodeOptions {
  inputWidth: number;
  inputHeight: number;
  /** Head strides in output order, e.g. [8, 16, 32]. */
  strides: readonly number[];
}

/**
 * Decodes a YOLOX head, [1, N, 5+C], rows [dx, dy, log w, log h, obj, C class scores] per
 * grid cell (strides in order, each grid row-major): cx = (dx + gx) * s, w = exp(log w) * s,
 * score = obj * best class score.
 *   decodeYolox(out, { confThreshold: 0.25, numClasses: 80, inputWidth: 416, inputHeight: 416, strides: [8, 16, 32] });
 */
export function decodeYolox(output: Tensor, options: YoloxDecodeOptions, into?: Candidates): Candidates {
  const { dims, data } = output;
  const c = options.numClasses;
  const width = 5 + c;
  const n = yoloxAnchorCount(options.inputWidth, options.inputHeight, options.strides);
  if (c < 1 || dims.length !== 3 || dims[0] !== 1 || dims[1] !== n || dims[2] !== width || data.length !== n * width) {
    const grid = `${options.inputWidth}x${options.inputHeight} strides ${options.strides.join("/")}`;
    throw new VigilError("MODEL_IO_MISMATCH", `yolox output must be [1, ${n}, ${width}] for ${grid}, got [${dims.join(", ")}]`);
  }
  const out = reuseCandidates(into, n);
  const { boxes, scores, classIds } = out;
  // Scores are float32, so compare with the float32 threshold, as PyTorch does.
  const conf = Math.fround(options.confThreshold);
  let count = 0;
  let row = 0;
  for (const s of options.strides) {
    const gw = Math.ceil(options.inputWidth / s);
    const gh = Math.ceil(options.inputHeight / s);
    for (let gy = 0; gy < gh; gy++) {
      for (let gx = 0; gx < gw; gx++, row += width) {
        const obj = data[row + 4]!;
        // Class scores are sigmoid (<= 1), so obj below the threshold cannot pass: skip the row.
        if (obj < conf) continue;
        const bestClass = bestClassIndex(data, row + 5, c);
        const score = Math.fround(obj * data[row + 5 + bestClass]!);
        if (score < conf) continue;
        setCentreBox(boxes, count, (data[row]! + gx) * s, (data[row + 1]! + gy) * s, Math.exp(data[row + 2]!) * s, Math.exp(data[row + 3]!) * s);
        scores[count] = score;
        classIds[count] = bestClass;
        count++;
      }
    }
  }
  out.count = count;
  return out;
}

/**
 * Grid cells a YOLOX head has for an input size: the sum over strides of ceil(W/s) * ceil(H/s).
 *   yoloxAnchorCount(416, 416, [8, 16, 32]) === 3549
 */
export function yoloxAnchorCount(inputWidth: number, inputHeight: number, strides: readonly number[]): number {
  let n = 0;
  for (const s of strides) n += Math.ceil(inputWidth / s) * Math.ceil(inputHeight / s);
  return n;
}
