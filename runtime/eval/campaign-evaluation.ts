import { z } from "zod";
import { VigilError } from "../errors/index.js";
import { MOT_COUNT_KEYS } from "./mot-counts.js";
import { EVALUATION_DEFAULTS, evaluateSequence, type EvaluationSettings, type SequenceEvaluation, type SequenceInput } from "./sequence-evaluation.js";

export const CAMPAIGN_EVALUATION_KIND = "vigil.eval.campaign";
export const CAMPAIGN_EVALUATION_VERSION = 1;

/**
 * Scored sequences of a campaign (or of one shard of it), sorted by id, with the settings
 * they were scored with: what a shard writes and `mergeCampaigns` joins. Plain JSON.
 */
export interface CampaignEvaluation {
  kind: typeof CAMPAIGN_EVALUATION_KIND;
  version: typeof CAMPAIGN_EVALUATION_VERSION;
  settings: EvaluationSettings;
  sequences: SequenceEvaluation[];
}

/**
 * Scores every sequence; the result is sorted by sequence id whatever the input order.
 *   const campaign = evaluateCampaign(sequences); // then campaignReport(campaign)
 */
export function evaluateCampaign(inputs: readonly SequenceInput[], settings: Partial<EvaluationSettings> = {}): CampaignEvaluation {
  const full = { ...EVALUATION_DEFAULTS, ...settings };
  return campaignOf(full, inputs.map((input) => evaluateSequence(input, full)));
}

/**
 * Joins shards into one campaign: sequences of all parts, sorted by id, so any split and
 * any order of the parts give the same campaign (and the same report, bit for bit). Parts
 * must share their settings and must not repeat a sequence.
 *   const campaign = mergeCampaigns(shardFiles.map((f, k) => parseCampaignEvaluation(JSON.parse(f), paths[k])));
 */
export function mergeCampaigns(parts: readonly CampaignEvaluation[]): CampaignEvaluation {
  if (parts.length === 0) throw new VigilError("EVAL_INPUT_INVALID", "nothing to merge: pass at least one campaign");
  const settings = parts[0]!.settings;
  for (const p of parts) {
    if (p.settings.iouThreshold !== settings.iouThreshold || p.settings.graceNs !== settings.graceNs) {
      throw new VigilError("EVAL_INPUT_INVALID", `campaigns scored with different settings cannot merge: ${JSON.stringify(settings)} vs ${JSON.stringify(p.settings)}`);
    }
  }
  return campaignOf(settings, parts.flatMap((p) => p.sequences));
}

function campaignOf(settings: EvaluationSettings, sequences: SequenceEvaluation[]): CampaignEvaluation {
  const sorted = [...sequences].sort((a, b) => compareIds(a.id, b.id));
  sorted.forEach((s, k) => {
    if (k > 0 && sorted[k - 1]!.id === s.id) throw new VigilError("EVAL_INPUT_INVALID", `sequence ${s.id} appears twice`);
  });
  return { kind: CAMPAIGN_EVALUATION_KIND, version: CAMPAIGN_EVALUATION_VERSION, settings: { ...settings }, sequences: sorted };
}

/** Order of sequence ids and tags: by UTF-16 code units, the same on every machine and locale. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const count = z.number().nonnegative();
const ClassDetectionsSchema = z.strictObject({
  numGroundTruth: z.number().int().nonnegative(),
  scores: z.array(z.number()),
  tp: z.array(z.union([z.literal(0), z.literal(1)])),
});
const SequenceEvaluationSchema = z.strictObject({
  id: z.string().min(1),
  tags: z.array(z.string().min(1)),
  detection: z.strictObject({ classes: z.record(z.string(), ClassDetectionsSchema) }).nullable(),
  mot: z.strictObject(Object.fromEntries([...MOT_COUNT_KEYS, "distance_sum"].map((k) => [k, count])) as Record<(typeof MOT_COUNT_KEYS)[number] | "distance_sum", typeof count>).nullable(),
  hazard: z
    .strictObject({
      durationNs: z.number().positive(),
      hazards: z.array(
        z.strictObject({
          id: z.string(),
          minLevel: z.enum(["WARNING", "DANGER"]),
          startNs: z.number(),
          endNs: z.number(),
          detected: z.boolean(),
          timeToAlarmNs: z.number().nonnegative().nullable(),
        }),
      ),
      alarmSource: z.enum(["assessments", "commands", "none"]),
      stopSource: z.enum(["assessments", "commands", "none"]),
      stopEpisodes: z.number().int().nonnegative(),
      falseStopStartsNs: z.array(z.number()),
    })
    .nullable(),
});
const CampaignEvaluationSchema = z.strictObject({
  kind: z.literal(CAMPAIGN_EVALUATION_KIND),
  version: z.literal(CAMPAIGN_EVALUATION_VERSION),
  settings: z.strictObject({ iouThreshold: z.number().gt(0).lte(1), graceNs: z.number().nonnegative() }),
  sequences: z.array(SequenceEvaluationSchema),
});

/**
 * Validates a campaign read back from JSON (a shard's output): EVAL_INPUT_INVALID naming
 * each bad field, and when detections are not sorted by score or lists disagree in length.
 *   const part = parseCampaignEvaluation(JSON.parse(await readFile(path, "utf8")), path);
 */
export function parseCampaignEvaluation(raw: unknown, source = "campaign"): CampaignEvaluation {
  const result = CampaignEvaluationSchema.safeParse(raw);
  if (!result.success) throw new VigilError("EVAL_INPUT_INVALID", `${source} is not a vigil campaign evaluation:\n${z.prettifyError(result.error)}`, { cause: result.error });
  for (const s of result.data.sequences) {
    for (const [cls, c] of Object.entries(s.detection?.classes ?? {})) {
      const sorted = c.scores.every((v, k) => k === 0 || v <= c.scores[k - 1]!);
      if (c.scores.length !== c.tp.length || !sorted) {
        throw new VigilError("EVAL_INPUT_INVALID", `${source}: sequence ${s.id}, class ${cls}: scores and tp must be as long as each other, scores descending`);
      }
    }
  }
  return campaignOf(result.data.settings, result.data.sequences as SequenceEvaluation[]);
}
