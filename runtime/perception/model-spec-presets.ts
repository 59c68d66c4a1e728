import type { ModelSpecInput } from "./model-spec.js";

/** Names accepted by `--preset` and `createDetector({ preset })`. */
export type ModelSpecPreset = "yolov8" | "yolox";

/**
 * Spec documents for the two model families the fixtures README verified, so a stock
 * export needs no YAML. They are inputs: defaults and overrides apply as for a file.
 *   const spec = await loadModelSpec({ model: "yolox_nano.onnx", preset: "yolox" });
 */
export const MODEL_SPEC_PRESETS: Readonly<Record<ModelSpecPreset, Readonly<ModelSpecInput>>> = freezeDeep({
  // Ultralytics LetterBox: centred, pad 114, RGB, /255; output [1, 4+C, N].
  yolov8: {
    input: { width: 640, height: 640 },
    letterbox: "center",
    pad_value: 114,
    channel_order: "rgb",
    scale: "1/255",
    decoder: { type: "yolov8" },
  },
  // YOLOX ValTransform(legacy=False): top-left, pad 114, BGR, raw 0-255; output [1, N, 5+C].
  yolox: {
    input: { width: 416, height: 416 },
    letterbox: "top-left",
    pad_value: 114,
    channel_order: "bgr",
    scale: "none",
    decoder: { type: "yolox", strides: [8, 16, 32] },
  },
});

// Shared by every caller: a change through one reference must not leak into the others.
function freezeDeep<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) freezeDeep(v);
    Object.freeze(value);
  }
  return value;
}

export const MODEL_SPEC_PRESET_NAMES = Object.keys(MODEL_SPEC_PRESETS) as ModelSpecPreset[];
