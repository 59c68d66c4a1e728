// Writes a small TF.js graph model (model.json with a TensorFlow GraphDef in JSON + weight
// shards), shaped like a YOLOv5 head, and computes its output in plain JS for comparison.
//
// images [B,3,32,32] NCHW -> Transpose to NHWC -> Conv2D 8x8 stride 8 VALID (F filters) -> BiasAdd
//   -> Reshape [-1,F] -> MatMul [F,F] -> AddV2 -> Reshape [-1,16,F] -> Sigmoid  => [B, 16, 5 + C]
// Anchor n = gy * 4 + gx (row-major over the 4x4 grid), as YOLO heads lay them out.
// The attr encoding (dtype {type: "DT_FLOAT"}, shape {shape: {dim: [{size: "1"}]}}, strings as
// base64 in {s}, int lists as {list: {i: ["1"]}}) is what tfjs-converter's operation_mapper reads.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export const CLASSES = 3;
export const CHANNELS = 5 + CLASSES; // cx, cy, w, h, objectness, class scores
export const ANCHORS = 16;
const SIZE = 32;
const KERNEL = 8;

export interface TestModelVariant {
  /** Folder name and test title. */
  name: string;
  /**
   * "frozen": node names are the I/O names, fixed batch 1, no signature (tfjs_graph_model from
   * a frozen graph). "saved-model": a signature maps "images"/"output0" onto serving_default_*
   * and Identity nodes, with a dynamic batch (-1), as tensorflowjs_converter writes for a SavedModel.
   */
  kind: "frozen" | "saved-model";
}

export const FROZEN: TestModelVariant = { name: "frozen graph", kind: "frozen" };
export const SAVED_MODEL: TestModelVariant = { name: "saved model with signature", kind: "saved-model" };
export const TEST_MODEL_VARIANTS: readonly TestModelVariant[] = [FROZEN, SAVED_MODEL];

export interface TestModel {
  modelJson: string;
  inputName: "images";
  outputName: "output0";
  /** As the model declares them: -1 for the dynamic batch. */
  inputShape: number[];
  outputShape: number[];
  /** Plain JS (float64) forward pass; input is [batch, 3, 32, 32] NCHW. */
  reference(input: Float32Array, batch: number): Float32Array;
}

/** Deterministic values in [lo, hi): the same model on every run. */
export function seededValues(count: number, seed: number, lo: number, hi: number): Float32Array {
  const out = new Float32Array(count);
  let s = seed >>> 0;
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = lo + (hi - lo) * (s / 2 ** 32);
  }
  return out;
}

const b64 = (s: string): string => Buffer.from(s, "utf8").toString("base64");
const dims = (shape: readonly number[]) => ({ dim: shape.map((d) => ({ size: String(d) })) });
const T = { type: "DT_FLOAT" };

export async function writeTestGraphModel(dir: string, variant: TestModelVariant): Promise<TestModel> {
  await mkdir(dir, { recursive: true });
  const saved = variant.kind === "saved-model";
  const batch = saved ? -1 : 1;
  const inputNode = saved ? "serving_default_images" : "images";

  // HWIO filter, as TensorFlow stores Conv2D kernels.
  const filter = seededValues(KERNEL * KERNEL * 3 * CHANNELS, 11, -0.1, 0.1);
  const convBias = seededValues(CHANNELS, 12, -0.2, 0.2);
  const headKernel = seededValues(CHANNELS * CHANNELS, 13, -0.5, 0.5);
  const headBias = seededValues(CHANNELS, 14, -0.3, 0.3);

  const weights: { name: string; shape: number[]; values: Float32Array | Int32Array }[] = [
    { name: "perm", shape: [4], values: Int32Array.from([0, 2, 3, 1]) },
    { name: "conv/filter", shape: [KERNEL, KERNEL, 3, CHANNELS], values: filter },
    { name: "conv/bias", shape: [CHANNELS], values: convBias },
    { name: "flat/shape", shape: [2], values: Int32Array.from([-1, CHANNELS]) },
    { name: "head/kernel", shape: [CHANNELS, CHANNELS], values: headKernel },
    { name: "head/bias", shape: [CHANNELS], values: headBias },
    { name: "anchors/shape", shape: [3], values: Int32Array.from([-1, ANCHORS, CHANNELS]) },
  ];
  const constNode = (w: (typeof weights)[number]) => {
    const dtype = w.values instanceof Int32Array ? "DT_INT32" : "DT_FLOAT";
    return { name: w.name, op: "Const", attr: { value: { tensor: { dtype, tensorShape: dims(w.shape) } }, dtype: { type: dtype } } };
  };
  const lastNode = saved ? "head/sigmoid" : "output0";
  const node = [
    { name: inputNode, op: "Placeholder", attr: { dtype: T, shape: { shape: dims([batch, 3, SIZE, SIZE]) } } },
    ...weights.map(constNode),
    { name: "nhwc", op: "Transpose", input: [inputNode, "perm"], attr: { T, Tperm: { type: "DT_INT32" } } },
    {
      name: "conv",
      op: "Conv2D",
      input: ["nhwc", "conv/filter"],
      attr: {
        T,
        strides: { list: { i: ["1", String(KERNEL), String(KERNEL), "1"] } },
        padding: { s: b64("VALID") },
        data_format: { s: b64("NHWC") },
        dilations: { list: { i: ["1", "1", "1", "1"] } },
        use_cudnn_on_gpu: { b: true },
        explicit_paddings: { list: {} },
      },
    },
    { name: "conv/bias_add", op: "BiasAdd", input: ["conv", "conv/bias"], attr: { T, data_format: { s: b64("NHWC") } } },
    { name: "flat", op: "Reshape", input: ["conv/bias_add", "flat/shape"], attr: { T, Tshape: { type: "DT_INT32" } } },
    {
      name: "head/matmul",
      op: "MatMul",
      input: ["flat", "head/kernel"],
      attr: { T, transpose_a: { b: false }, transpose_b: { b: false } },
    },
    { name: "head/add", op: "AddV2", input: ["head/matmul", "head/bias"], attr: { T } },
    { name: "anchors", op: "Reshape", input: ["head/add", "anchors/shape"], attr: { T, Tshape: { type: "DT_INT32" } } },
    { name: lastNode, op: "Sigmoid", input: ["anchors"], attr: { T } },
    ...(saved ? [{ name: "Identity", op: "Identity", input: [lastNode], attr: { T } }] : []),
  ];

  // One weight group split across two shards at an arbitrary byte, as the converter splits
  // at its shard size regardless of where one weight ends.
  const bytes = Buffer.concat(weights.map((w) => Buffer.from(w.values.buffer, w.values.byteOffset, w.values.byteLength)));
  const cut = 1001;
  await writeFile(join(dir, "group1-shard1of2.bin"), bytes.subarray(0, cut));
  await writeFile(join(dir, "group1-shard2of2.bin"), bytes.subarray(cut));

  const modelJson: Record<string, unknown> = {
    format: "graph-model",
    generatedBy: "vigil test",
    convertedBy: "hand-written GraphDef (test/perception/tfjs-test-model.ts)",
    modelTopology: { node, library: {}, versions: { producer: 1286 } },
    weightsManifest: [
      {
        paths: ["group1-shard1of2.bin", "group1-shard2of2.bin"],
        weights: weights.map((w) => ({ name: w.name, shape: w.shape, dtype: w.values instanceof Int32Array ? "int32" : "float32" })),
      },
    ],
  };
  if (saved) {
    modelJson.signature = {
      inputs: { images: { name: `${inputNode}:0`, dtype: "DT_FLOAT", tensorShape: dims([-1, 3, SIZE, SIZE]) } },
      outputs: { output0: { name: "Identity:0", dtype: "DT_FLOAT", tensorShape: dims([-1, ANCHORS, CHANNELS]) } },
    };
  }
  const path = join(dir, "model.json");
  await writeFile(path, JSON.stringify(modelJson));

  return {
    modelJson: path,
    inputName: "images",
    outputName: "output0",
    inputShape: [batch, 3, SIZE, SIZE],
    outputShape: [batch, ANCHORS, CHANNELS],
    reference: (input, n) => reference(input, n, { filter, convBias, headKernel, headBias }),
  };
}

