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
  // cloud link (runtime/cloud/)
  /** Appending would exceed the outbox bound and only records that must not be dropped (risk) remain. */
  OUTBOX_FULL: "OUTBOX_FULL",
  /** One record is larger than the outbox's maxBytes or segmentBytes allow. */
  OUTBOX_RECORD_TOO_LARGE: "OUTBOX_RECORD_TOO_LARGE",
  /** An id that is already waiting in the outbox (ids must be unique). */
  OUTBOX_DUPLICATE_ID: "OUTBOX_DUPLICATE_ID",
  /** The outbox was closed. */
  OUTBOX_CLOSED: "OUTBOX_CLOSED",
  /** Outbox options that cannot work (maxBytes < segmentBytes, "risk" in dropOrder, ...). */
  OUTBOX_CONFIG_INVALID: "OUTBOX_CONFIG_INVALID",
  /** The MQTT connection failed or dropped; the outbox keeps everything until it is back. */
  CLOUD_LINK_DOWN: "CLOUD_LINK_DOWN",
  /** A message on a command topic that does not decode, or names another device. */
  CLOUD_COMMAND_INVALID: "CLOUD_COMMAND_INVALID",
  // signed models and the device agent (device/): why a model version is refused or undone
  /** The manifest has no signature. */
  MODEL_UNSIGNED: "MODEL_UNSIGNED",
  /** The signature does not verify against the key it names. */
  MODEL_SIGNATURE_INVALID: "MODEL_SIGNATURE_INVALID",
  /** The manifest is signed by a key the device does not trust. */
  MODEL_KEY_UNTRUSTED: "MODEL_KEY_UNTRUSTED",
  /** A manifest that does not decode or misses required fields (semver, sha256, size, spec). */
  MODEL_MANIFEST_INVALID: "MODEL_MANIFEST_INVALID",
  /** The artifact's sha256 or size differs from the signed manifest. */
  MODEL_HASH_MISMATCH: "MODEL_HASH_MISMATCH",
  /** A lower version than the active one, without a signed rollback. */
  MODEL_DOWNGRADE: "MODEL_DOWNGRADE",
  /** The same version as one already stored, with a different artifact. */
  MODEL_VERSION_CONFLICT: "MODEL_VERSION_CONFLICT",
  /** Chunks missing, out of range or over the size limit, or the download failed. */
  MODEL_ARTIFACT_INCOMPLETE: "MODEL_ARTIFACT_INCOMPLETE",
  /** The agent already has agent.max_pending_deploys deploys (or rollbacks) waiting: send it again later. */
  DEPLOY_QUEUE_FULL: "DEPLOY_QUEUE_FULL",
  /** The model store cannot hold the new version beside the active one and the one before it (agent.max_store_bytes). */
  MODEL_STORE_FULL: "MODEL_STORE_FULL",
  /** The model loads but misses a golden input the manifest declares. */
  MODEL_SELF_TEST_FAILED: "MODEL_SELF_TEST_FAILED",
  /** Rolled back by the device: error rate regressed after activation. */
  ROLLBACK_ERROR_RATE: "ROLLBACK_ERROR_RATE",
  /** Rolled back by the device: p99 inference latency regressed after activation. */
  ROLLBACK_LATENCY: "ROLLBACK_LATENCY",
  /** Rolled back by the device: the fallback supervisor triggered after activation. */
  ROLLBACK_FALLBACK: "ROLLBACK_FALLBACK",
  /** A rollback to a version the device no longer stores. */
  ROLLBACK_VERSION_MISSING: "ROLLBACK_VERSION_MISSING",
  // fleet side (device/fleet)
  /** A device status or model report the fleet side cannot decode (or with an unknown state): ignored and counted. */
  FLEET_REPORT_INVALID: "FLEET_REPORT_INVALID",
  /** A wave's devices did not meet the rollout gates: the rollout halts and rolls back. */
  ROLLOUT_GATE_FAILED: "ROLLOUT_GATE_FAILED",
  /** A wave's devices did not all report within the wave timeout. */
  ROLLOUT_TIMEOUT: "ROLLOUT_TIMEOUT",
  // local HTTP API (runtime/api/): the `error.code` of every error answer
  /** A mutating API call without `Authorization: Bearer <token>` (401). */
  UNAUTHORIZED: "UNAUTHORIZED",
  /** A mutating API call with a wrong token, or while no token is configured (api.token_env) (403). */
  FORBIDDEN: "FORBIDDEN",
  /** No API route at that method and path (404). */
  NOT_FOUND: "NOT_FOUND",
  /** A request that does not fit its route's schema (400). */
  REQUEST_INVALID: "REQUEST_INVALID",
  /** POST /v1/infer: bad JSON, bad base64, no image, an empty body (400). */
  INFER_BODY_INVALID: "INFER_BODY_INVALID",
  /** A request body over api.infer.max_body_bytes (413). */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  /** A Content-Type the route does not take (415). */
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  /** api.infer.max_concurrent inferences run and api.infer.max_queue wait: try again after Retry-After (429). */
  OVERLOADED: "OVERLOADED",
  /** GET /readyz: models not loaded or sensors not fresh; details name the reasons (503). */
  NOT_READY: "NOT_READY",
  /** POST /v1/infer on a runtime without a detector (an object-list pipeline) (503). */
  INFER_UNAVAILABLE: "INFER_UNAVAILABLE",
  /** An API handler failed in a way it did not expect (500); the log has the cause. */
  INTERNAL_ERROR: "INTERNAL_ERROR",
  /** The API server could not listen on api.host:api.port (port taken, address not local). */
  API_LISTEN_FAILED: "API_LISTEN_FAILED",
  // audit trail (runtime/audit/, `vigil audit verify`): hash-chained JSONL, each line names its predecessor's hash
  /** A line whose own hash does not match its content: it was changed after it was written. */
  AUDIT_LINE_EDITED: "AUDIT_LINE_EDITED",
  /** Lines are missing: seq jumps forward and prev does not match (deleted, or the file starts mid-chain when a start was required). */
  AUDIT_LINE_MISSING: "AUDIT_LINE_MISSING",
  /** Lines out of order: seq goes backwards, or a seq skipped here appears later (lines swapped or duplicated). */
  AUDIT_LINE_REORDERED: "AUDIT_LINE_REORDERED",
  /** A line that is not an audit entry (not JSON, fields missing or of the wrong type, a wrong-length hash). */
  AUDIT_LINE_INVALID: "AUDIT_LINE_INVALID",
  /** The chain cannot be followed: a torn last line (crash mid-write), or prev not the previous line's hash with seq in order. */
  AUDIT_CHAIN_BROKEN: "AUDIT_CHAIN_BROKEN",
  /** audit max_pending appends already wait for the disk: this one is refused, not queued. */
  AUDIT_QUEUE_FULL: "AUDIT_QUEUE_FULL",
  /** An entry that cannot be written: a kind or actor out of format, detail not plain JSON data, or a line over max_bytes. */
  AUDIT_ENTRY_INVALID: "AUDIT_ENTRY_INVALID",
  /** Writing or syncing the audit file failed (disk full, permissions): the trail refuses every later append. */
  AUDIT_WRITE_FAILED: "AUDIT_WRITE_FAILED",
  /** Another live process (or this one) already writes this audit file: two writers would break the chain. */
  AUDIT_FILE_LOCKED: "AUDIT_FILE_LOCKED",
  // drift monitoring (runtime/drift/): reference profiles and alarms
  /** A drift reference profile that does not parse or validate (version, bins, sample sizes). */
  DRIFT_PROFILE_INVALID: "DRIFT_PROFILE_INVALID",
  /** The reference profile learnt online could not be written to drift.reference.file (the monitor keeps it in memory). */
  DRIFT_PROFILE_WRITE_FAILED: "DRIFT_PROFILE_WRITE_FAILED",
  /** A feature's PSI or KS statistic (or the short-lived track fraction) passed its threshold: a drift alarm was raised (or cleared). */
  DRIFT_ALARM: "DRIFT_ALARM",
  /** More sensors than drift.max_sensors, or more classes than drift.max_score_classes: the extra ones are not monitored. */
  DRIFT_LIMIT_REACHED: "DRIFT_LIMIT_REACHED",
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
