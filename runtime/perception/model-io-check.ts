import { VigilError } from "../errors/index.js";
import type { ModelIO, TensorInfo } from "./backend.js";
import type { ModelSpec } from "./model-spec.js";
import { yoloxAnchorCount } from "./yolox-decoder.js";

/** The tensor names a detector feeds and reads, resolved against the model. */
export interface ModelBinding {
  input: string;
  /** Output names by role: "output" for single-head decoders; boxes/scores/classes/numDetections for end2end. */
  outputs: Record<string, string>;
}

/**
 * Checks a loaded model's inputs and outputs against its spec (input size, output layout
 * for the decoder, class count vs labels) and resolves tensor names. Every difference is
 * listed in one MODEL_IO_MISMATCH.
 *   const binding = checkModelIO(session.describe(), spec); // { input: "images", outputs: { output: "output0" } }
 */
export function checkModelIO(io: ModelIO, spec: ModelSpec): ModelBinding {
  const problems: string[] = [];
  const input = resolve(io.inputs, spec.input.name, "input", problems);
  if (input !== undefined) {
    if (!isFloat(input)) problems.push(`input ${input.name} is ${input.type}, not float32`);
    expectShape(`input ${input.name}`, input.shape, [1, 3, spec.input.height, spec.input.width], problems);
  }
  const c = spec.labels.length;
  const outputs: Record<string, string> = {};
  const d = spec.decoder;
  switch (d.type) {
    case "yolov8": {
      const out = resolve(io.outputs, d.output, "output", problems);
      if (out !== undefined) {
        outputs.output = out.name;
        expectShape(`output ${out.name} (yolov8 with ${c} labels)`, out.shape, [1, 4 + c, null], problems);
      }
      break;
    }
    case "yolox": {
      const out = resolve(io.outputs, d.output, "output", problems);
      if (out !== undefined) {
        outputs.output = out.name;
        const n = yoloxAnchorCount(spec.input.width, spec.input.height, d.strides);
        expectShape(`output ${out.name} (yolox, strides ${d.strides.join("/")}, ${c} labels)`, out.shape, [1, n, 5 + c], problems);
      }
      break;
    }
    case "yolov5": {
      const out = resolve(io.outputs, d.output, "output", problems);
      if (out !== undefined) {
        outputs.output = out.name;
        expectShape(`output ${out.name} (yolov5 with ${c} labels)`, out.shape, [1, null, 5 + c], problems);
      }
      break;
    }
    case "end2end": {
      const boxes = resolve(io.outputs, d.boxes, "boxes output", problems);
      const scores = resolve(io.outputs, d.scores, "scores output", problems);
      const classes = resolve(io.outputs, d.classes, "classes output", problems);
      if (boxes !== undefined) {
        outputs.boxes = boxes.name;
        expectShape(`output ${boxes.name} (end2end boxes)`, boxes.shape, [1, null, 4], problems);
      }
      if (scores !== undefined) outputs.scores = scores.name;
      if (classes !== undefined) outputs.classes = classes.name;
      if (d.numDetections !== undefined) {
        const num = resolve(io.outputs, d.numDetections, "num_detections output", problems);
        if (num !== undefined) outputs.numDetections = num.name;
      }
      break;
    }
  }
  if (problems.length > 0 || input === undefined) {
    throw new VigilError("MODEL_IO_MISMATCH", `model ${spec.name} does not match its spec (${spec.source}): ${problems.join("; ")}`);
  }
  return { input: input.name, outputs };
}

/** The named tensor, or with no name the first one; records a problem when absent. */
function resolve(tensors: TensorInfo[], name: string | undefined, role: string, problems: string[]): TensorInfo | undefined {
  const found = name === undefined ? tensors[0] : tensors.find((t) => t.name === name);
  if (found === undefined) {
    const have = tensors.map((t) => t.name).join(", ") || "none";
    problems.push(name === undefined ? `the model has no ${role}` : `the model has no ${role} "${name}" (has ${have})`);
  }
  return found;
}

// Symbolic dims ("batch", -1) and an unknown shape ([]) are accepted; the decoders check
// the real output on every run.
function expectShape(what: string, shape: TensorInfo["shape"], want: (number | null)[], problems: string[]): void {
  if (shape.length === 0) return;
  const fmt = (dims: readonly (number | string | null)[]): string => `[${dims.map((v) => v ?? "N").join(", ")}]`;
  if (shape.length !== want.length) {
    problems.push(`${what} is ${fmt(shape)}, spec needs ${fmt(want)}`);
    return;
  }
  const differs = want.some((w, i) => {
    const have = shape[i];
    return w !== null && typeof have === "number" && have >= 0 && have !== w;
  });
  if (differs) problems.push(`${what} is ${fmt(shape)}, spec needs ${fmt(want)}`);
}

const isFloat = (t: TensorInfo): boolean => t.type === "float32" || t.type === "float";
