import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { NO_FRAME_YET } from "../../proto/index.js";
import { ManualClock, msToNs } from "../../runtime/clock/index.js";
import { HealthConfigSchema, RuntimeHealth, SlidingWindowCount, type HeartbeatReport, type RuntimeHealthOptions } from "../../runtime/health/index.js";
import { PipelineCounters } from "../../runtime/observe/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";

const T0 = 1_700_000_000_000_000_000n;

function setup(overrides: Partial<RuntimeHealthOptions> = {}, health: Record<string, unknown> = {}) {
  const clock = new ManualClock(T0);
  const rh = new RuntimeHealth({
    name: "p",
    config: HealthConfigSchema.parse(health),
    clock,
    sensors: { cam0: { nominal_fps: 10 } },
    maxFrameAgeMs: 500,
    maxSensors: 4,
    stages: { detect: true, arbiter: false },
    ...overrides,
  });
  const counters = new PipelineCounters(rh.counterListener);
  return { clock, rh, counters };
}

const report = (reports: HeartbeatReport[], component: string, instance?: string): HeartbeatReport => {
  const r = reports.find((x) => x.component === component && (instance === undefined || x.instance === instance));
  if (r === undefined) throw new Error(`no report for ${component}/${instance ?? "*"}`);
  return r;
};

/** n frames from cam0 spread evenly over `ms`, `bad` of them rejected (every k-th). */
function feed(t: ReturnType<typeof setup>, n: number, ms: number, bad = 0): void {
  const every = bad === 0 ? Infinity : Math.floor(n / bad);
  for (let i = 0; i < n; i++) {
    t.clock.advanceMs(ms / n);
    if ((i + 1) % every === 0 && bad-- > 0) {
      t.counters.rejected("FRAME_UNDECODABLE", "cam0");
    } else {
      t.counters.received("cam0");
      t.rh.noteAccepted("cam0", t.clock.nowNs(), t.clock.nowNs());
    }
  }
}

describe("SlidingWindowCount", () => {
  it("sums the last window and forgets older buckets", () => {
    const w = new SlidingWindowCount(msToNs(1000));
    w.add(T0, 3);
    w.add(T0 + msToNs(500), 2);
    expect(w.sum(T0 + msToNs(900))).toBe(5);
    expect(w.sum(T0 + msToNs(1050))).toBe(2); // the first bucket has slid out
    expect(w.sum(T0 + msToNs(2000))).toBe(0);
  });
});

