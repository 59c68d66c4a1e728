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
  /** The model that ran, when the detector can change models between calls (ModelSlot). */
  model?: { name: string; version: string };
}

/**
 * Where a detector's degradation ladder stands. Reasons are stable codes:
 * BACKEND_FAILOVER while it runs on a backend below its first preference (that one failed to
 * load or at run time), BACKEND_ALL_FAILED while no backend works (infer() then rejects at once).
 *   const h = detector.health?.(); if (h?.state !== "OK") log.warn(h, "perception degraded");
 */
export interface DetectorHealth {
  state: "OK" | "DEGRADED" | "FAILED";
  reasons: string[];
  /** The backend that runs the next frame; "none" while none does. */
  backend: string;
  provider: string;
  /** Times the active backend was taken out of service at run time (error or timeout). */
  failovers: number;
  /** Inference calls that did not answer within the timeout (probes not counted). */
  timeouts: number;
  /** Attempts to bring back a better backend (each loads it afresh and runs a probe). */
  retries: number;
  /** The next retry, while one is scheduled: when (injected clock, ns) and the delay it was scheduled with. */
  nextRetry?: { atNs: bigint; delayMs: number };
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
  /** The backend that runs the next frame, e.g. "onnx-node" (changes on failover; "none" while none works). */
  readonly backend: string;
  readonly provider: string;
  preprocess(image: ImageInput): Promise<PreparedInput>;
  infer(input: PreparedInput): Promise<InferenceResult>;
  detect(image: ImageInput): Promise<Detection[]>;
  /** Backend failover state; absent on detectors without a backend ladder. */
  health?(): DetectorHealth;
  dispose(): Promise<void>;
}
