/**
 * What every decoder needs: the score a candidate must reach and the number of classes
 * the output carries (the spec's label count).
 *   decodeYolox(output, { confThreshold: 0.25, numClasses: 80, inputWidth: 416, inputHeight: 416, strides: [8, 16, 32] });
 */
export interface DecodeOptions {
  /** Candidates scoring at or above this are kept. */
  confThreshold: number;
  numClasses: number;
}
