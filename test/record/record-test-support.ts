// Builders for the recorder tests: a record config, one message of each kind at a time,
// and the MCAP / protobuf readers the assertions use.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { McapIndexedReader } from "@mcap/core";
import protobuf from "protobufjs";
import descriptor from "protobufjs/ext/descriptor.js";
import type { ActuationCommandMessage, HeartbeatMessage } from "../../proto/index.js";
import { RecordConfigSchema, type RecordConfig } from "../../runtime/config/index.js";
import type { FrameItem, ObjectsItem } from "../../runtime/ingest/index.js";
import type { DetectionSetMessage } from "../../runtime/publish/index.js";
import { FileReadable, type LogRecorder } from "../../runtime/record/index.js";
import { RiskLevel, type RiskAssessmentMessage } from "../../runtime/risk/index.js";
import type { TrackSetMessage } from "../../runtime/tracking/index.js";

/** 2025-01-02T03:04:05.678Z */
export const T0 = 1_735_787_045_678_000_000n;
export const MS = 1_000_000n;

export const tempDir = (name: string): string => mkdtempSync(join(tmpdir(), `vigil-${name}-`));

/** The record section with the schema's defaults, overridden. */
export function recordConfig(dir: string, overrides: Record<string, unknown> = {}): RecordConfig {
  return RecordConfigSchema.parse({ enabled: true, dir, ...overrides });
}

/** A tiny "JPEG": the recorder never decodes pixels, it only carries them. */
export const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);

export function frame(seq: number, t: bigint, sensorId = "cam0"): FrameItem {
  return { type: "frame", sensorId, seq: BigInt(seq), captureTimeNs: t, sentTimeNs: t + MS, receivedNs: t + 2n * MS, encoding: "jpeg", width: 640, height: 480, data: JPEG, tags: { scenario: "crossing" } };
}

export function objects(seq: number, t: bigint, sensorId = "radar0"): ObjectsItem {
  return { type: "objects", sensorId, seq: BigInt(seq), captureTimeNs: t, sentTimeNs: t, receivedNs: t, objects: [{ objectId: 7, label: "person", classId: 0, score: 0.75, ground: { xM: 1, yM: 5, vxMps: 0, vyMps: -1 } }], tags: {} };
}

export function detections(seq: number, t: bigint, sensorId = "cam0"): DetectionSetMessage {
  return {
    sensorId,
    seq: BigInt(seq),
    captureTimeNs: t,
    publishTimeNs: t + 5n * MS,
    modelName: "yolox_nano",
    modelVersion: "1.0.0",
    backend: "onnx-node",
    frameWidth: 640,
    frameHeight: 480,
    detections: [
      { classId: 0, label: "person", score: 0.87, box: [10, 20, 110, 220] },
      { classId: 2, label: "car", score: 0.5, box: [300.5, 100.25, 400, 180] },
    ],
    timings: { inference: 3_000_000n, total: 5_000_000n },
  };
}

export function tracks(seq: number, t: bigint, sensorId = "cam0"): TrackSetMessage {
  return {
    sensorId,
    seq: BigInt(seq),
    captureTimeNs: t,
    publishTimeNs: t + 6n * MS,
    modelName: "yolox_nano",
    modelVersion: "1.0.0",
    tracks: [{ trackId: 1, classId: 0, label: "person", score: 0.87, box: [10, 20, 110, 220], velocity: [1, 2], ageNs: 100n * MS, hits: 3, state: "confirmed" }],
    timings: { tracking: 100_000n },
  };
}

export function risk(seq: number, t: bigint, level: RiskLevel = RiskLevel.RISK_LEVEL_CLEAR, sensorId = "cam0"): RiskAssessmentMessage {
  return {
    assessmentId: `${sensorId}:${seq}`,
    sensorId,
    seq: BigInt(seq),
    captureTimeNs: t,
    decisionTimeNs: t + 7n * MS,
    level,
    rawLevel: level,
    factors: level === RiskLevel.RISK_LEVEL_CLEAR ? [] : [{ trackId: 1n, rule: "person-near", zone: "", level, ttcS: -1, distanceM: 4, detail: "person 4 m away" }],
    modelName: "yolox_nano",
    modelVersion: "1.0.0",
    degradedInput: false,
  };
}

export function command(seq: number, t: bigint): ActuationCommandMessage {
  return { machineId: "forklift-1", seq: BigInt(seq), issuedTimeNs: t + 8n * MS, validUntilNs: t + 308n * MS, kind: "PROCEED", source: "PERCEPTION", maxSpeedMps: 0, reason: "clear", assessmentId: `cam0:${seq}`, origin: "arbiter" };
}

export function heartbeat(seq: number, t: bigint): HeartbeatMessage {
  return { component: "track", instance: "demo", seq: BigInt(seq), timeNs: t, state: "OK", reason: "", frameAgeNs: 20n * MS, latencyNs: MS, queueDepth: 0, counters: { handled: seq } };
}

/** One message of every kind for step i at time t. */
export function recordStep(recorder: LogRecorder, i: number, t: bigint, level: RiskLevel = RiskLevel.RISK_LEVEL_CLEAR): void {
  recorder.recordFrame(frame(i, t));
  recorder.recordObjects(objects(i, t));
  recorder.recordDetections(detections(i, t));
  recorder.recordTracks(tracks(i, t));
  recorder.recordRisk(risk(i, t, level));
  recorder.recordCommand(command(i, t));
  recorder.recordHeartbeat(heartbeat(i, t));
}

/** Opens an MCAP file with @mcap/core's indexed reader; close the readable when done. */
export async function openIndexed(path: string): Promise<{ reader: McapIndexedReader; file: FileReadable }> {
  const file = await FileReadable.open(path);
  return { reader: await McapIndexedReader.Initialize({ readable: file }), file };
}

/** Every message of a file through the indexed reader, with its topic. */
export async function readAll(path: string): Promise<Array<{ topic: string; schema: string; logTime: bigint; publishTime: bigint; data: Uint8Array }>> {
  const { reader, file } = await openIndexed(path);
  try {
    const out = [];
    for await (const m of reader.readMessages()) {
      const channel = reader.channelsById.get(m.channelId)!;
      out.push({ topic: channel.topic, schema: reader.schemasById.get(channel.schemaId)!.name, logTime: m.logTime, publishTime: m.publishTime, data: m.data });
    }
    return out;
  } finally {
    await file.close();
  }
}

export type FileProto = descriptor.IFileDescriptorProto & { name: string; package: string; dependency: string[] };

/** A schema record's FileDescriptorSet, decoded with protobufjs's descriptor extension, and the root it makes. */
export function loadDescriptorSet(data: Uint8Array): { files: FileProto[]; root: protobuf.Root } {
  const set = descriptor.FileDescriptorSet.decode(data) as unknown as { file: FileProto[] };
  return { files: set.file, root: protobuf.Root.fromDescriptor(data) };
}

export const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
};
