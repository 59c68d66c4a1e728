import { readFile, stat } from "node:fs/promises";
import { dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import type { io } from "@tensorflow/tfjs";
import { VigilError } from "../errors/index.js";

/** A model.json that has been read and checked to describe a TF.js graph model. */
export interface GraphModelFile {
  /** Absolute path of model.json; weight shard paths are relative to its folder. */
  readonly path: string;
  readonly json: io.ModelJSON;
}

// Graph topologies of detectors are a few MB; anything far larger is not a model.json.
const MAX_MODEL_JSON_BYTES = 64 * 1024 * 1024;

/**
 * Reads and checks a TF.js graph model's model.json (or a folder holding one), without
 * loading TF.js, so a wrong file (an .onnx, a layers model) fails fast with BACKEND_LOAD_FAILED.
 *   const file = await readGraphModelJson("models/yolox_nano_web/model.json");
 */
export async function readGraphModelJson(path: string): Promise<GraphModelFile> {
  let modelJson = resolve(path);
  if (extname(modelJson).toLowerCase() !== ".json") {
    const info = await stat(modelJson).catch((err: unknown) => {
      throw notGraphModel(path, `not a model.json (${errorMessage(err)})`);
    });
    if (!info.isDirectory()) throw notGraphModel(path, "not a model.json");
    modelJson = join(modelJson, "model.json");
  }

  let bytes: Buffer;
  try {
    const info = await stat(modelJson);
    if (info.size > MAX_MODEL_JSON_BYTES) throw notGraphModel(path, `${info.size} bytes is too large for a model.json`);
    bytes = await readFile(modelJson);
  } catch (err) {
    if (err instanceof VigilError) throw err;
    if (errorCode(err) === "ENOENT") {
      throw new VigilError("MODEL_NOT_FOUND", `no TF.js model at ${modelJson}: check the model path`, { cause: err });
    }
    throw new VigilError("BACKEND_LOAD_FAILED", `cannot read ${modelJson}: ${errorMessage(err)}`, { cause: err });
  }

  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch (err) {
    throw notGraphModel(modelJson, `not valid JSON (${errorMessage(err)})`);
  }
  if (!isRecord(json)) throw notGraphModel(modelJson, "not a JSON object");
  if (json.format !== undefined && json.format !== "graph-model") {
    throw notGraphModel(
      modelJson,
      `format is "${String(json.format)}"; convert the model with tensorflowjs_converter --output_format=tfjs_graph_model`,
    );
  }
  const topology = json.modelTopology;
  if (!isRecord(topology) || !Array.isArray(topology.node)) {
    throw notGraphModel(modelJson, "modelTopology is not a TensorFlow GraphDef (no node list)");
  }
  if (json.weightsManifest !== undefined && !Array.isArray(json.weightsManifest)) {
    throw notGraphModel(modelJson, "weightsManifest is not a list of weight groups");
  }
  return { path: modelJson, json: { ...json, modelTopology: topology, weightsManifest: json.weightsManifest ?? [] } as io.ModelJSON };
}

/**
 * An IOHandler that gives TF.js the model's topology and weight shards from disk: TF.js
 * without tfjs-node has no file:// loader.
 *   const model = await tf.loadGraphModel(graphModelFileHandler(await readGraphModelJson(path)));
 */
export function graphModelFileHandler(file: GraphModelFile): io.IOHandler {
  return { load: () => readGraphModelArtifacts(file) };
}

/** model.json plus every weight shard it lists, as TF.js ModelArtifacts. */
export async function readGraphModelArtifacts(file: GraphModelFile): Promise<io.ModelArtifacts> {
  const folder = dirname(file.path);
  const weightSpecs: io.WeightsManifestEntry[] = [];
  const shards: Buffer[] = [];
  for (const group of file.json.weightsManifest) {
    weightSpecs.push(...group.weights);
    for (const shardPath of group.paths) {
      const shard = resolve(folder, shardPath);
      const rel = relative(folder, shard);
      // Shard paths come from the model file: keep them inside the model's folder.
      if (isAbsolute(shardPath) || rel.startsWith("..") || isAbsolute(rel)) {
        throw new VigilError("BACKEND_LOAD_FAILED", `${file.path}: weight shard "${shardPath}" is outside the model folder`);
      }
      try {
        shards.push(await readFile(shard));
      } catch (err) {
        throw new VigilError("BACKEND_LOAD_FAILED", `${file.path}: cannot read weight shard ${shard}: ${errorMessage(err)}`, {
          cause: err,
        });
      }
    }
  }
  const weightData = joinShards(shards);
  const expected = expectedWeightBytes(weightSpecs);
  if (expected !== undefined && weightData.byteLength < expected) {
    throw new VigilError(
      "BACKEND_LOAD_FAILED",
      `${file.path}: weight shards hold ${weightData.byteLength} bytes but the manifest needs ${expected} (truncated or mismatched files)`,
    );
  }
  const { json } = file;
  const artifacts: io.ModelArtifacts = {
    modelTopology: json.modelTopology,
    format: json.format,
    generatedBy: json.generatedBy,
    convertedBy: json.convertedBy,
    weightSpecs,
    weightData,
  };
  if (json.signature != null) artifacts.signature = json.signature;
  if (json.userDefinedMetadata != null) artifacts.userDefinedMetadata = json.userDefinedMetadata;
  if (json.modelInitializer != null) artifacts.modelInitializer = json.modelInitializer;
  if (json.initializerSignature != null) artifacts.initializerSignature = json.initializerSignature;
  return artifacts;
}

/**
 * One buffer for all shards. TF.js 4.22 can take a list, but it assumes every shard but the
 * last has the first one's size (true of tensorflowjs_converter output, not of every tool)
 * and silently reads zeros otherwise.
 */
function joinShards(shards: readonly Buffer[]): ArrayBuffer {
  const total = shards.reduce((n, s) => n + s.byteLength, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const shard of shards) {
    joined.set(shard, offset);
    offset += shard.byteLength;
  }
  return joined.buffer;
}

const BYTES_PER_VALUE: Record<string, number> = {
  float32: 4,
  int32: 4,
  bool: 1,
  complex64: 8,
  uint8: 1,
  uint16: 2,
  float16: 2,
};

/** Bytes the manifest's weights occupy; undefined when it cannot be known (string weights). */
function expectedWeightBytes(specs: readonly io.WeightsManifestEntry[]): number | undefined {
  let total = 0;
  for (const spec of specs) {
    const dtype = spec.quantization?.dtype ?? spec.dtype;
    const perValue = BYTES_PER_VALUE[dtype];
    if (perValue === undefined) return undefined;
    total += spec.shape.reduce((n, d) => n * d, 1) * perValue;
  }
  return total;
}

function notGraphModel(path: string, why: string): VigilError {
  return new VigilError("BACKEND_LOAD_FAILED", `tfjs loads TF.js graph models (model.json + weight shards): ${path} is ${why}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function errorCode(err: unknown): unknown {
  return typeof err === "object" && err !== null && "code" in err ? err.code : undefined;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
