/**
 * The stable codes the outbox fails with. Local until the lead moves them into
 * runtime/errors/error-codes.ts (then OutboxError becomes a VigilError).
 */
export const OutboxErrorCode = {
  /** Appending would exceed maxBytes and only records that must not be dropped (risk, ...) remain. */
  OUTBOX_FULL: "OUTBOX_FULL",
  /** One record is larger than maxBytes or segmentBytes allow. */
  OUTBOX_RECORD_TOO_LARGE: "OUTBOX_RECORD_TOO_LARGE",
  /** An id that is already waiting in the outbox (ids must be unique). */
  OUTBOX_DUPLICATE_ID: "OUTBOX_DUPLICATE_ID",
  /** The outbox was closed. */
  OUTBOX_CLOSED: "OUTBOX_CLOSED",
  /** Options that cannot work (maxBytes < segmentBytes, "risk" in dropOrder, ...). */
  OUTBOX_CONFIG_INVALID: "OUTBOX_CONFIG_INVALID",
} as const;

export type OutboxErrorCode = (typeof OutboxErrorCode)[keyof typeof OutboxErrorCode];

/**
 * An outbox failure with a stable `code`; tests and metrics key on the code.
 *   try { await outbox.append(msg); } catch (e) { if (e instanceof OutboxError && e.code === "OUTBOX_FULL") ... }
 */
export class OutboxError extends Error {
  readonly code: OutboxErrorCode;

  constructor(code: OutboxErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "OutboxError";
    this.code = code;
  }
}
