import { z } from "zod";
import { SensorHealthConfigSchema } from "./sensor-health-config.js";

const ENDPOINT = z
  .string()
  .regex(/^(tcp|ipc|inproc):\/\/.+/, "a ZeroMQ endpoint such as tcp://127.0.0.1:5570 or ipc:///tmp/vigil-heartbeats.sock");

/**
 * The `heartbeat` section of a pipeline file: where and how often every stage (ingest,
 * detect, track, risk, arbiter) publishes its Heartbeat for `vigil supervise`.
 *   const config = HeartbeatConfigSchema.parse({ period_ms: 50 });
 */
export const HeartbeatConfigSchema = z
  .object({
    publish: z
      .object({
        endpoint: ENDPOINT.default("tcp://127.0.0.1:5570"),
        mode: z.enum(["bind", "connect"]).default("bind"),
        /** Heartbeats ZeroMQ queues per subscriber before it drops: a late heartbeat is worthless. */
        send_hwm: z.number().int().min(1).max(10_000).default(64),
      })
      .strict()
      .prefault({}),
    /** Every component publishes one heartbeat per instance this often. */
    period_ms: z.number().int().min(1).max(10_000).default(50),
  })
  .strict();

/**
 * The `health` section: when the runtime calls a sensor or a stage DEGRADED or FAILED.
 * Rates are judged over a sliding window of window_ms.
 *   const config = HealthConfigSchema.parse({ reject_fraction_failed: 0.2 });
 */
export const HealthConfigSchema = z
  .object({
    window_ms: z.number().int().min(100).max(600_000).default(1000),
    /** Rates are judged only once the window holds at least this many messages. */
    min_messages: z.number().int().min(1).max(100_000).default(5),
    /** A sensor with more of its messages rejected than this fraction is DEGRADED (SENSOR_REJECT_RATE)... */
    reject_fraction_degraded: z.number().min(0).max(1).default(0.02),
    /** ...and FAILED above this one: a link that corrupts this much cannot be trusted. */
    reject_fraction_failed: z.number().min(0).max(1).default(0.1),
    /** A sensor with nominal_fps sending faster than this many times it is DEGRADED (SENSOR_OVERRATE)... */
    overrate_degraded_factor: z.number().min(1).max(1000).default(1.5),
    /** ...and FAILED above this factor: it is out of its specification (a replaying gateway, a misconfigured camera). */
    overrate_failed_factor: z.number().min(1).max(1000).default(4),
    /** Detection is DEGRADED (INFERENCE_OVERLOAD, reduced rate) when more than this fraction of frames is replaced before inference. */
    overload_drop_fraction: z.number().min(0).max(1).default(0.5),
    /** Image checks on camera frames (frozen, black, overexposed, low contrast, blurred). */
    image: SensorHealthConfigSchema.extend({
      enabled: z.boolean().default(true),
      /** Check every n-th processed frame of a sensor: a thumbnail costs ~3 ms of CPU (a 768x576 JPEG, beside preprocessing). */
      every_n_frames: z.number().int().min(1).max(1000).default(1),
    }).prefault({}),
  })
  .strict()
  .refine((c) => c.reject_fraction_failed >= c.reject_fraction_degraded, {
    message: "reject_fraction_failed must be >= reject_fraction_degraded",
    path: ["reject_fraction_failed"],
  })
  .refine((c) => c.overrate_failed_factor >= c.overrate_degraded_factor, {
    message: "overrate_failed_factor must be >= overrate_degraded_factor",
    path: ["overrate_failed_factor"],
  });

export type HeartbeatConfig = z.infer<typeof HeartbeatConfigSchema>;
export type HealthConfig = z.infer<typeof HealthConfigSchema>;
