import { VigilError } from "../errors/index.js";

/** The [Sequence] section of a MOTChallenge seqinfo.ini. */
export interface MotSequenceInfo {
  name: string;
  frameRate: number;
  seqLength: number;
  imWidth?: number;
  imHeight?: number;
}

/**
 * Parses a MOTChallenge seqinfo.ini (`key=value` lines under `[Sequence]`); frameRate and
 * seqLength are required positive numbers, anything malformed is MOT_FILE_INVALID.
 *   const info = parseSeqInfo(await readFile("seqinfo.ini", "utf8"), "seqinfo.ini"); // { frameRate: 25, ... }
 */
export function parseSeqInfo(text: string, source: string): MotSequenceInfo {
  const values = new Map<string, string>();
  let section = "";
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === "" || line.startsWith(";") || line.startsWith("#")) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = header[1]!.trim().toLowerCase();
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0) throw new VigilError("MOT_FILE_INVALID", `${source}:${n + 1}: expected key=value, got "${line}"`);
    if (section === "sequence") values.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  const positive = (key: string, required: boolean): number | undefined => {
    const raw = values.get(key);
    if (raw === undefined) {
      if (required) throw new VigilError("MOT_FILE_INVALID", `${source}: [Sequence] has no ${key}`);
      return undefined;
    }
    const v = Number(raw);
    if (!Number.isFinite(v) || v <= 0) throw new VigilError("MOT_FILE_INVALID", `${source}: ${key} must be a positive number, got "${raw}"`);
    return v;
  };
  const frameRate = positive("frameRate", true) as number;
  const seqLength = positive("seqLength", true) as number;
  if (!Number.isInteger(seqLength)) throw new VigilError("MOT_FILE_INVALID", `${source}: seqLength must be an integer, got ${seqLength}`);
  const info: MotSequenceInfo = { name: values.get("name") ?? "", frameRate, seqLength };
  const imWidth = positive("imWidth", false);
  const imHeight = positive("imHeight", false);
  if (imWidth !== undefined) info.imWidth = imWidth;
  if (imHeight !== undefined) info.imHeight = imHeight;
  return info;
}
