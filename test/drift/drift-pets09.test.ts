// The issue's test: "The drift alarm fires on the PETS09-S2L1 frames darkened by 60% and stays
// quiet on the originals". Real parts throughout: frames over ZeroMQ into an in-process
// RuntimePipeline, the yolox_nano detector, the tracker, sensor health's thumbnail statistics,
// and a DriftMonitor fed by driftTaps, on a virtual clock (one frame every 250 ms).
// Every second frame keeps it short: the odd frames (75) are learnt as the reference
// (reference.learn_minutes = 75 x 250 ms), the even frames (75) must then raise nothing, and
// the same even frames darkened by 60% (sharp linear(0.4, 0), JPEG again) must raise the
// brightness alarm at the first evaluation that sees them.
import { readFileSync, readdirSync, rmSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Registry } from "prom-client";
import sharp from "sharp";
import { Push } from "zeromq";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ManualClock } from "../../runtime/clock/index.js";
import { DriftConfigSchema } from "../../runtime/config/drift-config.js";
import { parsePipeline } from "../../runtime/config/index.js";
import { driftTaps, loadDriftProfile, openDriftMonitor, type DriftAlarmEvent, type DriftMonitor, type DriftSnapshot } from "../../runtime/drift/index.js";
import { RuntimePipeline } from "../../runtime/graph/index.js";
import { encodeSensorFrame } from "../../runtime/ingest/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { createDetector, type Detector } from "../../runtime/perception/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";
import { capturingLogger, metricValue } from "./drift-test-support.js";

const FRAME_MS = 250;
const PHASE = 75;
const FEATURES = ["brightness", "contrast", "detections_per_frame", "score:person", "score:car", "score:truck"];

