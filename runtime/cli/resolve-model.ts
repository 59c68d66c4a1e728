import { existsSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { VigilError } from "../errors/index.js";
import { REPO_PIPELINES_DIR, defaultFixturesDir } from "./repo-paths.js";

/** Spec files for models that cannot carry one beside them (the shared fixtures). */
export const SHIPPED_SPECS_DIR = join(REPO_PIPELINES_DIR, "models");

export interface ModelChoice {
  model: string;
  spec?: string;
  preset?: "yolov8" | "yolox";
  /** Where the model path came from, for the log. */
  from: "flag" | "config" | "VIGIL_MODEL" | "fixtures";
}


/**
 * Picks the model: --model, then the pipeline file, then VIGIL_MODEL, then the fixtures'
 * yolox_nano. The spec: --spec / --preset, then the YAML beside the model, then a spec
 * shipped in pipelines/models/ under the model's base name.
 *   const choice = resolveModel({ flagModel: opts.model, configModel, env: process.env });
 */
export function resolveModel(input: {
  flagModel?: string;
  configModel?: string;
  spec?: string;
  preset?: "yolov8" | "yolox";
  env?: NodeJS.ProcessEnv;
}): ModelChoice {
  const env = input.env ?? process.env;
  const fixtureModel = join(defaultFixturesDir(env), "models", "yolox_nano.onnx");
  let choice: Pick<ModelChoice, "model" | "from">;
  if (input.flagModel) choice = { model: input.flagModel, from: "flag" };
  else if (input.configModel) choice = { model: input.configModel, from: "config" };
  else if (env.VIGIL_MODEL) choice = { model: env.VIGIL_MODEL, from: "VIGIL_MODEL" };
  else if (existsSync(fixtureModel)) choice = { model: fixtureModel, from: "fixtures" };
  else {
    throw new VigilError(
      "MODEL_NOT_FOUND",
      "no model to run: pass --model PATH.onnx, set detector.model in the pipeline file, or set VIGIL_MODEL " +
        `(the default, the fixtures' yolox_nano, is not at ${fixtureModel}; set VIGIL_FIXTURES to the shared fixtures folder)`,
    );
  }
  if (!existsSync(choice.model)) {
    throw new VigilError("MODEL_NOT_FOUND", `model file ${choice.model} (from ${choice.from}) does not exist`);
  }
  if (input.spec || input.preset) return { ...choice, spec: input.spec, preset: input.preset };
  const beside = join(dirname(choice.model), `${basename(choice.model, extname(choice.model))}.yaml`);
  if (existsSync(beside)) return { ...choice, spec: beside };
  const shipped = join(SHIPPED_SPECS_DIR, `${basename(choice.model, extname(choice.model))}.yaml`);
  if (existsSync(shipped)) return { ...choice, spec: shipped };
  return choice;
}
