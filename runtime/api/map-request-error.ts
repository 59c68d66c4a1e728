import { isVigilError, type ErrorCode } from "../errors/index.js";
import { ApiError } from "./api-error.js";
import { RAW_IMAGE_TYPES } from "./infer-body.js";

/** What fastify's own errors carry (FST_ERR_* code, status, schema validation results). */
interface FastifyLikeError {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
  validation?: readonly { instancePath?: string; message?: string; keyword?: string; params?: unknown }[];
  validationContext?: string;
}

/** Body types the API parses (JSON, and raw images on /v1/infer). */
const TAKEN_TYPES = ["application/json", ...RAW_IMAGE_TYPES];

/** Most validation issues listed in an answer (fastify stops at the first anyway). */
const MAX_ISSUES = 10;

/**
 * Turns whatever a handler, hook, body parser or schema check threw into the ApiError the
 * client gets. `badBodyCode` is the code for an unreadable body on this route (INFER_BODY_INVALID
 * on /v1/infer, REQUEST_INVALID elsewhere). Errors this does not know become 500 INTERNAL_ERROR.
 *   const e = mapRequestError(err, "INFER_BODY_INVALID", { maxBodyBytes, contentType }); reply.code(e.status).send(e.envelope());
 */
export function mapRequestError(err: unknown, badBodyCode: ErrorCode, request: { maxBodyBytes: number; contentType?: string | undefined }): ApiError {
  if (err instanceof ApiError) return err;
  const e = (typeof err === "object" && err !== null ? err : {}) as FastifyLikeError;
  const message = typeof e.message === "string" ? e.message : String(err);
  if (Array.isArray(e.validation)) {
    const issues = e.validation.slice(0, MAX_ISSUES).map((v) => ({ path: v.instancePath ?? "", message: v.message ?? "invalid", keyword: v.keyword }));
    const code = e.validationContext === "body" ? badBodyCode : "REQUEST_INVALID";
    return new ApiError(400, code, message, { part: e.validationContext ?? "request", issues }, {}, { cause: err });
  }
  switch (e.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new ApiError(413, "PAYLOAD_TOO_LARGE", `request body over ${request.maxBodyBytes} bytes (api.infer.max_body_bytes)`, { max_body_bytes: request.maxBodyBytes }, {}, { cause: err });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE": {
      const sent = (request.contentType ?? "").slice(0, 100);
      return new ApiError(
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        `Content-Type "${sent}" is not taken: send ${TAKEN_TYPES.join(", ")}`,
        { content_type: sent, supported: TAKEN_TYPES },
        {},
        { cause: err },
      );
    }
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new ApiError(400, badBodyCode, `the body is not valid JSON: ${message}`, undefined, {}, { cause: err });
    default:
      break;
  }
  const status = typeof e.statusCode === "number" ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    return new ApiError(status, status === 404 ? "NOT_FOUND" : "REQUEST_INVALID", message, typeof e.code === "string" ? { cause_code: e.code } : undefined, {}, { cause: err });
  }
  // A VigilError that no route mapped keeps its code: the operator can look it up.
  const code: ErrorCode = isVigilError(err) ? err.code : "INTERNAL_ERROR";
  return new ApiError(500, code, isVigilError(err) ? message : "internal error: see the runtime's log", undefined, {}, { cause: err });
}
