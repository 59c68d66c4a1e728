import type { MotRow } from "../eval/index.js";
import type { Detection } from "../perception/index.js";
import { ByteTracker, type TrackerCounters } from "./bytetrack.js";
import type { MotSequenceInfo } from "./seqinfo.js";
import type { TrackerConfig } from "./tracker-config.js";

export interface MotTrackingOptions {
  /** Detections scoring below this are left out before tracking (default: none). */
  minScore?: number;
  /** Class given to every detection (MOT det.txt has none). */
  classId?: number;
  label?: string;
}

export interface MotTrackingResult {
  /** MOTChallenge results: confirmed tracks on the frames they were matched, by frame then id. */
  rows: MotRow[];
  frames: number;
  detections: number;
  /** Distinct track ids in rows. */
  tracks: number;
  counters: TrackerCounters;
}

/**
 * Runs a ByteTracker over a MOTChallenge detection file, frame 1 to the last one, at
 * times frame / frameRate, and returns SORT-style results (confirmed tracks only, on the
 * frames where they were matched, with the filtered box).
 *   const { rows } = runMotTracking(parseMotText(detText, "det.txt"), info, TrackerConfigSchema.parse({}));
 */
export function runMotTracking(detRows: readonly MotRow[], info: MotSequenceInfo, config: TrackerConfig, options: MotTrackingOptions = {}): MotTrackingResult {
  const { minScore = Number.NEGATIVE_INFINITY, classId = 0, label = "person" } = options;
  let lastFrame = info.seqLength;
  for (const r of detRows) if (r.frame > lastFrame) lastFrame = r.frame;
  const byFrame: Detection[][] = Array.from({ length: lastFrame + 1 }, () => []);
  let detections = 0;
  for (const r of detRows) {
    if (r.conf < minScore || r.frame < 1) continue;
    byFrame[r.frame]!.push({ classId, label, score: r.conf, box: [r.left, r.top, r.left + r.width, r.top + r.height] });
    detections++;
  }

  const tracker = new ByteTracker(config);
  const periodNs = 1e9 / info.frameRate;
  const rows: MotRow[] = [];
  const ids = new Set<number>();
  for (let frame = 1; frame <= lastFrame; frame++) {
    const nowNs = BigInt(Math.round((frame - 1) * periodNs));
    for (const t of tracker.update(byFrame[frame]!, nowNs)) {
      if (t.state !== "confirmed") continue;
      const [x1, y1, x2, y2] = t.box;
      rows.push({ frame, id: t.trackId, left: x1, top: y1, width: x2 - x1, height: y2 - y1, conf: t.score, x: -1, y: -1, z: -1 });
      ids.add(t.trackId);
    }
  }
  return { rows, frames: lastFrame, detections, tracks: ids.size, counters: { ...tracker.counters } };
}
