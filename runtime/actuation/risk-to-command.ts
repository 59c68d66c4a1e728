import type { ActuationConfig, CommandRule } from "./actuation-config.js";
import type { ActuationCommandMessage } from "../../proto/index.js";

/** RiskLevel without its prefix; UNSPECIFIED is an assessment that cannot be trusted. */
export type RiskLevelName = "UNSPECIFIED" | "CLEAR" | "CAUTION" | "WARNING" | "DANGER";

/** vigil.v1.RiskLevel numbers, for callers that hold the wire enum. */
const LEVEL_BY_NUMBER: readonly RiskLevelName[] = ["UNSPECIFIED", "CLEAR", "CAUTION", "WARNING", "DANGER"];

/** One reason behind an assessment (the fields of vigil.v1.RiskFactor that a reason names). */
export interface RiskFactorInput {
  rule: string;
  zone?: string;
  trackId?: bigint | number;
  level?: RiskLevelName | number;
  /** Time to collision in seconds; < 0 or absent when not applicable. */
  ttcS?: number;
  /** Distance in metres; < 0 or absent when not known. */
  distanceM?: number;
  detail?: string;
}

/**
 * What riskToCommand needs from a RiskAssessment: structurally a subset of it, so the
 * risk stage's own type can be passed as is (level as a name or a vigil.v1.RiskLevel number).
 */
export interface RiskAssessmentInput {
  assessmentId: string;
  /** The level after hysteresis. */
  level: RiskLevelName | number;
  decisionTimeNs: bigint;
  factors: readonly RiskFactorInput[];
  degradedInput?: boolean;
}

/** A reason names at most this many factors (most severe first); the rest are counted. */
export const MAX_REASON_FACTORS = 3;
/** Reasons are cut to this many characters, so a command stays small on the wire. */
export const MAX_REASON_CHARS = 240;

/**
 * The command perception asks for given one assessment: the configured rule for its level,
 * source PERCEPTION, valid from its decision time for validity_ms, with a reason built
 * from its factors. An unspecified or unknown level is treated as DANGER.
 *   arbiter.offer(riskToCommand(assessment, config));
 */
export function riskToCommand(assessment: RiskAssessmentInput, config: ActuationConfig): ActuationCommandMessage {
  const level = levelName(assessment.level);
  const rule = ruleFor(level, config);
  const head = level === "UNSPECIFIED" ? "risk level unspecified, treated as DANGER" : level;
  return {
    machineId: config.machine_id,
    seq: 0n,
    issuedTimeNs: assessment.decisionTimeNs,
    validUntilNs: assessment.decisionTimeNs + BigInt(config.validity_ms) * 1_000_000n,
    kind: rule.kind,
    source: "PERCEPTION",
    maxSpeedMps: rule.kind === "SLOW" ? rule.max_speed_mps : 0,
    reason: truncate(`${head}: ${describeFactors(assessment.factors)}${assessment.degradedInput ? " (degraded input)" : ""}`),
    assessmentId: assessment.assessmentId,
    origin: `${config.origin}/risk`,
  };
}

function levelName(level: RiskLevelName | number): RiskLevelName {
  if (typeof level === "number") return LEVEL_BY_NUMBER[level] ?? "UNSPECIFIED";
  return LEVEL_BY_NUMBER.includes(level) ? level : "UNSPECIFIED";
}

function ruleFor(level: RiskLevelName, config: ActuationConfig): CommandRule {
  switch (level) {
    case "CLEAR":
      return config.mapping.clear;
    case "CAUTION":
      return config.mapping.caution;
    case "WARNING":
      return config.mapping.warning;
    case "DANGER":
    case "UNSPECIFIED":
      return config.mapping.danger;
  }
}

function describeFactors(factors: readonly RiskFactorInput[]): string {
  if (factors.length === 0) return "no risk factors";
  const severity = (f: RiskFactorInput): number => LEVEL_BY_NUMBER.indexOf(f.level === undefined ? "UNSPECIFIED" : levelName(f.level));
  const ordered = factors.map((f, i) => ({ f, i })).sort((a, b) => severity(b.f) - severity(a.f) || a.i - b.i);
  const named = ordered.slice(0, MAX_REASON_FACTORS).map(({ f }) => describeFactor(f));
  const more = factors.length - named.length;
  return more > 0 ? `${named.join("; ")}; +${more} more` : named.join("; ");
}

/** "person_in_zone in aisle-3 track 7 ttc 1.2s at 3.4m: crossing" */
function describeFactor(f: RiskFactorInput): string {
  let s = f.rule || "unnamed rule";
  if (f.zone) s += ` in ${f.zone}`;
  if (f.trackId !== undefined) s += ` track ${f.trackId}`;
  if (f.ttcS !== undefined && Number.isFinite(f.ttcS) && f.ttcS >= 0) s += ` ttc ${f.ttcS.toFixed(1)}s`;
  if (f.distanceM !== undefined && Number.isFinite(f.distanceM) && f.distanceM >= 0) s += ` at ${f.distanceM.toFixed(1)}m`;
  if (f.detail) s += `: ${f.detail}`;
  return s;
}

function truncate(reason: string): string {
  return reason.length <= MAX_REASON_CHARS ? reason : `${reason.slice(0, MAX_REASON_CHARS - 1)}…`;
}
