import { z } from "zod";

/**
 * The `agent:` section of a pipeline file: the device agent that takes signed model
 * deploys from the fleet (device/agent). Every default lives here; the agent gets the
 * parsed object and never re-defaults a field.
 *   const config = AgentConfigSchema.parse({ store_dir: "/var/lib/vigil/models", trusted_keys: "/etc/vigil/trusted" });
 */
export const AgentConfigSchema = z
  .object({
    store_dir: z.string().min(1).describe("Folder of the model store: blobs, manifests and active.json (relative to the pipeline file)."),
    trusted_keys: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1).max(64)])
      .describe("Fleet public keys (.pub) the device accepts signatures from: a file, a folder of *.pub files, or a list of either."),
    keep_versions: z
      .number()
      .int()
      .min(2)
      .max(100)
      .default(3)
      .describe("Model versions the store keeps; older ones are deleted, never the active one or the one before it."),
    max_store_bytes: z
      .number()
      .int()
      .min(1024 * 1024)
      .max(1024 ** 4)
      .default(1024 ** 3)
      .describe("Bytes the store's model files may take together; the oldest versions go first to stay under it."),
    max_artifact_bytes: z
      .number()
      .int()
      .min(1024)
      .max(2 * 1024 ** 3)
      .default(256 * 1024 * 1024)
      .describe("Largest model artifact accepted (chunked or downloaded); larger ones are refused MODEL_ARTIFACT_INCOMPLETE."),
    chunk_timeout_ms: z
      .number()
      .int()
      .min(10)
      .max(3_600_000)
      .default(60_000)
      .describe("A chunked artifact with no new chunk for this long is refused MODEL_ARTIFACT_INCOMPLETE."),
    download_timeout_ms: z
      .number()
      .int()
      .min(10)
      .max(3_600_000)
      .default(300_000)
      .describe("A URL artifact not downloaded within this long is refused MODEL_ARTIFACT_INCOMPLETE."),
    max_pending_deploys: z
      .number()
      .int()
      .min(1)
      .max(64)
      .default(4)
      .describe("Deploys that may wait behind the one in progress (and artifacts assembled at once); more are refused."),
    self_test: z.boolean().default(true).describe("Run the manifest's golden inputs through a new model before it may shadow or go active."),
    shadow: z
      .object({
        min_frames: z
          .number()
          .int()
          .min(1)
          .max(1_000_000)
          .default(30)
          .describe("A shadow deploy reports once this many frames were compared..."),
        max_ms: z
          .number()
          .int()
          .min(10)
          .max(86_400_000)
          .default(600_000)
          .describe("...or once it has shadowed this long, whichever comes first."),
        decision_score: z
          .number()
          .min(0)
          .max(1)
          .default(0.5)
          .describe("Decision agreement compares the sets of labels detected at or above this score on each frame."),
      })
      .strict()
      .prefault({}),
    rollback: z
      .object({
        watch_ms: z
          .number()
          .int()
          .min(10)
          .max(86_400_000)
          .default(60_000)
          .describe("After activation the device watches the new model this long before confirming it..."),
        min_frames: z
          .number()
          .int()
          .min(1)
          .max(1_000_000)
          .default(30)
          .describe("...and over at least this many inferences."),
        window_frames: z
          .number()
          .int()
          .min(1)
          .max(100_000)
          .default(100)
          .describe("The previous model's last this-many inferences are the baseline; also the window DeviceStatus metrics cover."),
        p99_latency_ratio_max: z
          .number()
          .min(1)
          .max(1000)
          .default(1.5)
          .describe("Roll back when the new model's p99 latency is above the baseline p99 times this..."),
        p99_latency_min_ms: z
          .number()
          .min(0)
          .max(600_000)
          .default(20)
          .describe("...and above this many milliseconds (ignores noise on fast models)."),
        error_rate_max: z
          .number()
          .min(0)
          .max(1)
          .default(0.05)
          .describe("Roll back when more than this fraction of the new model's inferences fail."),
        fallback_triggers_max: z
          .number()
          .int()
          .min(0)
          .max(1_000_000)
          .default(0)
          .describe("Roll back at once when the fallback supervisor triggers more often than this during the watch."),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type AgentConfig = z.output<typeof AgentConfigSchema>;
export type AgentConfigInput = z.input<typeof AgentConfigSchema>;
export type RollbackConfig = AgentConfig["rollback"];
export type ShadowConfig = AgentConfig["shadow"];
