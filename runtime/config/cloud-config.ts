import { z } from "zod";

/**
 * The `cloud` section of a pipeline file: the device's MQTT 5 link to the fleet (runtime/cloud/).
 * Credentials and TLS are configuration: the password comes from an environment variable named
 * here, never from the file. Relative paths resolve against the pipeline file's folder.
 *   const cloud = CloudConfigSchema.parse({ broker_url: "mqtts://broker:8883", site: "dock-3", device: "fl-7", tls: { ca: "ca.pem" } });
 */

const MiB = 1024 * 1024;

const ID = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "1 to 64 letters, digits, _ . - (starting with a letter or digit): it is one MQTT topic level");

export const CloudTlsConfigSchema = z
  .object({
    ca: z.string().min(1).optional().describe("PEM file of the CA that signed the broker's certificate (default: Node's bundled CAs)"),
    cert: z.string().min(1).optional().describe("PEM file of this device's client certificate, for brokers that require one (with key)"),
    key: z.string().min(1).optional().describe("PEM file of the client certificate's private key"),
    reject_unauthorized: z.boolean().default(true).describe("Refuse a broker whose certificate does not verify against ca; false only for tests"),
    servername: z.string().min(1).optional().describe("Name the broker's certificate is checked against when it differs from the URL's host"),
  })
  .strict()
  .refine((t) => (t.cert === undefined) === (t.key === undefined), { message: "cert and key go together: set both or neither", path: ["key"] });

export const CloudOutboxConfigSchema = z
  .object({
    dir: z.string().min(1).default("outbox").describe("Folder of the durable outbox and its message id file (created if missing; one device process per folder)"),
    max_bytes: z
      .number()
      .int()
      .min(4096)
      .max(64 * 1024 * MiB)
      .default(64 * MiB)
      .describe("Most bytes of unacknowledged messages; when full, telemetry then model status reports are dropped oldest first, risk events never"),
    segment_bytes: z.number().int().min(1024).max(256 * MiB).default(MiB).describe("Outbox segment file size; fully acknowledged segments are deleted"),
    fsync: z
      .enum(["always", "batch"])
      .default("batch")
      .describe("always: one fsync per message; batch: messages queued during a sync share the next one (each is still synced before it counts as sent)"),
  })
  .strict()
  .refine((o) => o.segment_bytes <= o.max_bytes, { message: "segment_bytes must not exceed max_bytes", path: ["segment_bytes"] });

export const CloudConfigSchema = z
  .object({
    broker_url: z
      .string()
      .regex(/^mqtts?:\/\/[^/\s]+\/?$/, "mqtt://host:port or mqtts://host:port")
      .describe("The broker: mqtts://host:8883 for TLS, mqtt://host:1883 without"),
    site: ID.refine((s) => s !== "fleet", '"fleet" is reserved for fleet-wide topics').describe("Site id: the second topic level, vigil/<site>/<device>/..."),
    device: ID.describe("Device id: the third topic level, and the prefix of every message id"),
    client_id: z.string().min(1).max(256).optional().describe("MQTT client id; default vigil-<site>-<device>. Keep it stable: the broker keeps the session under it"),
    username: z.string().min(1).optional().describe("MQTT user name"),
    password_env: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name")
      .optional()
      .describe("Name of the environment variable that holds the MQTT password"),
    password: z
      .never({ error: "never write a password in the pipeline file: put it in an environment variable and name that in password_env" })
      .optional(),
    tls: CloudTlsConfigSchema.optional().describe("TLS settings (mqtts:// only)"),
    session_expiry_s: z
      .number()
      .int()
      .min(0)
      .max(0xffffffff)
      .default(3600)
      .describe("How long the broker keeps the device's session (and commands queued for it) while it is away"),
    keepalive_s: z.number().int().min(0).max(65_535).default(30).describe("MQTT keepalive; a dead connection is noticed within 1.5x this"),
    reconnect_ms: z.number().int().min(100).max(600_000).default(1000).describe("Wait between reconnect attempts"),
    connect_timeout_ms: z.number().int().min(100).max(600_000).default(10_000).describe("A connection attempt without CONNACK after this long counts as failed"),
    max_inflight: z
      .number()
      .int()
      .min(1)
      .max(65_535)
      .default(64)
      .describe("Most messages published and not yet acknowledged by the broker (also capped by the broker's receive maximum)"),
    outbox: CloudOutboxConfigSchema.prefault({}).describe("The durable on-disk outbox every risk event, telemetry message and model status report goes through"),
    telemetry_period_ms: z
      .number()
      .int()
      .min(0)
      .max(86_400_000)
      .default(10_000)
      .refine((ms) => ms === 0 || ms >= 100, "0 (off) or at least 100")
      .describe("How often the device sends Telemetry; 0 turns it off"),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.tls !== undefined && c.broker_url.startsWith("mqtt://")) {
      ctx.addIssue({ code: "custom", path: ["tls"], message: "tls is set but broker_url is mqtt://; use mqtts:// for TLS" });
    }
  });

export type CloudConfig = z.infer<typeof CloudConfigSchema>;
