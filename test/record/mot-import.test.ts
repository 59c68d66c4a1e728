import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseMotText } from "../../runtime/eval/index.js";
import { ManualClock } from "../../runtime/clock/index.js";
import { FrameValidator } from "../../runtime/ingest/index.js";
import { decodeDetectionSet } from "../../runtime/publish/index.js";
import { loadDetector } from "../../runtime/cli/run-command.js";
import { loadPipeline } from "../../runtime/config/index.js";
import { campaignReport, evaluateCampaign } from "../../runtime/eval/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { importMotSequence, LABELS_TOPIC, readMcapLog, replayLog, sequenceInputFromLogs, type McapLog } from "../../runtime/record/index.js";
import { decodeTrackSet } from "../../runtime/tracking/index.js";
import { describeWithFixtures, fixture, REPO_ROOT } from "../fixtures.js";
import { startVigil } from "../vigil-process.js";

const SEQ = "tracking/PETS09-S2L1";
const FRAMES = "video/PETS09-S2L1";
const START_NS = 946_684_800_000_000_000n; // 2000-01-01T00:00:00Z, the CLI's default
const PERIOD_NS = 142_857_143n; // 7 fps

describeWithFixtures("vigil import mot (PETS09-S2L1 with its frames)", [`${SEQ}/seqinfo.ini`, `${SEQ}/det/det.txt`, `${SEQ}/gt/gt.txt`, `${FRAMES}/000150.jpg`, "models/yolox_nano.onnx"], () => {
  let dir: string;
  let log: McapLog;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "vigil-import-"));
    await importMotSequence({ seqDir: fixture(SEQ), framesDir: fixture(FRAMES), out: join(dir, "a.mcap"), startNs: START_NS });
    log = await readMcapLog(join(dir, "a.mcap"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes one frame, one DetectionSet and one ground-truth TrackSet per frame, at the sequence's frame rate", () => {
    expect(log.problem).toBeUndefined();
    expect(log.indexed).toBe(true);
    const count = (topic: string) => log.messages.filter((m) => m.topic === topic).length;
    expect([count("/vigil/frames"), count("/vigil/detections"), count(LABELS_TOPIC)]).toEqual([150, 150, 150]);
    expect(log.channels.map((c) => [c.topic, c.schemaName, c.messageEncoding])).toEqual([
      ["/vigil/frames", "vigil.v1.SensorFrame", "protobuf"],
      ["/vigil/detections", "vigil.v1.DetectionSet", "protobuf"],
      [LABELS_TOPIC, "vigil.v1.TrackSet", "protobuf"],
    ]);
    const frames = log.messages.filter((m) => m.topic === "/vigil/frames");
    frames.forEach((m, i) => expect(m.logTimeNs).toBe(START_NS + BigInt(i) * PERIOD_NS));
    const v = new FrameValidator({ maxMessageBytes: 1 << 24, clock: new ManualClock(START_NS) }).validate(frames[41]!.data);
    if (!v.ok) throw new Error(`frame 42 does not validate: ${v.code}`);
    const f42 = v.item;
    expect([f42.seq, f42.sensorId, f42.width, f42.height]).toEqual([42n, "PETS09-S2L1", 768, 576]);
    expect(Buffer.from(f42.data).equals(readFileSync(fixture(FRAMES, "000042.jpg")))).toBe(true);
  });

  it("carries every det.txt and gt.txt row of frames 1-150, boxes as x1 y1 x2 y2", () => {
    const det = parseMotText(readFileSync(fixture(SEQ, "det", "det.txt"), "utf8"), "det.txt");
    const gt = parseMotText(readFileSync(fixture(SEQ, "gt", "gt.txt"), "utf8"), "gt.txt");
    const sets = log.messages.filter((m) => m.topic === "/vigil/detections").map((m) => decodeDetectionSet(m.data));
    const labels = log.messages.filter((m) => m.topic === LABELS_TOPIC).map((m) => decodeTrackSet(m.data));
    expect(sets.reduce((n, s) => n + s.detections.length, 0)).toBe(det.length);
    expect(labels.reduce((n, s) => n + s.tracks.length, 0)).toBe(gt.length);
    const r = gt.find((row) => row.frame === 100)!;
    const t = labels[99]!.tracks.find((x) => x.trackId === r.id)!;
    // float32 on the wire
    expect(t.box[0]).toBeCloseTo(r.left, 3);
    expect(t.box[3]).toBeCloseTo(r.top + r.height, 3);
    expect(t.score).toBe(r.conf);
  });

  it("is byte-identical when imported again, and the CLI refuses an existing --out or a missing folder", async () => {
    const cli = startVigil(["import", "mot", fixture(SEQ), "--frames", fixture(FRAMES), "--out", join(dir, "b.mcap")]);
    expect(await cli.exited).toBe(0);
    expect(cli.stdout()).toContain("PETS09-S2L1: 150 frames (150 images), 828 detections, 873 ground-truth boxes");
    expect(readFileSync(join(dir, "b.mcap")).equals(readFileSync(join(dir, "a.mcap")))).toBe(true);
    const again = startVigil(["import", "mot", fixture(SEQ), "--out", join(dir, "b.mcap")]);
    expect(await again.exited).toBe(1);
    expect(again.stderr()).toMatch(/exist/i);
    const missing = startVigil(["import", "mot", join(dir, "no-such-seq"), "--out", join(dir, "c.mcap")]);
    expect(await missing.exited).toBe(2);
    expect(missing.stderr()).toContain("MOT_FILE_INVALID");
  }, 60_000);

  it("replays the whole import through yolox_nano and scores it against the sequence's ground truth", async () => {
    const { config, path } = await loadPipeline(join(REPO_ROOT, "pipelines", "camera.yaml"));
    const clock = new ManualClock();
    const detector = await loadDetector(config, path, { model: fixture("models", "yolox_nano.onnx") }, silentLogger, clock);
    let summary;
    try {
      summary = await replayLog({ log: join(dir, "a.mcap"), config, detector, clock, out: join(dir, "yolox.mcap"), speed: "max" });
    } finally {
      await detector.dispose();
    }
    expect(summary).toMatchObject({ input: "frames", inputs: 150, rejected: 0, failed: 0 });
    const report = campaignReport(evaluateCampaign([sequenceInputFromLogs(await readMcapLog(join(dir, "yolox.mcap")), log)]), { resamples: 10 });
    const person = report.detection!.classes.person!;
    // Scored against gt.txt's boxes with consider flag 1 (the others are ignore regions).
    const considered = parseMotText(readFileSync(fixture(SEQ, "gt", "gt.txt"), "utf8"), "gt.txt").filter((r) => r.conf !== 0).length;
    expect(considered).toBeLessThan(873);
    expect(person.num_gt.value).toBe(considered);
    expect(person.recall.value!).toBeCloseTo(person.num_tp.value! / considered, 9);
    expect(person.recall.value!).toBeGreaterThan(0.7);
    expect(person.ap.value!).toBeGreaterThan(0.6);
    expect(report.mot!.num_objects.value).toBe(considered);
    expect(report.mot!.mota.value!).toBeGreaterThan(0);
  }, 120_000);
});
