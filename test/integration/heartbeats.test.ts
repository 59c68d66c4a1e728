// The runtime's heartbeats and sensor health, end to end in one process: real ZeroMQ
// sockets, the real detector, a frozen camera.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Push, Subscriber } from "zeromq";
import { decodeHeartbeat, type HeartbeatMessage } from "../../proto/index.js";
import { SystemClock } from "../../runtime/clock/index.js";
import { parsePipeline } from "../../runtime/config/index.js";
import { RuntimePipeline } from "../../runtime/graph/index.js";
import { encodeSensorFrame } from "../../runtime/ingest/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { createDetector, type Detector } from "../../runtime/perception/index.js";
import type { DetectionSetMessage } from "../../runtime/publish/index.js";
import { DEGRADED_INPUT_RULE, riskLevelName, type RiskAssessmentMessage } from "../../runtime/risk/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";

const PETS = (n: number): string => fixture("video", "PETS09-S2L1", `${String(n).padStart(6, "0")}.jpg`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeWithFixtures("heartbeats and sensor health in a running pipeline", ["models/yolox_nano.onnx", "video/PETS09-S2L1/000012.jpg"], () => {
  const clock = new SystemClock();
  let detector: Detector;
  beforeAll(async () => {
    detector = await createDetector({ model: fixture("models", "yolox_nano.onnx"), preset: "yolox", logger: silentLogger, clock, threads: 1 });
  });
  afterAll(async () => detector?.dispose());

  it("beats for every stage at the configured rate, and a frozen camera goes DEGRADED (SENSOR_FROZEN) with the risk raised to CAUTION", async () => {
    const config = parsePipeline({
      name: "hb",
      sensors: { cam0: {} },
      ingest: [{ endpoint: "tcp://127.0.0.1:*" }],
      output: { detections: { endpoint: "tcp://127.0.0.1:*" } },
      heartbeat: { publish: { endpoint: "tcp://127.0.0.1:*" }, period_ms: 25 },
      health: { image: { frozen_frames: 5, clear_frames: 2 } },
      logging: { stats_interval_ms: 0 },
    });
    const detections: DetectionSetMessage[] = [];
    const risk: RiskAssessmentMessage[] = [];
    const pipeline = await RuntimePipeline.start(config, {
      detector,
      clock,
      logger: silentLogger,
      onDetections: (m) => detections.push(m),
      onRisk: (m) => risk.push(m),
    });
    const beats: { atMs: number; beat: HeartbeatMessage }[] = [];
    const sub = new Subscriber({ receiveHighWaterMark: 10_000 });
    sub.connect(pipeline.endpoints.heartbeats!);
    sub.subscribe();
    const reading = (async () => {
      for await (const [msg] of sub) beats.push({ atMs: performance.now(), beat: decodeHeartbeat(msg!) });
    })();
    const push = new Push();
    push.connect(pipeline.endpoints.ingest[0]!);
    try {
      await sleep(300);
      // Before any frame: the listed sensor is silent and no stage has a frame.
      const first = beats.filter((b) => b.beat.component === "ingest" && b.beat.instance === "cam0").at(-1)!.beat;
      expect(first).toMatchObject({ state: "DEGRADED", reason: "SENSOR_SILENT", frameAgeNs: -1n });

      // 10 distinct frames, then the same frame 8 times (a frozen camera).
      const distinct = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => readFile(PETS(n))));
      const frozen = await readFile(PETS(12));
      let seq = 0n;
      const send = async (data: Uint8Array) => {
        await push.send(encodeSensorFrame({ sensorId: "cam0", seq: ++seq, captureTimeNs: clock.nowNs(), encoding: "jpeg", data }));
        await sleep(120);
      };
      for (const f of distinct) await send(f);
      const healthy = beats.filter((b) => b.beat.component === "ingest" && b.beat.instance === "cam0").at(-1)!.beat;
      expect(healthy.state).toBe("OK");
      for (let i = 0; i < 8; i++) await send(frozen);
      await sleep(200);

      // Every stage beat, about every 25 ms.
      const kinds = new Set(beats.map((b) => `${b.beat.component}/${b.beat.instance}`));
      expect([...kinds].sort()).toEqual(["detect/hb", "ingest/*", "ingest/cam0", "risk/hb", "track/hb"]);
      const detectBeats = beats.filter((b) => b.beat.component === "detect");
      const gaps = detectBeats.slice(1).map((b, i) => b.atMs - detectBeats[i]!.atMs).sort((a, b) => a - b);
      expect(gaps[Math.floor(gaps.length / 2)]!).toBeGreaterThan(15);
      expect(gaps[Math.floor(gaps.length / 2)]!).toBeLessThan(40);

      const cam = beats.filter((b) => b.beat.component === "ingest" && b.beat.instance === "cam0").at(-1)!.beat;
      expect(cam).toMatchObject({ state: "DEGRADED", reason: "SENSOR_FROZEN" });
      expect(Number(cam.frameAgeNs) / 1e6).toBeLessThan(500);
      const detect = beats.filter((b) => b.beat.component === "detect").at(-1)!.beat;
      expect(detect.state).toBe("OK");
      expect(Number(detect.frameAgeNs) / 1e6).toBeGreaterThan(0);
      expect(Number(detect.frameAgeNs) / 1e6).toBeLessThan(500);

      // The 5th identical frame on is degraded; the risk stage lifts CLEAR to CAUTION with a factor naming why.
      const frozenSets = detections.filter((d) => d.seq > 10n);
      expect(frozenSets.length).toBeGreaterThanOrEqual(6);
      expect(frozenSets.map((d) => (d.degradedReasons ?? []).includes("SENSOR_FROZEN"))).toEqual(frozenSets.map((d) => d.seq >= 15n));
      expect(detections.filter((d) => d.seq <= 10n).every((d) => d.degradedReasons === undefined)).toBe(true);
      const last = risk.at(-1)!;
      expect(last.degradedInput).toBe(true);
      expect(riskLevelName(last.level)).toBe("CAUTION");
      expect(last.factors.some((f) => f.rule === DEGRADED_INPUT_RULE && f.detail.includes("SENSOR_FROZEN"))).toBe(true);
    } finally {
      push.close();
      sub.close();
      await reading; // the iteration ends when the socket closes
      await pipeline.stop();
    }
  }, 60_000);
});
