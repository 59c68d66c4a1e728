import { isIP } from "node:net";
import { z } from "zod";

/**
 * The `api` section of a pipeline file: the local HTTP API (runtime/api/). It listens on
 * loopback unless allow_remote says otherwise; mutating calls need the bearer token held in the
 * environment variable that token_env names (never in the file).
 *   const api = ApiConfigSchema.parse({ port: 8080, token_env: "VIGIL_API_TOKEN" });
 */

const MiB = 1024 * 1024;

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (h === "localhost") return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  if (isIP(h) === 6) return h === "::1" || h === "0:0:0:0:0:0:0:1" || /^::ffff:127\./.test(h);
  return false;
}

export const ApiInferCacheConfigSchema = z
  .object({
    max_entries: z.number().int().min(0).max(100_000).default(256).describe("Most answers kept; 0 turns the cache off"),
    max_bytes: z
      .number()
      .int()
      .min(0)
      .max(1024 * MiB)
      .default(8 * MiB)
      .describe("Most bytes of cached answers (their JSON size plus the key); the least recently used go first"),
  })
  .strict();

export const ApiInferConfigSchema = z
  .object({
    timeout_ms: z
      .number()
      .int()
      .min(1)
      .max(600_000)
      .default(2000)
      .describe("An inference that has not answered after this long gets 504 INFERENCE_TIMEOUT; it keeps its slot until it ends"),
    max_concurrent: z.number().int().min(1).max(64).default(2).describe("Inferences the API runs at once (the pipeline's own frames are not counted)"),
    max_queue: z
      .number()
      .int()
      .min(0)
      .max(1024)
      .default(0)
      .describe("Requests that may wait for a slot; beyond, 429 OVERLOADED at once (0: never wait)"),
    max_body_bytes: z
      .number()
      .int()
      .min(1024)
      .max(256 * MiB)
      .default(16 * MiB)
      .describe("Largest request body as sent (a base64 JSON image is 4/3 of its bytes); larger gets 413 PAYLOAD_TOO_LARGE"),
    cache: ApiInferCacheConfigSchema.prefault({}).describe("LRU cache of answers keyed by the image's sha256 and the model name and version"),
  })
  .strict();

export const ApiConfigSchema = z
  .object({
    host: z.string().min(1).default("127.0.0.1").describe("Address to listen on; a non-loopback one needs allow_remote: true"),
    port: z.number().int().min(0).max(65_535).default(8080).describe("TCP port; 0 takes any free one (the log line says which)"),
    allow_remote: z
      .boolean()
      .default(false)
      .describe("Allow a host other machines can reach; inference and status are unauthenticated, so keep it false unless a firewall guards the port"),
    token_env: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name")
      .optional()
      .describe("Name of the environment variable holding the bearer token that mutating calls need; unset: mutating calls are refused (403)"),
    token: z.never({ error: "never write the API token in the pipeline file: put it in an environment variable and name that in token_env" }).optional(),
    infer: ApiInferConfigSchema.prefault({}).describe("POST /v1/infer: timeout, concurrency, body size and cache"),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.allow_remote && !isLoopbackHost(c.host)) {
      ctx.addIssue({
        code: "custom",
        path: ["host"],
        message: `host "${c.host}" is reachable from other machines; use 127.0.0.1, or set allow_remote: true to expose the API on purpose`,
      });
    }
  });

export type ApiConfig = z.output<typeof ApiConfigSchema>;
export type ApiInferConfig = z.output<typeof ApiInferConfigSchema>;
