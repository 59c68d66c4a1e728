import { VigilError } from "../errors/index.js";
import type { Tensor } from "./backend.js";
import { bestClassIndex } from "./best-class.js";
import { reuseCandidates, setCentreBox, type Candidates } from "./candidates.js";
import type { DecodeOptions } from "./decode-options.js";

/**
 * Decodes a YOLOv5/v7 head, [1, N, 5+C], rows [cx, cy, w, h, obj, C class scores] with
 * boxes already decoded to input pixels; score = obj * best class score.
 *   const c = decodeYolov5({ data, dims: [1, 25200, 85] }, { confThreshold: 0.25, numClasses: 80 });
 */
export function decodeYolov5(output: Tensor, options: DecodeOptions, into?: Candidates): Candidates {
  const { dims, data } = output;
  const c = options.numClasses;
  const width = 5 + c;
  if (c < 1 || dims.length !== 3 || dims[0] !== 1 || dims[2] !== width || data.length !== dims[1]! * width) {
    throw new VigilError("MODEL_IO_MISMATCH", `yolov5 output must be [1, N, ${width}], got [${dims.join(", ")}]`);
  }
  const n = dims[1]!;
  const out = reuseCandidates(into, n);
  const { boxes, scores, classIds } = out;
  // Scores are float32, so compare with the float32 threshold, as PyTorch does.
  const conf = Math.fround(options.confThreshold);
  let count = 0;
  for (let i = 0, row = 0; i < n; i++, row += width) {
    const obj = data[row + 4]!;
    // Class scores are sigmoid (<= 1), so obj below the threshold cannot pass: skip the row.
    if (obj < conf) continue;
    const bestClass = bestClassIndex(data, row + 5, c);
    const score = Math.fround(obj * data[row + 5 + bestClass]!);
    if (score < conf) continue;
    setCentreBox(boxes, count, data[row]!, data[row + 1]!, data[row + 2]!, data[row + 3]!);
    scores[count] = score;
    classIds[count] = bestClass;
    count++;
  }
  out.count = count;
  return out;
}
