// DriftMonitor on synthetic streams with a virtual clock: learning then freezing the
// reference, quiet on the same distribution, alarms with hysteresis on a shift (gauges, log
// lines, onAlarm), the short-lived track fraction, and memory bounds.
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../runtime/clock/index.js";
import { AlarmHysteresis } from "../../runtime/drift/alarm-hysteresis.js";
import { DriftMonitor, driftTaps, type DriftAlarmEvent, type DriftProfile } from "../../runtime/drift/index.js";
import { TrackLifetimes } from "../../runtime/drift/track-lifetimes.js";
import { capturingLogger, detectionSet, driftConfig, metricValue, normalSource, seriesCount, TrackStream, trackSet } from "./drift-test-support.js";

const FRAME_MS = 100;

describe("alarm hysteresis", () => {
  it("rises on the first exceedance and clears only after clear_windows calm evaluations in a row", () => {
    const h = new AlarmHysteresis(3);
    const run = (steps: Array<[boolean, boolean]>) => steps.map(([exceeded, calm]) => h.update(exceeded, calm) ?? "-");
    // quiet, alarm, over, between (resets), calm, calm, between (resets), calm x3 -> clear, calm
    expect(
      run([
        [false, true],
        [true, false],
        [true, false],
        [false, false],
        [false, true],
        [false, true],
        [false, false],
        [false, true],
        [false, true],
        [false, true],
        [false, true],
      ]),
    ).toEqual(["-", "alarm", "-", "-", "-", "-", "-", "-", "-", "clear", "-"]);
    expect(h.active).toBe(false);
  });
});

describe("track lifetimes", () => {
  it("reports tracks that ended with their matches, short-lived below short_lived_frames", () => {
    const l = new TrackLifetimes(5);
    expect(l.update([[1, 1], [2, 1]].map(([trackId, hits]) => ({ trackId: trackId!, hits: hits! })))).toEqual({ ended: 0, shortLived: 0 });
    expect(l.update([{ trackId: 1, hits: 2 }])).toEqual({ ended: 1, shortLived: 1 }); // 2 ended with 1 match
    let r = { ended: 0, shortLived: 0 };
    for (let hits = 3; hits <= 6; hits++) r = l.update([{ trackId: 1, hits }, { trackId: 3, hits: 1 }].slice(0, hits === 3 ? 2 : 1));
    expect(r).toEqual({ ended: 0, shortLived: 0 });
    expect(l.update([])).toEqual({ ended: 1, shortLived: 0 }); // 1 ended with 6 matches (3 ended earlier with 1)
    expect(l.live).toBe(0);
  });

  it("gives the short-lived fraction of a synthetic stream: tracks of 2 frames among tracks of 10", () => {
    const l = new TrackLifetimes(5);
    const stream = new TrackStream();
    let n = 0;
    let ended = 0;
    let shortLived = 0;
    for (let i = 0; i < 1000; i++) {
      const r = l.update(stream.update(() => (n++ % 4 === 0 ? 2 : 10)).map(([trackId, hits]) => ({ trackId, hits })));
      ended += r.ended;
      shortLived += r.shortLived;
    }
    expect(ended).toBeGreaterThan(980);
    expect(shortLived / ended).toBeCloseTo(0.25, 2);
  });
});

/** Feeds `frames` frames of one sensor: image stats, detections and tracks, advancing the clock a frame period each. */
function feed(
  monitor: DriftMonitor,
  clock: ManualClock,
  frames: number,
  f: { brightness: number; persons: number; personScore: number; shortEvery: number },
  state: { seq: number; normal: (m: number, sd: number) => number; tracks: TrackStream; n: number },
  sensorId = "cam0",
): void {
  const taps = driftTaps(monitor);
  for (let i = 0; i < frames; i++) {
    clock.advanceMs(FRAME_MS);
    const seq = ++state.seq;
    taps.onImageStatistics(sensorId, { mean: state.normal(f.brightness, 3), std: state.normal(45, 2) });
    const persons = Math.max(0, Math.round(state.normal(f.persons, 1.5)));
    taps.onDetections(detectionSet(sensorId, seq, Array.from({ length: persons }, () => ["person", Math.min(0.999, Math.max(0, state.normal(f.personScore, 0.08)))] as const)));
    taps.onTracks(trackSet(sensorId, seq, state.tracks.update(() => (state.n++ % f.shortEvery === 0 ? 2 : 12))));
  }
}

