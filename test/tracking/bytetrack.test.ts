import { describe, expect, it } from "vitest";
import type { Detection } from "../../runtime/perception/index.js";
import { ByteTracker, TrackerConfigSchema, type TrackMessage } from "../../runtime/tracking/index.js";
import { codeOf } from "../error-code-of.js";

const FRAME_NS = 40_000_000n; // 25 fps
const at = (frame: number): bigint => BigInt(frame) * FRAME_NS;

const person = (cx: number, cy: number, score = 0.9, w = 40, h = 100): Detection => ({
  classId: 0,
  label: "person",
  score,
  box: [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2],
});

const tracker = (overrides: Record<string, unknown> = {}): ByteTracker => new ByteTracker(TrackerConfigSchema.parse(overrides));

/** The track whose box centre is nearest (cx, cy). */
function nearest(tracks: TrackMessage[], cx: number, cy: number): TrackMessage {
  let best: TrackMessage | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const t of tracks) {
    const d = Math.hypot((t.box[0] + t.box[2]) / 2 - cx, (t.box[1] + t.box[3]) / 2 - cy);
    if (d < bestD) [best, bestD] = [t, d];
  }
  expect(best).toBeDefined();
  return best as TrackMessage;
}

describe("ByteTracker states", () => {
  it("confirms a track after min_hits matches; a tentative one that misses is removed", () => {
    const t = tracker({ min_hits: 3 });
    t.update([], at(0)); // the first update confirms at once: keep it empty
    expect(t.update([person(100, 100)], at(1)).map((x) => x.state)).toEqual(["tentative"]);
    expect(t.update([person(102, 100)], at(2)).map((x) => x.state)).toEqual(["tentative"]);
    const third = t.update([person(104, 100)], at(3));
    expect(third.map((x) => [x.trackId, x.state, x.hits])).toEqual([[1, "confirmed", 3]]);

    t.update([person(400, 100)], at(4)); // a new tentative track, then it misses
    expect(t.update([person(108, 100)], at(5)).map((x) => x.trackId)).toEqual([1]);
    expect(t.counters.tracksRemoved).toBe(1);
  });

  it("confirms tracks born on the first update at once (confirm_on_first_update)", () => {
    expect(tracker().update([person(100, 100)], at(0))[0]?.state).toBe("confirmed");
    expect(tracker({ confirm_on_first_update: false }).update([person(100, 100)], at(0))[0]?.state).toBe("tentative");
  });

  it("reports age in ns, hits, score and the class most matches had", () => {
    const t = tracker({ class_aware: false });
    t.update([person(100, 100, 0.95)], at(0));
    t.update([{ ...person(101, 100, 0.9), classId: 1, label: "bicycle" }], at(1));
    const [x] = t.update([person(102, 100, 0.8)], at(2));
    expect(x).toMatchObject({ trackId: 1, classId: 0, label: "person", hits: 3, ageNs: 2n * FRAME_NS, state: "confirmed" });
    expect(x!.score).toBeCloseTo(0.8, 6);
  });

  it("removes a lost track after max_lost_ms and gives a reappearance a new id", () => {
    const t = tracker({ max_lost_ms: 200 });
    for (let f = 0; f < 5; f++) t.update([person(100, 100)], at(f));
    expect(t.update([], at(5))[0]?.state).toBe("lost");
    expect(t.update([], at(9)).map((x) => x.state)).toEqual(["lost"]); // 200 ms since the last match
    expect(t.update([], at(10))).toEqual([]);
    expect(t.trackCount).toBe(0);
    expect(t.update([person(100, 100)], at(11))[0]).toMatchObject({ trackId: 2, state: "tentative" });
  });

  it("refuses updates that go back in time with TRACK_TIME_REVERSED", async () => {
    const t = tracker();
    t.update([person(100, 100)], at(5));
    t.update([person(100, 100)], at(5)); // the same time is allowed
    expect(await codeOf(Promise.resolve().then(() => t.update([], at(4))))).toBe("TRACK_TIME_REVERSED");
  });

  it("holds at most max_tracks and counts the refused ones", () => {
    const t = tracker({ max_tracks: 3 });
    const out = t.update([0, 1, 2, 3, 4].map((k) => person(100 + 100 * k, 100)), at(0));
    expect(out).toHaveLength(3);
    expect(t.counters.tracksRefused).toBe(2);
  });

  it("keeps only the max_detections best-scoring detections and counts the rest", () => {
    const t = tracker({ max_detections: 2 });
    const out = t.update([person(100, 100, 0.7), person(300, 100, 0.95), person(500, 100, 0.9)], at(0));
    expect(out.map((x) => Math.round((x.box[0] + x.box[2]) / 2)).sort()).toEqual([300, 500]);
    expect(t.counters.detectionsDropped).toBe(1);
  });

  it("does not match detections of another class when class_aware", () => {
    const t = tracker();
    t.update([person(100, 100)], at(0));
    const out = t.update([{ ...person(100, 100), classId: 2, label: "car" }], at(1));
    expect(out.map((x) => [x.trackId, x.state])).toEqual([
      [1, "lost"],
      [2, "tentative"],
    ]);
  });
});

