import { z } from "zod";
import { VigilError } from "../errors/index.js";
import { homographyProblem, type Matrix3 } from "./homography.js";
import { RISK_LEVEL_NAMES } from "./risk-level.js";

/**
 * The risk stage's configuration, and the one place that holds its defaults. The pipeline
 * schema nests it (e.g. `risk: RiskConfigSchema.prefault({})`); the stage gets the parsed object.
 *   const config = parseRiskConfig({ zones: [...], rules: [{ name: "near", labels: ["person"], level: "DANGER", zone: "apron" }] });
 */

const COORD = z.number();
const POINT = z.tuple([COORD, COORD]);
/** Vertices in order (either winding); the last joins the first. */
const POLYGON = z.array(POINT).min(3).max(64);
/** image: sensor pixels (x right, y down); ground: metres on the ground plane, via a homography. */
const FRAME = z.enum(["image", "ground"]);
const NAME = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, "1–64 letters, digits or _ . : -");

const ZoneSchema = z
  .object({
    name: NAME,
    frame: FRAME.default("image"),
    polygon: POLYGON,
    /** Sensors it applies to; empty: every sensor (image zones then mean the same pixels on each). */
    sensors: z.array(z.string().min(1)).max(64).default([]),
  })
  .strict();

const ROW = z.tuple([COORD, COORD, COORD]);
/** Image pixels → ground metres, row-major 3x3; must be invertible. */
const HomographySchema = z.tuple([ROW, ROW, ROW]).superRefine((m, ctx) => {
  const problem = homographyProblem(m as Matrix3);
  if (problem !== undefined) ctx.addIssue({ code: "custom", message: `homography ${problem}` });
});

/** Where the machine is, for distance and ground TTC: one point or a footprint polygon. */
const MachineSchema = z
  .object({
    /** ground: metres; image: pixels, mapped to the ground through each sensor's homography. */
    frame: FRAME.default("ground"),
    point: POINT.optional(),
    polygon: POLYGON.optional(),
  })
  .strict()
  .refine((m) => (m.point === undefined) !== (m.polygon === undefined), "machine needs exactly one of point or polygon");

const RuleSchema = z
  .object({
    name: NAME,
    /** Class labels it applies to; empty: every class. */
    labels: z.array(z.string().min(1)).max(256).default([]),
    /** The track's ground contact point (box bottom-centre) must be inside this zone. */
    zone: NAME.optional(),
    level: z.enum(RISK_LEVEL_NAMES),
    /** And its time to collision with the machine below this many seconds. */
    ttc_below_s: z.number().positive().max(3600).optional(),
    /** And its distance to the machine below this many metres (needs a machine and a homography). */
    distance_below_m: z.number().positive().max(10_000).optional(),
  })
  .strict();

const HysteresisSchema = z
  .object({
    /** A level is held at least this long after the last frame that raised it. */
    hold_ms: z.number().min(0).max(600_000).default(1000),
    /** And released only after this many consecutive frames below it. */
    clear_frames: z.number().int().min(1).max(1000).default(5),
  })
  .strict();

const TtcSchema = z
  .object({
    /** Slower closing along the line of sight counts as not approaching (ground TTC). */
    min_closing_speed_mps: z.number().positive().max(100).default(0.1),
    /** Box heights are compared over at most this window (scale TTC and contact-point speed). */
    scale_window_ms: z.number().positive().max(10_000).default(500),
    /** Heights remembered per track, whatever the frame rate. */
    scale_history_frames: z.number().int().min(2).max(64).default(8),
    /** Boxes shorter than this are too noisy for scale TTC. */
    min_box_height_px: z.number().positive().default(8),
    /** Relative height growth over the window below this counts as not approaching (scale TTC). */
    min_scale_growth: z.number().positive().max(10).default(0.01),
  })
  .strict();

export const RiskConfigSchema = z
  .object({
    zones: z.array(ZoneSchema).max(64).default([]),
    /** Per sensor id: image pixels → ground metres. */
    homographies: z.record(z.string().min(1), HomographySchema).default({}),
    machine: MachineSchema.optional(),
    /** Each rule fires per track when all its conditions hold; the raw level is the highest firing. */
    rules: z.array(RuleSchema).max(128).default([]),
    hysteresis: HysteresisSchema.prefault({}),
    ttc: TtcSchema.prefault({}),
    /** Track states the rules see. */
    track_states: z.array(z.enum(["tentative", "confirmed", "lost"])).min(1).default(["confirmed"]),
    /** Sensors with risk state at once; frames from more are refused (RISK_TOO_MANY_SENSORS). */
    max_sensors: z.number().int().min(1).max(64).default(16),
    /** Tracks evaluated per frame; beyond that the assessment is marked degraded_input. */
    max_tracks: z.number().int().min(1).max(4096).default(256),
    /** What a DEGRADED input (sensor health, backend failover, overload) does to the level. */
    degraded_policy: z
      .object({
        /** The level is raised to at least this while the input is degraded (CLEAR: no effect). */
        min_level: z.enum(["CLEAR", "CAUTION", "WARNING", "DANGER"]).default("CAUTION"),
      })
      .strict()
      .prefault({}),
    /** Factors listed per assessment, highest level first. */
    max_factors: z.number().int().min(1).max(1024).default(64),
  })
  .strict()
  .superRefine((c, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const zoneNames = new Set<string>();
    c.zones.forEach((zone, i) => {
      if (zoneNames.has(zone.name)) issue(["zones", i, "name"], `duplicate zone ${zone.name}`);
      zoneNames.add(zone.name);
      if (zone.frame === "ground") {
        const missing = zone.sensors.filter((s) => c.homographies[s] === undefined);
        if (zone.sensors.length === 0 ? Object.keys(c.homographies).length === 0 : missing.length > 0) {
          issue(["zones", i, "frame"], `ground zone ${zone.name} needs a homography for ${missing.length > 0 ? missing.join(", ") : "at least one sensor"}`);
        }
      }
    });
    if (c.machine?.frame === "image" && Object.keys(c.homographies).length === 0) {
      issue(["machine", "frame"], "an image-frame machine needs a homography to place it on the ground");
    }
    const ruleNames = new Set<string>();
    c.rules.forEach((rule, i) => {
      if (ruleNames.has(rule.name)) issue(["rules", i, "name"], `duplicate rule ${rule.name}`);
      ruleNames.add(rule.name);
      if (rule.zone !== undefined && !zoneNames.has(rule.zone)) issue(["rules", i, "zone"], `no zone named ${rule.zone}`);
      if (rule.distance_below_m !== undefined && (c.machine === undefined || Object.keys(c.homographies).length === 0)) {
        issue(["rules", i, "distance_below_m"], "a distance condition needs a machine and a homography");
      }
    });
  });

export type RiskConfig = z.infer<typeof RiskConfigSchema>;
export type RiskZoneConfig = RiskConfig["zones"][number];
export type RiskRuleConfig = RiskConfig["rules"][number];
export type RiskMachineConfig = NonNullable<RiskConfig["machine"]>;

/**
 * Validates a risk section on its own (the pipeline loader validates it as part of the pipeline).
 * Throws RISK_CONFIG_INVALID naming each bad field.
 *   const config = parseRiskConfig(YAML.parse(text).risk);
 */
export function parseRiskConfig(raw: unknown, source = "risk config"): RiskConfig {
  const result = RiskConfigSchema.safeParse(raw ?? {});
  if (!result.success) {
    throw new VigilError("RISK_CONFIG_INVALID", `${source} is invalid:\n${z.prettifyError(result.error)}`, { cause: result.error });
  }
  return result.data;
}
