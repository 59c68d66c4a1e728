import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { longToBigint, vigil } from "../../proto/index.js";
import { ManualClock } from "../../runtime/clock/index.js";
import { decodeDetectionSet } from "../../runtime/publish/index.js";
import { LogRecorder, RECORDER_LIBRARY, readMcapLog } from "../../runtime/record/index.js";
import { RiskLevel } from "../../runtime/risk/index.js";
import { MS, T0, countBy, detections, loadDescriptorSet, openIndexed, readAll, recordConfig, recordStep, risk, tempDir } from "./record-test-support.js";

const dirs: string[] = [];
const dir = (name: string): string => {
  const d = tempDir(name);
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const N = 5;

describe("LogRecorder: one log file, every channel", () => {
  it("writes protobuf schemas and exact counts per channel, in time order, and a DetectionSet reads back", async () => {
    const out = dir("rec-all");
    const clock = new ManualClock(T0);
    const recorder = await LogRecorder.open({ config: recordConfig(out), clock, source: "test" });
    for (let i = 1; i <= N; i++) {
      recordStep(recorder, i, clock.nowNs());
      clock.advanceMs(100);
    }
    const stats = await recorder.close();
    expect(stats.files).toEqual(["vigil-20250102T030405.678Z-000001.mcap"]);
    expect(stats.dropped).toEqual({});
    expect(stats.clips).toEqual([]);
    const path = join(out, stats.files[0]!);

    const { reader, file } = await openIndexed(path);
    try {
      expect(reader.header).toMatchObject({ profile: "", library: RECORDER_LIBRARY });
      const channels = [...reader.channelsById.values()];
      const schemaOf = new Map(channels.map((c) => [c.topic, reader.schemasById.get(c.schemaId)!]));
      expect(Object.fromEntries([...schemaOf].map(([topic, s]) => [topic, s.name]))).toEqual({
        "/vigil/frames": "vigil.v1.SensorFrame",
        "/cam0/image": "foxglove.CompressedImage",
        "/vigil/objects": "vigil.v1.ObjectList",
        "/vigil/model": "vigil.v1.ModelVersion",
        "/vigil/detections": "vigil.v1.DetectionSet",
        "/cam0/annotations": "foxglove.ImageAnnotations",
        "/vigil/tracks": "vigil.v1.TrackSet",
        "/vigil/risk": "vigil.v1.RiskAssessment",
        "/vigil/commands": "vigil.v1.ActuationCommand",
        "/vigil/heartbeats": "vigil.v1.Heartbeat",
      });
      for (const c of channels) expect(c.messageEncoding).toBe("protobuf");
      for (const schema of reader.schemasById.values()) {
        expect(schema.encoding).toBe("protobuf");
        // The schema is a FileDescriptorSet with the message's file and its imports, dependencies first.
        const { files, root } = loadDescriptorSet(schema.data);
        expect(root.lookupType(schema.name).fullName).toBe(`.${schema.name}`);
        const names = files.map((f) => f.name);
        for (const [i, f] of files.entries()) for (const dep of f.dependency ?? []) expect(names.indexOf(dep), `${f.name} needs ${dep}`).toBeLessThan(i);
        if (schema.name.startsWith("foxglove.")) expect(names).toContain("google/protobuf/timestamp.proto");
      }
      const counts = Object.fromEntries([...reader.statistics!.channelMessageCounts].map(([id, n]) => [reader.channelsById.get(id)!.topic, Number(n)]));
      expect(counts).toEqual({
        "/vigil/frames": N,
        "/cam0/image": N,
        "/vigil/objects": N,
        "/vigil/model": 1,
        "/vigil/detections": N,
        "/cam0/annotations": N,
        "/vigil/tracks": N,
        "/vigil/risk": N,
        "/vigil/commands": N,
        "/vigil/heartbeats": N,
      });
    } finally {
      await file.close();
    }

    const messages = await readAll(path);
    expect(messages).toHaveLength(9 * N + 1);
    for (let i = 1; i < messages.length; i++) expect(messages[i]!.logTime).toBeGreaterThanOrEqual(messages[i - 1]!.logTime);
    expect(messages[0]!.logTime).toBe(T0);
    expect(messages.at(-1)!.logTime).toBe(T0 + BigInt(N - 1) * 100n * MS);
    // Publish times are the messages' own times: capture, publish, decision, issue.
    const firstOf = (topic: string) => messages.find((m) => m.topic === topic)!;
    expect(firstOf("/vigil/frames").publishTime).toBe(T0);
    expect(firstOf("/vigil/detections").publishTime).toBe(T0 + 5n * MS);
    expect(firstOf("/vigil/risk").publishTime).toBe(T0 + 7n * MS);
    expect(firstOf("/vigil/commands").publishTime).toBe(T0 + 8n * MS);

    const third = messages.filter((m) => m.topic === "/vigil/detections")[2]!;
    const back = decodeDetectionSet(third.data);
    const sent = detections(3, T0 + 200n * MS);
    expect(back).toMatchObject({ sensorId: "cam0", seq: 3n, captureTimeNs: sent.captureTimeNs, publishTimeNs: sent.publishTimeNs, modelName: "yolox_nano", backend: "onnx-node", frameWidth: 640 });
    expect(back.detections.map((d) => [d.label, d.box])).toEqual([
      ["person", [10, 20, 110, 220]],
      ["car", [300.5, 100.25, 400, 180]],
    ]);
    const frameBack = vigil.v1.SensorFrame.decode(firstOf("/vigil/frames").data);
    expect(frameBack.sensorId).toBe("cam0");
    expect(frameBack.tags).toEqual({ scenario: "crossing" });
    const model = vigil.v1.ModelVersion.decode(firstOf("/vigil/model").data);
    expect(model).toMatchObject({ sensorId: "cam0", modelName: "yolox_nano", modelVersion: "1.0.0", backend: "onnx-node" });
    expect(longToBigint(model.timeNs)).toBe(T0);

    const log = await readMcapLog(path);
    expect(log.problem).toBeUndefined();
    expect(log.indexed).toBe(true);
    expect(log.messages).toHaveLength(messages.length);
    expect(log.metadata.get("vigil")).toEqual(new Map([["kind", "log"], ["source", "test"]]));
  });

  it("records the received bytes as they are when given", async () => {
    const out = dir("rec-raw");
    const clock = new ManualClock(T0);
    const recorder = await LogRecorder.open({ config: recordConfig(out, { channels: { foxglove: false } }), clock });
    const raw = vigil.v1.DetectionSet.encode({ sensorId: "cam9", modelName: "m", modelVersion: "2" }).finish();
    recorder.recordDetections(decodeDetectionSet(raw), raw);
    const stats = await recorder.close();
    const messages = await readAll(join(out, stats.files[0]!));
    expect(messages.map((m) => m.topic)).toEqual(["/vigil/model", "/vigil/detections"]);
    expect(Buffer.from(messages[1]!.data).equals(Buffer.from(raw))).toBe(true);
  });
});

describe("Foxglove image annotations", () => {
  it("draws each box as a 4-point LINE_LOOP labelled '<label> <score>', decoded with the schema in the file", async () => {
    const out = dir("rec-foxglove");
    const clock = new ManualClock(T0);
    const recorder = await LogRecorder.open({ config: recordConfig(out), clock });
    recordStep(recorder, 1, T0 - 30n * MS);
    const stats = await recorder.close();
    const log = await readMcapLog(join(out, stats.files[0]!));
    const channel = log.channels.find((c) => c.topic === "/cam0/annotations")!;
    expect(channel.schemaName).toBe("foxglove.ImageAnnotations");
    const type = loadDescriptorSet(channel.schemaData).root.lookupType("foxglove.ImageAnnotations");
    const message = log.messages.find((m) => m.topic === "/cam0/annotations")!;
    const annotations = type.toObject(type.decode(message.data), { enums: String, longs: String, defaults: true }) as {
      points: Array<{ type: string; points: Array<{ x: number; y: number }>; thickness: number; timestamp: { seconds: string; nanos: number } }>;
      texts: Array<{ text: string; position: { x: number; y: number } }>;
      circles: unknown[];
    };
    expect(annotations.circles).toEqual([]);
    expect(annotations.points).toHaveLength(2);
    expect(annotations.points[0]).toMatchObject({ type: "LINE_LOOP", thickness: 2 });
    expect(annotations.points[0]!.points).toEqual([
      { x: 10, y: 20 },
      { x: 110, y: 20 },
      { x: 110, y: 220 },
      { x: 10, y: 220 },
    ]);
    expect(annotations.points[1]!.points).toEqual([
      { x: 300.5, y: 100.25 },
      { x: 400, y: 100.25 },
      { x: 400, y: 180 },
      { x: 300.5, y: 180 },
    ]);
    expect(annotations.texts.map((t) => t.text)).toEqual(["person 0.87", "car 0.50"]);
    expect(annotations.texts[0]!.position).toEqual({ x: 10, y: 20 });
    // Stamped with the frame's capture time, as the image is: Foxglove pairs them.
    const capture = T0 - 30n * MS;
    expect(annotations.points[0]!.timestamp).toEqual({ seconds: String(capture / 1_000_000_000n), nanos: Number(capture % 1_000_000_000n) });
    const imageChannel = log.channels.find((c) => c.topic === "/cam0/image")!;
    const imageType = loadDescriptorSet(imageChannel.schemaData).root.lookupType("foxglove.CompressedImage");
    const image = imageType.toObject(imageType.decode(log.messages.find((m) => m.topic === "/cam0/image")!.data), { longs: String }) as { format: string; frame_id: string; timestamp: unknown };
    expect(image).toMatchObject({ format: "jpeg", frame_id: "cam0", timestamp: annotations.points[0]!.timestamp });
    expect(stats.imagesSkipped).toBe(0);
  });
});

describe("rotation and quota", () => {
  it("rotates by time on the clock: files named by their first record's UTC time, 10/10/10/5 messages", async () => {
    const out = dir("rec-seconds");
    const clock = new ManualClock(T0);
    const recorder = await LogRecorder.open({ config: recordConfig(out, { rotate_seconds: 1, channels: { foxglove: false, model: false } }), clock });
    for (let i = 1; i <= 35; i++) {
      recorder.recordDetections(detections(i, clock.nowNs()));
      clock.advanceMs(100);
    }
    const stats = await recorder.close();
    expect(stats.files).toEqual([
      "vigil-20250102T030405.678Z-000001.mcap",
      "vigil-20250102T030406.678Z-000002.mcap",
      "vigil-20250102T030407.678Z-000003.mcap",
      "vigil-20250102T030408.678Z-000004.mcap",
    ]);
    expect(readdirSync(out).sort()).toEqual(stats.files);
    const perFile = await Promise.all(stats.files.map((f) => readAll(join(out, f))));
    expect(perFile.map((m) => m.length)).toEqual([10, 10, 10, 5]);
    perFile.forEach((messages, k) => {
      const start = T0 + BigInt(k) * 1000n * MS;
      for (const m of messages) expect(m.logTime - start).toBeLessThan(1000n * MS);
    });
    expect(stats.written).toEqual({ "/vigil/detections": 35 });
  });

  it("rotates by size: no file's records pass rotate_bytes, and nothing is lost between files", async () => {
    const out = dir("rec-bytes");
    const clock = new ManualClock(T0);
    const rotate = 8 * 1024;
    const recorder = await LogRecorder.open({ config: recordConfig(out, { rotate_bytes: rotate, chunk_bytes: 2048, channels: { foxglove: false } }), clock });
    for (let i = 1; i <= 200; i++) {
      recorder.recordDetections(detections(i, clock.nowNs()));
      clock.advanceMs(10);
    }
    const stats = await recorder.close();
    expect(stats.files.length).toBeGreaterThan(3);
    let seqs: bigint[] = [];
    for (const f of stats.files) {
      const messages = await readAll(join(out, f));
      // Each file repeats the model record, so it says what produced what follows.
      expect(messages[0]!.topic).toBe("/vigil/model");
      seqs = seqs.concat(messages.filter((m) => m.topic === "/vigil/detections").map((m) => decodeDetectionSet(m.data).seq));
      // Records stay within rotate_bytes; the header, index and summary add a bounded amount.
      expect(statSync(join(out, f)).size).toBeLessThan(rotate + 4096);
    }
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => BigInt(i + 1)));
    expect(stats.written["/vigil/detections"]).toBe(200);
    expect(stats.written["/vigil/model"]).toBe(stats.files.length);
  });

  it("keeps the directory under max_total_bytes: oldest deleted first (earlier runs' files too), counted; other files untouched", async () => {
    const out = dir("rec-quota");
    // Files an earlier run left: two logs and a clip, older than anything recorded now.
    const old = ["vigil-20240101T000000.000Z-000001.mcap", "clip-20240101T000001.000Z-cam0-000001.mcap", "vigil-20240101T000002.000Z-000002.mcap"];
    for (const name of old) writeFileSync(join(out, name), Buffer.alloc(3000));
    writeFileSync(join(out, "notes.txt"), "not a recording");
    writeFileSync(join(out, "other-20240101T000000.000Z-000001.mcap"), Buffer.alloc(50_000)); // another prefix: not ours
    const clock = new ManualClock(T0);
    const max = 12_000;
    const recorder = await LogRecorder.open({ config: recordConfig(out, { rotate_seconds: 1, rotate_bytes: 4096, max_total_bytes: max, channels: { foxglove: false } }), clock });
    for (let i = 1; i <= 60; i++) {
      recorder.recordDetections(detections(i, clock.nowNs()));
      clock.advanceMs(100);
    }
    const stats = await recorder.close();
    const ours = readdirSync(out)
      .filter((f) => f.startsWith("vigil-") || f.startsWith("clip-"))
      .sort();
    const total = ours.reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
    expect(total).toBeLessThanOrEqual(max);
    // The earlier run's files went first, then this run's oldest: what is left is this run's newest.
    for (const name of old) expect(ours).not.toContain(name);
    expect(ours).toEqual(stats.files.slice(stats.files.length - ours.length));
    expect(ours.length).toBeGreaterThan(0);
    expect(stats.deletedFiles).toBe(old.length + stats.files.length - ours.length);
    expect(stats.deletedBytes).toBeGreaterThanOrEqual(3 * 3000);
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("not a recording");
    expect(statSync(join(out, "other-20240101T000000.000Z-000001.mcap")).size).toBe(50_000);
  });

  it("drops what does not fit in max_queue_bytes, counted per channel, without blocking the caller", async () => {
    const out = dir("rec-queue");
    const clock = new ManualClock(T0);
    const recorder = await LogRecorder.open({ config: recordConfig(out, { max_queue_bytes: 4096, channels: { foxglove: false, model: false } }), clock });
    // All at once, in one turn of the event loop: the writer cannot drain in between.
    for (let i = 1; i <= 100; i++) recorder.recordDetections(detections(i, clock.nowNs()));
    expect(recorder.queuedBytes).toBeLessThanOrEqual(4096);
    const stats = await recorder.close();
    const written = stats.written["/vigil/detections"]!;
    expect(written).toBeGreaterThan(0);
    expect(stats.dropped["/vigil/detections"]).toBe(100 - written);
    expect((await readAll(join(out, stats.files[0]!))).length).toBe(written);
  });
});

