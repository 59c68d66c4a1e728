import { VigilError } from "../errors/index.js";
import type { Tensor } from "./backend.js";
import { reuseCandidates, setCentreBox, type Candidates } from "./candidates.js";
import type { DecodeOptions } from "./decode-options.js";

/**
 * Decodes a YOLOv8/v11 head, [1, 4+C, N]: rows 0-3 cx, cy, w, h, rows 4.. class scores
 * (already sigmoid, no objectness). One candidate per anchor: its best class.
 *   const c = decodeYolov8({ data, dims: [1, 84, 8400] }, { confThreshold: 0.25, numClasses: 80 });
 */
export function decodeYolov8(output: Tensor, options: DecodeOptions, into?: Candidates): Candidates {
  const { dims, data } = output;
  const c = options.numClasses;
  if (c < 1 || dims.length !== 3 || dims[0] !== 1 || dims[1] !== 4 + c || data.length !== (4 + c) * dims[2]!) {
    throw new VigilError("MODEL_IO_MISMATCH", `yolov8 output must be [1, ${4 + c}, N], got [${dims.join(", ")}]`);
  }
  const n = dims[2]!;
  const out = reuseCandidates(into, n);
  const best = out.scores;
  const cls = out.classIds;
  // Class rows outer, anchors inner: the tensor is read in memory order, not strided.
  best.set(data.subarray(4 * n, 5 * n));
  cls.fill(0, 0, n);
  for (let k = 1; k < c; k++) {
    const row = (4 + k) * n;
    for (let i = 0; i < n; i++) {
      const v = data[row + i]!;
      if (v > best[i]!) {
        best[i] = v;
        cls[i] = k;
      }
    }
  }
  // Compact the survivors in place: write index `count` never passes read index `i`.
  // Scores are float32, so compare with the float32 threshold, as PyTorch does.
  const conf = Math.fround(options.confThreshold);
  const boxes = out.boxes;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const score = best[i]!;
    if (score < conf) continue;
    setCentreBox(boxes, count, data[i]!, data[n + i]!, data[2 * n + i]!, data[3 * n + i]!);
    best[count] = score;
    cls[count] = cls[i]!;
    count++;
  }
  out.count = count;
  return out;
}
