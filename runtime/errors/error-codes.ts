// Stable error codes: metrics, logs and tests key on these, never on message text.
export const ErrorCode = {
  // ingest: why a message was rejected
  FRAME_MALFORMED: "FRAME_MALFORMED",
  FRAME_UNKNOWN_ENCODING: "FRAME_UNKNOWN_ENCODING",
  FRAME_SIZE_MISMATCH: "FRAME_SIZE_MISMATCH",
  FRAME_DIMENSION_MISMATCH: "FRAME_DIMENSION_MISMATCH",
  FRAME_TOO_LARGE: "FRAME_TOO_LARGE",
  FRAME_UNDECODABLE: "FRAME_UNDECODABLE",
  FRAME_MISSING_SENSOR: "FRAME_MISSING_SENSOR",
  // config and models
  CONFIG_INVALID: "CONFIG_INVALID",
  CONFIG_NOT_FOUND: "CONFIG_NOT_FOUND",
  MODEL_NOT_FOUND: "MODEL_NOT_FOUND",
  MODEL_SPEC_INVALID: "MODEL_SPEC_INVALID",
  MODEL_IO_MISMATCH: "MODEL_IO_MISMATCH",
  BACKEND_UNAVAILABLE: "BACKEND_UNAVAILABLE",
  BACKEND_LOAD_FAILED: "BACKEND_LOAD_FAILED",
  INFERENCE_FAILED: "INFERENCE_FAILED",
  // command line
  USAGE: "USAGE",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The codes a frame can be rejected with at ingest or preprocessing. */
export const FRAME_REJECT_CODES = [
  ErrorCode.FRAME_MALFORMED,
  ErrorCode.FRAME_UNKNOWN_ENCODING,
  ErrorCode.FRAME_SIZE_MISMATCH,
  ErrorCode.FRAME_DIMENSION_MISMATCH,
  ErrorCode.FRAME_TOO_LARGE,
  ErrorCode.FRAME_UNDECODABLE,
  ErrorCode.FRAME_MISSING_SENSOR,
] as const;

export type FrameRejectCode = (typeof FRAME_REJECT_CODES)[number];
