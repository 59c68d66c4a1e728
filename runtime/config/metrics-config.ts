import { z } from "zod";

/**
 * The `metrics` section of a pipeline file: the Prometheus metrics `vigil run` keeps
 * (runtime/metrics/) and the local API serves at /metrics.
 *   const metrics = MetricsConfigSchema.parse({ default_metrics: false });
 */

/** Stage and inference latencies, in seconds: 1 ms to 5 s, denser where CPU models run (10 to 150 ms). */
const DEFAULT_LATENCY_BUCKETS_S = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5];

export const MetricsConfigSchema = z
  .object({
    enabled: z.boolean().default(true).describe("Keep runtime metrics (frames, latencies, queues, tracks, risk, fallback, cloud link) for /metrics"),
    prefix: z
      .string()
      .regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, "a Prometheus metric name prefix: letters, digits, _ and :, not starting with a digit")
      .max(64)
      .default("vigil_")
      .describe("Prefix of every metric name; docs/grafana/vigil-dashboard.json expects the default vigil_"),
    default_metrics: z
      .boolean()
      .default(true)
      .describe("Also export the Node.js process metrics (CPU, memory, event loop lag, GC) under the same prefix"),
    latency_buckets_s: z
      .array(z.number().positive().max(3600))
      .min(1)
      .max(32)
      .refine((b) => b.every((v, i) => i === 0 || v > b[i - 1]!), "bucket bounds must be strictly increasing")
      .default(() => [...DEFAULT_LATENCY_BUCKETS_S])
      .describe("Upper bounds (seconds) of the stage and inference latency histogram buckets"),
    max_models: z
      .number()
      .int()
      .min(1)
      .max(256)
      .default(16)
      .describe("Most (model, version, backend) label sets of the inference latency histogram; later ones are counted under (other)"),
  })
  .strict();

export type MetricsConfig = z.output<typeof MetricsConfigSchema>;
