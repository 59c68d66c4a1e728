import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isVigilError } from "../../runtime/errors/index.js";
import { COCO80_LABELS, loadModelSpec, MODEL_SPEC_PRESETS, parseModelSpecDocument } from "../../runtime/perception/index.js";

async function rejection(p: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await p;
  } catch (err) {
    return err as Error & { code?: string };
  }
  throw new Error("expected a rejection");
}

describe("model spec", () => {
  let dir: string;
  let model: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "vigil-spec-"));
    model = join(dir, "detector.onnx");
    await writeFile(model, "not read by loadModelSpec");
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("gives the yolov8 preset exactly as the fixtures README describes it", async () => {
    const spec = await loadModelSpec({ model, preset: "yolov8" });
    expect(spec).toEqual({
      name: "detector",
      version: "0.0.0",
      input: { width: 640, height: 640 },
      letterbox: "center",
      padValue: 114,
      channelOrder: "rgb",
      scale: "1/255",
      decoder: { type: "yolov8" },
      labels: COCO80_LABELS,
      confThreshold: 0.25,
      iouThreshold: 0.45,
      maxDetections: 300,
      source: "preset:yolov8",
    });
  });

  it("gives the yolox preset: 416, top-left, BGR, no scaling, strides 8/16/32", async () => {
    const spec = await loadModelSpec({ model, preset: "yolox" });
    expect(spec.input).toEqual({ width: 416, height: 416 });
    expect(spec.letterbox).toBe("top-left");
    expect(spec.padValue).toBe(114);
    expect(spec.channelOrder).toBe("bgr");
    expect(spec.scale).toBe("none");
    expect(spec.decoder).toEqual({ type: "yolox", strides: [8, 16, 32] });
  });

  it("has the 80 COCO names in the fixture's order", () => {
    expect(COCO80_LABELS).toHaveLength(80);
    expect([COCO80_LABELS[0], COCO80_LABELS[2], COCO80_LABELS[5], COCO80_LABELS[7], COCO80_LABELS[79]]).toEqual([
      "person",
      "car",
      "bus",
      "truck",
      "toothbrush",
    ]);
  });

  it("picks up the YAML beside the model, with defaults and a labels_file relative to it", async () => {
    await writeFile(join(dir, "labels.txt"), "forklift\nperson\n\n");
    await writeFile(
      join(dir, "detector.yaml"),
      [
        "name: yard-detector",
        "version: 2.1.0",
        "input: { width: 320, height: 256 }",
        "letterbox: top-left",
        "channel_order: bgr",
        "scale: none",
        "decoder: yolox",
        "labels_file: labels.txt",
        "conf_threshold: 0.4",
      ].join("\n"),
    );
    const spec = await loadModelSpec({ model });
    expect(spec.source).toBe(join(dir, "detector.yaml"));
    expect(spec.name).toBe("yard-detector");
    expect(spec.version).toBe("2.1.0");
    expect(spec.input).toEqual({ width: 320, height: 256 });
    expect(spec.decoder).toEqual({ type: "yolox", strides: [8, 16, 32] });
    expect(spec.labels).toEqual(["forklift", "person"]);
    expect(spec.confThreshold).toBe(0.4);
    expect(spec.iouThreshold).toBe(0.45);
    expect(spec.padValue).toBe(114);
    expect(spec.maxDetections).toBe(300);
  });

  it("prefers an explicit spec file over a preset, and a preset over the YAML beside the model", async () => {
    await writeFile(join(dir, "detector.yaml"), "input: { width: 32, height: 32 }\nletterbox: center\nchannel_order: rgb\nscale: 1/255\ndecoder: yolov5\n");
    const explicit = join(dir, "other.yaml");
    await writeFile(explicit, "input: { width: 64, height: 64 }\nletterbox: center\nchannel_order: rgb\nscale: 1/255\ndecoder: yolov8\n");
    expect((await loadModelSpec({ model, spec: explicit, preset: "yolox" })).input.width).toBe(64);
    expect((await loadModelSpec({ model, preset: "yolox" })).input.width).toBe(416);
    expect((await loadModelSpec({ model })).decoder.type).toBe("yolov5");
  });

  it("applies overrides and validates them with the spec", async () => {
    const spec = await loadModelSpec({ model, preset: "yolox", overrides: { scale: "1/255", conf_threshold: 0.5, input: { name: "x" } } });
    expect(spec.scale).toBe("1/255");
    expect(spec.confThreshold).toBe(0.5);
    expect(spec.input).toEqual({ name: "x", width: 416, height: 416 });
    const err = await rejection(loadModelSpec({ model, preset: "yolox", overrides: { conf_threshold: 2 } }));
    expect(isVigilError(err, "MODEL_SPEC_INVALID")).toBe(true);
    expect(err.message).toContain("preset:yolox");
    expect(err.message).toContain("conf_threshold");
  });

  it("names the file and the field on a schema error", async () => {
    const file = join(dir, "detector.yaml");
    await writeFile(file, "input: { width: 640, height: -1 }\nletterbox: middle\nchannel_order: rgb\nscale: 1/255\ndecoder: yolov8\nconf_treshold: 0.3\n");
    const err = await rejection(loadModelSpec({ model }));
    expect(err.code).toBe("MODEL_SPEC_INVALID");
    expect(err.message).toContain(file);
    expect(err.message).toContain("input.height");
    expect(err.message).toContain("letterbox");
    expect(err.message).toContain("conf_treshold: unknown field");
  });

  it("rejects YAML that does not parse, naming the file", async () => {
    const file = join(dir, "detector.yaml");
    await writeFile(file, "input: [unclosed\n");
    const err = await rejection(loadModelSpec({ model }));
    expect(err.code).toBe("MODEL_SPEC_INVALID");
    expect(err.message).toContain(`${file}: not valid YAML`);
  });

  it("without a spec, says to pass --spec or --preset", async () => {
    const err = await rejection(loadModelSpec({ model }));
    expect(err.code).toBe("MODEL_SPEC_INVALID");
    expect(err.message).toContain("--spec");
    expect(err.message).toContain("--preset yolov8|yolox");
  });

  it("reports a missing explicit spec file and an unknown preset", async () => {
    const missing = join(dir, "nope.yaml");
    const a = await rejection(loadModelSpec({ model, spec: missing }));
    expect([a.code, a.message]).toEqual(["MODEL_SPEC_INVALID", `model spec ${missing}: file not found`]);
    const b = await rejection(loadModelSpec({ model, preset: "yolo9000" as "yolox" }));
    expect(b.code).toBe("MODEL_SPEC_INVALID");
    expect(b.message).toContain("yolov8, yolox");
  });

  it("parses end2end decoders with their defaults and refuses labels with labels_file", () => {
    const base = { input: { width: 640, height: 640 }, letterbox: "center", channel_order: "rgb", scale: "1/255" };
    const e2e = parseModelSpecDocument({ ...base, decoder: { type: "end2end", box_format: "cxcywh", num_detections: "num_dets" } });
    expect(e2e.ok && e2e.spec.decoder).toEqual({
      type: "end2end",
      boxes: "boxes",
      scores: "scores",
      classes: "classes",
      boxFormat: "cxcywh",
      numDetections: "num_dets",
    });
    const both = parseModelSpecDocument({ ...base, decoder: "yolov8", labels: ["a"], labels_file: "l.txt" });
    expect(both).toEqual({ ok: false, problems: ["labels_file: give labels or labels_file, not both"] });
    const badDecoder = parseModelSpecDocument({ ...base, decoder: "yolov9" });
    expect(badDecoder.ok).toBe(false);
    expect(!badDecoder.ok && badDecoder.problems[0]).toMatch(/^decoder\.type: /);
  });

  it("keeps the presets immutable", () => {
    expect(Object.isFrozen(MODEL_SPEC_PRESETS)).toBe(true);
    expect(Object.isFrozen(MODEL_SPEC_PRESETS.yolox.input)).toBe(true);
  });
});
