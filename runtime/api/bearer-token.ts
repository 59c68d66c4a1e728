import { createHash, timingSafeEqual } from "node:crypto";
import { ApiError } from "./api-error.js";

const digest = (s: string): Buffer => createHash("sha256").update(s, "utf8").digest();

/**
 * The token mutating API calls must present as `Authorization: Bearer <token>`. Compared in
 * constant time (sha256 of both sides, then timingSafeEqual, so the length leaks nothing either).
 * Without a token every check fails with 403: mutating calls stay off until one is configured.
 *   const auth = new BearerToken(process.env.VIGIL_API_TOKEN, "VIGIL_API_TOKEN"); auth.check(req.headers.authorization);
 */
export class BearerToken {
  readonly #digest: Buffer | undefined;
  readonly #envName: string | undefined;

  /** `token`: the value (undefined or empty: none); `envName`: the variable it came from, for messages. */
  constructor(token: string | undefined, envName: string | undefined) {
    this.#digest = token === undefined || token === "" ? undefined : digest(token);
    this.#envName = envName;
  }

  get configured(): boolean {
    return this.#digest !== undefined;
  }

  /** Throws ApiError 401 UNAUTHORIZED (no bearer credentials) or 403 FORBIDDEN (wrong, or none configured). */
  check(authorization: string | undefined): void {
    if (this.#digest === undefined) {
      const why =
        this.#envName === undefined
          ? "no API token is configured: set api.token_env to the name of an environment variable that holds one"
          : `no API token is configured: api.token_env names ${this.#envName}, which is unset or empty in the runtime's environment`;
      throw new ApiError(403, "FORBIDDEN", `mutating calls are refused: ${why}`);
    }
    const m = /^Bearer +(\S+) *$/i.exec(authorization ?? "");
    if (m === null) {
      throw new ApiError(401, "UNAUTHORIZED", "this call changes the runtime: send Authorization: Bearer <token>", undefined, {
        "www-authenticate": 'Bearer realm="vigil"',
      });
    }
    if (!timingSafeEqual(digest(m[1]!), this.#digest)) {
      throw new ApiError(403, "FORBIDDEN", "the bearer token is not the runtime's API token");
    }
  }
}
