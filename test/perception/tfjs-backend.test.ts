import { mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BackendSession, Tensor } from "../../runtime/perception/backend.js";
import { tfjsBackend } from "../../runtime/perception/tfjs-backend.js";
import {
  ANCHORS,
  CHANNELS,
  FROZEN,
  SAVED_MODEL,
  TEST_MODEL_VARIANTS,
  seededValues,
  writeTestGraphModel,
  writeWhereGraphModel,
  type TestModel,
} from "./tfjs-test-model.js";

// Every log line the backend writes, parsed: assertions key on fields, not on message text.
const logLines: Record<string, unknown>[] = [];
const logger = pino({ level: "debug" }, { write: (line: string) => void logLines.push(JSON.parse(line)) });

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "vigil-tfjs-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectClose(actual: Float32Array, expected: Float32Array, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs((actual[i] ?? Number.NaN) - (expected[i] ?? 0)));
  expect(worst).toBeLessThan(tolerance);
}

function image(batch: number, seed: number): Tensor {
  return { data: seededValues(batch * 3 * 32 * 32, seed, 0, 1), dims: [batch, 3, 32, 32] };
}

for (const variant of TEST_MODEL_VARIANTS) {
  describe(`tfjs backend: ${variant.name}`, () => {
    let model: TestModel;
    let session: BackendSession | undefined;

    beforeAll(async () => {
      model = await writeTestGraphModel(join(dir, variant.kind), variant);
      session = await tfjsBackend.load({ path: model.modelJson }, { logger });
    });

    afterAll(async () => {
      await session?.dispose();
    });

    const open = (): BackendSession => {
      if (!session) throw new Error("session did not load");
      return session;
    };

    it("describes the model's inputs and outputs", () => {
      const s = open();
      expect(s.backend).toBe("tfjs");
      expect(s.describe()).toEqual({
        inputs: [{ name: "images", shape: model.inputShape, type: "float32" }],
        // The frozen graph declares no output shape: the warm-up run at load found it.
        outputs: [{ name: "output0", shape: model.outputShape, type: "float32" }],
      });
    });

    it("gives the same output as a plain JS forward pass", async () => {
      const input = image(1, 42);
      const out = await open().run({ images: input });
      expect(Object.keys(out)).toEqual(["output0"]);
      expect(out.output0?.dims).toEqual([1, ANCHORS, CHANNELS]);
      const data = out.output0?.data ?? new Float32Array();
      expectClose(data, model.reference(input.data, 1), 1e-4);
      // Not a degenerate model: scores spread across the sigmoid's range.
      expect(Math.max(...data) - Math.min(...data)).toBeGreaterThan(0.2);
    });

    it("leaves no tensor behind over 20 runs", async () => {
      const s = open();
      await s.run({ images: image(1, 1) });
      const before = tf.memory().numTensors;
      for (let i = 0; i < 20; i++) await s.run({ images: image(1, 100 + i) });
      expect(tf.memory().numTensors).toBe(before);
    });

    it("rejects inputs the model does not take with MODEL_IO_MISMATCH", async () => {
      const s = open();
      await expect(s.run({ pixels: image(1, 1) })).rejects.toMatchObject({ code: "MODEL_IO_MISMATCH" });
      await expect(s.run({ images: { data: new Float32Array(10), dims: [1, 3, 32, 32] } })).rejects.toMatchObject({
        code: "MODEL_IO_MISMATCH",
      });
      const wrongSize = { data: new Float32Array(3 * 64 * 16), dims: [1, 3, 64, 16] };
      await expect(s.run({ images: wrongSize })).rejects.toMatchObject({ code: "MODEL_IO_MISMATCH" });
    });

    if (variant.kind === "saved-model") {
      it("runs a batch of 2 through the dynamic batch dimension", async () => {
        const input = image(2, 7);
        const out = await open().run({ images: input });
        expect(out.output0?.dims).toEqual([2, ANCHORS, CHANNELS]);
        expectClose(out.output0?.data ?? new Float32Array(), model.reference(input.data, 2), 1e-4);
      });
    }
  });
}

