import swagger from "@fastify/swagger";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { Registry } from "prom-client";
import { SystemClock, type Clock } from "../clock/index.js";
import { isLoopbackHost, type ApiConfig } from "../config/api-config.js";
import { VigilError } from "../errors/index.js";
import { withComponent, type Logger } from "../observe/index.js";
import type { Detector } from "../perception/index.js";
import { ApiError } from "./api-error.js";
import { ApiMetrics, UNMATCHED_ROUTE, type ApiCountsSnapshot } from "./api-metrics.js";
import type { ApiProviders, ModelsInfo, MutationRoute } from "./api-providers.js";
import {
  CacheClearSchema,
  ErrorEnvelopeSchema,
  HealthzSchema,
  INFER_BODY_DOCUMENTED,
  InferSchema,
  MetricsSchema,
  ModelsSchema,
  ReadyzSchema,
  StatusSchema,
  mutationSchema,
} from "./api-schemas.js";
import { BearerToken } from "./bearer-token.js";
import { replyToClientError } from "./client-error-reply.js";
import { RAW_IMAGE_TYPES, imageFromInferBody } from "./infer-body.js";
import { InferCache, type InferCacheStats } from "./infer-cache.js";
import { InferService } from "./infer-service.js";
import { InferenceSlots } from "./inference-slots.js";
import { mapRequestError } from "./map-request-error.js";

export interface ApiServerOptions extends ApiProviders {
  /** The parsed `api` section (ApiConfigSchema). */
  config: ApiConfig;
  logger: Logger;
  /** Times inferences; default SystemClock. */
  clock?: Clock;
  /** The detector POST /v1/infer runs, read per request (a model swap is seen at once); absent or undefined: 503. */
  detector?: () => Detector | undefined;
  /** Served at GET /metrics; the API registers its own metrics on it. Default: a registry of its own. */
  registry?: Registry;
  /** More mutating calls (POST, behind the bearer token), e.g. a drift reference reset. */
  mutations?: readonly MutationRoute[];
  /** Where api.token_env is looked up; default process.env. */
  env?: NodeJS.ProcessEnv;
}

const INFER_ROUTE = "/v1/infer";
const MAX_URL_IN_MESSAGE = 200;

/**
 * The local HTTP API: health and readiness, Prometheus metrics, status and models, POST
 * /v1/infer (cached, time-limited, admission-controlled) and /openapi.json, on fastify. Listens on
 * loopback unless the config allows remote; every non-GET call but /v1/infer needs the bearer
 * token; every error answer is `{ "error": { "code", "message", "details" } }`.
 *   const api = await ApiServer.start({ config: ApiConfigSchema.parse({ port: 0 }), logger, detector: () => d, registry });
 *   await fetch(`${api.url}/healthz`); ...; await api.close();
 */
export class ApiServer {
  /** e.g. http://127.0.0.1:8080 */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly #app: FastifyInstance;
  readonly #metrics: ApiMetrics;
  readonly #cache: InferCache;
  readonly #slots: InferenceSlots;

  private constructor(app: FastifyInstance, host: string, port: number, metrics: ApiMetrics, cache: InferCache, slots: InferenceSlots) {
    this.#app = app;
    this.host = host;
    this.port = port;
    this.url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
    this.#metrics = metrics;
    this.#cache = cache;
    this.#slots = slots;
  }

