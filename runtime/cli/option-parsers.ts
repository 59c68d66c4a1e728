import { InvalidArgumentError } from "commander";
import { BACKEND_NAMES, type BackendName } from "../perception/index.js";

/** Commander argument parsers: a bad value is a usage error (exit 2) naming what is allowed. */
export function parseProbability(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError("must be a number from 0 to 1.");
  return n;
}

export function parsePositiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("must be a number above 0.");
  return n;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("must be a whole number above 0.");
  return n;
}

export function parseBackendList(value: string): BackendName[] {
  const names = value.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = names.filter((n) => !(BACKEND_NAMES as readonly string[]).includes(n));
  if (names.length === 0 || bad.length > 0) throw new InvalidArgumentError(`unknown backend ${bad.join(", ")}; use ${BACKEND_NAMES.join(", ")}.`);
  return names as BackendName[];
}
