import YAML from "yaml";
import type { vigil } from "../../proto/index.js";
import { VigilError } from "../../runtime/errors/index.js";
import { COCO80_LABELS, parseModelSpecDocument, type DecoderSpec, type ModelSpec } from "../../runtime/perception/index.js";

// A spec larger than this is not a detector spec (labels for thousands of classes fit easily).
export const MAX_SPEC_YAML_BYTES = 1024 * 1024;

/**
 * The model spec a manifest carries (spec_yaml), validated and resolved: the spec the device
 * builds its detector from. Labels must be inline (no labels_file: nothing travels beside
 * it); name defaults to the manifest's. A spec that does not parse is MODEL_MANIFEST_INVALID.
 *   const spec = specFromManifest(manifest); // spec.decoder.type === manifest.decoder
 */
export function specFromManifest(manifest: vigil.v1.ModelManifest.$Properties): ModelSpec {
  const text = manifest.specYaml ?? "";
  const source = `manifest:${manifest.name || "?"}@${manifest.version || "?"}`;
  const invalid = (why: string, cause?: unknown): VigilError =>
    new VigilError("MODEL_MANIFEST_INVALID", `${source}: spec_yaml ${why}`, cause === undefined ? undefined : { cause });
  if (text.length === 0) throw invalid("is empty: build the manifest with vigil fleet sign --spec or --preset");
  if (Buffer.byteLength(text) > MAX_SPEC_YAML_BYTES) throw invalid(`is over ${MAX_SPEC_YAML_BYTES} bytes`);
  let doc: unknown;
  try {
    doc = YAML.parse(text);
  } catch (err) {
    throw invalid(`is not valid YAML: ${(err as Error).message}`, err);
  }
  const parsed = parseModelSpecDocument(doc);
  if (!parsed.ok) throw invalid(`is not a model spec: ${parsed.problems.join("; ")}`);
  const { labelsFile, labels, name, ...rest } = parsed.spec;
  if (labelsFile !== undefined) throw invalid("names a labels_file: a manifest's spec must list its labels inline");
  return { ...rest, name: name ?? (manifest.name || "model"), labels: labels ?? COCO80_LABELS, source };
}

/**
 * The spec as a YAML document parseModelSpecDocument reads back to the same spec (labels
 * inline, every default written out), with the manifest's name and version.
 *   specYaml(spec, { name: "yolox_nano", version: "1.2.0" });
 */
export function specToYaml(spec: ModelSpec, identity: { name: string; version: string }): string {
  const input: Record<string, unknown> = {};
  if (spec.input.name !== undefined) input.name = spec.input.name;
  input.width = spec.input.width;
  input.height = spec.input.height;
  const doc = {
    name: identity.name,
    version: identity.version,
    input,
    letterbox: spec.letterbox,
    pad_value: spec.padValue,
    channel_order: spec.channelOrder,
    scale: spec.scale,
    decoder: decoderDocument(spec.decoder),
    labels: [...spec.labels],
    conf_threshold: spec.confThreshold,
    iou_threshold: spec.iouThreshold,
    max_detections: spec.maxDetections,
  };
  return YAML.stringify(doc);
}

function decoderDocument(d: DecoderSpec): Record<string, unknown> {
  switch (d.type) {
    case "yolov8":
    case "yolov5":
      return d.output === undefined ? { type: d.type } : { type: d.type, output: d.output };
    case "yolox":
      return d.output === undefined ? { type: d.type, strides: [...d.strides] } : { type: d.type, output: d.output, strides: [...d.strides] };
    case "end2end": {
      const doc: Record<string, unknown> = { type: d.type, boxes: d.boxes, scores: d.scores, classes: d.classes, box_format: d.boxFormat };
      if (d.numDetections !== undefined) doc.num_detections = d.numDetections;
      return doc;
    }
  }
}