  /** Builds the routes and listens. CONFIG_INVALID for a remote host without allow_remote; API_LISTEN_FAILED when the port cannot be had. */
  static async start(o: ApiServerOptions): Promise<ApiServer> {
    const { config } = o;
    if (!config.allow_remote && !isLoopbackHost(config.host)) {
      throw new VigilError("CONFIG_INVALID", `api.host "${config.host}" is reachable from other machines: use 127.0.0.1, or set api.allow_remote: true to expose the API on purpose`);
    }
    for (const m of o.mutations ?? []) {
      if (!/^\/v1\/[A-Za-z0-9/_-]+$/.test(m.path)) throw new VigilError("CONFIG_INVALID", `API mutation path "${m.path}" must be under /v1/ (letters, digits, / _ -)`);
    }
    const logger = withComponent(o.logger, "api");
    const clock = o.clock ?? new SystemClock();
    const registry = o.registry ?? new Registry();
    const metrics = new ApiMetrics(registry);
    const cache = new InferCache({ maxEntries: config.infer.cache.max_entries, maxBytes: config.infer.cache.max_bytes });
    const slots = new InferenceSlots({ maxConcurrent: config.infer.max_concurrent, maxQueue: config.infer.max_queue });
    const detector = o.detector ?? (() => undefined);
    const infer = new InferService({ detector, cache, slots, timeoutMs: config.infer.timeout_ms, metrics, logger, clock });
    const tokenValue = config.token_env === undefined ? undefined : (o.env ?? process.env)[config.token_env];
    const token = new BearerToken(tokenValue, config.token_env);
    if (!token.configured) {
      logger.warn(
        { code: "FORBIDDEN", tokenEnv: config.token_env },
        config.token_env === undefined ? "no api.token_env: mutating API calls are refused" : `${config.token_env} is unset or empty: mutating API calls are refused`,
      );
    }
    if (config.allow_remote && !isLoopbackHost(config.host)) {
      logger.warn({ host: config.host }, "the API is reachable from other machines (api.allow_remote): inference and status answer without a token");
    }
    const maxBodyBytes = config.infer.max_body_bytes;

    const fastifyLogger: FastifyBaseLogger = logger; // fastify's own lines (listen, closing) carry component "api" too
    const app = Fastify({
      loggerInstance: fastifyLogger,
      // Requests are counted (metrics) and errors logged below; a line per request would flood the log.
      logController: new LogController({ disableRequestLogging: true }),
      bodyLimit: maxBodyBytes,
      return503OnClosing: true,
      // Errors raised before routing (a malformed URL; HTTP the parser refuses) get the envelope too.
      frameworkErrors: (err, request: FastifyRequest, reply: FastifyReply) => {
        const e = mapRequestError(err, "REQUEST_INVALID", { maxBodyBytes, contentType: request.headers["content-type"] });
        logger.debug({ code: e.code, status: e.status }, e.message);
        void reply.code(e.status).send(e.envelope());
      },
      clientErrorHandler: replyToClientError,
    });
    // Only JSON and the raw image types are bodies this API reads; anything else is 415.
    app.removeContentTypeParser("text/plain");
    app.addContentTypeParser([...RAW_IMAGE_TYPES], { parseAs: "buffer" }, (_req, body, done) => done(null, body));
    try {
      await app.register(swagger, {
        openapi: {
          openapi: "3.0.3",
          info: {
            title: "Vigil runtime API",
            version: "1",
            description: "Local HTTP API of a Vigil runtime. Every non-GET call except POST /v1/infer needs Authorization: Bearer <token>.",
          },
          components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
        },
        refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === "string" ? json.$id : `def-${i}`) },
      });
      app.addSchema(ErrorEnvelopeSchema);

