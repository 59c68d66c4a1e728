export { ErrorCode, FRAME_REJECT_CODES, type FrameRejectCode } from "./error-codes.js";
export { VigilError, isVigilError } from "./vigil-error.js";
