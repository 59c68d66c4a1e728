import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isVigilError } from "../../runtime/errors/index.js";
import type { Clock } from "../../runtime/clock/index.js";
import { createDetector, type BackendName, type SpecDetector } from "../../runtime/perception/index.js";
import { expectBusDetections, YOLOV8_BUS, YOLOX_BUS, type BusModel } from "./bus-expectations.js";
import { captureLogger } from "./capture-logger.js";
import { describeWithFixtures, fixture } from "../fixtures.js";
import { codeOf } from "../error-code-of.js";

const MODELS: BusModel[] = [YOLOV8_BUS, YOLOX_BUS];
const BACKENDS: readonly BackendName[] = ["onnx-node", "onnx-wasm"];

const quiet = () => captureLogger().logger;

describeWithFixtures("detector on the fixture models", ["images/bus.jpg", ...MODELS.map((m) => m.file)], () => {
  let bus: Buffer;

  beforeAll(async () => {
    bus = await readFile(fixture("images/bus.jpg"));
  });

  for (const model of MODELS) {
    for (const backend of BACKENDS) {
      describe(`${model.file} (${model.preset}) on ${backend}`, () => {
        let detector: SpecDetector;

        beforeAll(async () => {
          detector = await createDetector({ model: fixture(model.file), preset: model.preset, backends: [backend], logger: quiet() });
        });

        afterAll(async () => {
          await detector.dispose();
        });

        it("loads on the requested backend with the spec's name and version", () => {
          expect(detector.backend).toBe(backend);
          expect(detector.backendFailures).toEqual([]);
          expect(detector.modelName).toBe(model.file.slice("models/".length, -".onnx".length));
          expect(detector.modelVersion).toBe("0.0.0");
        });

        it("finds exactly 4 persons and 1 bus in bus.jpg, boxes within 3 px, scores within 0.03", async () => {
          const result = await detector.infer(await detector.preprocess({ encoding: "jpeg", data: bus }));
          expectBusDetections(result.detections, model.expected);
          expect(result.runNs).toBeGreaterThan(0n);
          expect(result.postprocessNs).toBeGreaterThan(0n);
        });
      });
    }
  }
});

