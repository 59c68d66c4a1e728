import { z } from "zod";

/**
 * The `drift` section of a pipeline file: data-drift monitoring (runtime/drift/). Per sensor, the
 * recent frames' features (image brightness and contrast, detections per frame, detection scores
 * per class, short-lived tracks) are compared with a reference profile by PSI and the two-sample
 * KS statistic; a feature past its threshold raises an alarm (gauge, MQTT DriftEvent, log line).
 *   const drift = DriftConfigSchema.parse({ reference: { file: "reference.json" } });
 */

export const DriftReferenceConfigSchema = z
  .object({
    file: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Reference profile (JSON, `vigil drift profile` writes one). Loaded at start when it exists (an invalid file stops the start: DRIFT_PROFILE_INVALID); " +
          "when it does not, the profile learnt online is saved here. Relative to the pipeline file",
      ),
    learn_minutes: z
      .number()
      .min(0.01)
      .max(7 * 24 * 60)
      .default(10)
      .describe("Without a reference file: the first minutes of the run (by the runtime's clock, from the first frame) are learnt as the reference, then it is frozen"),
  })
  .strict();

export const DriftConfigSchema = z
  .object({
    enabled: z.boolean().default(true).describe("Monitor drift; false turns the monitor off"),
    reference: DriftReferenceConfigSchema.prefault({}).describe("Where the reference profile comes from"),
    window_frames: z.number().int().min(10).max(100_000).default(300).describe("Frames per sensor in the sliding window compared with the reference"),
    evaluate_every_frames: z.number().int().min(1).max(100_000).default(50).describe("Each sensor's window is evaluated every this many frames, once it is full"),
    psi_threshold: z.number().positive().max(100).default(0.25).describe("A feature whose population stability index exceeds this raises an alarm (0.1 small, 0.25 large shift)"),
    ks_threshold: z.number().positive().max(1).default(0.3).describe("A feature whose two-sample Kolmogorov-Smirnov statistic D exceeds this raises an alarm"),
    clear_ratio: z
      .number()
      .positive()
      .max(1)
      .default(0.8)
      .describe("Hysteresis: an alarm clears only when every statistic is below clear_ratio x its threshold ..."),
    clear_windows: z.number().int().min(1).max(1000).default(3).describe("... for this many evaluations in a row"),
    short_lived_frames: z.number().int().min(2).max(10_000).default(5).describe("A track that ends with fewer matched detections than this counts as short-lived (a false-positive proxy)"),
    short_lived_increase: z
      .number()
      .positive()
      .max(1)
      .default(0.2)
      .describe("Alarm when the window's short-lived track fraction exceeds the reference's by more than this"),
    min_samples: z
      .number()
      .int()
      .min(2)
      .max(100_000)
      .default(30)
      .describe("A feature is evaluated only with at least this many values in the window and in the reference (rare classes are skipped)"),
    min_tracks: z.number().int().min(1).max(100_000).default(20).describe("The short-lived fraction is judged only with at least this many ended tracks in the window and in the reference"),
    psi_epsilon: z.number().positive().max(0.01).default(1e-4).describe("Proportion that stands in for an empty histogram bin in PSI (avoids log 0)"),
    reservoir_size: z.number().int().min(10).max(100_000).default(1000).describe("Raw values kept per sensor and feature in the reference (uniform reservoir sample) for the KS statistic"),
    max_window_values: z
      .number()
      .int()
      .min(10)
      .max(1_000_000)
      .default(2048)
      .describe("Most values one feature's window holds (scores: the newest ones of the window's frames); bounds memory"),
    max_sensors: z.number().int().min(1).max(256).default(16).describe("Sensors monitored; more are ignored and counted"),
    max_score_classes: z.number().int().min(0).max(256).default(32).describe("Detection classes per sensor whose scores are monitored; more are ignored and counted"),
    seed: z.number().int().min(0).max(0xffffffff).default(1).describe("Seed of the reservoir sampling: the same input gives the same profile"),
  })
  .strict()
  .refine((c) => c.evaluate_every_frames <= c.window_frames, { message: "evaluate_every_frames must not exceed window_frames", path: ["evaluate_every_frames"] });

export type DriftConfig = z.output<typeof DriftConfigSchema>;
export type DriftReferenceConfig = z.output<typeof DriftReferenceConfigSchema>;
