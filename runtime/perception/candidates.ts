/**
 * Decoder output before NMS, as flat typed arrays so decoding allocates nothing per
 * anchor: box i is boxes[4i .. 4i+3] (x1, y1, x2, y2 in model-input pixels).
 *   const c = createCandidates(8400); decodeYolov8(output, opts, c); nms(c, nmsOpts);
 */
export interface Candidates {
  count: number;
  readonly boxes: Float32Array;
  readonly scores: Float32Array;
  readonly classIds: Int32Array;
}

/**
 * Empty candidates with room for `capacity` boxes (one per anchor is always enough).
 *   const c = createCandidates(3549);
 */
export function createCandidates(capacity: number): Candidates {
  return {
    count: 0,
    boxes: new Float32Array(capacity * 4),
    scores: new Float32Array(capacity),
    classIds: new Int32Array(capacity),
  };
}

/**
 * `into` when it can hold `capacity` boxes (reset to empty), else a new, larger buffer.
 *   const c = reuseCandidates(this.#candidates, anchors);
 */
export function reuseCandidates(into: Candidates | undefined, capacity: number): Candidates {
  if (into !== undefined && into.scores.length >= capacity) {
    into.count = 0;
    return into;
  }
  return createCandidates(capacity);
}

/**
 * Writes box i from its centre and size (the cx, cy, w, h every YOLO head emits) as
 * x1, y1, x2, y2. Small enough for V8 to inline in the decoders' loops.
 *   setCentreBox(c.boxes, c.count, cx, cy, w, h);
 */
export function setCentreBox(boxes: Float32Array, i: number, cx: number, cy: number, w: number, h: number): void {
  const b = i * 4;
  boxes[b] = cx - w / 2;
  boxes[b + 1] = cy - h / 2;
  boxes[b + 2] = cx + w / 2;
  boxes[b + 3] = cy + h / 2;
}