describe("event clips", () => {
  it("cuts a clip from pre_roll_ms before the first WARNING to post_roll_ms after the last one", async () => {
    const out = dir("rec-clip");
    const clock = new ManualClock(T0);
    const recorder = await LogRecorder.open({ config: recordConfig(out, { clips: { pre_roll_ms: 1000, post_roll_ms: 500 } }), clock });
    const at = (i: number): bigint => T0 + BigInt(i) * 100n * MS;
    // WARNING on steps 30..34 and DANGER on 50 (a second event), CAUTION on 40 (below min_level), CLEAR elsewhere.
    const levelAt = (i: number): RiskLevel =>
      i >= 30 && i <= 34 ? RiskLevel.RISK_LEVEL_WARNING : i === 50 ? RiskLevel.RISK_LEVEL_DANGER : i === 40 ? RiskLevel.RISK_LEVEL_CAUTION : RiskLevel.RISK_LEVEL_CLEAR;
    for (let i = 0; i < 70; i++) {
      clock.set(at(i));
      recordStep(recorder, i, at(i), levelAt(i));
    }
    const stats = await recorder.close();
    expect(stats.clips).toEqual(["clip-20250102T030408.678Z-cam0-000001.mcap", "clip-20250102T030410.678Z-cam0-000002.mcap"]);

    const first = await readMcapLog(join(out, stats.clips[0]!));
    expect(first.problem).toBeUndefined();
    const times = first.messages.map((m) => m.logTimeNs);
    // Exactly [trigger - pre-roll, last warning + post-roll] = [step 20, step 39].
    expect(times[0]).toBe(at(20));
    expect(times.at(-1)).toBe(at(39));
    for (const t of times) {
      expect(t).toBeGreaterThanOrEqual(at(30) - 1000n * MS);
      expect(t).toBeLessThanOrEqual(at(34) + 500n * MS);
    }
    // Every step from 20 to 39 is in it whole: 9 messages a step, plus the model record.
    const steps = countBy(first.messages.filter((m) => m.topic === "/vigil/risk"), (m) => String(vigil.v1.RiskAssessment.decode(m.data).seq));
    expect(Object.keys(steps).map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, k) => 20 + k));
    expect(first.messages.filter((m) => m.topic !== "/vigil/model")).toHaveLength(20 * 9);
    expect(first.messages.filter((m) => m.topic === "/vigil/model")).toHaveLength(1);
    expect(first.metadata.get("vigil")).toEqual(
      new Map([
        ["assessment_id", "cam0:30"],
        ["kind", "clip"],
        ["level", String(RiskLevel.RISK_LEVEL_WARNING)],
        ["sensor_id", "cam0"],
        ["source", "vigil"],
        ["trigger_ns", String(at(30))],
      ]),
    );
    const second = await readMcapLog(join(out, stats.clips[1]!));
    const t2 = second.messages.map((m) => m.logTimeNs);
    expect(t2[0]).toBe(at(40));
    expect(t2.at(-1)).toBe(at(55));
    expect(stats.clipMessages).toBe(first.messages.length + second.messages.length);
    // The log itself has everything.
    expect(stats.written["/vigil/risk"]).toBe(70);
  });

  it("makes no clip below min_level, and none when clips are off", async () => {
    for (const clips of [{ min_level: "DANGER" }, { enabled: false }]) {
      const out = dir("rec-noclip");
      const clock = new ManualClock(T0);
      const recorder = await LogRecorder.open({ config: recordConfig(out, { clips }), clock });
      recorder.recordRisk(risk(1, T0, RiskLevel.RISK_LEVEL_WARNING));
      const stats = await recorder.close();
      expect(stats.clips).toEqual([]);
    }
  });
});

