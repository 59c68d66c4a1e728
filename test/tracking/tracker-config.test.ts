import { describe, expect, it } from "vitest";
import { z } from "zod";
import { TrackerConfigSchema } from "../../runtime/tracking/index.js";

describe("TrackerConfigSchema", () => {
  it("holds every default, and nests in a larger schema with prefault({})", () => {
    const Pipeline = z.object({ tracker: TrackerConfigSchema.prefault({}) });
    const { tracker } = Pipeline.parse({});
    expect(tracker).toEqual(TrackerConfigSchema.parse({}));
    expect(tracker).toMatchObject({ high_score: 0.6, low_score: 0.1, new_track_score: 0.7, match_iou: 0.2, min_hits: 2, max_lost_ms: 1000, max_tracks: 256 });
    expect(tracker.kalman.reference_rate_hz).toBe(30);
    expect(Pipeline.parse({ tracker: { min_hits: 3, kalman: { reference_rate_hz: 25 } } }).tracker).toMatchObject({ min_hits: 3, high_score: 0.6, kalman: { reference_rate_hz: 25, std_weight_position: 1 / 20 } });
  });

  it("refuses inconsistent thresholds and out-of-range values", () => {
    const issues = (v: unknown): string[] => TrackerConfigSchema.safeParse(v).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(issues({ low_score: 0.9 })).toEqual(["low_score"]);
    expect(issues({ high_score: 0.8, new_track_score: 0.75 })).toEqual(["new_track_score"]);
    expect(issues({ min_hits: 0 })).toEqual(["min_hits"]);
    expect(issues({ max_tracks: 1e9 })).toEqual(["max_tracks"]);
    expect(issues({ kalman: { reference_rate_hz: 0 } })).toEqual(["kalman.reference_rate_hz"]);
  });
});
