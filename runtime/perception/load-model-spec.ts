import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import YAML from "yaml";
import { VigilError } from "../errors/index.js";
import { COCO80_LABELS } from "./coco-labels.js";
import { MODEL_SPEC_PRESETS, MODEL_SPEC_PRESET_NAMES, type ModelSpecPreset } from "./model-spec-presets.js";
import { parseModelSpecDocument, type ModelSpec, type ModelSpecOverrides } from "./model-spec.js";

export interface LoadModelSpecOptions {
  /** The model file; names the spec beside it and the default spec name. */
  model: string;
  /** An explicit spec file; wins over preset and the YAML beside the model. */
  spec?: string;
  preset?: ModelSpecPreset;
  /** Applied on top of whichever spec was chosen, then validated with it. */
  overrides?: ModelSpecOverrides;
}

/**
 * Finds, validates and resolves a model's spec: explicit spec file > preset > YAML beside
 * the model (`yolox_nano.onnx` -> `yolox_nano.yaml`). Failures are MODEL_SPEC_INVALID.
 *   const spec = await loadModelSpec({ model: "models/yolox_nano.onnx", preset: "yolox" });
 */
export async function loadModelSpec(options: LoadModelSpecOptions): Promise<ModelSpec> {
  const { model, overrides } = options;
  const found = await findSpecDocument(options);
  const doc = overrides === undefined ? found.doc : mergeOverrides(found.doc, overrides, found.source);
  const parsed = parseModelSpecDocument(doc);
  if (!parsed.ok) {
    throw new VigilError("MODEL_SPEC_INVALID", `model spec ${found.source}: ${parsed.problems.join("; ")}`);
  }
  const { labelsFile, labels, name, ...rest } = parsed.spec;
  const resolvedLabels =
    labelsFile !== undefined ? await readLabelsFile(resolve(found.baseDir, labelsFile), found.source) : labels ?? COCO80_LABELS;
  return {
    ...rest,
    name: name ?? basename(model, extname(model)),
    labels: resolvedLabels,
    source: found.source,
  };
}

interface FoundSpec {
  doc: unknown;
  /** Named in errors: the file path or "preset:<name>". */
  source: string;
  /** labels_file is relative to this. */
  baseDir: string;
}

async function findSpecDocument({ model, spec, preset }: LoadModelSpecOptions): Promise<FoundSpec> {
  if (spec !== undefined) {
    const text = await readSpecText(spec);
    if (text === undefined) throw new VigilError("MODEL_SPEC_INVALID", `model spec ${spec}: file not found`);
    return { doc: parseYaml(text, spec), source: spec, baseDir: dirname(resolve(spec)) };
  }
  if (preset !== undefined) {
    const doc = MODEL_SPEC_PRESETS[preset];
    if (doc === undefined) {
      throw new VigilError(
        "MODEL_SPEC_INVALID",
        `unknown model spec preset "${String(preset)}": use one of ${MODEL_SPEC_PRESET_NAMES.join(", ")}`,
      );
    }
    return { doc, source: `preset:${preset}`, baseDir: dirname(resolve(model)) };
  }
  const stem = join(dirname(model), basename(model, extname(model)));
  for (const candidate of [`${stem}.yaml`, `${stem}.yml`]) {
    const text = await readSpecText(candidate);
    if (text !== undefined) return { doc: parseYaml(text, candidate), source: candidate, baseDir: dirname(resolve(candidate)) };
  }
  throw new VigilError(
    "MODEL_SPEC_INVALID",
    `no model spec for ${model}: write ${stem}.yaml beside it, or pass --spec <file> or --preset ${MODEL_SPEC_PRESET_NAMES.join("|")}`,
  );
}

/** The file's text, or undefined when there is no such file. */
async function readSpecText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new VigilError("MODEL_SPEC_INVALID", `model spec ${path}: cannot read: ${(err as Error).message}`, { cause: err });
  }
}

function parseYaml(text: string, source: string): unknown {
  try {
    return YAML.parse(text);
  } catch (err) {
    throw new VigilError("MODEL_SPEC_INVALID", `model spec ${source}: not valid YAML: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

// Overrides replace top-level fields; `input` merges so `{ input: { name } }` keeps the size.
function mergeOverrides(doc: unknown, overrides: ModelSpecOverrides, source: string): Record<string, unknown> {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw new VigilError("MODEL_SPEC_INVALID", `model spec ${source}: (document): expected a mapping`);
  }
  const base = doc as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...base, ...overrides };
  if (overrides.input !== undefined) {
    const input = typeof base.input === "object" && base.input !== null ? base.input : {};
    merged.input = { ...input, ...overrides.input };
  }
  return merged;
}

async function readLabelsFile(path: string, source: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("MODEL_SPEC_INVALID", `model spec ${source}: labels_file: cannot read ${path}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const labels = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (labels.length === 0) throw new VigilError("MODEL_SPEC_INVALID", `model spec ${source}: labels_file: ${path} has no labels`);
  return labels;
}
