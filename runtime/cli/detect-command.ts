import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { Command, Option } from "commander";
import { VigilError } from "../errors/index.js";
import { createLogger } from "../observe/index.js";
import { BACKEND_NAMES, createDetector, type BackendName, type PixelEncoding } from "../perception/index.js";
import { parseBackendList, parseProbability } from "./option-parsers.js";
import { resolveModel } from "./resolve-model.js";

const ENCODINGS: Record<string, PixelEncoding> = { ".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png" };

/** `vigil detect`: one image through one model, printed as a table or JSON. */
export function detectCommand(): Command {
  return new Command("detect")
    .description("detect objects in one image (JPEG or PNG) with an ONNX or TF.js model")
    .requiredOption("--model <path>", "model file (.onnx, or a TF.js model.json)")
    .option("--spec <path>", "model spec YAML (default: the YAML beside the model, or pipelines/models/<name>.yaml)")
    .addOption(new Option("--preset <name>", "built-in spec instead of a file").choices(["yolov8", "yolox"]).conflicts("spec"))
    .requiredOption("--image <path>", "image to run the model on")
    .option("--conf <threshold>", "confidence threshold (default: the spec's, 0.25)", parseProbability)
    .option("--iou <threshold>", "NMS IoU threshold (default: the spec's, 0.45)", parseProbability)
    .option("--backend <list>", `backends in preference order, comma-separated (${BACKEND_NAMES.join(", ")})`, parseBackendList, ["onnx-node", "onnx-wasm"])
    .option("--json", "print [{label, classId, score, box: [x1, y1, x2, y2]}] on stdout")
    .addHelpText(
      "after",
      "\nThe tfjs backend uses @tensorflow/tfjs-node(-gpu) when installed, else @tensorflow/tfjs on WASM.\n" +
        "Example:\n  vigil detect --model yolox_nano.onnx --preset yolox --image bus.jpg --json",
    )
    .action(async (opts: { model: string; spec?: string; preset?: "yolov8" | "yolox"; image: string; conf?: number; iou?: number; backend: BackendName[]; json?: boolean }) => {
      const encoding = ENCODINGS[extname(opts.image).toLowerCase()];
      if (!encoding) throw new VigilError("USAGE", `--image must be a .jpg, .jpeg or .png file, got ${opts.image}`);
      let data: Buffer;
      try {
        data = await readFile(opts.image);
      } catch (err) {
        throw new VigilError("USAGE", `cannot read --image ${opts.image}: ${(err as Error).message}`, { cause: err });
      }
      const choice = resolveModel({ flagModel: opts.model, spec: opts.spec, preset: opts.preset });
      const logger = createLogger("vigil-detect", process.env.VIGIL_LOG_LEVEL ?? "warn");
      const detector = await createDetector({
        model: choice.model,
        spec: choice.spec,
        preset: choice.preset,
        backends: opts.backend,
        specOverrides: { conf_threshold: opts.conf, iou_threshold: opts.iou },
        logger,
      });
      try {
        const detections = await detector.detect({ encoding, data });
        const rows = detections.map((d) => ({
          label: d.label,
          classId: d.classId,
          score: round(d.score, 4),
          box: d.box.map((v) => round(v, 2)) as [number, number, number, number],
        }));
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(rows)}\n`);
        } else {
          process.stdout.write(`${detector.modelName} ${detector.modelVersion} on ${detector.backend}/${detector.provider}: ${rows.length} detections\n`);
          for (const r of rows) process.stdout.write(`${r.label.padEnd(16)} ${r.score.toFixed(3)}  [${r.box.map((v) => v.toFixed(1)).join(", ")}]\n`);
        }
      } finally {
        await detector.dispose();
      }
    });
}

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;
