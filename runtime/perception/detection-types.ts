/** Pixel encodings a detector takes (the SensorFrame encodings, by name). */
export type PixelEncoding = "jpeg" | "png" | "rgb8" | "bgr8" | "gray8";

/** An image as it arrived: compressed bytes, or raw pixels with their size. */
export interface ImageInput {
  encoding: PixelEncoding;
  data: Uint8Array;
  /** Required for raw encodings (rgb8, bgr8, gray8). */
  width?: number;
  height?: number;
}

/** x1, y1, x2, y2 in the sensor frame's pixels. */
export type Box = [number, number, number, number];

export interface Detection {
  classId: number;
  label: string;
  score: number;
  box: Box;
}

/** How the source image was placed in the model input: maps boxes back to sensor pixels. */
export interface Letterbox {
  scale: number;
  padLeft: number;
  padTop: number;
  srcWidth: number;
  srcHeight: number;
}

/** A preprocessed frame, ready for inference. */
export interface PreparedInput {
  tensor: Float32Array;
  dims: readonly number[];
  letterbox: Letterbox;
}

export interface InferenceResult {
  detections: Detection[];
  /** Time in session.run and in decode + NMS, nanoseconds. */
  runNs: bigint;
  postprocessNs: bigint;
}

/**
 * A model ready to detect: preprocessing, a backend session, a decoder and NMS.
 * preprocess() and infer() are separate so the graph can prepare the next frame while
 * the current one runs.
 *   const d = await createDetector({ model: "yolox_nano.onnx", preset: "yolox" });
 *   const dets = await d.detect({ encoding: "jpeg", data: await readFile("bus.jpg") });
 */
export interface Detector {
  readonly modelName: string;
  readonly modelVersion: string;
  /** The backend that loaded, e.g. "onnx-node". */
  readonly backend: string;
  readonly provider: string;
  preprocess(image: ImageInput): Promise<PreparedInput>;
  infer(input: PreparedInput): Promise<InferenceResult>;
  detect(image: ImageInput): Promise<Detection[]>;
  dispose(): Promise<void>;
}
