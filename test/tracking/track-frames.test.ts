import { Subject } from "rxjs";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../runtime/graph/index.js";
import type { Detection } from "../../runtime/perception/index.js";
import type { DetectionSetMessage } from "../../runtime/publish/index.js";
import { newTrackFramesGauge, trackFrames, TrackerConfigSchema, type TrackSetMessage } from "../../runtime/tracking/index.js";

const T0 = 1_800_000_000_000_000_000n;
const FRAME_NS = 40_000_000n;

const person = (cx: number): Detection => ({ classId: 0, label: "person", score: 0.9, box: [cx - 20, 100, cx + 20, 200] });

const set = (sensorId: string, seq: number, detections: Detection[]): DetectionSetMessage => ({
  sensorId,
  seq: BigInt(seq),
  captureTimeNs: T0 + BigInt(seq) * FRAME_NS,
  publishTimeNs: T0 + BigInt(seq) * FRAME_NS + 5_000_000n,
  modelName: "m",
  modelVersion: "1",
  backend: "onnx-node/cpu",
  frameWidth: 640,
  frameHeight: 480,
  detections,
  timings: { inference: 4_000_000n },
});

function setup(maxSensors = 4) {
  const clock = new ManualClock(T0);
  const gauge = newTrackFramesGauge();
  const input = new Subject<DetectionSetMessage>();
  const out: TrackSetMessage[] = [];
  let completed = false;
  const subscription = input.pipe(trackFrames({ config: TrackerConfigSchema.parse({}), clock, maxSensors, gauge })).subscribe({
    next: (m) => out.push(m),
    complete: () => (completed = true),
  });
  return { clock, gauge, input, out, subscription, isCompleted: () => completed };
}

describe("trackFrames", () => {
  it("keeps two sensors apart: each has its own tracker, ids and time", () => {
    const { input, out, gauge, subscription } = setup();
    for (let f = 1; f <= 25; f++) {
      input.next(set("cam0", f, [person(100 + 4 * f)]));
      input.next(set("cam1", f, [person(500 - 4 * f), person(300)]));
    }
    expect(gauge.sensors).toBe(2);
    const last0 = out.filter((m) => m.sensorId === "cam0").at(-1)!;
    const last1 = out.filter((m) => m.sensorId === "cam1").at(-1)!;
    expect(last0.tracks.map((t) => [t.trackId, t.state])).toEqual([[1, "confirmed"]]);
    expect(last1.tracks.map((t) => [t.trackId, t.state])).toEqual([
      [1, "confirmed"],
      [2, "confirmed"],
    ]);
    // Velocity from capture times: +4 px per 40 ms = +100 px/s on cam0, -100 px/s for cam1's mover.
    expect(last0.tracks[0]!.velocity[0]).toBeCloseTo(100, -1);
    expect(last1.tracks.find((t) => t.box[0] > 350)!.velocity[0]).toBeCloseTo(-100, -1);
    expect(last0).toMatchObject({ seq: 25n, captureTimeNs: T0 + 25n * FRAME_NS, modelName: "m", modelVersion: "1" });
    expect(Object.keys(last0.timings).sort()).toEqual(["inference", "tracking"]);
    subscription.unsubscribe();
    expect(gauge.sensors).toBe(0);
  });

  it("drops and counts sets from sensors beyond maxSensors and sets older than the sensor's last", () => {
    const { input, out, gauge, subscription } = setup(1);
    input.next(set("cam0", 5, [person(100)]));
    input.next(set("cam1", 5, [person(100)]));
    input.next(set("cam0", 4, [person(100)]));
    input.next(set("cam0", 6, [person(101)]));
    expect(out.map((m) => [m.sensorId, m.seq])).toEqual([
      ["cam0", 5n],
      ["cam0", 6n],
    ]);
    expect(gauge).toMatchObject({ sensors: 1, unknownSensor: 1, outOfOrder: 1 });
    subscription.unsubscribe();
  });

  it("counts tracks refused at max_tracks and completes with its source", () => {
    const clock = new ManualClock(T0);
    const gauge = newTrackFramesGauge();
    const input = new Subject<DetectionSetMessage>();
    let completed = false;
    const out: TrackSetMessage[] = [];
    input.pipe(trackFrames({ config: TrackerConfigSchema.parse({ max_tracks: 2 }), clock, maxSensors: 2, gauge })).subscribe({ next: (m) => out.push(m), complete: () => (completed = true) });
    input.next(set("cam0", 1, [person(100), person(200), person(300)]));
    input.complete();
    expect(out[0]!.tracks).toHaveLength(2);
    expect(gauge.tracksRefused).toBe(1);
    expect(completed).toBe(true);
  });
});
