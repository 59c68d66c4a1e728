import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { bigintToLong, vigil } from "../../proto/index.js";
import { SystemClock, type Clock } from "../../runtime/clock/index.js";
import { VigilError } from "../../runtime/errors/index.js";
import { checkModelIO, loadModelSpec, type ModelSpecPreset } from "../../runtime/perception/index.js";
import { toInputSpecs } from "./check-artifact-io.js";
import { describeModelFile } from "./describe-model-file.js";
import { checkManifestFields, MAX_ARTIFACT_BYTES, MAX_GOLDEN_IMAGE_BYTES, MAX_GOLDEN_INPUTS, MAX_GOLDEN_TOTAL_BYTES } from "./manifest-fields.js";
import { isSemver } from "./semver.js";
import { specToYaml } from "./spec-from-manifest.js";

/** An image the model must get right in its self-test: at least minCount detections of label. */
export interface GoldenSource {
  image: string;
  label: string;
  minCount: number;
}

export interface BuildManifestOptions {
  /** The artifact: an .onnx file. */
  model: string;
  /** Spec file; wins over preset and the YAML beside the model (as loadModelSpec). */
  spec?: string;
  preset?: ModelSpecPreset;
  /** semver: MAJOR.MINOR.PATCH[-prerelease]. */
  version: string;
  /** Default: the spec's name (the model file's basename unless the spec names it). */
  name?: string;
  golden?: readonly GoldenSource[];
  /** A rollback manifest may replace a higher active version. Default false. */
  rollback?: boolean;
  /** Stamps created_time_ns; default SystemClock. */
  clock?: Clock;
}

/**
 * Describes a model version for signing: sha256 and size of the artifact, its spec (as
 * spec_yaml, labels inline), decoder and labels, inputs and outputs read from the model
 * itself, golden inputs. A model that does not fit its spec is MODEL_IO_MISMATCH; a bad
 * version, format or golden input MODEL_MANIFEST_INVALID. Unsigned: pass it to signManifest.
 *   const m = await buildManifest({ model: "yolox_nano.onnx", preset: "yolox", version: "1.2.0",
 *     golden: [{ image: "bus.jpg", label: "person", minCount: 1 }] });
 */
export async function buildManifest(options: BuildManifestOptions): Promise<vigil.v1.ModelManifest> {
  const { model, version } = options;
  if (!isSemver(version)) {
    throw new VigilError("MODEL_MANIFEST_INVALID", `version "${version}" is not semver: write MAJOR.MINOR.PATCH, e.g. 1.2.0 or 1.3.0-rc.1`);
  }
  const format = formatOf(model);
  const bytes = await readBounded(model, MAX_ARTIFACT_BYTES, "model", "MODEL_NOT_FOUND");
  const spec = await loadModelSpec({ model, ...(options.spec === undefined ? {} : { spec: options.spec }), ...(options.preset === undefined ? {} : { preset: options.preset }) });
  const io = await describeModelFile(model);
  // A model that does not fit its spec must not be signed: the device would refuse it anyway.
  checkModelIO(io, spec);
  const name = options.name ?? spec.name;
  if (name.length === 0) throw new VigilError("MODEL_MANIFEST_INVALID", "the model name is empty: pass --name");
  const golden = await readGolden(options.golden ?? [], spec.labels);
  const manifest = vigil.v1.ModelManifest.create({
    name,
    version,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    sizeBytes: bigintToLong(BigInt(bytes.length), true),
    format,
    decoder: spec.decoder.type,
    labels: [...spec.labels],
    inputs: toInputSpecs(io.inputs),
    outputs: toInputSpecs(io.outputs),
    specYaml: specToYaml(spec, { name, version }),
    createdTimeNs: bigintToLong((options.clock ?? new SystemClock()).nowNs()),
    rollback: options.rollback === true,
    golden,
  });
  const problem = checkManifestFields(manifest);
  if (problem !== undefined) throw new VigilError(problem.code, problem.detail);
  return manifest;
}

function formatOf(model: string): string {
  const ext = extname(model).toLowerCase();
  if (ext === ".onnx") return "onnx";
  if (ext === ".json") {
    // One sha256 covers one file; a TF.js graph model's weights are shard files beside model.json.
    throw new VigilError("MODEL_MANIFEST_INVALID", `${model}: TF.js graph models keep their weights in shard files the manifest's sha256 would not cover; sign an .onnx export of the model`);
  }
  throw new VigilError("MODEL_MANIFEST_INVALID", `${model}: only .onnx models can be signed`);
}

async function readGolden(sources: readonly GoldenSource[], labels: readonly string[]): Promise<vigil.v1.GoldenInput[]> {
  if (sources.length > MAX_GOLDEN_INPUTS) throw new VigilError("MODEL_MANIFEST_INVALID", `${sources.length} golden inputs: at most ${MAX_GOLDEN_INPUTS}`);
  const golden: vigil.v1.GoldenInput[] = [];
  let total = 0;
  for (const g of sources) {
    if (!labels.includes(g.label)) {
      throw new VigilError("MODEL_MANIFEST_INVALID", `golden ${g.image}: label "${g.label}" is not one of the model's labels (e.g. ${labels.slice(0, 5).join(", ")})`);
    }
    if (!Number.isInteger(g.minCount) || g.minCount < 1 || g.minCount > 10_000) {
      throw new VigilError("MODEL_MANIFEST_INVALID", `golden ${g.image}: minimum count ${g.minCount} must be a whole number from 1 to 10000`);
    }
    const image = await readBounded(g.image, MAX_GOLDEN_IMAGE_BYTES, "golden image", "MODEL_MANIFEST_INVALID");
    total += image.length;
    if (total > MAX_GOLDEN_TOTAL_BYTES) throw new VigilError("MODEL_MANIFEST_INVALID", `golden images total over ${MAX_GOLDEN_TOTAL_BYTES} bytes: use fewer or smaller images`);
    golden.push(vigil.v1.GoldenInput.create({ name: basename(g.image), image, expectLabel: g.label, expectMinCount: g.minCount }));
  }
  return golden;
}

async function readBounded(path: string, maxBytes: number, what: string, missingCode: "MODEL_NOT_FOUND" | "MODEL_MANIFEST_INVALID"): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new VigilError(missingCode, `${what} ${path} is not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof VigilError) throw err;
    throw new VigilError(missingCode, `no ${what} at ${path}: ${(err as Error).message}`, { cause: err });
  }
  if (size === 0) throw new VigilError("MODEL_MANIFEST_INVALID", `${what} ${path} is empty`);
  if (size > maxBytes) throw new VigilError("MODEL_MANIFEST_INVALID", `${what} ${path} is ${size} bytes, over the ${maxBytes}-byte limit`);
  return readFile(path);
}
