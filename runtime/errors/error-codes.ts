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
  FRAME_UNKNOWN_SENSOR: "FRAME_UNKNOWN_SENSOR",
  /** An ObjectList that decodes but whose objects are unusable (NaN or inverted box, score outside [0, 1], too many). */
  OBJECTS_INVALID: "OBJECTS_INVALID",
  // ingest: the socket itself, not one message
  INGEST_SOCKET_FAILED: "INGEST_SOCKET_FAILED",
  INGEST_SOURCE_BUSY: "INGEST_SOURCE_BUSY",
  // config and models
  CONFIG_INVALID: "CONFIG_INVALID",
  CONFIG_NOT_FOUND: "CONFIG_NOT_FOUND",
  MODEL_NOT_FOUND: "MODEL_NOT_FOUND",
  MODEL_SPEC_INVALID: "MODEL_SPEC_INVALID",
  MODEL_IO_MISMATCH: "MODEL_IO_MISMATCH",
  BACKEND_UNAVAILABLE: "BACKEND_UNAVAILABLE",
  BACKEND_LOAD_FAILED: "BACKEND_LOAD_FAILED",
  INFERENCE_FAILED: "INFERENCE_FAILED",
  // tracking
  TRACK_TIME_REVERSED: "TRACK_TIME_REVERSED",
  // risk
  RISK_CONFIG_INVALID: "RISK_CONFIG_INVALID",
  RISK_TOO_MANY_SENSORS: "RISK_TOO_MANY_SENSORS",
  // evaluation
  MOT_FILE_INVALID: "MOT_FILE_INVALID",
  /** Evaluation input that cannot be scored (NaN score, frames out of order, a hazard that ends before it starts, shards that do not fit together). */
  EVAL_INPUT_INVALID: "EVAL_INPUT_INVALID",
  /** `vigil gate`: at least one gate failed, so the candidate must not ship (exit 1). */
  GATE_NO_SHIP: "GATE_NO_SHIP",
  // actuation: commands on the wire and the sockets that carry them
  COMMAND_MALFORMED: "COMMAND_MALFORMED",
  ACTUATION_SOCKET_FAILED: "ACTUATION_SOCKET_FAILED",
  // sensor health: why a camera's images are not trusted (reasons, not thrown errors)
  SENSOR_FROZEN: "SENSOR_FROZEN",
  SENSOR_BLACK: "SENSOR_BLACK",
  SENSOR_OVEREXPOSED: "SENSOR_OVEREXPOSED",
  SENSOR_LOW_CONTRAST: "SENSOR_LOW_CONTRAST",
  SENSOR_BLURRED: "SENSOR_BLURRED",
  // health and the degradation ladder (heartbeat reasons)
  HEARTBEAT_MALFORMED: "HEARTBEAT_MALFORMED",
  /** Too many of a sensor's messages rejected over the health window. */
  SENSOR_REJECT_RATE: "SENSOR_REJECT_RATE",
  /** A sensor sends far above its nominal_fps. */
  SENSOR_OVERRATE: "SENSOR_OVERRATE",
  /** No frame from a sensor yet, or none for longer than its max frame age. */
  SENSOR_SILENT: "SENSOR_SILENT",
  /** Inference cannot keep up: most frames are replaced before they are processed. */
  INFERENCE_OVERLOAD: "INFERENCE_OVERLOAD",
  /** An inference call did not return within detector.inference_timeout_ms. */
  INFERENCE_TIMEOUT: "INFERENCE_TIMEOUT",
  /** The active backend failed and a later one in the preference list took over. */
  BACKEND_FAILOVER: "BACKEND_FAILOVER",
  /** Every configured backend has failed. */
  BACKEND_ALL_FAILED: "BACKEND_ALL_FAILED",
  // fallback supervisor: why it holds the machine in SAFE_STOP
  FALLBACK_HEARTBEAT_MISSING: "FALLBACK_HEARTBEAT_MISSING",
  FALLBACK_FRAME_AGE: "FALLBACK_FRAME_AGE",
  FALLBACK_COMPONENT_FAILED: "FALLBACK_COMPONENT_FAILED",
  FALLBACK_COMMANDS_STOPPED: "FALLBACK_COMMANDS_STOPPED",
  FALLBACK_STARTING: "FALLBACK_STARTING",
  FALLBACK_RESET_REFUSED: "FALLBACK_RESET_REFUSED",
  FALLBACK_SOCKET_FAILED: "FALLBACK_SOCKET_FAILED",
  // recording and logs (runtime/record/)
  /** An MCAP log ends before its footer (a crash, a copy cut short); the part before the named offset still reads. */
  LOG_TRUNCATED: "LOG_TRUNCATED",
  /** A file that is not a readable MCAP log, or one with a corrupt record (the error names the offset). */
  LOG_INVALID: "LOG_INVALID",
  /** The recorder cannot write (disk full, permissions): recording stops, the pipeline goes on. */
  RECORD_WRITE_FAILED: "RECORD_WRITE_FAILED",
  // command line
  USAGE: "USAGE",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The codes a frame (or an object list) can be rejected with at ingest or preprocessing. */
export const FRAME_REJECT_CODES = [
  ErrorCode.FRAME_MALFORMED,
  ErrorCode.FRAME_UNKNOWN_ENCODING,
  ErrorCode.FRAME_SIZE_MISMATCH,
  ErrorCode.FRAME_DIMENSION_MISMATCH,
  ErrorCode.FRAME_TOO_LARGE,
  ErrorCode.FRAME_UNDECODABLE,
  ErrorCode.FRAME_MISSING_SENSOR,
  ErrorCode.FRAME_UNKNOWN_SENSOR,
  ErrorCode.OBJECTS_INVALID,
] as const;

export type FrameRejectCode = (typeof FRAME_REJECT_CODES)[number];
