// What the API reads from the rest of the runtime: small callbacks `vigil run` passes in, so the
// server is testable alone and never reaches into the pipeline itself.

/** GET /readyz: ready when models are loaded and sensors fresh; reasons are stable codes. */
export interface ReadyState {
  ready: boolean;
  /** Why not (or what is degraded while still ready), e.g. ["SENSOR_SILENT", "BACKEND_FAILOVER"]. */
  reasons: string[];
  /** Extra context for the 503 answer's details (per-sensor reasons, ...). */
  details?: Record<string, unknown>;
}

/** A model as GET /v1/models lists it. */
export interface ApiModelInfo {
  name: string;
  version: string;
  backend?: string;
  provider?: string;
}

/** GET /v1/models. */
export interface ModelsInfo {
  /** The model POST /v1/infer and the pipeline run; null when there is none (object-list pipelines). */
  active: ApiModelInfo | null;
  /** The candidate running in shadow, when a deploy is in its shadow phase. */
  shadow: ApiModelInfo | null;
  /** Versions in the device's model store. */
  stored_versions: string[];
}

/**
 * A mutating call added by the composer (e.g. drift reference reset): POST `path`, behind the
 * bearer token, answering what `handle` returns (200) or the ApiError it throws.
 *   { path: "/v1/drift/reference/reset", summary: "Reset the drift reference", handle: async () => ({ reset: true }) }
 */
export interface MutationRoute {
  /** Under /v1/, e.g. "/v1/drift/reference/reset". */
  path: string;
  /** One line for /openapi.json. */
  summary: string;
  /** The parsed JSON body, or undefined when none was sent. */
  handle(body: unknown): Promise<Record<string, unknown>> | Record<string, unknown>;
}

type MaybePromise<T> = T | Promise<T>;

/** Providers the server calls per request. All optional: absent ones answer defaults. */
export interface ApiProviders {
  /** Ready state; default: always ready (the composer knows what "ready" needs). */
  ready?: () => MaybePromise<ReadyState>;
  /** Runtime status for GET /v1/status (the API adds its own counters under "api"). */
  status?: () => MaybePromise<Record<string, unknown>>;
  /** Models; default: the detector's model as active, no shadow, no stored versions. */
  models?: () => MaybePromise<ModelsInfo>;
}
