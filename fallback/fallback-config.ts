import { z } from "zod";

const ENDPOINT = z
  .string()
  .regex(/^(tcp|ipc|inproc):\/\/.+/, "a ZeroMQ endpoint such as tcp://127.0.0.1:5561 or ipc:///tmp/vigil-fallback.sock");

/** Deadlines of one watched component. */
const ComponentDeadlinesSchema = z
  .object({
    /** SAFE_STOP when no heartbeat from one of its instances arrives for this long. */
    heartbeat_deadline_ms: z.number().int().min(1).max(60_000).default(200),
    /** SAFE_STOP when the newest frame it handled is older than this (also while it has handled none). */
    max_frame_age_ms: z.number().int().min(1).max(600_000).default(500),
  })
  .strict();

/**
 * The `fallback` section of a pipeline file: what `vigil supervise` watches and how it
 * answers. The runtime ignores it (its own heartbeats are configured under `heartbeat`).
 *   const config = FallbackConfigSchema.parse({ recovery: { mode: "operator" } });
 */
export const FallbackConfigSchema = z
  .object({
    /** Where the supervisor publishes its SAFE_STOP commands (source FALLBACK); subscribe `vigil actuator` and the arbiter to it. */
    publish: z
      .object({
        endpoint: ENDPOINT.default("tcp://127.0.0.1:5561"),
        mode: z.enum(["bind", "connect"]).default("bind"),
      })
      .strict()
      .prefault({}),
    /** A REP endpoint that takes operator requests (reset, status): `vigil supervise --reset`. */
    control: z
      .object({
        endpoint: ENDPOINT.default("tcp://127.0.0.1:5562"),
      })
      .strict()
      .prefault({}),
    /** Heartbeat PUB endpoints to watch. Empty: the pipeline's heartbeat.publish.endpoint. */
    heartbeats: z.array(ENDPOINT).max(16).default([]),
    /** Command PUB endpoints whose stream must not stop. Empty: the pipeline's actuation.publish.endpoint, if any. */
    commands: z.array(ENDPOINT).max(16).default([]),
    /**
     * Components that must be heard from. Empty: derived from the pipeline (ingest, track,
     * risk; detect when it ingests frames; arbiter when actuation is configured).
     */
    require: z.array(z.enum(["ingest", "detect", "track", "risk", "arbiter"])).max(5).default([]),
    /** Deadlines per component; a component not named here gets the defaults. */
    components: z
      .object({
        ingest: ComponentDeadlinesSchema.prefault({}),
        detect: ComponentDeadlinesSchema.prefault({}),
        track: ComponentDeadlinesSchema.prefault({}),
        risk: ComponentDeadlinesSchema.prefault({}),
        arbiter: ComponentDeadlinesSchema.prefault({}),
      })
      .strict()
      .prefault({}),
    /** SAFE_STOP when no command arrives on a watched command endpoint for this long. */
    command_deadline_ms: z.number().int().min(1).max(60_000).default(300),
    /** How often the supervisor re-checks and re-publishes while it holds a SAFE_STOP (its tick). */
    check_period_ms: z.number().int().min(1).max(1000).default(10),
    /** SAFE_STOP commands are re-published this often while an incident lasts. */
    publish_period_ms: z.number().int().min(1).max(10_000).default(50),
    /** valid_until_ns = issue time + this; must exceed publish_period_ms. */
    validity_ms: z.number().int().min(1).max(60_000).default(200),
    /** Reports from instances not heard for this long are forgotten (bounded state); required components never are. */
    forget_after_ms: z.number().int().min(1000).max(86_400_000).default(60_000),
    /** At most this many (component, instance) pairs are watched; more are ignored and counted. */
    max_instances: z.number().int().min(1).max(1024).default(64),
    recovery: z
      .object({
        /** auto: the incident ends after healthy_ms of health; operator: it also needs a reset request. */
        mode: z.enum(["auto", "operator"]).default("auto"),
        /** Every condition must have held for this long before the incident can end. */
        healthy_ms: z.number().int().min(0).max(3_600_000).default(2000),
      })
      .strict()
      .prefault({}),
    /** Written into each command's origin. */
    origin: z.string().min(1).max(128).default("vigil-supervisor"),
    /** Hash-chained audit file (relative to the pipeline file) of every safe stop and operator reset; not the runtime's audit.file. One that cannot be opened is logged and the supervisor runs without it. */
    audit_file: z.string().min(1).optional(),
  })
  .strict()
  .refine((c) => c.validity_ms > c.publish_period_ms, {
    message: "validity_ms must be greater than publish_period_ms, or SAFE_STOP commands lapse between publishes",
    path: ["validity_ms"],
  });

export type FallbackConfig = z.infer<typeof FallbackConfigSchema>;
export type ComponentDeadlines = z.infer<typeof ComponentDeadlinesSchema>;
