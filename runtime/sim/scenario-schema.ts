import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { VigilError } from "../errors/index.js";
import { homographyProblem, type Matrix3 } from "../risk/index.js";

/**
 * A simulated scene for `vigil sim scenario`, and the one place that holds its defaults:
 * a smart sensor's view (image size, where the camera is, ground → image homography),
 * actors walking or driving along waypoint paths, and events that silence the sensor.
 *   const scenario = parseScenario(YAML.parse(text), "pedestrian-crossing.yaml");
 */

const NAME = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, "1–64 letters, digits or _ . : -");
const ROW = z.tuple([z.number(), z.number(), z.number()]);
/** Ground metres → image pixels, row-major 3x3; must be invertible. */
const HomographySchema = z.tuple([ROW, ROW, ROW]).superRefine((m, ctx) => {
  const problem = homographyProblem(m as Matrix3);
  if (problem !== undefined) ctx.addIssue({ code: "custom", message: `homography ${problem}` });
});

const SensorSchema = z
  .object({
    /** sensor_id written into every ObjectList. */
    id: z.string().min(1).max(64),
    /** Image size in pixels: objects whose box lies wholly outside it are not reported. */
    image: z.object({ width: z.number().int().min(1).max(16_384), height: z.number().int().min(1).max(16_384) }).strict(),
    /**
     * Where the camera is: the ground point below it and its height. With the homography it
     * places points above the ground (an actor's head): the ground homography alone cannot.
     */
    camera: z
      .object({ x_m: z.number().default(0), y_m: z.number().default(0), height_m: z.number().positive().max(100) })
      .strict(),
    /** Ground metres → image pixels, scaled so points in front of the camera map with w > 0. */
    homography_ground_to_image: HomographySchema,
  })
  .strict();

const WaypointSchema = z.object({ t_s: z.number().min(0), x_m: z.number(), y_m: z.number() }).strict();

const ActorSchema = z
  .object({
    id: NAME,
    label: z.string().min(1).max(64),
    class_id: z.number().int().min(0).max(65_535),
    height_m: z.number().positive().max(20),
    width_m: z.number().positive().max(20),
    /** Ground positions at times; linear in between; the actor is absent before the first and after the last. */
    path: z.array(WaypointSchema).min(2).max(1024),
    /** The score the sensor reports for it. */
    score: z.number().min(0).max(1).default(0.9),
  })
  .strict()
  .superRefine((a, ctx) => {
    a.path.forEach((w, i) => {
      const prev = a.path[i - 1];
      if (prev !== undefined && !(w.t_s > prev.t_s)) ctx.addIssue({ code: "custom", path: ["path", i, "t_s"], message: `waypoint times must increase (${prev.t_s} then ${w.t_s})` });
    });
  });

const EventSchema = z.object({ t_s: z.number().min(0), type: z.enum(["silence", "resume"]) }).strict();

/** Seeded noise on what the sensor reports; all zero (the default) means exact geometry. */
const NoiseSchema = z
  .object({
    /** Standard deviation of each box edge, pixels. */
    box_px: z.number().min(0).max(100).default(0),
    /** Standard deviation of the reported ground position, metres. */
    ground_m: z.number().min(0).max(10).default(0),
  })
  .strict();

export const ScenarioSchema = z
  .object({
    name: NAME,
    description: z.string().max(2000).default(""),
    /** The scenario runs for this long; sensor messages at t = k / rate_hz for t < duration_s. */
    duration_s: z.number().positive().max(86_400),
    /** How often the sensor publishes. */
    rate_hz: z.number().positive().max(1000).default(10),
    /** Seeds the noise (the same seed gives the same messages). */
    seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
    noise: NoiseSchema.prefault({}),
    sensor: SensorSchema,
    actors: z.array(ActorSchema).max(256).default([]),
    /** The sensor stops publishing at a silence and starts again at a resume; in time order. */
    events: z.array(EventSchema).max(1024).default([]),
    /** Tags written into every ObjectList (the scenario's name is added as `scenario`). */
    tags: z.record(z.string().min(1).max(64), z.string().max(256)).default({}),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    s.actors.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: "custom", path: ["actors", i, "id"], message: `duplicate actor ${a.id}` });
      ids.add(a.id);
    });
    s.events.forEach((e, i) => {
      const prev = s.events[i - 1];
      if (prev !== undefined && e.t_s < prev.t_s) ctx.addIssue({ code: "custom", path: ["events", i, "t_s"], message: `events must be in time order (${prev.t_s} then ${e.t_s})` });
      if (e.t_s > s.duration_s) ctx.addIssue({ code: "custom", path: ["events", i, "t_s"], message: `event at ${e.t_s} s is after duration_s ${s.duration_s}` });
    });
    const slots = s.duration_s * s.rate_hz;
    if (Math.abs(slots - Math.round(slots)) > 1e-6) {
      ctx.addIssue({ code: "custom", path: ["duration_s"], message: `duration_s * rate_hz must be a whole number of messages, got ${slots}` });
    }
  });

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioActor = Scenario["actors"][number];
export type ScenarioEvent = Scenario["events"][number];

/**
 * Validates a parsed scenario file; throws CONFIG_INVALID naming each bad field.
 *   const scenario = parseScenario({ name: "t", duration_s: 1, sensor: {...}, actors: [] });
 */
export function parseScenario(raw: unknown, source = "scenario"): Scenario {
  const result = ScenarioSchema.safeParse(raw ?? {});
  if (!result.success) {
    throw new VigilError("CONFIG_INVALID", `${source} is invalid:\n${z.prettifyError(result.error)}`, { cause: result.error });
  }
  return result.data;
}

/**
 * Reads and validates a scenario YAML file: CONFIG_NOT_FOUND when it cannot be read,
 * CONFIG_INVALID when it is not YAML or not a valid scenario.
 *   const scenario = await loadScenarioFile("pipelines/scenarios/pedestrian-crossing.yaml");
 */
export async function loadScenarioFile(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("CONFIG_NOT_FOUND", `cannot read scenario ${path}: ${(err as Error).message}`, { cause: err });
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new VigilError("CONFIG_INVALID", `${path} is not valid YAML: ${(err as Error).message}`, { cause: err });
  }
  return parseScenario(raw, path);
}
