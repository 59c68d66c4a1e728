import { z } from "zod";
import { vigil } from "../../proto/index.js";
import { VigilError } from "../../runtime/errors/index.js";

/** Manifest files on disk end with this, e.g. `yolox_nano-1.2.0.manifest.json`. */
export const MANIFEST_FILE_SUFFIX = ".manifest.json";

// 32 MiB of golden images is ~43 MiB of base64; anything far larger is not a manifest.
const MAX_MANIFEST_JSON_CHARS = 64 * 1024 * 1024;

/**
 * A manifest as pretty JSON: the protobuf object form with camelCase fields, every field
 * written, 64-bit numbers as strings and bytes as base64. manifestFromJson reads it back
 * to a message that encodes (and so verifies) the same.
 *   await writeFile("yolox_nano-1.2.0.manifest.json", manifestToJson(signed));
 */
export function manifestToJson(manifest: vigil.v1.ModelManifest.$Properties): string {
  const object = vigil.v1.ModelManifest.toObject(vigil.v1.ModelManifest.fromObject(manifest), {
    longs: String,
    bytes: String,
    defaults: true,
    arrays: true,
  });
  // Fields in .proto order (toObject puts the repeated ones first), so name and version lead.
  const ordered: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (key in object) ordered[key] = object[key];
  for (const [key, value] of Object.entries(object)) if (!(key in ordered)) ordered[key] = value;
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

const FIELD_ORDER = ["name", "version", "sha256", "sizeBytes", "format", "decoder", "labels", "inputs", "outputs", "specYaml", "createdTimeNs", "keyId", "signature", "rollback", "golden"];

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "not base64").refine((s) => s.length % 4 === 0, "not base64 (length)");
const int64 = z.union([z.string().regex(/^-?\d{1,19}$/, "not an integer"), z.int()]);
const uint64 = z.union([z.string().regex(/^\d{1,20}$/, "not a non-negative integer"), z.int().min(0)]);

const InputSpecJson = z.strictObject({
  name: z.string().optional(),
  shape: z.array(int64).max(32).optional(),
  dtype: z.string().optional(),
});

const GoldenJson = z.strictObject({
  name: z.string().optional(),
  image: base64.optional(),
  expectLabel: z.string().optional(),
  expectMinCount: z.int().min(0).max(0xffff_ffff).optional(),
});

const ManifestJson = z.strictObject({
  name: z.string().optional(),
  version: z.string().optional(),
  sha256: z.string().optional(),
  sizeBytes: uint64.optional(),
  format: z.string().optional(),
  decoder: z.string().optional(),
  labels: z.array(z.string()).max(100_000).optional(),
  inputs: z.array(InputSpecJson).max(64).optional(),
  outputs: z.array(InputSpecJson).max(64).optional(),
  specYaml: z.string().optional(),
  createdTimeNs: int64.optional(),
  keyId: z.string().optional(),
  signature: base64.optional(),
  rollback: z.boolean().optional(),
  golden: z.array(GoldenJson).max(64).optional(),
});

/**
 * Reads a manifest written by manifestToJson. Text that is not JSON or not a manifest
 * (unknown field, wrong type, bad base64) throws MODEL_MANIFEST_INVALID naming the field.
 * It checks the form only: verifyManifestSignature decides whether it is trusted and usable.
 *   const m = manifestFromJson(await readFile("yolox_nano-1.2.0.manifest.json", "utf8"));
 */
export function manifestFromJson(text: string): vigil.v1.ModelManifest {
  if (text.length > MAX_MANIFEST_JSON_CHARS) {
    throw new VigilError("MODEL_MANIFEST_INVALID", `manifest JSON is ${text.length} characters, over ${MAX_MANIFEST_JSON_CHARS}: not a manifest`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new VigilError("MODEL_MANIFEST_INVALID", `manifest is not JSON: ${(err as Error).message}`, { cause: err });
  }
  const parsed = ManifestJson.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "(document)"}: ${i.message}`);
    throw new VigilError("MODEL_MANIFEST_INVALID", `manifest JSON is not a ModelManifest: ${problems.slice(0, 10).join("; ")}`);
  }
  try {
    return vigil.v1.ModelManifest.fromObject(parsed.data);
  } catch (err) {
    throw new VigilError("MODEL_MANIFEST_INVALID", `manifest JSON is not a ModelManifest: ${(err as Error).message}`, { cause: err });
  }
}
