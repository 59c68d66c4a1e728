import { z } from "zod";

// The spec that lives beside a model (yolox_nano.onnx -> yolox_nano.yaml): how to feed it
// and how to read its output. Every default is here. The YAML vocabulary is snake_case;
// parseModelSpecDocument() turns it into the camelCase ModelSpecDocument the code uses.

const outputName = z.string().min(1);

const Yolov8DecoderSchema = z.strictObject({
  type: z.literal("yolov8"),
  /** Output tensor [1, 4+C, N]; default: the model's first output. */
  output: outputName.optional(),
});

const YoloxDecoderSchema = z.strictObject({
  type: z.literal("yolox"),
  output: outputName.optional(),
  /** Grid strides, in the order the model concatenates its heads. */
  strides: z.array(z.int().positive()).min(1).default([8, 16, 32]),
});

const Yolov5DecoderSchema = z.strictObject({
  type: z.literal("yolov5"),
  output: outputName.optional(),
});

const End2endDecoderSchema = z.strictObject({
  type: z.literal("end2end"),
  boxes: outputName.default("boxes"),
  scores: outputName.default("scores"),
  classes: outputName.default("classes"),
  box_format: z.enum(["xyxy", "cxcywh"]).default("xyxy"),
  /** Name of a leading num-detections output ([1] or [1, 1]); absent: every row counts. */
  num_detections: outputName.optional(),
});

/** `decoder: yolox` is shorthand for `decoder: { type: yolox }`. */
const DecoderSchema = z.preprocess(
  (v) => (typeof v === "string" ? { type: v } : v),
  z.discriminatedUnion("type", [Yolov8DecoderSchema, YoloxDecoderSchema, Yolov5DecoderSchema, End2endDecoderSchema]),
);

/**
 * The model spec YAML, validated. letterbox, channel_order and scale have no default on
 * purpose: a wrong guess there gives plausible-looking but wrong detections.
 *   const doc = ModelSpecSchema.parse(YAML.parse(text));
 */
export const ModelSpecSchema = z
  .strictObject({
    /** Default: the model file's basename. */
    name: z.string().min(1).optional(),
    version: z.string().min(1).default("0.0.0"),
    input: z.strictObject({
      /** Default: the model's first input. */
      name: z.string().min(1).optional(),
      width: z.int().positive().max(8192),
      height: z.int().positive().max(8192),
    }),
    letterbox: z.enum(["center", "top-left"]),
    pad_value: z.int().min(0).max(255).default(114),
    channel_order: z.enum(["rgb", "bgr"]),
    scale: z.enum(["1/255", "none"]),
    decoder: DecoderSchema,
    /** Class names by index; default (with no labels_file) the COCO-80 names. */
    labels: z.array(z.string().min(1)).min(1).optional(),
    /** One name per line, relative to the spec file. */
    labels_file: z.string().min(1).optional(),
    conf_threshold: z.number().min(0).max(1).default(0.25),
    iou_threshold: z.number().min(0).max(1).default(0.45),
    max_detections: z.int().positive().max(100_000).default(300),
  })
  .refine((s) => s.labels === undefined || s.labels_file === undefined, {
    path: ["labels_file"],
    message: "give labels or labels_file, not both",
  });

/** A spec document as written in YAML (defaults not yet applied). */
export type ModelSpecInput = z.input<typeof ModelSpecSchema>;

/** Fields that may override a spec, e.g. `{ scale: "1/255", conf_threshold: 0.5 }`. */
export type ModelSpecOverrides = Partial<Omit<ModelSpecInput, "input">> & {
  input?: Partial<ModelSpecInput["input"]>;
};

export type LetterboxMode = "center" | "top-left";
export type ChannelOrder = "rgb" | "bgr";
export type PixelScale = "1/255" | "none";

export type DecoderSpec =
  | { type: "yolov8"; output?: string }
  | { type: "yolox"; output?: string; strides: readonly number[] }
  | { type: "yolov5"; output?: string }
  | {
      type: "end2end";
      boxes: string;
      scores: string;
      classes: string;
      boxFormat: "xyxy" | "cxcywh";
      numDetections?: string;
    };

export type DecoderType = DecoderSpec["type"];

/** A resolved model spec: defaults applied, labels loaded, name filled in. */
export interface ModelSpec {
  name: string;
  version: string;
  input: { name?: string; width: number; height: number };
  letterbox: LetterboxMode;
  padValue: number;
  channelOrder: ChannelOrder;
  scale: PixelScale;
  decoder: DecoderSpec;
  labels: readonly string[];
  confThreshold: number;
  iouThreshold: number;
  maxDetections: number;
  /** Where it came from: a spec file path, or "preset:<name>". */
  source: string;
}

/** A validated spec document before labels_file and the default name are resolved. */
export type ModelSpecDocument = Omit<ModelSpec, "name" | "labels" | "source"> & {
  name?: string;
  labels?: readonly string[];
  labelsFile?: string;
};

export type ModelSpecParseResult = { ok: true; spec: ModelSpecDocument } | { ok: false; problems: string[] };

/**
 * Validates a spec document (parsed YAML, or a preset with overrides merged in) and
 * converts it to camelCase; problems name the field, e.g. "conf_threshold: Too big ...".
 *   const r = parseModelSpecDocument(YAML.parse(text)); if (!r.ok) console.error(r.problems);
 */
export function parseModelSpecDocument(doc: unknown): ModelSpecParseResult {
  const parsed = ModelSpecSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(describeIssue) };
  const s = parsed.data;
  const spec: ModelSpecDocument = {
    version: s.version,
    input: { width: s.input.width, height: s.input.height },
    letterbox: s.letterbox,
    padValue: s.pad_value,
    channelOrder: s.channel_order,
    scale: s.scale,
    decoder: toDecoderSpec(s.decoder),
    confThreshold: s.conf_threshold,
    iouThreshold: s.iou_threshold,
    maxDetections: s.max_detections,
  };
  if (s.name !== undefined) spec.name = s.name;
  if (s.input.name !== undefined) spec.input.name = s.input.name;
  if (s.labels !== undefined) spec.labels = s.labels;
  if (s.labels_file !== undefined) spec.labelsFile = s.labels_file;
  return { ok: true, spec };
}

function toDecoderSpec(d: z.output<typeof DecoderSchema>): DecoderSpec {
  switch (d.type) {
    case "yolov8":
    case "yolov5":
      return d.output === undefined ? { type: d.type } : { type: d.type, output: d.output };
    case "yolox":
      return d.output === undefined
        ? { type: "yolox", strides: d.strides }
        : { type: "yolox", output: d.output, strides: d.strides };
    case "end2end": {
      const spec: DecoderSpec = {
        type: "end2end",
        boxes: d.boxes,
        scores: d.scores,
        classes: d.classes,
        boxFormat: d.box_format,
      };
      if (d.num_detections !== undefined) spec.numDetections = d.num_detections;
      return spec;
    }
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => `${at ? `${at}.` : ""}${k}: unknown field`).join("; ");
  }
  return `${at || "(document)"}: ${issue.message}`;
}
