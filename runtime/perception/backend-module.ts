import { pathToFileURL } from "node:url";
import { VigilError } from "../errors/index.js";
import type { InferenceBackend } from "./backend.js";

/**
 * Imports a plugin backend: an ES module whose `default` or `backend` export is an
 * InferenceBackend. A module that cannot be imported, or exports none, is BACKEND_UNAVAILABLE,
 * as a built-in whose runtime is missing is.
 *   const stalling = await importBackendModule("stalling", "/abs/test/fault/stalling-backend.ts");
 */
export async function importBackendModule(name: string, path: string): Promise<InferenceBackend> {
  let exported: Record<string, unknown>;
  try {
    // A URL, not a path: Windows drive letters and "#" or "?" in a folder name import correctly.
    exported = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new VigilError("BACKEND_UNAVAILABLE", `backend ${name}: cannot import ${path}: ${reason}`, { cause: err });
  }
  const backend = [exported.default, exported.backend].find(isInferenceBackend);
  if (backend === undefined) {
    throw new VigilError(
      "BACKEND_UNAVAILABLE",
      `backend ${name}: ${path} exports no InferenceBackend (a default or "backend" export with a name and load())`,
    );
  }
  return backend;
}

function isInferenceBackend(value: unknown): value is InferenceBackend {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Record<keyof InferenceBackend, unknown>>;
  return typeof candidate.name === "string" && typeof candidate.load === "function";
}
