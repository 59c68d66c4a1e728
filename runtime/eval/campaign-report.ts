import { VigilError } from "../errors/index.js";
import { BOOTSTRAP_DEFAULTS, bootstrapWeights, percentileInterval, spreadOf, type BootstrapOptions, type Spread } from "./bootstrap.js";
import { compareIds, type CampaignEvaluation } from "./campaign-evaluation.js";
import { DetectionPool, detectionClassNames, type DetectionMetrics } from "./detection-metrics.js";
import { combineHazards, type HazardMetrics } from "./hazard-metrics.js";
import { combineMotCounts } from "./mot-counts.js";
import type { MotMetrics } from "./mot-metrics.js";
import type { EvaluationSettings, SequenceEvaluation } from "./sequence-evaluation.js";

export const CAMPAIGN_REPORT_KIND = "vigil.eval.report";
export const CAMPAIGN_REPORT_VERSION = 1;

/**
 * One figure: its value over the scope's sequences taken together (null when undefined,
 * e.g. recall with no ground truth), the cluster-bootstrap percentile interval over those
 * sequences, and the spread of the per-sequence values. Per-sequence figures have neither.
 */
export interface MetricValue {
  value: number | null;
  ci95: [number, number] | null;
  spread: Spread | null;
}

/** A metrics object with every number replaced by its MetricValue. */
export type Reported<T> = { [K in keyof T]: T[K] extends number ? MetricValue : Reported<T[K]> };

/** Figures of a scope (the whole campaign, a tag, a sequence); a section is null when no sequence in it has that data. */
export interface ScopeReport {
  detection: Reported<DetectionMetrics> | null;
  mot: Reported<MotMetrics> | null;
  hazard: Reported<HazardMetrics> | null;
}

/** `vigil eval`'s report: overall figures at the top, then per tag and per sequence (keys sorted). */
export interface CampaignReport extends ScopeReport {
  kind: typeof CAMPAIGN_REPORT_KIND;
  version: typeof CAMPAIGN_REPORT_VERSION;
  settings: EvaluationSettings & { bootstrap: Required<BootstrapOptions> };
  tags: Record<string, ScopeReport & { sequences: string[] }>;
  sequences: Record<string, ScopeReport & { tags: string[] }>;
}

interface Figures {
  detection: DetectionMetrics | null;
  mot: MotMetrics | null;
  hazard: HazardMetrics | null;
}

/**
 * The report of a campaign: every figure overall, per scenario tag and per sequence, with
 * 95% cluster-bootstrap intervals (sequences resampled, each figure recomputed from the
 * drawn sequences' accumulators) and the spread across sequences. A function of the sorted
 * sequences alone, so shards merged with mergeCampaigns give the same report bit for bit.
 *   const report = campaignReport(evaluateCampaign(sequences), { resamples: 1000, seed: 1 });
 *   report.detection?.recall.ci95; report.tags.night?.hazard?.false_stops_per_hour.value
 */
export function campaignReport(campaign: CampaignEvaluation, options: BootstrapOptions = {}): CampaignReport {
  const bootstrap = { ...BOOTSTRAP_DEFAULTS, ...options };
  if (!Number.isInteger(bootstrap.resamples) || bootstrap.resamples < 1) throw new VigilError("EVAL_INPUT_INVALID", `resamples must be a whole number above 0, got ${bootstrap.resamples}`);
  if (!(bootstrap.confidence > 0 && bootstrap.confidence < 1)) throw new VigilError("EVAL_INPUT_INVALID", `confidence must be between 0 and 1, got ${bootstrap.confidence}`);
  if (!Number.isInteger(bootstrap.seed)) throw new VigilError("EVAL_INPUT_INVALID", `seed must be a whole number, got ${bootstrap.seed}`);
  const sequences = [...campaign.sequences].sort((a, b) => compareIds(a.id, b.id));
  const classNames = detectionClassNames(sequences.map((s) => s.detection));
  const perSequence = sequences.map((s) => figuresOf([s], classNames)());
  const tagsOf = sequences.map((s) => [...new Set(s.tags)].sort(compareIds));

  const scope = (members: readonly number[]): ScopeReport => {
    const figures = figuresOf(
      members.map((k) => sequences[k]!),
      classNames,
    );
    const point = figures();
    const resampled = bootstrapWeights(members.length, bootstrap).map((w) => figures(w));
    return report(point, (path) => ({
      ci95: percentileInterval(
        resampled.map((f) => leaf(f, path)),
        bootstrap.confidence,
      ),
      spread: spreadOf(members.map((k) => leaf(perSequence[k]!, path))),
    }));
  };

  const tagNames = [...new Set(tagsOf.flat())].sort(compareIds);
  const tags: CampaignReport["tags"] = {};
  for (const tag of tagNames) {
    const members = sequences.flatMap((_, k) => (tagsOf[k]!.includes(tag) ? [k] : []));
    tags[tag] = { sequences: members.map((k) => sequences[k]!.id), ...scope(members) };
  }
  const bySequence: CampaignReport["sequences"] = {};
  sequences.forEach((s, k) => {
    bySequence[s.id] = { tags: tagsOf[k]!, ...report(perSequence[k]!, () => ({ ci95: null, spread: null })) };
  });
  return {
    kind: CAMPAIGN_REPORT_KIND,
    version: CAMPAIGN_REPORT_VERSION,
    settings: { iouThreshold: campaign.settings.iouThreshold, graceNs: campaign.settings.graceNs, bootstrap },
    ...scope(sequences.map((_, k) => k)),
    tags,
    sequences: bySequence,
  };
}

/** The figures of some sequences, each counted weights[k] times (default once). */
function figuresOf(members: readonly SequenceEvaluation[], classNames: readonly string[]): (weights?: ArrayLike<number>) => Figures {
  const detections = members.map((s) => s.detection);
  const pool = detections.some((d) => d !== null) ? new DetectionPool(detections, classNames) : undefined;
  const mot = members.map((s) => s.mot);
  const hasMot = mot.some((m) => m !== null);
  const hazards = members.map((s) => s.hazard);
  const hasHazards = hazards.some((h) => h !== null);
  return (weights) => ({
    detection: pool ? pool.metrics(weights) : null,
    mot: hasMot ? combineMotCounts(mot, weights) : null,
    hazard: hasHazards ? combineHazards(hazards, weights) : null,
  });
}

/** Figures with each number turned into a MetricValue by `around` (given the number's path). */
function report(point: Figures, around: (path: readonly string[]) => Omit<MetricValue, "value">): ScopeReport {
  const walk = (node: unknown, path: string[]): unknown => {
    if (typeof node === "number") return { value: Number.isFinite(node) ? node : null, ...around(path) };
    return Object.fromEntries(Object.entries(node as Record<string, unknown>).map(([k, v]) => [k, walk(v, [...path, k])]));
  };
  return {
    detection: point.detection && (walk(point.detection, ["detection"]) as Reported<DetectionMetrics>),
    mot: point.mot && (walk(point.mot, ["mot"]) as Reported<MotMetrics>),
    hazard: point.hazard && (walk(point.hazard, ["hazard"]) as Reported<HazardMetrics>),
  };
}

/** The number at path, NaN where the path is missing (a section this sequence has no data for). */
function leaf(figures: Figures, path: readonly string[]): number {
  let node: unknown = figures;
  for (const key of path) {
    if (node === null || typeof node !== "object") return Number.NaN;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === "number" ? node : Number.NaN;
}