describe("DriftMonitor", () => {
  const NORMAL = { brightness: 120, persons: 6, personScore: 0.7, shortEvery: 10 };

  it("learns its reference for learn_minutes by the clock, freezes it, stays quiet on the same distribution, alarms on a shift and clears with hysteresis", async () => {
    const clock = new ManualClock(1_700_000_000_000_000_000n);
    const registry = new Registry();
    const { logger, lines } = capturingLogger();
    const events: DriftAlarmEvent[] = [];
    const frozen: DriftProfile[] = [];
    const config = driftConfig({ window_frames: 200, evaluate_every_frames: 20, clear_windows: 3, reference: { learn_minutes: 1 } });
    const monitor = new DriftMonitor({ config, clock, logger, registry, onAlarm: (e) => events.push(e), onProfileFrozen: (p) => frozen.push(p) });
    const state = { seq: 0, normal: normalSource(11), tracks: new TrackStream(), n: 0 };
    expect(await metricValue(registry, "vigil_drift_reference_learning")).toBe(1);

    // 60 s of frames at 10 fps: the first one starts the clock, the 601st (at 60 s) freezes the reference.
    feed(monitor, clock, 600, NORMAL, state);
    expect(monitor.learning).toBe(true);
    feed(monitor, clock, 1, NORMAL, state);
    expect(monitor.learning).toBe(false);
    expect(frozen).toHaveLength(1);
    const cam = frozen[0]!.sensors.cam0!;
    expect(cam.frames).toBe(600);
    expect(Object.keys(cam.features)).toEqual(["brightness", "contrast", "detections_per_frame", "score:person"]);
    expect(cam.features.brightness!.count).toBe(600);
    expect(cam.features.brightness!.sample).toHaveLength(600);
    expect(cam.tracks.ended).toBeGreaterThan(580);
    expect(cam.tracks.short_lived / cam.tracks.ended).toBeCloseTo(0.1, 1);
    expect(await metricValue(registry, "vigil_drift_reference_learning")).toBe(0);

    // The same distribution up to frame 1000: 20 evaluations (frames 620, 640, ..., 1000), no alarm.
    feed(monitor, clock, 399, NORMAL, state);
    expect(monitor.counters.evaluations).toBe(20);
    expect(events).toEqual([]);
    const quiet = monitor.snapshot().sensors.cam0!;
    for (const f of ["brightness", "contrast", "detections_per_frame", "score:person"]) {
      expect(quiet.features[f]!.psi, f).toBeLessThan(0.15);
      expect(quiet.features[f]!.ks, f).toBeLessThan(0.2);
      expect(quiet.features[f]!.alarm, f).toBe(false);
    }
    expect(quiet.shortLived!.alarm).toBe(false);
    expect(await metricValue(registry, "vigil_drift_alarm", { sensor: "cam0", feature: "brightness" })).toBe(0);

    // Darker frames: brightness 120 -> 48. The first evaluation, with 20 dark frames of 200 in the window, alarms on PSI (KS stays under its threshold).
    feed(monitor, clock, 20, { ...NORMAL, brightness: 48 }, state);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ sensorId: "cam0", feature: "brightness", statistic: "psi", threshold: 0.25, state: "alarm", windowFrames: 200 });
    expect(events[0]!.value).toBeGreaterThan(0.5);
    const ks = monitor.snapshot().sensors.cam0!.features.brightness!.ks;
    expect(ks).toBeGreaterThanOrEqual(0.1); // the dark tenth alone opens a gap of 0.1
    expect(ks).toBeLessThan(0.3);
    expect(events[0]!.timeNs).toBe(clock.nowNs());
    expect(await metricValue(registry, "vigil_drift_alarm", { sensor: "cam0", feature: "brightness" })).toBe(1);
    expect(await metricValue(registry, "vigil_drift_alarms_total", { sensor: "cam0", feature: "brightness" })).toBe(1);
    expect(await metricValue(registry, "vigil_drift_psi", { sensor: "cam0", feature: "brightness" })).toBe(events[0]!.value);
    expect(monitor.activeAlarms()).toEqual(["cam0/brightness"]);
    const raised = lines.filter((l) => l.code === "DRIFT_ALARM");
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ level: 40, component: "drift", sensor: "cam0", feature: "brightness", state: "alarm", statistic: "psi" });

    // Dark for 200 frames: held, not raised again.
    feed(monitor, clock, 200, { ...NORMAL, brightness: 48 }, state);
    expect(events).toHaveLength(1);
    expect(monitor.snapshot().sensors.cam0!.features.brightness!.ks).toBe(1);

    // Back to normal: windows with 20 or more dark frames of 200 are not calm (PSI > 0.2), so the alarm
    // holds for 180 frames at least; once the window is all normal again, 3 calm evaluations clear it.
    feed(monitor, clock, 180, NORMAL, state);
    expect(events).toHaveLength(1);
    feed(monitor, clock, 60, NORMAL, state);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ sensorId: "cam0", feature: "brightness", statistic: "psi", state: "clear", threshold: 0.25 });
    expect(events[1]!.value).toBeLessThan(0.2);
    expect(await metricValue(registry, "vigil_drift_alarm", { sensor: "cam0", feature: "brightness" })).toBe(0);
    expect(await metricValue(registry, "vigil_drift_alarms_total", { sensor: "cam0", feature: "brightness" })).toBe(1);
    expect(lines.filter((l) => l.code === "DRIFT_ALARM").map((l) => [l.state, l.level])).toEqual([
      ["alarm", 40],
      ["clear", 40],
    ]);
    expect(monitor.activeAlarms()).toEqual([]);
  });

  it("alarms when the short-lived track fraction rises by more than short_lived_increase over the reference", () => {
    const clock = new ManualClock();
    const events: DriftAlarmEvent[] = [];
    const config = driftConfig({ window_frames: 200, evaluate_every_frames: 20, reference: { learn_minutes: 1 } });
    const monitor = new DriftMonitor({ config, clock, onAlarm: (e) => events.push(e) });
    const state = { seq: 0, normal: normalSource(5), tracks: new TrackStream(), n: 0 };
    const NORMAL = { brightness: 120, persons: 6, personScore: 0.7, shortEvery: 10 }; // 10% short-lived
    feed(monitor, clock, 1000, NORMAL, state);
    expect(monitor.snapshot().sensors.cam0!.shortLived).toMatchObject({ alarm: false });
    expect(Math.abs(monitor.snapshot().sensors.cam0!.shortLived!.increase)).toBeLessThan(0.05);
    // Every second track short-lived: +0.4.
    feed(monitor, clock, 200, { ...NORMAL, shortEvery: 2 }, state);
    const alarm = events.find((e) => e.feature === "short_lived_tracks");
    expect(alarm).toMatchObject({ statistic: "increase", state: "alarm", threshold: 0.2 });
    expect(alarm!.value).toBeGreaterThan(0.2);
    const last = monitor.snapshot().sensors.cam0!.shortLived!;
    expect(last.referenceFraction).toBeCloseTo(0.1, 1);
    expect(last.windowFraction).toBeCloseTo(0.5, 1);
    expect(events.filter((e) => e.feature !== "short_lived_tracks")).toEqual([]);
  });

  it("uses a given profile at once (no learning) and alarms on a class whose scores fell", () => {
    const clock = new ManualClock();
    const config = driftConfig({ window_frames: 200, evaluate_every_frames: 20 });
    const learner = new DriftMonitor({ config, clock });
    const state = { seq: 0, normal: normalSource(3), tracks: new TrackStream(), n: 0 };
    feed(learner, clock, 600, { brightness: 120, persons: 6, personScore: 0.7, shortEvery: 10 }, state);
    expect(learner.learning).toBe(true); // learn_minutes 10 by default: frozen by hand here
    const profile = learner.freeze()!;
    const events: DriftAlarmEvent[] = [];
    const monitor = new DriftMonitor({ config, clock, profile, onAlarm: (e) => events.push(e) });
    expect(monitor.learning).toBe(false);
    feed(monitor, clock, 200, { brightness: 120, persons: 6, personScore: 0.45, shortEvery: 10 }, state);
    expect(events.map((e) => [e.feature, e.state])).toEqual([["score:person", "alarm"]]);
    expect(monitor.snapshot().sensors.cam0!.features["score:person"]!.ks).toBeGreaterThan(0.8);
  });

  it("stays within its memory bounds: sensors, classes, window values, live tracks and metric series", async () => {
    const clock = new ManualClock();
    const registry = new Registry();
    const { logger, lines } = capturingLogger();
    const config = driftConfig({ window_frames: 50, evaluate_every_frames: 10, max_window_values: 64, max_sensors: 4, max_score_classes: 3, reservoir_size: 40, reference: { learn_minutes: 0.5 } });
    const monitor = new DriftMonitor({ config, clock, registry, logger });
    const taps = driftTaps(monitor);
    const labels = Array.from({ length: 10 }, (_, i) => `class${i}`);
    const tracks = new Map<string, TrackStream>();
    let n = 0;
    // 10 sensors x 2000 frames, 40 detections of 10 classes each; score drifts half way.
    for (let frame = 1; frame <= 2000; frame++) {
      clock.advanceMs(FRAME_MS);
      for (let s = 0; s < 10; s++) {
        const sensor = `cam${s}`;
        taps.onImageStatistics(sensor, { mean: 100 + (frame % 7), std: 40 });
        taps.onDetections(detectionSet(sensor, frame, Array.from({ length: 40 }, (_, i) => [labels[i % 10]!, frame > 1000 ? 0.3 : 0.8] as const)));
        if (!tracks.has(sensor)) tracks.set(sensor, new TrackStream());
        taps.onTracks(trackSet(sensor, frame, tracks.get(sensor)!.update(() => (n++ % 3 === 0 ? 2 : 30))));
      }
    }
    const fp = monitor.footprint();
    expect(fp.sensors).toBe(4);
    expect(fp.windows).toBe(4 * (3 + 3)); // brightness, contrast, detections + 3 classes each
    expect(fp.windowSlots).toBeLessThanOrEqual(fp.windows * 64);
    expect(fp.windowValues).toBeLessThanOrEqual(fp.windows * 64);
    expect(fp.liveTracks).toBeLessThanOrEqual(4 * 31);
    const profile = monitor.profile!;
    expect(Object.keys(profile.sensors)).toEqual(["cam0", "cam1", "cam2", "cam3"]);
    for (const s of Object.values(profile.sensors)) {
      expect(Object.keys(s.features)).toHaveLength(6);
      for (const f of Object.values(s.features)) expect(f.sample.length).toBeLessThanOrEqual(40);
    }
    // Series: at most 4 sensors x 6 features (+ the short-lived alarm) per family.
    expect(await seriesCount(registry, "vigil_drift_psi")).toBe(4 * 6);
    expect(await seriesCount(registry, "vigil_drift_ks")).toBe(4 * 6);
    expect(await seriesCount(registry, "vigil_drift_alarm")).toBeLessThanOrEqual(4 * 7);
    expect(await seriesCount(registry, "vigil_drift_short_lived_increase")).toBe(4);
    expect(monitor.activeAlarms()).toEqual(["cam0", "cam1", "cam2", "cam3"].flatMap((s) => ["class0", "class1", "class2"].map((c) => `${s}/score:${c}`)));
    // The ignored sensors and classes are said, rate-limited (3 lines a minute per code).
    const limits = lines.filter((l) => l.code === "DRIFT_LIMIT_REACHED");
    expect(limits.length).toBeGreaterThan(0);
    expect(limits.length).toBeLessThanOrEqual(3 * 4);
  });
});
