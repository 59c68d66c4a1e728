import { readFile } from "node:fs/promises";
import YAML from "yaml";
import { z } from "zod";
import { VigilError } from "../errors/index.js";

const HazardSchema = z
  .object({
    id: z.string().min(1),
    /** Seconds from the log's first message. */
    start_s: z.number().min(0),
    end_s: z.number().min(0),
    /** The least restrictive level that counts as an alarm for it. */
    min_level: z.enum(["WARNING", "DANGER"]).default("WARNING"),
  })
  .strict()
  .refine((h) => h.end_s >= h.start_s, { message: "end_s must not be before start_s", path: ["end_s"] });

/**
 * A hazard labels file: per sequence id, its scenario tags and the hazards in it, times in
 * seconds from the start of its log.
 *   sequences:
 *     crossing-01: { tags: [pedestrian], hazards: [{ id: h1, start_s: 2.5, end_s: 6, min_level: DANGER }] }
 */
export const HazardLabelsSchema = z
  .object({
    sequences: z.record(
      z.string().min(1),
      z.object({ tags: z.array(z.string().min(1)).default([]), hazards: z.array(HazardSchema).default([]) }).strict(),
    ),
  })
  .strict();

export type HazardLabels = z.infer<typeof HazardLabelsSchema>;

/** Reads and checks a hazard labels file; CONFIG_NOT_FOUND / CONFIG_INVALID name the file and the field. */
export async function loadHazardLabels(path: string): Promise<HazardLabels> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("CONFIG_NOT_FOUND", `cannot read hazard labels ${path}: ${(err as Error).message}`, { cause: err });
  }
  const result = HazardLabelsSchema.safeParse(YAML.parse(text));
  if (!result.success) throw new VigilError("CONFIG_INVALID", `hazard labels ${path} are invalid:\n${z.prettifyError(result.error)}`, { cause: result.error });
  return result.data;
}
