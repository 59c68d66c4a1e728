import { VigilError, type ErrorCode } from "../errors/index.js";

/** The body of every API error answer. */
export interface ErrorEnvelope {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/**
 * A VigilError with the HTTP status and details it is answered with; every error answer of the
 * API is one of these, rendered as `{ "error": { "code", "message", "details" } }`.
 *   throw new ApiError(429, "OVERLOADED", "2 inferences running", { max_concurrent: 2 }, { "retry-after": "1" });
 */
export class ApiError extends VigilError {
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  /** Extra response headers, e.g. retry-after, www-authenticate. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
    headers: Record<string, string> = {},
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = "ApiError";
    this.status = status;
    this.details = details;
    this.headers = headers;
  }

  envelope(): ErrorEnvelope {
    return { error: { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } };
  }
}
