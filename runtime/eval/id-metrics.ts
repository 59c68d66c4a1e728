import { solveAssignment } from "../tracking/index.js";
import type { MotPresence } from "./mot-accumulator.js";

/** Identity counts after the global one-to-one matching of object ids to hypothesis ids. */
export interface IdCounts {
  /** Detections whose object was matched to the right hypothesis id. */
  idtp: number;
  /** Hypothesis detections outside their id's matched object (or of an unmatched id). */
  idfp: number;
  /** Object detections outside their id's matched hypothesis (or of an unmatched id). */
  idfn: number;
}

/**
 * IDTP / IDFP / IDFN as py-motmetrics' `id_global_assignment`: a square (objects + hypotheses)
 * cost matrix where pairing object o with hypothesis h costs frames(o) + frames(h) - 2 x
 * (frames where they were within the threshold), each id may instead go to its own dummy.
 *   const { idtp, idfp, idfn } = computeIdCounts(compareToGroundTruth(gt, res).presence);
 */
export function computeIdCounts(presence: MotPresence): IdCounts {
  const oids = [...presence.objectFrames.keys()];
  const hids = [...presence.hypothesisFrames.keys()];
  const no = oids.length;
  const nh = hids.length;
  const hIndex = new Map(hids.map((h, c) => [h, c]));
  const objectTotal = sum(presence.objectFrames.values());
  const hypothesisTotal = sum(presence.hypothesisFrames.values());
  if (no === 0 || nh === 0) return { idtp: 0, idfp: hypothesisTotal, idfn: objectTotal };

  const n = no + nh;
  const ocs = oids.map((o) => presence.objectFrames.get(o)!);
  const hcs = hids.map((h) => presence.hypothesisFrames.get(h)!);
  // together[r][c]: frames in which object r and hypothesis c were within the threshold.
  const together = oids.map(() => new Float64Array(nh));
  oids.forEach((o, r) => {
    for (const [h, frames] of presence.pairFrames.get(o) ?? []) together[r]![hIndex.get(h)!] = frames;
  });
  const cost: number[][] = [];
  for (let r = 0; r < n; r++) {
    const row = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
    for (let c = 0; c < n; c++) {
      if (r < no && c < nh) row[c] = ocs[r]! + hcs[c]! - 2 * together[r]![c]!;
      else if (r < no && c === nh + r) row[c] = ocs[r]!; // object unmatched: all its frames are misses
      else if (r >= no && c < nh && c === r - no) row[c] = hcs[c]!; // hypothesis unmatched: all false
      else if (r >= no && c >= nh) row[c] = 0; // dummy to dummy
    }
    cost.push(row);
  }
  const rowToCol = solveAssignment(cost);
  let idfn = 0;
  let idfp = 0;
  for (let r = 0; r < n; r++) {
    const c = rowToCol[r]!;
    if (r < no && c < nh) {
      idfn += ocs[r]! - together[r]![c]!;
      idfp += hcs[c]! - together[r]![c]!;
    } else if (r < no) {
      idfn += ocs[r]!;
    } else if (c < nh) {
      idfp += hcs[c]!;
    }
  }
  return { idtp: objectTotal - idfn, idfp, idfn };
}

function sum(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
