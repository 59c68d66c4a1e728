import { z } from "zod";

/**
 * Every threshold of the ByteTrack-style tracker, with its default: the one place they
 * live. The pipeline schema nests it as `tracker: TrackerConfigSchema.prefault({})`.
 *   const config = TrackerConfigSchema.parse({ min_hits: 3 }); new ByteTracker(config);
 */
export const TrackerConfigSchema = z
  .object({
    /** Detections scoring at least this are "high": they may match any track and start new ones. */
    high_score: z.number().min(0).max(1).default(0.6),
    /** Detections below this are ignored; those in [low_score, high_score) only keep tracked tracks alive. */
    low_score: z.number().min(0).max(1).default(0.1),
    /** A high detection left unmatched starts a track only when it scores at least this. */
    new_track_score: z.number().min(0).max(1).default(0.7),
    /** Stage 1 (high detections vs confirmed and lost tracks): the least IoU with the predicted box. */
    match_iou: z.number().min(0).max(1).default(0.2),
    /** Stage 2 (low detections vs tracks still tracked): stricter. */
    low_match_iou: z.number().min(0).max(1).default(0.5),
    /** Stage 3 (remaining high detections vs tentative tracks). */
    tentative_match_iou: z.number().min(0).max(1).default(0.2),
    /** Matches (the creating detection included) that make a tentative track confirmed. */
    min_hits: z.number().int().min(1).max(100).default(2),
    /** Tracks born on the tracker's first update are confirmed at once (ByteTrack's rule). */
    confirm_on_first_update: z.boolean().default(true),
    /** A lost track not matched again within this time is removed. */
    max_lost_ms: z.number().min(0).max(600_000).default(1000),
    /** Tracks (all states) one sensor holds; a detection that would start one more is refused and counted. */
    max_tracks: z.number().int().min(1).max(10_000).default(256),
    /** Detections per update above low_score; beyond it the lowest-scoring are dropped and counted. */
    max_detections: z.number().int().min(1).max(100_000).default(1024),
    /** A detection matches only tracks of its own class. */
    class_aware: z.boolean().default(true),
    /** Classes remembered per track for the majority vote; a further class is not counted. */
    max_class_votes: z.number().int().min(1).max(64).default(4),
    kalman: z
      .object({
        /** Position noise, as a fraction of box height, per reference frame (ByteTrack: 1/20). */
        std_weight_position: z.number().positive().default(1 / 20),
        /** Velocity noise, as a fraction of box height per reference frame (ByteTrack: 1/160). */
        std_weight_velocity: z.number().positive().default(1 / 160),
        /** The frame rate the two weights above are stated at; noise scales with real elapsed time. */
        reference_rate_hz: z.number().positive().default(30),
      })
      .prefault({}),
  })
  .refine((c) => c.low_score <= c.high_score, { message: "low_score must not exceed high_score", path: ["low_score"] })
  .refine((c) => c.new_track_score >= c.high_score, { message: "new_track_score must be at least high_score", path: ["new_track_score"] });

export type TrackerConfig = z.output<typeof TrackerConfigSchema>;
export type KalmanConfig = TrackerConfig["kalman"];
