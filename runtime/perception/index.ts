// The perception folder's public face: other folders import only from here.
export type {
  BackendName,
  BackendOptions,
  BackendSession,
  InferenceBackend,
  ModelIO,
  ModelSource,
  Tensor,
  TensorInfo,
} from "./backend.js";
export { BACKEND_NAMES } from "./backend.js";
export type {
  Box,
  Detection,
  Detector,
  DetectorHealth,
  ImageInput,
  InferenceResult,
  Letterbox,
  PixelEncoding,
  PreparedInput,
} from "./detection-types.js";

export { createDetector, type DetectorOptions, type SpecDetector } from "./detector.js";

export {
  ModelSpecSchema,
  parseModelSpecDocument,
  type ChannelOrder,
  type DecoderSpec,
  type DecoderType,
  type LetterboxMode,
  type ModelSpec,
  type ModelSpecDocument,
  type ModelSpecInput,
  type ModelSpecOverrides,
  type ModelSpecParseResult,
  type PixelScale,
} from "./model-spec.js";
export { MODEL_SPEC_PRESETS, MODEL_SPEC_PRESET_NAMES, type ModelSpecPreset } from "./model-spec-presets.js";
export { loadModelSpec, type LoadModelSpecOptions } from "./load-model-spec.js";
export { COCO80_LABELS } from "./coco-labels.js";

export {
  BACKEND_REGISTRY,
  importBackend,
  loadFirstAvailable,
  type BackendFailure,
  type BackendModules,
  type LoadedBackend,
} from "./backend-chain.js";
export { checkModelIO, type ModelBinding } from "./model-io-check.js";

// Preprocessing, decoders and NMS: for tests, benchmarks and tools that build their own loop.
export { computeLetterbox, mapBoxToSource, type LetterboxGeometry } from "./letterbox.js";
export { preprocessImage, type PreprocessOptions } from "./sharp-preprocess.js";
export { writeNchw, type HwcPixels, type NchwFormat } from "./nchw-tensor.js";
export { createCandidates, reuseCandidates, type Candidates } from "./candidates.js";
export type { DecodeOptions } from "./decode-options.js";
export { decodeYolov8 } from "./yolov8-decoder.js";
export { decodeYolox, yoloxAnchorCount, type YoloxDecodeOptions } from "./yolox-decoder.js";
export { decodeYolov5 } from "./yolov5-decoder.js";
export { decodeEnd2end, type End2endDecodeOptions, type End2endOutputs } from "./end2end-decoder.js";
export { nms, type NmsOptions } from "./nms.js";
