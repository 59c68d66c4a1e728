import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../runtime/observe/index.js";
import { createDetector, decodeYolov5, nms, type Detector } from "../../runtime/perception/index.js";
import { CLASSES, FROZEN, seededValues, writeTestGraphModel, type TestModel } from "./tfjs-test-model.js";

// The whole detector path (sharp preprocessing, the tfjs backend, the YOLOv5 decoder, NMS)
// on a TF.js graph model the test writes itself, checked against a plain-JS forward pass.
describe("createDetector on a TF.js graph model", () => {
  let dir: string;
  let model: TestModel;
  let detector: Detector;
  let png: Buffer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "vigil-tfjs-detector-"));
    model = await writeTestGraphModel(join(dir, "model"), FROZEN);
    await writeFile(
      join(dir, "model", "model.yaml"),
      [
        "name: tiny_yolov5",
        "version: 1.2.3",
        "input: { name: images, width: 32, height: 32 }",
        "letterbox: top-left",
        "channel_order: rgb",
        "scale: 1/255",
        "decoder: yolov5",
        "labels: [alpha, beta, gamma]",
        "conf_threshold: 0.25",
      ].join("\n"),
    );
    const pixels = Buffer.from(seededValues(32 * 32 * 3, 7, 0, 255).map(Math.floor));
    png = await sharp(pixels, { raw: { width: 32, height: 32, channels: 3 } }).png().toBuffer();
    // tfjs first, onnx-node behind it: the chain must pick tfjs for a model.json.
    detector = await createDetector({ model: model.modelJson, backends: ["tfjs", "onnx-node"], logger: silentLogger });
  });
  afterAll(async () => {
    await detector?.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it("loads on tfjs with the spec beside model.json", () => {
    expect(detector.backend).toBe("tfjs");
    expect(detector.provider).toBe("tfjs-wasm");
    expect([detector.modelName, detector.modelVersion]).toEqual(["tiny_yolov5", "1.2.3"]);
  });

  it("detects what the plain-JS forward pass and decoder give", async () => {
    const prepared = await detector.preprocess({ encoding: "png", data: png });
    const expectedOutput = model.reference(prepared.tensor.slice(), 1);
    const candidates = decodeYolov5({ data: expectedOutput, dims: [1, 16, 5 + CLASSES] }, { confThreshold: 0.25, numClasses: CLASSES });
    const keep = nms(candidates, { iouThreshold: 0.45, maxDetections: 300 });
    expect(keep.length).toBeGreaterThan(0);

    const got = (await detector.infer(prepared)).detections;
    expect(got).toHaveLength(keep.length);
    got.forEach((d, j) => {
      const i = keep[j]!;
      expect(d.classId).toBe(candidates.classIds[i]);
      expect(d.label).toBe(["alpha", "beta", "gamma"][d.classId]);
      expect(d.score).toBeCloseTo(candidates.scores[i]!, 4);
      // 32x32 source at scale 1, top-left: input pixels are sensor pixels.
      for (let k = 0; k < 4; k++) expect(d.box[k]).toBeCloseTo(Math.max(0, candidates.boxes[4 * i + k]!), 3);
    });
  });
});