function reference(
  input: Float32Array,
  batch: number,
  w: { filter: Float32Array; convBias: Float32Array; headKernel: Float32Array; headBias: Float32Array },
): Float32Array {
  const grid = SIZE / KERNEL;
  const out = new Float32Array(batch * ANCHORS * CHANNELS);
  const at = (a: Float32Array, i: number): number => a[i] ?? Number.NaN;
  for (let b = 0; b < batch; b++) {
    for (let gy = 0; gy < grid; gy++) {
      for (let gx = 0; gx < grid; gx++) {
        const conv: number[] = [];
        for (let f = 0; f < CHANNELS; f++) {
          let sum = at(w.convBias, f);
          for (let ky = 0; ky < KERNEL; ky++) {
            for (let kx = 0; kx < KERNEL; kx++) {
              for (let c = 0; c < 3; c++) {
                const x = at(input, ((b * 3 + c) * SIZE + gy * KERNEL + ky) * SIZE + gx * KERNEL + kx);
                sum += x * at(w.filter, ((ky * KERNEL + kx) * 3 + c) * CHANNELS + f);
              }
            }
          }
          conv.push(sum);
        }
        const anchor = gy * grid + gx;
        for (let g = 0; g < CHANNELS; g++) {
          let z = at(w.headBias, g);
          for (let f = 0; f < CHANNELS; f++) z += (conv[f] ?? Number.NaN) * at(w.headKernel, f * CHANNELS + g);
          out[(b * ANCHORS + anchor) * CHANNELS + g] = 1 / (1 + Math.exp(-z));
        }
      }
    }
  }
  return out;
}

/**
 * A graph with a dynamic-shape op, which TF.js runs only through executeAsync:
 * values [rows, cols] -> Greater(values, 0.5) -> Where => indices [K, 2] (int32), row-major.
 */
export async function writeWhereGraphModel(dir: string, rows: number, cols: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const node = [
    { name: "values", op: "Placeholder", attr: { dtype: T, shape: { shape: dims([rows, cols]) } } },
    {
      name: "threshold",
      op: "Const",
      attr: { value: { tensor: { dtype: "DT_FLOAT", tensorShape: {} } }, dtype: { type: "DT_FLOAT" } },
    },
    { name: "above", op: "Greater", input: ["values", "threshold"], attr: { T } },
    { name: "indices", op: "Where", input: ["above"], attr: { T: { type: "DT_BOOL" } } },
  ];
  await writeFile(join(dir, "weights.bin"), Buffer.from(Float32Array.from([0.5]).buffer));
  const path = join(dir, "model.json");
  await writeFile(
    path,
    JSON.stringify({
      format: "graph-model",
      modelTopology: { node, versions: { producer: 1286 } },
      weightsManifest: [{ paths: ["weights.bin"], weights: [{ name: "threshold", shape: [], dtype: "float32" }] }],
    }),
  );
  return path;
}