describeWithFixtures("detector spec and input handling", ["images/bus.jpg", "models/yolox_nano.onnx", "models/yolov8n_int8.onnx"], () => {
  const yolox = fixture("models/yolox_nano.onnx");
  let bus: Buffer;
  let rgb: Buffer;
  let detector: SpecDetector;

  beforeAll(async () => {
    bus = await readFile(fixture("images/bus.jpg"));
    rgb = await sharp(bus).raw().toBuffer();
    detector = await createDetector({ model: yolox, preset: "yolox", backends: ["onnx-node"], logger: quiet() });
  });

  afterAll(async () => {
    await detector.dispose();
  });

  it("honours the spec: yolox_nano with scale overridden to 1/255 finds nothing", async () => {
    const scaled = await createDetector({
      model: yolox,
      preset: "yolox",
      specOverrides: { scale: "1/255" },
      backends: ["onnx-node"],
      logger: quiet(),
    });
    try {
      expect(scaled.spec.scale).toBe("1/255");
      expect(await scaled.detect({ encoding: "jpeg", data: bus })).toEqual([]);
    } finally {
      await scaled.dispose();
    }
  });

  it("gives RGB8 and BGR8 frames the JPEG's detections (boxes within 1 px)", async () => {
    const fromJpeg = await detector.detect({ encoding: "jpeg", data: bus });
    const bgr = Buffer.from(rgb);
    for (let i = 0; i < bgr.length; i += 3) [bgr[i], bgr[i + 2]] = [bgr[i + 2]!, bgr[i]!];
    for (const frame of [
      { encoding: "rgb8" as const, data: rgb, width: 810, height: 1080 },
      { encoding: "bgr8" as const, data: bgr, width: 810, height: 1080 },
    ]) {
      const dets = await detector.detect(frame);
      expect(dets.map((d) => d.label), frame.encoding).toEqual(fromJpeg.map((d) => d.label));
      dets.forEach((d, i) => {
        const j = fromJpeg[i]!;
        expect(Math.abs(d.score - j.score)).toBeLessThanOrEqual(0.001);
        d.box.forEach((v, k) => expect(Math.abs(v - j.box[k]!)).toBeLessThanOrEqual(1));
      });
    }
  });

  it("runs GRAY8 frames and maps boxes back to the frame's size", async () => {
    const gray = await sharp(bus).greyscale().raw().toBuffer();
    const dets = await detector.detect({ encoding: "gray8", data: gray, width: 810, height: 1080 });
    expect(dets.length).toBeGreaterThan(0);
    expect(dets.some((d) => d.label === "person")).toBe(true);
    for (const { box } of dets) {
      expect(box[0]).toBeGreaterThanOrEqual(0);
      expect(box[1]).toBeGreaterThanOrEqual(0);
      expect(box[2]).toBeLessThanOrEqual(810);
      expect(box[3]).toBeLessThanOrEqual(1080);
      expect(box[2]).toBeGreaterThan(box[0]);
      expect(box[3]).toBeGreaterThan(box[1]);
    }
    // The bus still spans most of the frame's width.
    const busBox = dets.find((d) => d.label === "bus")?.box;
    expect(busBox && busBox[2] - busBox[0]).toBeGreaterThan(700);
  });

  it("times run and postprocess with the injected clock", async () => {
    let now = 0n;
    const clock: Clock = { nowNs: () => (now += 1_000_000n) };
    const timed = await createDetector({ model: yolox, preset: "yolox", backends: ["onnx-node"], clock, logger: quiet() });
    try {
      const result = await timed.infer(await timed.preprocess({ encoding: "jpeg", data: bus }));
      expect([result.runNs, result.postprocessNs]).toEqual([1_000_000n, 1_000_000n]);
      expect(result.detections).toHaveLength(5);
    } finally {
      await timed.dispose();
    }
  });

  it("refuses an input prepared for another model", async () => {
    const v8 = await createDetector({ model: fixture("models/yolov8n_int8.onnx"), preset: "yolov8", backends: ["onnx-node"], logger: quiet() });
    try {
      const input = await v8.preprocess({ encoding: "jpeg", data: bus });
      expect(await codeOf(detector.infer(input))).toBe("MODEL_IO_MISMATCH");
    } finally {
      await v8.dispose();
    }
  });

  it("rejects a spec that does not fit the model, saying what differs", async () => {
    let message = "";
    try {
      await createDetector({ model: yolox, preset: "yolov8", backends: ["onnx-node"], logger: quiet() });
    } catch (err) {
      expect(isVigilError(err, "MODEL_IO_MISMATCH")).toBe(true);
      message = (err as Error).message;
    }
    expect(message).toContain("input images is [1, 3, 416, 416], spec needs [1, 3, 640, 640]");
    expect(message).toContain("output output (yolov8 with 80 labels) is [1, 3549, 85], spec needs [1, 84, N]");
  });

  it("rejects a label count that does not match the output", async () => {
    const p = createDetector({ model: yolox, preset: "yolox", specOverrides: { labels: ["person", "bus"] }, backends: ["onnx-node"], logger: quiet() });
    expect(await codeOf(p)).toBe("MODEL_IO_MISMATCH");
  });

  it("says MODEL_NOT_FOUND for a missing model and MODEL_SPEC_INVALID without a spec", async () => {
    expect(await codeOf(createDetector({ model: fixture("models/missing.onnx"), preset: "yolox", logger: quiet() }))).toBe("MODEL_NOT_FOUND");
    expect(await codeOf(createDetector({ model: yolox, logger: quiet() }))).toBe("MODEL_SPEC_INVALID");
  });

  it("refuses to run after dispose", async () => {
    const d = await createDetector({ model: yolox, preset: "yolox", backends: ["onnx-node"], logger: quiet() });
    const input = await d.preprocess({ encoding: "jpeg", data: bus });
    await d.dispose();
    expect(await codeOf(d.infer(input))).toBe("INFERENCE_FAILED");
  });
});
