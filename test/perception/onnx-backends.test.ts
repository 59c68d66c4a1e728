import { afterAll, beforeAll, expect, it } from "vitest";
import {
  importBackend,
  type BackendName,
  type BackendOptions,
  type BackendSession,
  type Tensor,
} from "../../runtime/perception/index.js";
import { onnxNodeBackend } from "../../runtime/perception/onnx-node-backend.js";
import { captureLogger, WARN } from "./capture-logger.js";
import { describeWithFixtures, fixture } from "../fixtures.js";
import { codeOf } from "../error-code-of.js";

const YOLOX = "models/yolox_nano.onnx";
// A flat grey frame: both runtimes must agree on its output. A fresh one per run, because
// onnx-node (worker isolation) takes the input buffer.
const grey = (): Tensor => ({ data: new Float32Array(3 * 416 * 416).fill(114), dims: [1, 3, 416, 416] });


const reference: { output?: Float32Array } = {};

// onnx-node in both isolation modes: the worker (default) must behave as the inline session.
const VARIANTS: { name: BackendName; isolation?: BackendOptions["isolation"] }[] = [
  { name: "onnx-node" },
  { name: "onnx-node", isolation: "inline" },
  { name: "onnx-wasm" },
];

for (const { name, isolation } of VARIANTS) {
  describeWithFixtures(`${name} backend${isolation === undefined ? "" : ` (${isolation})`}`, [YOLOX], () => {
    let session: BackendSession;

    beforeAll(async () => {
      session = await (await importBackend(name)).load({ path: fixture(YOLOX) }, { threads: 2, isolation });
    });

    afterAll(async () => {
      await session.dispose();
    });

    it("describes the model's inputs and outputs", () => {
      expect(session.backend).toBe(name);
      expect(session.describe()).toEqual({
        inputs: [{ name: "images", shape: [1, 3, 416, 416], type: "float32" }],
        outputs: [{ name: "output", shape: [1, 3549, 85], type: "float32" }],
      });
    });

    it("reports the provider that runs it", () => {
      expect(session.provider).toBe(name === "onnx-node" ? "cpu" : "wasm-simd-threaded");
    });

    it("runs a frame and returns float32 output of the declared shape", async () => {
      const out = await session.run({ images: grey() });
      const t = out.output!;
      expect(t.dims).toEqual([1, 3549, 85]);
      expect(t.data).toBeInstanceOf(Float32Array);
      expect(t.data).toHaveLength(3549 * 85);
      // Both runtimes compute the same network: compare with whichever ran first.
      if (reference.output === undefined) reference.output = t.data;
      let maxDiff = 0;
      for (let i = 0; i < t.data.length; i++) maxDiff = Math.max(maxDiff, Math.abs(t.data[i]! - reference.output[i]!));
      expect(maxDiff).toBeLessThan(1e-3);
    });

    it("fails a run with a wrong input as INFERENCE_FAILED", async () => {
      const badLength: Tensor = { data: new Float32Array(3 * 8 * 8), dims: [1, 3, 8, 9] };
      const badShape: Tensor = { data: new Float32Array(3 * 8 * 8), dims: [1, 3, 8, 8] };
      expect(await codeOf(session.run({ images: badLength }))).toBe("INFERENCE_FAILED");
      expect(await codeOf(session.run({ images: badShape }))).toBe("INFERENCE_FAILED");
      expect(await codeOf(session.run({ pixels: grey() }))).toBe("INFERENCE_FAILED");
    });

    it("says MODEL_NOT_FOUND for a missing file", async () => {
      const backend = await importBackend(name);
      expect(await codeOf(backend.load({ path: fixture("models/no-such-model.onnx") }))).toBe("MODEL_NOT_FOUND");
    });
  });
}

describeWithFixtures("onnx-node providers", [YOLOX], () => {
  it("skips GPU providers this install lacks, falls back to CPU and logs why", async () => {
    const { logger, lines } = captureLogger();
    const session = await onnxNodeBackend.load({ path: fixture(YOLOX) }, { providers: ["tensorrt", "cuda", "cpu"], logger });
    try {
      // On a machine with the CUDA provider installed this loads on a GPU provider instead.
      if (session.provider === "cpu") {
        const skipped = lines.filter((l) => l.level === WARN && l.backend === "onnx-node" && typeof l.reason === "string");
        expect(skipped.map((l) => l.provider)).toEqual(["tensorrt", "cuda"]);
        expect(lines.some((l) => l.msg === "onnx-node: running on cpu instead of tensorrt")).toBe(true);
      } else {
        expect(["tensorrt", "cuda"]).toContain(session.provider);
      }
    } finally {
      await session.dispose();
    }
  });

  it("treats an unknown provider as absent", async () => {
    const { logger, lines } = captureLogger();
    const session = await onnxNodeBackend.load({ path: fixture(YOLOX) }, { providers: ["npu9000"], logger });
    try {
      expect(session.provider).toBe("cpu");
      expect(lines.find((l) => l.provider === "npu9000")?.reason).toMatch(/^not in this onnxruntime-node build/);
    } finally {
      await session.dispose();
    }
  });

  it("refuses runs after dispose", async () => {
    const session = await onnxNodeBackend.load({ path: fixture(YOLOX) });
    await session.dispose();
    await session.dispose(); // idempotent
    expect(await codeOf(session.run({ images: grey() }))).toBe("INFERENCE_FAILED");
  });
});
