import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { VigilError } from "../errors/index.js";
import { parseMotText, type MotRow } from "../eval/index.js";
import { encodeSensorFrame } from "../ingest/index.js";
import { encodeDetectionSet, type DetectionSetMessage } from "../publish/index.js";
import { encodeTrackSet, parseSeqInfo, type MotSequenceInfo, type TrackMessage } from "../tracking/index.js";
import { VIGIL_CHANNELS, type LogRecord } from "./log-channels.js";
import { McapLogFile } from "./mcap-log-file.js";

/** Ground truth of a sequence: TrackSets whose score is the MOT "consider" flag (0 = ignore region). */
export const LABELS_TOPIC = "/labels/tracks";

export interface MotImportOptions {
  /** The sequence folder: seqinfo.ini, det/det.txt, gt/gt.txt (optional), img1/ (optional). */
  seqDir: string;
  /** Images named by frame number (000001.jpg ...) when the sequence has no img1/ of its own. */
  framesDir?: string;
  /** The .mcap file to write (it must not exist). */
  out: string;
  /** Capture time of frame 1; frame n is at start + (n - 1) / frameRate. */
  startNs: bigint;
  /** Sensor id written into every message; default the sequence name. */
  sensorId?: string;
}

export interface MotImportSummary {
  sequence: string;
  frames: number;
  images: number;
  detections: number;
  labels: number;
  out: string;
}

/** The chunk size of imported logs: a few frames each. */
const CHUNK_BYTES = 1 << 20;

/**
 * Turns a MOTChallenge sequence into a Vigil log: per frame, its image as a SensorFrame
 * (/vigil/frames, when images are given), its det.txt rows as a DetectionSet
 * (/vigil/detections, label "person") and its gt.txt rows as a TrackSet (/labels/tracks).
 * Times are synthetic and deterministic (from startNs and the frame rate), so two imports
 * of the same sequence are byte-identical. MOT_FILE_INVALID names a bad file and line.
 *   await importMotSequence({ seqDir: "tracking/PETS09-S2L1", framesDir: "video/PETS09-S2L1", out: "pets.mcap", startNs: 0n });
 */
export async function importMotSequence(options: MotImportOptions): Promise<MotImportSummary> {
  const { seqDir } = options;
  const info = parseSeqInfo(await readText(join(seqDir, "seqinfo.ini")), `${basename(seqDir)}/seqinfo.ini`);
  const sensorId = options.sensorId ?? info.name;
  const detections = byFrame(parseMotText(await readText(join(seqDir, "det", "det.txt")), "det/det.txt"), info);
  const gtText = await readOptionalText(join(seqDir, "gt", "gt.txt"));
  const labels = gtText === undefined ? undefined : byFrame(parseMotText(gtText, "gt/gt.txt"), info);
  const images = await imageFiles(options.framesDir ?? join(seqDir, "img1"), options.framesDir !== undefined);

  const periodNs = BigInt(Math.round(1e9 / info.frameRate));
  const file = await McapLogFile.create(...splitOut(options.out), {
    chunkBytes: CHUNK_BYTES,
    metadata: { kind: "import", source: "vigil import mot", sequence: info.name, frame_rate: String(info.frameRate), frames: String(info.seqLength) },
  });
  const summary: MotImportSummary = { sequence: info.name, frames: info.seqLength, images: 0, detections: 0, labels: 0, out: file.path };
  try {
    for (let frame = 1; frame <= info.seqLength; frame++) {
      const timeNs = options.startNs + BigInt(frame - 1) * periodNs;
      const seq = BigInt(frame);
      const record = (channel: { topic: string; schemaName: string }, data: Uint8Array): LogRecord => ({ ...channel, logTimeNs: timeNs, publishTimeNs: timeNs, data });
      const image = images.get(frame);
      if (image !== undefined) {
        const data = new Uint8Array(await readFile(image));
        await file.add(record(VIGIL_CHANNELS.frames, encodeSensorFrame({ sensorId, seq, captureTimeNs: timeNs, sentTimeNs: timeNs, encoding: "jpeg", data })));
        summary.images++;
      }
      const dets = detections.get(frame) ?? [];
      await file.add(record(VIGIL_CHANNELS.detections, encodeDetectionSet(detectionSet(sensorId, seq, timeNs, info, dets))));
      summary.detections += dets.length;
      if (labels !== undefined) {
        const gt = labels.get(frame) ?? [];
        await file.add(
          record({ topic: LABELS_TOPIC, schemaName: "vigil.v1.TrackSet" }, encodeTrackSet({ sensorId, seq, captureTimeNs: timeNs, publishTimeNs: timeNs, modelName: "ground-truth", modelVersion: info.name, tracks: gt.map(labelTrack), timings: {} })),
        );
        summary.labels += gt.length;
      }
    }
  } finally {
    await file.close();
  }
  return summary;
}

function detectionSet(sensorId: string, seq: bigint, timeNs: bigint, info: MotSequenceInfo, rows: readonly MotRow[]): DetectionSetMessage {
  return {
    sensorId,
    seq,
    captureTimeNs: timeNs,
    publishTimeNs: timeNs,
    modelName: "mot-det",
    modelVersion: info.name,
    backend: "import",
    frameWidth: info.imWidth ?? 0,
    frameHeight: info.imHeight ?? 0,
    detections: rows.map((r) => ({ classId: 0, label: "person", score: r.conf, box: [r.left, r.top, r.left + r.width, r.top + r.height] })),
    timings: {},
  };
}

/** A ground-truth row as a track: its id, its box, score = the "consider" flag. */
function labelTrack(r: MotRow): TrackMessage {
  return {
    trackId: r.id,
    classId: 0,
    label: "person",
    score: r.conf,
    box: [r.left, r.top, r.left + r.width, r.top + r.height],
    velocity: [0, 0],
    ageNs: 0n,
    hits: 1,
    state: "confirmed",
  };
}

function byFrame(rows: readonly MotRow[], info: MotSequenceInfo): Map<number, MotRow[]> {
  const frames = new Map<number, MotRow[]>();
  for (const r of rows) {
    if (r.frame < 1 || r.frame > info.seqLength) continue; // beyond seqLength: not part of the sequence as described
    let list = frames.get(r.frame);
    if (list === undefined) frames.set(r.frame, (list = []));
    list.push(r);
  }
  return frames;
}

/** Frame number → image path, from names like 000001.jpg; an absent folder is no images unless it was asked for. */
async function imageFiles(dir: string, required: boolean): Promise<Map<number, string>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if (!required && (err as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw new VigilError("MOT_FILE_INVALID", `cannot read the frames folder ${dir}: ${(err as Error).message}`, { cause: err });
  }
  const images = new Map<number, string>();
  for (const name of names.sort()) {
    const m = /^(\d+)\.jpe?g$/i.exec(name);
    if (m !== null) images.set(Number(m[1]), join(dir, name));
  }
  if (required && images.size === 0) throw new VigilError("MOT_FILE_INVALID", `no JPEG frames named like 000001.jpg in ${dir}`);
  return images;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("MOT_FILE_INVALID", `cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/** The file's text, or undefined when it does not exist. */
async function readOptionalText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new VigilError("MOT_FILE_INVALID", `cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
}

function splitOut(out: string): [string, string] {
  const name = basename(out);
  return [out.slice(0, out.length - name.length) || ".", name];
}