describeWithFixtures("drift on PETS09-S2L1: quiet on the original frames, alarmed on the frames darkened by 60%", ["video/PETS09-S2L1", "models/yolox_nano.onnx"], () => {
  const clock = new ManualClock(1_700_000_000_000_000_000n);
  const dir = mkdtempSync(join(tmpdir(), "vigil-drift-pets-"));
  let detector: Detector;
  let odd: Buffer[];
  let even: Buffer[];
  let darkened: Buffer[];

  beforeAll(async () => {
    detector = await createDetector({ model: fixture("models", "yolox_nano.onnx"), preset: "yolox", logger: silentLogger, clock });
    const frames = readdirSync(fixture("video", "PETS09-S2L1"))
      .filter((f) => f.endsWith(".jpg"))
      .sort()
      .map((f) => readFileSync(fixture("video", "PETS09-S2L1", f)));
    expect(frames).toHaveLength(150);
    odd = frames.filter((_, i) => i % 2 === 0); // 000001, 000003, ...
    even = frames.filter((_, i) => i % 2 === 1); // 000002, 000004, ...
    darkened = await Promise.all(even.map((jpeg) => sharp(jpeg).linear(0.4, 0).jpeg().toBuffer()));
  });
  afterAll(async () => {
    await detector?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("learns the reference from the odd frames, raises nothing on the even ones, and raises brightness (and more) on them darkened", async () => {
    const referenceFile = join(dir, "reference.json");
    const events: DriftAlarmEvent[] = [];
    const registry = new Registry();
    const { logger, lines } = capturingLogger();
    const config = parsePipeline({
      max_frame_age_ms: 600_000,
      ingest: [{ endpoint: "tcp://127.0.0.1:*" }],
      output: { detections: { endpoint: "tcp://127.0.0.1:*" } },
      logging: { stats_interval_ms: 0 },
    });
    const drift = DriftConfigSchema.parse({
      window_frames: PHASE,
      evaluate_every_frames: 25,
      reference: { file: referenceFile, learn_minutes: (PHASE * FRAME_MS) / 60_000 },
    });
    const monitor: DriftMonitor = await openDriftMonitor({ config: drift, clock, logger, registry, referenceFile, onAlarm: (e) => events.push(e) });
    const taps = driftTaps(monitor);
    const seen = { detections: 0, tracks: 0, images: 0 };
    const pipeline = await RuntimePipeline.start(config, {
      detector,
      clock,
      logger: silentLogger,
      onDetections: (m) => {
        taps.onDetections(m);
        seen.detections++;
      },
      onTracks: (m) => {
        taps.onTracks(m);
        seen.tracks++;
      },
    });
    // Sensor health's image checks hand their thumbnail statistics over: nothing is decoded twice.
    pipeline.health.onImageStatistics((sensorId, stats) => {
      taps.onImageStatistics(sensorId, stats);
      seen.images++;
    });
    const push = new Push({ sendHighWaterMark: 4, linger: 0 });
    push.connect(pipeline.endpoints.ingest[0]!);
    let seq = 0;
    // Per evaluation (every 25 frames), the snapshot of every feature.
    const evaluations: Array<{ phase: string; frame: number; snapshot: DriftSnapshot["sensors"][string] }> = [];
    const play = async (phase: string, jpegs: Buffer[]): Promise<void> => {
      for (const data of jpegs) {
        clock.advanceMs(FRAME_MS);
        seq++;
        await push.send(encodeSensorFrame({ sensorId: "cam0", seq: BigInt(seq), captureTimeNs: clock.nowNs(), sentTimeNs: clock.nowNs(), encoding: "jpeg", data }));
        // One frame at a time: its detections, tracks and image statistics are in before the next goes.
        for (const deadline = Date.now() + 60_000; seen.detections < seq || seen.tracks < seq || seen.images < seq; ) {
          if (Date.now() > deadline) throw new Error(`frame ${seq} not through in 60 s: ${JSON.stringify(seen)}`);
          await new Promise((r) => setTimeout(r, 2));
        }
        if (seq % 25 === 0 && !monitor.learning) evaluations.push({ phase, frame: seq, snapshot: structuredClone(monitor.snapshot().sensors.cam0!) });
      }
    };
    try {
      await play("reference", odd);
      expect(monitor.learning).toBe(true);
      await play("originals", even);
      expect(monitor.learning).toBe(false);
      const quiet = [...events];
      const alarmGaugeOnOriginals = await metricValue(registry, "vigil_drift_alarm", { sensor: "cam0", feature: "brightness" });
      await play("darkened", darkened);

      // Nothing dropped or stale: every frame went through the model, the tracker and the image checks.
      const summary = await pipeline.stop();
      expect(summary.counters.sensors.cam0).toMatchObject({ received: 225, processed: 225, dropped: 0, stale: 0, failed: 0 });
      expect(seen).toEqual({ detections: 225, tracks: 225, images: 225 });

      // The reference: the 75 odd frames, frozen at the first even one and saved to reference.file.
      const reference = await loadDriftProfile(referenceFile);
      expect(reference).toEqual(monitor.profile);
      expect(reference.source).toBe("learnt");
      const cam = reference.sensors.cam0!;
      expect(cam.frames).toBe(PHASE);
      expect(cam.features.brightness!.count).toBe(PHASE);
      expect(cam.features.brightness!.sample).toHaveLength(PHASE);
      // PETS09-S2L1 is a bright scene (mean grey ~125 of 255): all in the 120..128 bin.
      expect(cam.features.brightness!.counts[15]).toBe(PHASE);
      expect(cam.features["score:person"]!.count).toBeGreaterThan(5 * PHASE);

      // The originals: evaluated at frames 100, 125 and 150, nothing raised.
      expect(quiet).toEqual([]);
      const onOriginals = evaluations.filter((e) => e.phase === "originals");
      expect(onOriginals.map((e) => e.frame)).toEqual([100, 125, 150]);
      for (const { frame, snapshot } of onOriginals) {
        for (const f of ["brightness", "contrast", "detections_per_frame", "score:person"]) {
          const e = snapshot.features[f]!;
          expect(e, `${f} at ${frame}`).toBeDefined();
          expect(e.timeNs).toBe(1_700_000_000_000_000_000n + BigInt(frame * FRAME_MS) * 1_000_000n);
          expect(e.psi, `${f} psi at ${frame}`).toBeLessThan(drift.psi_threshold);
          expect(e.ks, `${f} ks at ${frame}`).toBeLessThan(drift.ks_threshold);
          expect(e.alarm).toBe(false);
        }
      }
      expect(alarmGaugeOnOriginals).toBe(0);

      // Darkened by 60%: the brightness alarm rises at the first evaluation (frame 175: 25 dark frames of 75 in the window).
      const brightness = events.find((e) => e.feature === "brightness")!;
      expect(brightness).toMatchObject({ sensorId: "cam0", state: "alarm", windowFrames: PHASE, statistic: "psi", threshold: 0.25 });
      expect(brightness.timeNs).toBe(1_700_000_000_000_000_000n + BigInt(175 * FRAME_MS) * 1_000_000n);
      expect(brightness.value).toBeGreaterThan(2);
      expect(events.every((e) => e.state === "alarm")).toBe(true);
      expect(events.map((e) => e.feature)).toContain("contrast");
      const atEnd = evaluations.at(-1)!.snapshot.features;
      expect(atEnd.brightness!.ks).toBe(1);
      expect(atEnd.contrast!.ks).toBe(1);
      expect(await metricValue(registry, "vigil_drift_alarm", { sensor: "cam0", feature: "brightness" })).toBe(1);
      expect(await metricValue(registry, "vigil_drift_alarms_total", { sensor: "cam0", feature: "brightness" })).toBe(1);
      expect(monitor.activeAlarms()).toContain("cam0/brightness");
      expect(lines.filter((l) => l.code === "DRIFT_ALARM" && l.state === "alarm").map((l) => l.feature)).toEqual(events.map((e) => e.feature));

      // VIGIL_DRIFT_FIGURES=out.json: the PSI / KS of every evaluation, for the docs.
      if (process.env.VIGIL_DRIFT_FIGURES !== undefined) {
        const rows = evaluations.map(({ phase, frame, snapshot }) => ({
          phase,
          frame,
          ...Object.fromEntries(FEATURES.map((f) => [f, snapshot.features[f] ? `${snapshot.features[f].psi.toFixed(3)}/${snapshot.features[f].ks.toFixed(3)}` : "-"])),
          short_lived: snapshot.shortLived ? `${snapshot.shortLived.referenceFraction.toFixed(2)}->${snapshot.shortLived.windowFraction.toFixed(2)}` : "-",
        }));
        writeFileSync(process.env.VIGIL_DRIFT_FIGURES, JSON.stringify({ rows, events: events.map((e) => ({ ...e, timeNs: String(e.timeNs) })) }, null, 1));
      }
    } finally {
      push.close();
      await pipeline.stop();
    }
  }, 300_000);
});
