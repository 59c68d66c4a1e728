import type { ErrorCode } from "../../runtime/errors/index.js";

/**
 * Why a device will not take a manifest, an artifact or a rollback: a stable code and a
 * detail that names what differs. Checks return one instead of throwing, so the agent can
 * report it (ModelStatusReport "refused") and carry on with the active model.
 *   const r = verifyManifestSignature(m, trusted); if (r) report("refused", r.code, r.detail);
 */
export type Refusal = { code: ErrorCode; detail: string };

export const refusal = (code: ErrorCode, detail: string): Refusal => ({ code, detail });
