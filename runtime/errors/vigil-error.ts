import type { ErrorCode } from "./error-codes.js";

/**
 * An error with a stable `code`.
 * Throw it for anything a user or an operator must act on; the message says what to do.
 *   throw new VigilError("MODEL_NOT_FOUND", `no model at ${path}: pass --model or set VIGIL_MODEL`);
 */
export class VigilError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "VigilError";
    this.code = code;
  }
}

export function isVigilError(err: unknown, code?: ErrorCode): err is VigilError {
  return err instanceof VigilError && (code === undefined || err.code === code);
}
