import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import YAML from "yaml";
import { z } from "zod";
import { VigilError } from "../errors/index.js";
import { PipelineSchema, type PipelineConfig } from "./pipeline-schema.js";

export interface LoadedPipeline {
  config: PipelineConfig;
  /** The file it came from; relative paths in it resolve against its folder. */
  path: string;
}

/**
 * Reads and validates a pipeline file. Errors name the file and the field.
 *   const { config } = await loadPipeline("pipelines/camera.yaml");
 */
export async function loadPipeline(path: string): Promise<LoadedPipeline> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("CONFIG_NOT_FOUND", `cannot read pipeline file ${path}: ${(err as Error).message}`, { cause: err });
  }
  let raw: unknown;
  try {
    raw = YAML.parse(text);
  } catch (err) {
    throw new VigilError("CONFIG_INVALID", `${path} is not valid YAML: ${(err as Error).message}`, { cause: err });
  }
  return { config: parsePipeline(raw, path), path: resolve(path) };
}

/** Validates an already-parsed pipeline object (tests build them in code). */
export function parsePipeline(raw: unknown, source = "pipeline"): PipelineConfig {
  const result = PipelineSchema.safeParse(raw ?? {});
  if (!result.success) {
    throw new VigilError("CONFIG_INVALID", `${source} is invalid:\n${z.prettifyError(result.error)}`, { cause: result.error });
  }
  return result.data;
}

/** Resolves a path written in a pipeline file against that file's folder. */
export function resolveConfigPath(pipelinePath: string, p: string): string {
  return isAbsolute(p) ? p : resolve(dirname(pipelinePath), p);
}
