import { describe, expect, it } from "vitest";
import { bigintToLong, vigil } from "../../proto/index.js";
import { decodeTrackSet, encodeTrackSet, type TrackSetMessage } from "../../runtime/tracking/index.js";
import { codeOf } from "../error-code-of.js";

const message: TrackSetMessage = {
  sensorId: "cam0",
  seq: 42n,
  captureTimeNs: 1_800_000_000_123_456_789n,
  publishTimeNs: 1_800_000_000_133_456_789n,
  modelName: "yolox_nano",
  modelVersion: "1.0.0",
  tracks: [
    { trackId: 7, classId: 0, label: "person", score: 0.875, box: [10.5, 20.25, 50, 120], velocity: [12.5, -3], ageNs: 2_000_000_000n, hits: 31, state: "confirmed" },
    { trackId: 9, classId: 2, label: "car", score: 0.5, box: [100, 100, 200, 180], velocity: [0, 0], ageNs: 0n, hits: 1, state: "lost", ground: { xM: 1.5, yM: -2, vxMps: 0.25, vyMps: 0 } },
  ],
  timings: { inference: 5_000_000n, tracking: 40_000n },
};

describe("TrackSet codec", () => {
  it("round-trips a TrackSet (float32 fields exact for these values)", () => {
    expect(decodeTrackSet(encodeTrackSet(message))).toEqual(message);
  });

  it("writes the vigil.v1 enum numbers and has_ground", () => {
    const d = vigil.v1.TrackSet.decode(encodeTrackSet(message));
    expect(d.tracks.map((t) => [t.state, t.hasGround])).toEqual([
      [vigil.v1.TrackState.TRACK_STATE_CONFIRMED, false],
      [vigil.v1.TrackState.TRACK_STATE_LOST, true],
    ]);
  });

  it("refuses a track with no state and bytes that are not a TrackSet", async () => {
    const bytes = vigil.v1.TrackSet.encode({ sensorId: "cam0", tracks: [{ trackId: bigintToLong(1n, true) }] }).finish();
    expect(await codeOf(Promise.resolve().then(() => decodeTrackSet(bytes)))).toBe("FRAME_MALFORMED");
    expect(await codeOf(Promise.resolve().then(() => decodeTrackSet(Uint8Array.of(0x0a, 0xff, 0xff))))).toBe("FRAME_MALFORMED");
  });
});