describe("RuntimeHealth", () => {
  it("reports a listed sensor SILENT with no frame yet, then OK with its frame age", () => {
    const t = setup();
    let r = t.rh.reports(t.clock.nowNs());
    expect(r.map((x) => `${x.component}/${x.instance}`).sort()).toEqual(["detect/p", "ingest/*", "ingest/cam0", "risk/p", "track/p"]);
    expect(report(r, "ingest", "cam0")).toMatchObject({ state: "DEGRADED", reason: "SENSOR_SILENT", frameAgeNs: NO_FRAME_YET });
    expect(report(r, "detect").frameAgeNs).toBe(NO_FRAME_YET);
    feed(t, 10, 1000);
    t.clock.advanceMs(40);
    r = t.rh.reports(t.clock.nowNs());
    expect(report(r, "ingest", "cam0")).toMatchObject({ state: "OK", reason: "", frameAgeNs: msToNs(40) });
    expect(report(r, "ingest", "cam0").counters.fps).toBeCloseTo(10, 6);
    // Silent past its max age (500 ms) again.
    t.clock.advanceMs(500);
    expect(report(t.rh.reports(t.clock.nowNs()), "ingest", "cam0")).toMatchObject({ state: "DEGRADED", reason: "SENSOR_SILENT" });
  });

  it("calls 5% rejects DEGRADED and 20% FAILED (SENSOR_REJECT_RATE), and recovers once the window slides past them", () => {
    const t = setup({ sensors: { cam0: {} } });
    feed(t, 20, 1000, 1);
    expect(report(t.rh.reports(t.clock.nowNs()), "ingest", "cam0")).toMatchObject({ state: "DEGRADED", reason: "SENSOR_REJECT_RATE" });
    feed(t, 20, 1000, 4);
    const r = t.rh.reports(t.clock.nowNs());
    expect(report(r, "ingest", "cam0")).toMatchObject({ state: "FAILED", reason: "SENSOR_REJECT_RATE" });
    // 4 rejects among the last second's arrivals; the window's oldest bucket may hold one more frame.
    expect(report(r, "ingest", "cam0").counters.reject_fraction).toBeGreaterThanOrEqual(4 / 21);
    expect(report(r, "ingest", "cam0").counters.reject_fraction).toBeLessThanOrEqual(4 / 19);
    expect(report(r, "ingest", "*")).toMatchObject({ state: "FAILED", reason: "SENSOR_REJECT_RATE" });
    expect(t.rh.degradedReasons("cam0", false)).toEqual(["SENSOR_REJECT_RATE"]);
    feed(t, 11, 1100);
    expect(report(t.rh.reports(t.clock.nowNs()), "ingest", "cam0")).toMatchObject({ state: "OK" });
  });

  it("counts unattributed rejects under *, not against a sensor", () => {
    const t = setup();
    feed(t, 10, 1000);
    for (let i = 0; i < 5; i++) t.counters.rejected("FRAME_MALFORMED");
    const r = t.rh.reports(t.clock.nowNs());
    expect(report(r, "ingest", "*")).toMatchObject({ state: "FAILED", reason: "SENSOR_REJECT_RATE" });
    expect(report(r, "ingest", "cam0").state).toBe("OK");
  });

  it("calls a sensor above its nominal_fps DEGRADED past 1.5x and FAILED past 4x (SENSOR_OVERRATE)", () => {
    const t = setup();
    feed(t, 20, 1000);
    expect(report(t.rh.reports(t.clock.nowNs()), "ingest", "cam0")).toMatchObject({ state: "DEGRADED", reason: "SENSOR_OVERRATE" });
    feed(t, 100, 1000);
    expect(report(t.rh.reports(t.clock.nowNs()), "ingest", "cam0")).toMatchObject({ state: "FAILED", reason: "SENSOR_OVERRATE" });
    feed(t, 10, 1000);
    expect(report(t.rh.reports(t.clock.nowNs()), "ingest", "cam0").state).toBe("OK");
  });

  it("reports INFERENCE_OVERLOAD when most frames are replaced, and the detector's own state", () => {
    let detector: { state: "OK" | "DEGRADED" | "FAILED"; reasons: string[] } = { state: "OK", reasons: [] };
    const t = setup({ detector: { health: () => detector }, detectQueueDepth: () => 2 });
    for (let i = 0; i < 10; i++) {
      t.clock.advanceMs(10);
      t.counters.received("cam0");
      t.counters.outcome("cam0", i % 5 === 0 ? "processed" : "dropped");
    }
    t.rh.noteStage("detect", t.clock.nowNs() - msToNs(30), msToNs(25));
    let d = report(t.rh.reports(t.clock.nowNs()), "detect");
    expect(d).toMatchObject({ state: "DEGRADED", reason: "INFERENCE_OVERLOAD", frameAgeNs: msToNs(30), latencyNs: msToNs(25), queueDepth: 2 });
    expect(d.counters.dropped_fraction).toBeCloseTo(0.8, 6);
    expect(t.rh.degradedReasons("cam0", true)).toContain("INFERENCE_OVERLOAD");
    expect(t.rh.degradedReasons("cam0", false)).not.toContain("INFERENCE_OVERLOAD");
    detector = { state: "FAILED", reasons: ["BACKEND_ALL_FAILED"] };
    d = report(t.rh.reports(t.clock.nowNs()), "detect");
    expect(d.state).toBe("FAILED");
    expect(d.reason).toBe("BACKEND_ALL_FAILED,INFERENCE_OVERLOAD");
  });

  it("watches unlisted sensors as they appear, at most maxSensors of them", () => {
    const t = setup({ sensors: {}, maxSensors: 2 });
    for (const id of ["a", "b", "c"]) {
      t.counters.received(id);
      t.rh.noteAccepted(id, t.clock.nowNs(), t.clock.nowNs());
    }
    const instances = t.rh.reports(t.clock.nowNs()).filter((r) => r.component === "ingest").map((r) => r.instance);
    expect(instances).toEqual(["*", "a", "b"]);
  });

  it("marks a solid black camera image SENSOR_BLACK", async () => {
    const t = setup();
    const black = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 0, g: 0, b: 0 } } }).jpeg().toBuffer();
    await t.rh.checkImage("cam0", { encoding: "jpeg", data: black });
    expect(t.rh.degradedReasons("cam0", false)).toContain("SENSOR_BLACK");
  });
});

describeWithFixtures("RuntimeHealth image checks on PETS09-S2L1", ["video/PETS09-S2L1/000001.jpg", "video/PETS09-S2L1/000002.jpg"], () => {
  it("raises SENSOR_FROZEN after frozen_frames identical frames and clears it after clear_frames fresh ones", async () => {
    const t = setup({}, { image: { frozen_frames: 5, clear_frames: 2 } });
    const a = await readFile(fixture("video/PETS09-S2L1/000001.jpg"));
    const b = await readFile(fixture("video/PETS09-S2L1/000002.jpg"));
    for (let i = 1; i <= 5; i++) {
      await t.rh.checkImage("cam0", { encoding: "jpeg", data: a });
      expect(t.rh.degradedReasons("cam0", false).includes("SENSOR_FROZEN"), `after ${i} frames`).toBe(i >= 5);
    }
    await t.rh.checkImage("cam0", { encoding: "jpeg", data: b });
    expect(t.rh.degradedReasons("cam0", false)).toContain("SENSOR_FROZEN");
    await t.rh.checkImage("cam0", { encoding: "jpeg", data: a });
    expect(t.rh.degradedReasons("cam0", false)).not.toContain("SENSOR_FROZEN");
  });
});