describe("tfjs backend: a model with a dynamic-shape op (executeAsync)", () => {
  let session: BackendSession | undefined;

  beforeAll(async () => {
    session = await tfjsBackend.load({ path: await writeWhereGraphModel(join(dir, "where"), 4, 6) }, { logger });
  });

  afterAll(async () => {
    await session?.dispose();
  });

  it("reports the output's rank with unknown sizes and its type", () => {
    expect(session?.describe().outputs).toEqual([{ name: "indices", shape: [-1, -1], type: "int32" }]);
  });

  it("returns the indices as float32, and leaves no tensor behind", async () => {
    if (!session) throw new Error("session did not load");
    const values = seededValues(24, 9, 0, 1);
    const expected = [...values].flatMap((v, i) => (v > 0.5 ? [Math.floor(i / 6), i % 6] : []));
    const first = await session.run({ values: { data: values, dims: [4, 6] } });
    expect(first.indices?.dims).toEqual([expected.length / 2, 2]);
    expect([...(first.indices?.data ?? [])]).toEqual(expected);

    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) await session.run({ values: { data: seededValues(24, i, 0, 1), dims: [4, 6] } });
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("tfjs backend: runtime and loading", () => {
  it("runs on tfjs-wasm here and logs why the native runtimes were not used", async () => {
    const model = await writeTestGraphModel(join(dir, "provider"), FROZEN);
    const session = await tfjsBackend.load({ path: model.modelJson }, { logger });
    try {
      expect(session.provider).toBe("tfjs-wasm");
    } finally {
      await session.dispose();
    }
    const chosen = logLines.find((l) => l.provider === "tfjs-wasm" && Array.isArray(l.skipped));
    expect(chosen?.skipped).toEqual([
      expect.objectContaining({ provider: "tfjs-node-gpu", kind: "not-installed" }),
      expect.objectContaining({ provider: "tfjs-node", kind: "not-installed" }),
    ]);
  });

  it("fails fast with BACKEND_LOAD_FAILED on an .onnx file", async () => {
    const onnx = join(dir, "model.onnx");
    await writeFile(onnx, Uint8Array.from([0x08, 0x07, 0x12, 0x04, 0x76, 0x69, 0x67, 0x69]));
    await expect(tfjsBackend.load({ path: onnx }, { logger })).rejects.toMatchObject({ code: "BACKEND_LOAD_FAILED" });
  });

  it("says MODEL_NOT_FOUND for a model.json that is not there", async () => {
    await expect(tfjsBackend.load({ path: join(dir, "absent", "model.json") }, { logger })).rejects.toMatchObject({
      code: "MODEL_NOT_FOUND",
    });
  });

  it("loads from the model's folder as well as from model.json", async () => {
    const model = await writeTestGraphModel(join(dir, "folder"), FROZEN);
    const session = await tfjsBackend.load({ path: join(dir, "folder") }, { logger });
    await session.dispose();
    expect(session.describe().inputs[0]?.name).toBe(model.inputName);
  });

  it("rejects a layers model, a missing shard and a truncated shard with BACKEND_LOAD_FAILED", async () => {
    const layers = join(dir, "layers", "model.json");
    await writeTestGraphModel(join(dir, "layers"), FROZEN);
    const json = JSON.parse(await readFile(layers, "utf8")) as Record<string, unknown>;
    await writeFile(layers, JSON.stringify({ ...json, format: "layers-model" }));
    await expect(tfjsBackend.load({ path: layers }, { logger })).rejects.toMatchObject({ code: "BACKEND_LOAD_FAILED" });

    const missing = await writeTestGraphModel(join(dir, "missing"), FROZEN);
    await rm(join(dir, "missing", "group1-shard2of2.bin"));
    await expect(tfjsBackend.load({ path: missing.modelJson }, { logger })).rejects.toMatchObject({ code: "BACKEND_LOAD_FAILED" });

    const truncated = await writeTestGraphModel(join(dir, "truncated"), FROZEN);
    await truncate(join(dir, "truncated", "group1-shard2of2.bin"), 100);
    await expect(tfjsBackend.load({ path: truncated.modelJson }, { logger })).rejects.toMatchObject({ code: "BACKEND_LOAD_FAILED" });
  });

  it("releases the model's tensors on dispose and refuses to run afterwards", async () => {
    const model = await writeTestGraphModel(join(dir, "dispose"), SAVED_MODEL);
    const before = tf.memory().numTensors;
    const session = await tfjsBackend.load({ path: model.modelJson }, { logger });
    expect(tf.memory().numTensors).toBeGreaterThan(before);
    const pending = session.run({ images: image(1, 3) });
    await session.dispose();
    await expect(pending).resolves.toHaveProperty("output0"); // the run in flight finishes first
    expect(tf.memory().numTensors).toBe(before);
    await expect(session.run({ images: image(1, 3) })).rejects.toMatchObject({ code: "INFERENCE_FAILED" });
  });
});