      app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
        const e = mapRequestError(err, request.routeOptions.url === INFER_ROUTE ? "INFER_BODY_INVALID" : "REQUEST_INVALID", {
          maxBodyBytes,
          contentType: request.headers["content-type"],
        });
        // 500s are bugs or broken backends; the rest are answers (4xx, 503 not ready, 504), counted in metrics.
        if (e.status === 500) logger.error({ err, code: e.code, route: request.routeOptions.url, status: e.status }, "API request failed");
        else logger.debug({ code: e.code, route: request.routeOptions.url, status: e.status }, e.message);
        void reply.code(e.status).headers(e.headers).send(e.envelope());
      });
      app.setNotFoundHandler((request, reply) => {
        const e = new ApiError(404, "NOT_FOUND", `no route ${request.method} ${request.url.slice(0, MAX_URL_IN_MESSAGE)}: see /openapi.json`);
        void reply.code(404).send(e.envelope());
      });
      app.addHook("onResponse", async (request, reply) => {
        metrics.request(request.routeOptions.url ?? UNMATCHED_ROUTE, reply.statusCode);
      });
      const authorize = async (request: FastifyRequest): Promise<void> => token.check(request.headers.authorization);

      app.get("/healthz", { schema: HealthzSchema }, async () => ({ status: "ok" }));
      app.get("/readyz", { schema: ReadyzSchema }, async () => {
        const r = (await o.ready?.()) ?? { ready: true, reasons: [] };
        if (r.ready) return { status: "ready", reasons: r.reasons };
        throw new ApiError(503, "NOT_READY", `not ready: ${r.reasons.join(", ") || "no reason given"}`, { reasons: r.reasons, ...r.details }, { "retry-after": "1" });
      });
      app.get("/metrics", { schema: MetricsSchema }, async (_request, reply) => {
        const text = await registry.metrics();
        return reply.type(registry.contentType).send(text);
      });
      app.get("/v1/status", { schema: StatusSchema }, async () => {
        const base = (await o.status?.()) ?? {};
        return { ...base, api: apiStatus(metrics.snapshot(), cache.stats(), slots) };
      });
      app.get("/v1/models", { schema: ModelsSchema }, async (): Promise<ModelsInfo> => {
        if (o.models !== undefined) return o.models();
        const d = detector();
        return { active: d === undefined ? null : { name: d.modelName, version: d.modelVersion, backend: d.backend, provider: d.provider }, shadow: null, stored_versions: [] };
      });
      app.post(
        INFER_ROUTE,
        {
          schema: InferSchema,
          // fastify validates only the JSON form (a raw body is a Buffer); the document shows both.
          config: { swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: INFER_BODY_DOCUMENTED }, url }) },
        },
        async (request) => infer.infer(imageFromInferBody(request.body, request.headers["content-type"])),
      );
      app.post("/v1/infer/cache/clear", { schema: CacheClearSchema, onRequest: authorize }, async () => {
        const cleared = cache.clear();
        logger.info({ cleared }, "infer cache cleared");
        return { cleared };
      });
      for (const m of o.mutations ?? []) {
        app.post(m.path, { schema: mutationSchema(m.summary), onRequest: authorize }, async (request) => {
          const result = await m.handle(request.body);
          logger.info({ route: m.path }, "API mutation done");
          return result;
        });
      }
      app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
      await app.listen({ host: config.host, port: config.port });
    } catch (err) {
      await app.close();
      // A mutation on a built-in path clashes when its route is added.
      if ((err as { code?: unknown }).code === "FST_ERR_DUPLICATED_ROUTE") {
        throw new VigilError("CONFIG_INVALID", `API routes clash: ${(err as Error).message}`, { cause: err });
      }
      throw new VigilError("API_LISTEN_FAILED", `cannot listen on ${config.host}:${config.port}: ${(err as Error).message}`, { cause: err });
    }

    const address = app.server.address();
    const port = typeof address === "object" && address !== null ? address.port : config.port;
    const server = new ApiServer(app, config.host, port, metrics, cache, slots);
    logger.info({ url: server.url, tokenEnv: config.token_env, timeoutMs: config.infer.timeout_ms, maxConcurrent: config.infer.max_concurrent }, "API listening");
    return server;
  }

  /** Answers by route and status, cache hits and misses. */
  counts(): ApiCountsSnapshot {
    return this.#metrics.snapshot();
  }

  cacheStats(): InferCacheStats {
    return this.#cache.stats();
  }

  /** Inference slots held now, including those of inferences whose clients already got 504. */
  get inferRunning(): number {
    return this.#slots.running;
  }

  /** Stops listening and waits for answers in progress (not for inferences whose clients timed out). */
  async close(): Promise<void> {
    await this.#app.close();
  }
}

/** Shorthand for ApiServer.start. */
export const startApiServer = (options: ApiServerOptions): Promise<ApiServer> => ApiServer.start(options);

function apiStatus(counts: ApiCountsSnapshot, cache: InferCacheStats, slots: InferenceSlots): Record<string, unknown> {
  return {
    requests: counts.requests,
    infer: {
      ...counts.infer,
      running: slots.running,
      queued: slots.queued,
      max_concurrent: slots.maxConcurrent,
      max_queue: slots.maxQueue,
      cache,
    },
  };
}
