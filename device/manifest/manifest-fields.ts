import type { vigil } from "../../proto/index.js";
import { isVigilError } from "../../runtime/errors/index.js";
import { refusal, type Refusal } from "./refusal.js";
import { isSemver } from "./semver.js";
import { specFromManifest } from "./spec-from-manifest.js";

// Only ONNX: a TF.js graph model is several files and the manifest hashes one.
export const MANIFEST_FORMATS: readonly string[] = ["onnx"];
/** Bounds on what a manifest may carry; a model artifact over MAX_ARTIFACT_BYTES is refused. */
export const MAX_ARTIFACT_BYTES = 2 * 1024 ** 3;
export const MAX_GOLDEN_INPUTS = 16;
export const MAX_GOLDEN_IMAGE_BYTES = 16 * 1024 * 1024;
/** All golden images together: the manifest travels in one MQTT message. */
export const MAX_GOLDEN_TOTAL_BYTES = 32 * 1024 * 1024;
const MAX_TENSORS = 64;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Checks that a manifest carries everything a device needs, consistently: name, semver
 * version, sha256 hex, size, format, a spec_yaml that parses and agrees with decoder and
 * labels, inputs/outputs, golden inputs with an image and a known label. Every problem is
 * listed in one MODEL_MANIFEST_INVALID; undefined when none.
 *   const r = checkManifestFields(manifest); // { code: "MODEL_MANIFEST_INVALID", detail: "version \"1.2\" is not semver; ..." }
 */
export function checkManifestFields(m: vigil.v1.ModelManifest.$Properties): Refusal | undefined {
  const problems: string[] = [];
  if (!m.name) problems.push("name is empty");
  if (!m.version) problems.push("version is empty");
  else if (!isSemver(m.version)) problems.push(`version "${m.version}" is not semver (MAJOR.MINOR.PATCH[-prerelease])`);
  if (!m.sha256) problems.push("sha256 is empty");
  else if (!SHA256_HEX.test(m.sha256)) problems.push(`sha256 "${m.sha256.slice(0, 80)}" is not 64 lowercase hex digits`);
  const size = sizeOf(m.sizeBytes);
  if (size === undefined || size <= 0n) problems.push("size_bytes is missing or 0");
  else if (size > BigInt(MAX_ARTIFACT_BYTES)) problems.push(`size_bytes ${size} is over the ${MAX_ARTIFACT_BYTES}-byte artifact limit`);
  if (!m.format || !MANIFEST_FORMATS.includes(m.format)) problems.push(`format "${m.format ?? ""}" is not one of ${MANIFEST_FORMATS.join(", ")}`);
  const inputs = m.inputs ?? [];
  const outputs = m.outputs ?? [];
  if (inputs.length === 0) problems.push("inputs is empty");
  if (outputs.length === 0) problems.push("outputs is empty");
  if (inputs.length + outputs.length > MAX_TENSORS) problems.push(`more than ${MAX_TENSORS} inputs and outputs`);
  for (const t of [...inputs, ...outputs]) if (!t.name) problems.push("an input or output has no name");
  let labels: readonly string[] | undefined;
  try {
    const spec = specFromManifest(m);
    labels = spec.labels;
    if (m.decoder !== spec.decoder.type) problems.push(`decoder "${m.decoder ?? ""}" differs from spec_yaml's decoder "${spec.decoder.type}"`);
    const declared = m.labels ?? [];
    if (declared.length !== spec.labels.length || declared.some((l, i) => l !== spec.labels[i])) {
      problems.push(`labels (${declared.length}) differ from spec_yaml's labels (${spec.labels.length})`);
    }
  } catch (err) {
    if (!isVigilError(err)) throw err;
    problems.push(err.message);
  }
  const golden = m.golden ?? [];
  if (golden.length > MAX_GOLDEN_INPUTS) problems.push(`${golden.length} golden inputs, at most ${MAX_GOLDEN_INPUTS}`);
  const goldenBytes = golden.reduce((n, g) => n + (g.image?.length ?? 0), 0);
  if (goldenBytes > MAX_GOLDEN_TOTAL_BYTES) problems.push(`golden images total ${goldenBytes} bytes, over ${MAX_GOLDEN_TOTAL_BYTES}`);
  golden.forEach((g, i) => {
    const at = `golden[${i}]${g.name ? ` (${g.name})` : ""}`;
    const bytes = g.image?.length ?? 0;
    if (bytes === 0) problems.push(`${at} has no image`);
    else if (bytes > MAX_GOLDEN_IMAGE_BYTES) problems.push(`${at} image is over ${MAX_GOLDEN_IMAGE_BYTES} bytes`);
    if (!g.expectLabel) problems.push(`${at} has no expect_label`);
    else if (labels !== undefined && !labels.includes(g.expectLabel)) problems.push(`${at} expects label "${g.expectLabel}", which the model's labels do not include`);
  });
  return problems.length === 0 ? undefined : refusal("MODEL_MANIFEST_INVALID", `manifest ${m.name || "(no name)"}@${m.version || "(no version)"}: ${problems.join("; ")}`);
}

/** size_bytes as a bigint (Long, number or string), undefined when absent or unreadable. */
export function sizeOf(value: unknown): bigint | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "bigint") return value;
  if (typeof value === "number") return Number.isSafeInteger(value) ? BigInt(value) : undefined;
  if (typeof value === "string") return /^\d+$/.test(value) ? BigInt(value) : undefined;
  if (typeof value === "object" && "toString" in value && "low" in value) {
    const text = String(value);
    return /^-?\d+$/.test(text) ? BigInt(text) : undefined;
  }
  return undefined;
}
