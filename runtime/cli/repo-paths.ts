import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout Vigil runs from: its pipelines/ folder holds the default configs and specs. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const REPO_PIPELINES_DIR = join(REPO_ROOT, "pipelines");

/** The version in package.json, for --version and logs. */
export function vigilVersion(): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

/** The shared third-party fixtures: VIGIL_FIXTURES, else ../shared/fixtures beside the checkout. */
export function defaultFixturesDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.VIGIL_FIXTURES ?? join(REPO_ROOT, "..", "shared", "fixtures"));
}
