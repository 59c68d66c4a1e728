import YAML from "yaml";
import { z } from "zod";
import { VigilError } from "../errors/index.js";
import { reportMetric, type ReportMetric } from "./report-metric.js";

/** The kinds of limit a gate can set; each gate sets exactly one. */
export const GATE_LIMIT_KINDS = ["min", "max", "max_drop", "max_increase", "ci_lower_min", "ci_upper_max"] as const;
export type GateLimitKind = (typeof GATE_LIMIT_KINDS)[number];

const limit = z.number().optional();

const GateSchema = z
  .strictObject({
    /** Shown in the table instead of the limit kind. */
    name: z.string().min(1).optional(),
    /** Dotted path into the report: `detection.recall`, `tags.night.mot.mota`, `detection.classes.person.ap`. */
    metric: z.string().min(1),
    min: limit,
    max: limit,
    max_drop: z.number().nonnegative().optional(),
    max_increase: z.number().nonnegative().optional(),
    ci_lower_min: limit,
    ci_upper_max: limit,
  })
  .superRefine((g, ctx) => {
    const set = GATE_LIMIT_KINDS.filter((k) => g[k] !== undefined);
    if (set.length !== 1) {
      ctx.addIssue({ code: "custom", message: `a gate sets exactly one of ${GATE_LIMIT_KINDS.join(", ")}; this one sets ${set.length === 0 ? "none" : set.join(" and ")} (write one gate per limit)` });
    }
  });

/** The gates file: `gates:` and a list of gates. */
export const GatesFileSchema = z.strictObject({ gates: z.array(GateSchema).min(1) });

export type Gate = z.infer<typeof GateSchema>;

/** One gate judged. */
export interface GateResult {
  /** 1-based position in the gates file. */
  index: number;
  name: string;
  metric: string;
  kind: GateLimitKind;
  limit: number;
  baseline: number | null;
  candidate: number | null;
  candidateCi95: [number, number] | null;
  /** candidate - baseline, when both are numbers. */
  delta: number | null;
  pass: boolean;
  /** Why it failed when the figure could not be judged (missing, undefined, no interval). */
  reason: string | null;
}

export interface GateVerdict {
  ship: boolean;
  results: GateResult[];
}

/** Slack of every comparison, so a figure exactly at its limit passes despite float rounding. */
export const GATE_TOLERANCE = 1e-9;

/**
 * Validates a parsed gates file; throws CONFIG_INVALID naming each bad field.
 *   const gates = parseGates(YAML.parse(text), "gates.yaml");
 */
export function parseGates(raw: unknown, source = "gates"): Gate[] {
  const result = GatesFileSchema.safeParse(raw ?? {});
  if (!result.success) throw new VigilError("CONFIG_INVALID", `${source} is invalid:\n${z.prettifyError(result.error)}`, { cause: result.error });
  return result.data.gates;
}

/** parseGates of YAML text; CONFIG_INVALID when it is not YAML. */
export function parseGatesYaml(text: string, source = "gates"): Gate[] {
  let raw: unknown;
  try {
    raw = YAML.parse(text);
  } catch (err) {
    throw new VigilError("CONFIG_INVALID", `${source} is not valid YAML: ${(err as Error).message}`, { cause: err });
  }
  return parseGates(raw, source);
}

/**
 * Judges a candidate report against a baseline under gates. Limits are inclusive:
 * - `min` / `max`: the candidate's value is at least / at most the limit;
 * - `max_drop` / `max_increase`: candidate - baseline is at least -limit / at most limit;
 * - `ci_lower_min` / `ci_upper_max`: the candidate's ci95 low end is at least / high end at most the limit.
 * A figure missing from a report, null there (undefined, e.g. recall without ground truth),
 * or without the interval a ci gate needs fails its gate, with the reason: never a silent pass.
 *   const { ship, results } = evaluateGates(gates, baselineJson, candidateJson);
 */
export function evaluateGates(gates: readonly Gate[], baseline: unknown, candidate: unknown): GateVerdict {
  const results = gates.map((gate, k) => judge(gate, k + 1, reportMetric(baseline, gate.metric), reportMetric(candidate, gate.metric)));
  return { ship: results.every((r) => r.pass), results };
}

function judge(gate: Gate, index: number, base: ReportMetric | undefined, cand: ReportMetric | undefined): GateResult {
  const kind = GATE_LIMIT_KINDS.find((k) => gate[k] !== undefined)!;
  const limit = gate[kind]!;
  const baseline = base?.value ?? null;
  const candidate = cand?.value ?? null;
  const delta = baseline !== null && candidate !== null ? candidate - baseline : null;
  const result = { index, name: gate.name ?? kind, metric: gate.metric, kind, limit, baseline, candidate, candidateCi95: cand?.ci95 ?? null, delta };
  const fail = (reason: string): GateResult => ({ ...result, pass: false, reason });
  if (cand === undefined) return fail(`${gate.metric} is not in the candidate report`);
  const relative = kind === "max_drop" || kind === "max_increase";
  if (relative && base === undefined) return fail(`${gate.metric} is not in the baseline report`);
  const pass = (ok: boolean): GateResult => ({ ...result, pass: ok, reason: null });
  switch (kind) {
    case "min":
    case "max":
      if (candidate === null) return fail(`${gate.metric} has no value in the candidate report`);
      return pass(kind === "min" ? candidate >= limit - GATE_TOLERANCE : candidate <= limit + GATE_TOLERANCE);
    case "max_drop":
    case "max_increase":
      if (candidate === null) return fail(`${gate.metric} has no value in the candidate report`);
      if (baseline === null) return fail(`${gate.metric} has no value in the baseline report`);
      return pass(kind === "max_drop" ? delta! >= -limit - GATE_TOLERANCE : delta! <= limit + GATE_TOLERANCE);
    case "ci_lower_min":
    case "ci_upper_max": {
      const ci = cand.ci95;
      if (ci === null) return fail(`${gate.metric} has no ci95 interval in the candidate report`);
      return pass(kind === "ci_lower_min" ? ci[0] >= limit - GATE_TOLERANCE : ci[1] <= limit + GATE_TOLERANCE);
    }
  }
}