describe("ByteTracker association", () => {
  it("keeps a tracked track alive with a low-score detection (stage 2), not with one below low_score", () => {
    for (const [score, state] of [
      [0.3, "confirmed"],
      [0.05, "lost"],
    ] as const) {
      const t = tracker();
      for (let f = 0; f < 3; f++) t.update([person(100 + 2 * f, 100)], at(f));
      const out = t.update([person(106, 100, score)], at(3));
      expect(out.map((x) => [x.trackId, x.state])).toEqual([[1, state]]);
    }
  });

  it("does not start a track from a low-score detection", () => {
    const t = tracker();
    expect(t.update([person(100, 100, 0.4)], at(0))).toEqual([]);
    expect(t.update([person(100, 100, 0.65)], at(1))).toEqual([]); // high, but under new_track_score
  });

  it("recovers an occluded track with its old id", () => {
    const t = tracker();
    const vx = 3; // px per frame
    for (let f = 0; f < 10; f++) t.update([person(100 + vx * f, 200), person(500, 200)], at(f));
    // The moving person is hidden for 15 frames (0.6 s) while the other stays visible.
    for (let f = 10; f < 25; f++) {
      const out = t.update([person(500, 200)], at(f));
      expect(out.find((x) => x.trackId === 1)?.state).toBe("lost");
    }
    const out = t.update([person(100 + vx * 25, 200), person(500, 200)], at(25));
    expect(nearest(out, 100 + vx * 25, 200)).toMatchObject({ trackId: 1, state: "confirmed" });
    expect(nearest(out, 500, 200)).toMatchObject({ trackId: 2, state: "confirmed" });
    expect(out).toHaveLength(2);
  });

  it("keeps ids stable across 50 frames of two crossing boxes", () => {
    const t = tracker();
    const a = (f: number): [number, number] => [100 + 8 * f, 200];
    const b = (f: number): [number, number] => [500 - 8 * f, 215];
    let idA: number | undefined;
    let idB: number | undefined;
    for (let f = 0; f < 50; f++) {
      const out = t.update([person(...a(f)), person(...b(f))], at(f));
      const ta = nearest(out, ...a(f));
      const tb = nearest(out, ...b(f));
      idA ??= ta.trackId;
      idB ??= tb.trackId;
      // At the crossing both boxes coincide: which id is "nearest" is ambiguous there.
      if (Math.abs(a(f)[0] - b(f)[0]) > 10) {
        expect([ta.trackId, tb.trackId]).toEqual([idA, idB]);
        expect(ta.state).toBe("confirmed");
      }
    }
    expect(idA).not.toBe(idB);
    const final = t.update([person(...a(50)), person(...b(50))], at(50));
    expect(final.map((x) => x.trackId).sort()).toEqual([idA, idB].sort());
    // The velocity it reports is the motion in px/s: 8 px per frame at 25 fps = 200 px/s.
    expect(nearest(final, ...a(50)).velocity[0]).toBeCloseTo(200, -1);
    expect(nearest(final, ...b(50)).velocity[0]).toBeCloseTo(-200, -1);
  });
});
