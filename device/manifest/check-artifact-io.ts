import { bigintToLong, longToBigint, type vigil } from "../../proto/index.js";
import { isVigilError } from "../../runtime/errors/index.js";
import { checkModelIO, type ModelIO, type TensorInfo } from "../../runtime/perception/index.js";
import { describeModelFile } from "./describe-model-file.js";
import { refusal, type Refusal } from "./refusal.js";
import { specFromManifest } from "./spec-from-manifest.js";

/**
 * Loads the artifact (onnx-node, disposed before returning) and checks that it is the model
 * the manifest describes: every input and output by name, shape (a dim <= 0 or symbolic on
 * either side matches anything) and element type, and that it fits the spec in spec_yaml
 * (checkModelIO). All differences come back in one MODEL_IO_MISMATCH; a spec_yaml that does
 * not parse is MODEL_MANIFEST_INVALID.
 *   const r = await checkArtifactIO(manifest, "store/yolox_nano/1.2.0/model.onnx");
 */
export async function checkArtifactIO(manifest: vigil.v1.ModelManifest.$Properties, modelPath: string): Promise<Refusal | undefined> {
  const what = `${manifest.name || "(no name)"}@${manifest.version || "(no version)"}`;
  let spec;
  try {
    spec = specFromManifest(manifest);
  } catch (err) {
    if (!isVigilError(err)) throw err;
    return refusal(err.code, err.message);
  }
  let io: ModelIO;
  try {
    io = await describeModelFile(modelPath);
  } catch (err) {
    if (!isVigilError(err)) throw err;
    return refusal("MODEL_IO_MISMATCH", `${what}: the artifact does not load as ONNX (${err.code}: ${err.message})`);
  }
  const problems = [
    ...compareTensors("input", manifest.inputs ?? [], io.inputs),
    ...compareTensors("output", manifest.outputs ?? [], io.outputs),
  ];
  try {
    checkModelIO(io, spec);
  } catch (err) {
    if (!isVigilError(err, "MODEL_IO_MISMATCH")) throw err;
    problems.push(err.message);
  }
  return problems.length === 0 ? undefined : refusal("MODEL_IO_MISMATCH", `${what}: the artifact is not the model its manifest describes: ${problems.join("; ")}`);
}

/** Manifest tensors vs the model's, by name; each difference as one line. */
function compareTensors(role: string, declared: readonly vigil.v1.InputSpec.$Properties[], actual: readonly TensorInfo[]): string[] {
  const problems: string[] = [];
  const byName = new Map(actual.map((t) => [t.name, t]));
  for (const d of declared) {
    const name = d.name ?? "";
    const a = byName.get(name);
    if (a === undefined) {
      problems.push(`${role} "${name}" is not in the model (it has ${actual.map((t) => t.name).join(", ") || "none"})`);
      continue;
    }
    const want = (d.shape ?? []).map((v) => Number(longToBigint(v)));
    if (!shapesMatch(want, a.shape)) problems.push(`${role} ${name} shape is ${formatShape(a.shape)}, the manifest says ${formatShape(want)}`);
    if (normalizeType(d.dtype ?? "") !== normalizeType(a.type)) problems.push(`${role} ${name} dtype is ${a.type}, the manifest says ${d.dtype || "(none)"}`);
  }
  const declaredNames = new Set(declared.map((d) => d.name ?? ""));
  for (const a of actual) if (!declaredNames.has(a.name)) problems.push(`the model has ${role} "${a.name}", which the manifest does not list`);
  return problems;
}

// A dim that is symbolic (a string) or <= 0 (dynamic, exported as -1 or 0) matches anything.
function shapesMatch(declared: readonly number[], actual: readonly (number | string)[]): boolean {
  if (declared.length !== actual.length) return false;
  return declared.every((w, i) => {
    const a = actual[i];
    return !(w > 0) || typeof a !== "number" || a <= 0 || a === w;
  });
}

const formatShape = (dims: readonly (number | string)[]): string => `[${dims.join(", ")}]`;
const normalizeType = (t: string): string => (t === "float" ? "float32" : t);

/** The manifest's form of a model's inputs/outputs (symbolic dims become -1). */
export function toInputSpecs(tensors: readonly TensorInfo[]): vigil.v1.InputSpec.$Properties[] {
  return tensors.map((t) => ({ name: t.name, shape: t.shape.map((d) => bigintToLong(BigInt(typeof d === "number" ? d : -1))), dtype: t.type }));
}
