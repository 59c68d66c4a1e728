import { VigilError, type ErrorCode } from "../errors/index.js";

/** The stable codes the outbox fails with (all in runtime/errors). */
export const OutboxErrorCode = {
  OUTBOX_FULL: "OUTBOX_FULL",
  OUTBOX_RECORD_TOO_LARGE: "OUTBOX_RECORD_TOO_LARGE",
  OUTBOX_DUPLICATE_ID: "OUTBOX_DUPLICATE_ID",
  OUTBOX_CLOSED: "OUTBOX_CLOSED",
  OUTBOX_CONFIG_INVALID: "OUTBOX_CONFIG_INVALID",
} as const satisfies Record<string, ErrorCode>;

export type OutboxErrorCode = (typeof OutboxErrorCode)[keyof typeof OutboxErrorCode];

/**
 * An outbox failure: a VigilError whose code is one of OutboxErrorCode.
 *   try { await outbox.append(msg); } catch (e) { if (e instanceof OutboxError && e.code === "OUTBOX_FULL") ... }
 */
export class OutboxError extends VigilError {
  declare readonly code: OutboxErrorCode;

  constructor(code: OutboxErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = "OutboxError";
  }
}
