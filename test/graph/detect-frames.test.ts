import { readFile } from "node:fs/promises";
import { firstValueFrom, Subject } from "rxjs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { detectFrames, ManualClock, msToNs } from "../../runtime/graph/index.js";
import { encodeSensorFrame, FrameValidator, type FrameItem } from "../../runtime/ingest/index.js";
import { PipelineCounters, RateLimitedLog, silentLogger } from "../../runtime/observe/index.js";
import { createDetector, type Detector } from "../../runtime/perception/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";

// The detection stage on a clock the test drives: staleness is decided by the Clock alone.
describeWithFixtures("detectFrames: max_frame_age_ms on an injected clock", ["models/yolox_nano.onnx", "video/PETS09-S2L1/000001.jpg"], () => {
  const T0 = 1_800_000_000_000_000_000n;
  let detector: Detector;
  let jpeg: Buffer;

  beforeAll(async () => {
    detector = await createDetector({ model: fixture("models", "yolox_nano.onnx"), preset: "yolox", logger: silentLogger });
    jpeg = await readFile(fixture("video", "PETS09-S2L1", "000001.jpg"));
  });
  afterAll(async () => detector?.dispose());

  function setup() {
    const clock = new ManualClock(T0);
    const counters = new PipelineCounters();
    const validator = new FrameValidator({ maxMessageBytes: 1 << 24, clock });
    const frames = new Subject<FrameItem>();
    const out$ = frames.pipe(
      detectFrames({ detector, clock, counters, log: new RateLimitedLog(silentLogger, clock), maxAgeNs: () => msToNs(100), maxSensors: 4 }),
    );
    const send = (seq: bigint, ageMs: number) => {
      const r = validator.validate(encodeSensorFrame({ sensorId: "cam0", seq, captureTimeNs: clock.nowNs() - msToNs(ageMs), encoding: "jpeg", data: jpeg }));
      if (!r.ok) throw new Error(r.code);
      counters.received(r.item.sensorId);
      frames.next(r.item);
    };
    return { clock, counters, out$, send };
  }

  it("drops a frame that arrives older than the limit as stale, and processes a fresh one", async () => {
    const { counters, out$, send } = setup();
    const first = firstValueFrom(out$);
    send(1n, 150);
    expect(counters.sensor("cam0")).toMatchObject({ received: 1, stale: 1, processed: 0, pending: 0 });
    send(2n, 20);
    const m = await first;
    expect(m.seq).toBe(2n);
    expect(m.captureTimeNs).toBe(T0 - msToNs(20));
    expect(m.detections.filter((d) => d.label === "person").length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(m.timings).sort()).toEqual(["inference", "postprocess", "preprocess", "queue", "total", "wait"]);
    expect(counters.sensor("cam0")).toMatchObject({ received: 2, stale: 1, processed: 1, dropped: 0, pending: 0 });
  });

  it("drops a frame that ages past the limit while it is preprocessed, before inference", async () => {
    const { clock, counters, out$, send } = setup();
    const first = firstValueFrom(out$);
    send(1n, 50); // admitted: 50 ms old
    clock.advanceMs(80); // 130 ms old by the time inference would take it
    send(2n, 0); // waits for the preprocess step, then goes through
    const m = await first;
    expect(m.seq).toBe(2n);
    expect(counters.sensor("cam0")).toMatchObject({ received: 2, stale: 1, processed: 1, pending: 0 });
  });
});
