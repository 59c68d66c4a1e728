import { VigilError } from "../errors/index.js";

/** One row of a MOTChallenge (MOT15 2D) file: ground truth, detections or tracker results. */
export interface MotRow {
  /** 1-based frame number. */
  frame: number;
  /** Track / object id; -1 in detection files. */
  id: number;
  /** Box as left, top, width, height in pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Detector score in det.txt; the "consider" flag (1 / 0) in gt.txt. */
  conf: number;
  /** World coordinates where given, else -1. */
  x: number;
  y: number;
  z: number;
}

/**
 * Parses a MOT15-2D text file: `frame,id,left,top,width,height,conf,x,y,z` per line
 * (commas or whitespace; x, y, z may be missing). A bad line is an error that names the
 * source and the line number.
 *   const gt = parseMotText(await readFile("gt/gt.txt", "utf8"), "gt/gt.txt");
 */
export function parseMotText(text: string, source: string): MotRow[] {
  const rows: MotRow[] = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === "" || line.startsWith("#")) continue;
    const f = line.split(/[,\s]+/).map(Number);
    if (f.length < 7 || f.slice(0, 7).some((v) => !Number.isFinite(v))) {
      throw new VigilError("MOT_FILE_INVALID", `${source}:${n + 1}: expected frame,id,left,top,width,height,conf[,x,y,z], got "${line}"`);
    }
    rows.push({
      frame: f[0]!,
      id: f[1]!,
      left: f[2]!,
      top: f[3]!,
      width: f[4]!,
      height: f[5]!,
      conf: f[6]!,
      x: f[7] ?? -1,
      y: f[8] ?? -1,
      z: f[9] ?? -1,
    });
  }
  return rows;
}

/** Writes rows in the MOTChallenge results format (what the devkit and py-motmetrics read). */
export function formatMotText(rows: readonly MotRow[]): string {
  const num = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(2));
  return rows.map((r) => [r.frame, r.id, num(r.left), num(r.top), num(r.width), num(r.height), num(r.conf), num(r.x), num(r.y), num(r.z)].join(",")).join("\n") + (rows.length > 0 ? "\n" : "");
}
