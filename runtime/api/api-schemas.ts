// JSON schemas of the API's routes: fastify validates bodies and serializes answers with them,
// and @fastify/swagger turns them into /openapi.json. Every error status refers to one envelope.

/** `$id` of the shared error envelope schema (registered with addSchema). */
export const ERROR_ENVELOPE_ID = "ErrorEnvelope";

export const ErrorEnvelopeSchema = {
  $id: ERROR_ENVELOPE_ID,
  type: "object",
  description: "Every error answer: a stable code (runtime/errors), a message for people, details for programs",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", description: "Stable error code, e.g. INFERENCE_TIMEOUT, OVERLOADED, INFER_BODY_INVALID" },
        message: { type: "string" },
        details: { type: "object", additionalProperties: true },
      },
    },
  },
} as const;

const envelopeRef = (description: string) => ({ description, $ref: `${ERROR_ENVELOPE_ID}#` });

/** Error answers every route can give. */
const COMMON_ERRORS = {
  500: envelopeRef("INTERNAL_ERROR or another code: the runtime failed; its log has the cause"),
} as const;

/** Error answers of routes that need the bearer token. */
export const AUTH_ERRORS = {
  401: envelopeRef("UNAUTHORIZED: no Authorization: Bearer <token> header"),
  403: envelopeRef("FORBIDDEN: wrong token, or no token configured (api.token_env)"),
} as const;

export const HealthzSchema = {
  summary: "Liveness: the process answers",
  tags: ["health"],
  response: {
    200: { type: "object", required: ["status"], properties: { status: { type: "string", enum: ["ok"] } } },
    ...COMMON_ERRORS,
  },
} as const;

export const ReadyzSchema = {
  summary: "Readiness: models loaded and sensors fresh",
  tags: ["health"],
  response: {
    200: {
      type: "object",
      required: ["status", "reasons"],
      properties: { status: { type: "string", enum: ["ready"] }, reasons: { type: "array", items: { type: "string" } } },
    },
    503: envelopeRef("NOT_READY: details.reasons lists the stable reason codes (e.g. SENSOR_SILENT, BACKEND_ALL_FAILED)"),
    ...COMMON_ERRORS,
  },
} as const;

export const MetricsSchema = {
  summary: "Prometheus metrics (text exposition format)",
  tags: ["health"],
  response: {
    200: { description: "The registry's metrics", content: { "text/plain": { schema: { type: "string" } } } },
    ...COMMON_ERRORS,
  },
} as const;

export const StatusSchema = {
  summary: "Runtime status: pipeline, health, API counters and infer cache",
  tags: ["status"],
  response: {
    200: { type: "object", additionalProperties: true },
    ...COMMON_ERRORS,
  },
} as const;

const ModelRefSchema = {
  type: "object",
  required: ["name", "version"],
  properties: { name: { type: "string" }, version: { type: "string" }, backend: { type: "string" }, provider: { type: "string" } },
} as const;

export const ModelsSchema = {
  summary: "Models: the active one, the shadow candidate, the versions stored on the device",
  tags: ["status"],
  response: {
    200: {
      type: "object",
      required: ["active", "shadow", "stored_versions"],
      properties: {
        active: { ...ModelRefSchema, nullable: true },
        shadow: { ...ModelRefSchema, nullable: true },
        stored_versions: { type: "array", items: { type: "string" } },
      },
    },
    ...COMMON_ERRORS,
  },
} as const;

const InferJsonBodySchema = {
  type: "object",
  required: ["image"],
  properties: {
    image: { type: "string", minLength: 1, description: "The JPEG or PNG file, base64 (standard alphabet, padded)" },
    encoding: { type: "string", enum: ["jpeg", "png"], description: "Default: read from the bytes" },
  },
} as const;

const BINARY = { type: "string", format: "binary" } as const;

/** What fastify validates: the JSON form only (raw bodies are Buffers, checked by the handler). */
const INFER_BODY_VALIDATED = { content: { "application/json": { schema: InferJsonBodySchema } } } as const;

/** What /openapi.json documents: the JSON form and the raw image bytes. */
export const INFER_BODY_DOCUMENTED = {
  description: "The image: raw bytes, or JSON with the bytes in base64",
  content: {
    "application/json": { schema: InferJsonBodySchema },
    "image/jpeg": { schema: BINARY },
    "image/png": { schema: BINARY },
    "application/octet-stream": { schema: { ...BINARY, description: "JPEG or PNG bytes; the format is read from them" } },
  },
} as const;

export const InferSchema = {
  summary: "Detect objects in one image (read-only: no token needed)",
  description:
    "Runs the active model on one image. Answers are cached by the image's sha256 and the model's name and version " +
    "(bounded LRU); a repeat answers with cached: true without running the model. Inference has api.infer.timeout_ms " +
    "to answer (else 504; it still holds its slot until it ends); beyond api.infer.max_concurrent running and " +
    "api.infer.max_queue waiting, 429 at once.",
  tags: ["inference"],
  body: INFER_BODY_VALIDATED,
  response: {
    200: {
      type: "object",
      required: ["detections", "model", "cached", "sha256", "inference_ms"],
      properties: {
        detections: {
          type: "array",
          items: {
            type: "object",
            required: ["label", "class_id", "score", "box"],
            properties: {
              label: { type: "string" },
              class_id: { type: "integer" },
              score: { type: "number" },
              box: { type: "array", items: { type: "number" }, minItems: 4, maxItems: 4, description: "x1, y1, x2, y2 in the image's pixels" },
            },
          },
        },
        model: {
          type: "object",
          required: ["name", "version", "backend"],
          properties: { name: { type: "string" }, version: { type: "string" }, backend: { type: "string" } },
        },
        cached: { type: "boolean" },
        sha256: { type: "string", description: "Hex sha256 of the image bytes" },
        inference_ms: { type: "number", description: "Time of the inference that produced the answer (0 for a cached answer)" },
      },
    },
    400: envelopeRef("INFER_BODY_INVALID (bad JSON, bad base64, no image) or FRAME_UNDECODABLE (not an image the model can read)"),
    413: envelopeRef("PAYLOAD_TOO_LARGE: the body is over api.infer.max_body_bytes"),
    415: envelopeRef("UNSUPPORTED_MEDIA_TYPE: send image/jpeg, image/png, application/octet-stream or application/json"),
    429: envelopeRef("OVERLOADED: all inference slots busy and the queue full; retry after the Retry-After header"),
    503: envelopeRef("INFER_UNAVAILABLE (no detector) or BACKEND_ALL_FAILED"),
    504: envelopeRef("INFERENCE_TIMEOUT: no answer within api.infer.timeout_ms"),
    ...COMMON_ERRORS,
  },
} as const;

export const CacheClearSchema = {
  summary: "Clear the /v1/infer answer cache (needs the bearer token)",
  tags: ["inference"],
  security: [{ bearer: [] }],
  response: {
    200: { type: "object", required: ["cleared"], properties: { cleared: { type: "integer", description: "Entries dropped" } } },
    ...AUTH_ERRORS,
    ...COMMON_ERRORS,
  },
} as const;

/** The schema of a mutation route added through ApiServerOptions.mutations. */
export function mutationSchema(summary: string) {
  return {
    summary: `${summary} (needs the bearer token)`,
    tags: ["control"],
    security: [{ bearer: [] }],
    response: {
      200: { type: "object", additionalProperties: true },
      400: envelopeRef("REQUEST_INVALID: the body is not what the call takes"),
      ...AUTH_ERRORS,
      ...COMMON_ERRORS,
    },
  } as const;
}
