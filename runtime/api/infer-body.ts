import type { ImageInput } from "../perception/index.js";
import { ApiError } from "./api-error.js";

/** Content types POST /v1/infer takes as raw image bytes. */
export const RAW_IMAGE_TYPES = ["image/jpeg", "image/png", "application/octet-stream"] as const;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The image a POST /v1/infer body carries: raw bytes (image/jpeg, image/png, or
 * application/octet-stream, whose format is read from the bytes), or JSON
 * `{ "image": "<base64>", "encoding"?: "jpeg" | "png" }`. INFER_BODY_INVALID (no image, bad
 * base64, empty) or FRAME_UNDECODABLE (bytes that are neither JPEG nor PNG), both 400.
 *   const image = imageFromInferBody(request.body, request.headers["content-type"]);
 */
export function imageFromInferBody(body: unknown, contentType: string | undefined): ImageInput {
  const mediaType = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (Buffer.isBuffer(body)) {
    if (body.byteLength === 0) throw new ApiError(400, "INFER_BODY_INVALID", "the body is empty: send the image's bytes");
    const declared = mediaType === "image/jpeg" ? "jpeg" : mediaType === "image/png" ? "png" : undefined;
    return { encoding: declared ?? sniffEncoding(body), data: body };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ApiError(400, "INFER_BODY_INVALID", 'no image: send raw image bytes (image/jpeg, image/png) or JSON { "image": "<base64>" }');
  }
  const { image, encoding } = body as { image?: unknown; encoding?: unknown };
  if (typeof image !== "string" || image.length === 0) throw new ApiError(400, "INFER_BODY_INVALID", '"image" must be a non-empty base64 string');
  const data = decodeBase64(image);
  if (encoding !== undefined && encoding !== "jpeg" && encoding !== "png") {
    throw new ApiError(400, "INFER_BODY_INVALID", '"encoding" must be "jpeg" or "png"', { encoding });
  }
  return { encoding: encoding ?? sniffEncoding(data), data };
}

function decodeBase64(text: string): Buffer {
  // MIME-style base64 wraps lines; anything else outside the alphabet is an error, not skipped
  // (Buffer.from would silently drop it and hash different bytes than the client sent).
  const compact = text.replace(/\s+/g, "");
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new ApiError(400, "INFER_BODY_INVALID", '"image" is not valid base64 (standard alphabet, padded to a multiple of 4)', {
      length: compact.length,
    });
  }
  const data = Buffer.from(compact, "base64");
  if (data.byteLength === 0) throw new ApiError(400, "INFER_BODY_INVALID", '"image" decodes to no bytes');
  return data;
}

function sniffEncoding(data: Uint8Array): "jpeg" | "png" {
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "jpeg";
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return "png";
  throw new ApiError(400, "FRAME_UNDECODABLE", "the bytes are neither JPEG nor PNG: send Content-Type image/jpeg or image/png, or set \"encoding\"", {
    first_bytes: Buffer.from(data.subarray(0, 8)).toString("hex"),
  });
}
