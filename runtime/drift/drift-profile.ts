import { readFile } from "node:fs/promises";
import { z } from "zod";
import { VigilError } from "../errors/index.js";
import { writeFileAtomic } from "../files/index.js";
import { binsOf, isHistogramFeature } from "./drift-features.js";
import { binCount } from "./fixed-histogram.js";

export const DRIFT_PROFILE_VERSION = 1;

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const FeatureProfileSchema = z
  .object({
    /** Values the histogram counts. */
    count,
    bins: z.object({ lo: z.number(), hi: z.number(), bins: z.number().int().min(1).max(1000), overflow: z.boolean() }).strict(),
    counts: z.array(count).max(1001),
    /** A uniform sample of the raw values, sorted ascending, for the KS statistic. */
    sample: z.array(z.number().finite()).max(100_000),
  })
  .strict();

const SensorProfileSchema = z
  .object({
    /** DetectionSets seen. */
    frames: count,
    features: z.record(z.string(), FeatureProfileSchema),
    tracks: z.object({ ended: count, short_lived: count }).strict(),
  })
  .strict();

/**
 * The reference profile file (JSON): per sensor and feature a fixed-bin histogram and a
 * sorted reservoir sample, plus the ended and short-lived track counts. Validated on load:
 * every feature's bins must be the ones binsOf() fixes for it, counts must add up.
 */
export const DriftProfileSchema = z
  .object({
    version: z.literal(DRIFT_PROFILE_VERSION),
    /** "learnt" online by a running monitor, or built from "logs" by `vigil drift profile`. */
    source: z.enum(["learnt", "logs"]),
    /** Log or clock time of the last observation it holds, ns since the Unix epoch (a decimal string: JSON has no int64). */
    created_ns: z.string().regex(/^-?\d{1,20}$/),
    short_lived_frames: z.number().int().min(2).max(10_000),
    reservoir_size: z.number().int().min(1).max(100_000),
    seed: z.number().int().min(0).max(0xffffffff),
    sensors: z.record(z.string().min(1).max(256), SensorProfileSchema),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (Object.keys(p.sensors).length > 256) ctx.addIssue({ code: "custom", path: ["sensors"], message: "at most 256 sensors" });
    for (const [sensor, s] of Object.entries(p.sensors)) {
      if (s.tracks.short_lived > s.tracks.ended) ctx.addIssue({ code: "custom", path: ["sensors", sensor, "tracks"], message: "short_lived exceeds ended" });
      if (Object.keys(s.features).length > 3 + 256) ctx.addIssue({ code: "custom", path: ["sensors", sensor, "features"], message: "too many features" });
      for (const [name, f] of Object.entries(s.features)) {
        const path = ["sensors", sensor, "features", name];
        if (!isHistogramFeature(name)) {
          ctx.addIssue({ code: "custom", path, message: `unknown feature "${name}"` });
          continue;
        }
        const want = binsOf(name);
        if (f.bins.lo !== want.lo || f.bins.hi !== want.hi || f.bins.bins !== want.bins || f.bins.overflow !== want.overflow) {
          ctx.addIssue({ code: "custom", path: [...path, "bins"], message: `bins of ${name} must be ${JSON.stringify(want)}` });
        }
        if (f.counts.length !== binCount(want)) ctx.addIssue({ code: "custom", path: [...path, "counts"], message: `${binCount(want)} counts expected, got ${f.counts.length}` });
        if (f.counts.reduce((a, b) => a + b, 0) !== f.count) ctx.addIssue({ code: "custom", path: [...path, "counts"], message: "counts do not add up to count" });
        if (f.sample.length > Math.min(f.count, p.reservoir_size)) ctx.addIssue({ code: "custom", path: [...path, "sample"], message: "sample larger than count or reservoir_size" });
        if (f.sample.some((v, i) => i > 0 && v < f.sample[i - 1]!)) ctx.addIssue({ code: "custom", path: [...path, "sample"], message: "sample must be sorted ascending" });
      }
    }
  });

export type DriftProfile = z.output<typeof DriftProfileSchema>;
export type DriftSensorProfile = DriftProfile["sensors"][string];
export type DriftFeatureProfile = DriftSensorProfile["features"][string];

/**
 * A profile from parsed JSON, validated; DRIFT_PROFILE_INVALID names the first problems.
 *   const profile = parseDriftProfile(JSON.parse(text), "reference.json");
 */
export function parseDriftProfile(json: unknown, source = "drift profile"): DriftProfile {
  const version = (json as { version?: unknown } | null)?.version;
  if (version !== undefined && version !== DRIFT_PROFILE_VERSION) {
    throw new VigilError("DRIFT_PROFILE_INVALID", `${source}: version ${String(version)} is not supported (this runtime reads version ${DRIFT_PROFILE_VERSION})`);
  }
  const parsed = DriftProfileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new VigilError("DRIFT_PROFILE_INVALID", `${source} is not a valid drift profile: ${problems.join("; ")}`);
  }
  return parsed.data;
}

/** Reads and validates a profile file (DRIFT_PROFILE_INVALID when it is not JSON or not a profile). */
export async function loadDriftProfile(path: string): Promise<DriftProfile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("DRIFT_PROFILE_INVALID", `cannot read drift profile ${path}: ${(err as Error).message}`, { cause: err });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new VigilError("DRIFT_PROFILE_INVALID", `${path} is not JSON: ${(err as Error).message}`, { cause: err });
  }
  return parseDriftProfile(json, path);
}

/** The profile as its file's text: one line of JSON, keys in a fixed order (the same profile gives the same bytes). */
export function driftProfileJson(profile: DriftProfile): string {
  return `${JSON.stringify(profile)}\n`;
}

/** Writes a profile atomically (writeFileAtomic), so a crash never leaves half a file. */
export async function saveDriftProfile(profile: DriftProfile, path: string): Promise<void> {
  try {
    await writeFileAtomic(path, driftProfileJson(profile));
  } catch (err) {
    throw new VigilError("DRIFT_PROFILE_WRITE_FAILED", `cannot write drift profile ${path}: ${(err as Error).message}`, { cause: err });
  }
}
