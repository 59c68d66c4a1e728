import { decodeActuationCommand } from "../../proto/index.js";
import type { Box } from "../perception/index.js";
import { decodeRiskAssessment, riskLevelName } from "../risk/index.js";
import type { HazardLabel, DetectionLabel, LtwhBox, Detection as ScoredDetection, MotRow, SequenceInput } from "../eval/index.js";
import { decodeDetectionSet } from "../publish/index.js";
import { decodeTrackSet } from "../tracking/index.js";
import { VIGIL_CHANNELS } from "./log-channels.js";
import { LABELS_TOPIC } from "./mot-log-import.js";
import type { McapLog } from "./read-mcap-log.js";

export interface LogSequenceOptions {
  /** The sequence id in reports; default the labels log's "vigil" metadata sequence, else its file name. */
  id?: string;
  tags?: readonly string[];
  /** Labelled hazards, times in seconds from the log's first message: the risk assessments and commands are scored against them. */
  hazards?: readonly { id: string; start_s: number; end_s: number; min_level: "WARNING" | "DANGER" }[];
}

/**
 * One evaluation sequence from a log of what the pipeline decided (a replay's output: its
 * /vigil/detections and /vigil/tracks) and a log of labels (/labels/tracks, as `vigil
 * import mot` writes them; a label's score is MOTChallenge's consider flag, 0 = ignore).
 * Frames are matched by seq. Detection P/R/AP come from the DetectionSets, MOT metrics
 * from the confirmed tracks.
 *   const input = sequenceInputFromLogs(await readMcapLog("out.mcap"), await readMcapLog("pets.mcap"));
 */
export function sequenceInputFromLogs(output: McapLog, labels: McapLog, options: LogSequenceOptions = {}): SequenceInput {
  const labelSets = labels.messages.filter((m) => m.topic === LABELS_TOPIC).map((m) => decodeTrackSet(m.data));
  const detectionSets = output.messages.filter((m) => m.topic === VIGIL_CHANNELS.detections.topic).map((m) => decodeDetectionSet(m.data));
  const trackSets = output.messages.filter((m) => m.topic === VIGIL_CHANNELS.tracks.topic).map((m) => decodeTrackSet(m.data));

  const detections: ScoredDetection[] = detectionSets.flatMap((set) =>
    set.detections.map((d) => ({ frame: Number(set.seq), classLabel: d.label, score: d.score, box: ltwh(d.box) })),
  );
  const detectionLabels: DetectionLabel[] = labelSets.flatMap((set) =>
    set.tracks.map((t) => ({ frame: Number(set.seq), classLabel: t.label, box: ltwh(t.box), ignore: t.score === 0 })),
  );
  const row = (frame: number, id: number, box: Box, conf: number): MotRow => {
    return { frame, id, ...ltwh(box), conf, x: -1, y: -1, z: -1 };
  };
  const groundTruth = labelSets.flatMap((set) => set.tracks.map((t) => row(Number(set.seq), t.trackId, t.box, t.score)));
  const results = trackSets.flatMap((set) => set.tracks.filter((t) => t.state === "confirmed").map((t) => row(Number(set.seq), t.trackId, t.box, t.score)));
  const id = options.id ?? sequenceIdOf(labels);
  return {
    id,
    tags: options.tags ?? [],
    ...(options.hazards !== undefined ? { hazard: hazardInput(output, options.hazards) } : {}),
    ...(detectionLabels.length > 0 ? { detection: { detections, labels: detectionLabels } } : {}),
    ...(groundTruth.length > 0 ? { mot: { groundTruth, results } } : {}),
  };
}

const ltwh = (box: Box): LtwhBox => ({ left: box[0], top: box[1], width: box[2] - box[0], height: box[3] - box[1] });

/** A labels log's sequence id: its "vigil" metadata `sequence` (vigil import mot writes it), else its file name. */
export function sequenceIdOf(labels: McapLog): string {
  return labels.metadata.get("vigil")?.get("sequence") ?? labels.path.replace(/^.*\//, "").replace(/\.mcap$/, "");
}

/** Hazards and decisions on one time line: nanoseconds from the output log's first message (small numbers keep their precision). */
function hazardInput(output: McapLog, hazards: NonNullable<LogSequenceOptions["hazards"]>): NonNullable<SequenceInput["hazard"]> {
  const origin = output.messages[0]?.logTimeNs ?? 0n;
  const since = (ns: bigint): number => Number(ns - origin);
  const assessments = output.messages
    .filter((m) => m.topic === VIGIL_CHANNELS.risk.topic)
    .map((m) => decodeRiskAssessment(m.data))
    .map((a) => ({ timeNs: since(a.captureTimeNs), level: riskLevelName(a.level) }));
  const commands = output.messages
    .filter((m) => m.topic === VIGIL_CHANNELS.commands.topic)
    .map((m) => decodeActuationCommand(m.data))
    .map((c) => ({ timeNs: since(c.issuedTimeNs), kind: c.kind }));
  const labels: HazardLabel[] = hazards.map((h) => ({ id: h.id, startNs: h.start_s * 1e9, endNs: h.end_s * 1e9, minLevel: h.min_level }));
  const endNs = Math.max(0, since(output.messages.at(-1)?.logTimeNs ?? origin));
  return { startNs: 0, endNs, hazards: labels, assessments: sortByTime(assessments), commands: sortByTime(commands) };
}

const sortByTime = <T extends { timeNs: number }>(xs: T[]): T[] => xs.sort((a, b) => a.timeNs - b.timeNs);
