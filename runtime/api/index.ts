// The local HTTP API's public face: other folders import only from here.
export { ApiServer, startApiServer, type ApiServerOptions } from "./api-server.js";
export { ApiError, type ErrorEnvelope } from "./api-error.js";
export type { ApiProviders, ApiModelInfo, ModelsInfo, MutationRoute, ReadyState } from "./api-providers.js";
export type { ApiCountsSnapshot } from "./api-metrics.js";
export type { InferCacheStats, ApiDetection, ApiModelRef } from "./infer-cache.js";
export type { InferAnswer } from "./infer-service.js";