describe("determinism", () => {
  it("gives byte-identical files for the same inputs on the same clock", async () => {
    const run = async (): Promise<{ dir: string; files: string[] }> => {
      const out = dir("rec-det");
      const clock = new ManualClock(T0);
      const recorder = await LogRecorder.open({ config: recordConfig(out, { rotate_seconds: 2, clips: { pre_roll_ms: 500, post_roll_ms: 500 } }), clock });
      for (let i = 0; i < 40; i++) {
        clock.set(T0 + BigInt(i) * 100n * MS);
        recordStep(recorder, i, clock.nowNs(), i === 25 ? RiskLevel.RISK_LEVEL_DANGER : RiskLevel.RISK_LEVEL_CLEAR);
      }
      await recorder.close();
      return { dir: out, files: readdirSync(out).sort() };
    };
    const a = await run();
    const b = await run();
    expect(a.files).toEqual(b.files);
    expect(a.files.length).toBe(3); // two log files and one clip
    for (const f of a.files) expect(Buffer.compare(readFileSync(join(a.dir, f)), readFileSync(join(b.dir, f))), f).toBe(0);
  });
});

describe("a disk that fails", () => {
  it("stops recording with RECORD_WRITE_FAILED, counts what it drops, and never throws at the caller", async () => {
    const out = dir("rec-fail");
    const clock = new ManualClock(T0);
    const recorder = await LogRecorder.open({ config: recordConfig(out, { rotate_seconds: 1, channels: { foxglove: false, model: false } }), clock });
    for (let i = 1; i <= 5; i++) {
      recorder.recordDetections(detections(i, clock.nowNs()));
      clock.advanceMs(100);
    }
    // The folder goes away under the recorder: the next file cannot be created.
    await new Promise((r) => setTimeout(r, 50));
    rmSync(out, { recursive: true, force: true });
    clock.advanceMs(1000);
    for (let i = 6; i <= 10; i++) expect(() => recorder.recordDetections(detections(i, clock.nowNs()))).not.toThrow();
    const stats = await recorder.close();
    expect(stats.failure).toMatch(/recording to .* stopped/);
    expect(stats.written["/vigil/detections"]).toBe(5);
    expect(stats.dropped["/vigil/detections"]).toBe(5);
    // After the failure every record is a counted drop.
    recorder.recordDetections(detections(11, clock.nowNs()));
    expect(recorder.stats().dropped["/vigil/detections"]).toBe(6);
  });
});

