import { z } from "zod";

const ENDPOINT = z
  .string()
  .regex(/^(tcp|ipc|inproc):\/\/.+/, "a ZeroMQ endpoint such as tcp://127.0.0.1:5560 or ipc:///tmp/vigil-commands.sock");

/** What one risk level makes perception ask for; SLOW needs the speed limit it imposes. */
const CommandRuleSchema = z
  .object({
    kind: z.enum(["PROCEED", "SLOW", "STOP", "SAFE_STOP"]),
    /** Speed limit sent with SLOW; ignored (sent as 0) for the other kinds. */
    max_speed_mps: z.number().min(0).max(100).default(0),
  })
  .refine((rule) => rule.kind !== "SLOW" || rule.max_speed_mps > 0, {
    message: "a SLOW rule needs max_speed_mps > 0",
    path: ["max_speed_mps"],
  });

const CommandPublishSchema = z.object({
  /** Where the machine controller (or `vigil actuator`) subscribes to commands. */
  endpoint: ENDPOINT.default("tcp://127.0.0.1:5560"),
  mode: z.enum(["bind", "connect"]).default("bind"),
  /** Commands ZeroMQ queues per subscriber before it drops: small, a stale command is worthless. */
  send_hwm: z.number().int().min(1).max(10_000).default(16),
  /** Commands waiting for the socket inside the process; beyond that the oldest is dropped and counted. */
  max_pending: z.number().int().min(1).max(1_000).default(8),
});

/**
 * The `actuation` section of a pipeline file, and the one place that holds its defaults.
 * The arbiter, riskToCommand and the command publisher receive the parsed object.
 *   const config = ActuationConfigSchema.parse({ machine_id: "forklift-7" });
 */
export const ActuationConfigSchema = z
  .object({
    /** The machine these commands are for; gateways may ignore commands for other machines. */
    machine_id: z.string().min(1).max(128).default("machine-0"),
    /** Written into every command's `origin`: which process issued it. */
    origin: z.string().min(1).max(128).default("vigil-arbiter"),
    publish: CommandPublishSchema.prefault({}),
    /**
     * Command PUB endpoints of other sources the arbiter merges with perception (the fallback
     * supervisor's, an operator panel's): their SAFE_STOP outranks perception.
     */
    inputs: z.array(ENDPOINT).max(16).default([]),
    /** The arbiter re-publishes its current decision this often. */
    publish_period_ms: z.number().int().min(1).max(10_000).default(100),
    /** valid_until_ns = issue time + this; must exceed publish_period_ms, or commands lapse between publishes. */
    validity_ms: z.number().int().min(1).max(60_000).default(300),
    /** Publish at once (between ticks) when the decision becomes more restrictive. */
    escalate_immediately: z.boolean().default(true),
    /** Risk level (after hysteresis) → the command perception asks for. */
    mapping: z
      .object({
        clear: CommandRuleSchema.prefault({ kind: "PROCEED" }),
        caution: CommandRuleSchema.prefault({ kind: "SLOW", max_speed_mps: 1.0 }),
        warning: CommandRuleSchema.prefault({ kind: "SLOW", max_speed_mps: 0.3 }),
        danger: CommandRuleSchema.prefault({ kind: "STOP" }),
      })
      .prefault({}),
  })
  .refine((c) => c.validity_ms > c.publish_period_ms, {
    message: "validity_ms must be greater than publish_period_ms, or commands expire between publishes",
    path: ["validity_ms"],
  });

export type ActuationConfig = z.infer<typeof ActuationConfigSchema>;
export type CommandRule = z.infer<typeof CommandRuleSchema>;
