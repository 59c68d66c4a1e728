import { bigintToLong, longToBigint, vigil } from "../../proto/index.js";
import type { RiskLevel } from "./risk-level.js";

/** One reason behind an assessment (vigil.v1.RiskFactor inside the process). */
export interface RiskFactorMessage {
  trackId: bigint;
  rule: string;
  /** "" when the rule has no zone. */
  zone: string;
  level: RiskLevel;
  /** Seconds; -1 when not applicable (not closing, or no way to measure). */
  ttcS: number;
  /** Metres to the machine; -1 when not known. */
  distanceM: number;
  detail: string;
}

/** A RiskAssessment inside the process: bigint times and ids. */
export interface RiskAssessmentMessage {
  /** `${sensorId}:${seq}`: the same frame always gives the same id. */
  assessmentId: string;
  sensorId: string;
  seq: bigint;
  captureTimeNs: bigint;
  decisionTimeNs: bigint;
  /** After hysteresis. */
  level: RiskLevel;
  /** Before hysteresis: the highest level of this frame's factors. */
  rawLevel: RiskLevel;
  factors: RiskFactorMessage[];
  modelName: string;
  modelVersion: string;
  /** Some track or rule could not be evaluated on this frame. */
  degradedInput: boolean;
}

/**
 * RiskAssessment wire encoding (vigil.v1.RiskAssessment).
 *   publisher.publish(encodeRiskAssessment(assessment)); const a = decodeRiskAssessment(bytes);
 */
export function encodeRiskAssessment(m: RiskAssessmentMessage): Uint8Array {
  return vigil.v1.RiskAssessment.encode({
    assessmentId: m.assessmentId,
    sensorId: m.sensorId,
    seq: bigintToLong(m.seq, true),
    captureTimeNs: bigintToLong(m.captureTimeNs),
    decisionTimeNs: bigintToLong(m.decisionTimeNs),
    level: m.level,
    rawLevel: m.rawLevel,
    factors: m.factors.map((f) => ({
      trackId: bigintToLong(f.trackId, true),
      rule: f.rule,
      zone: f.zone,
      level: f.level,
      ttcS: f.ttcS,
      distanceM: f.distanceM,
      detail: f.detail,
    })),
    modelName: m.modelName,
    modelVersion: m.modelVersion,
    degradedInput: m.degradedInput,
  }).finish();
}

export function decodeRiskAssessment(bytes: Uint8Array): RiskAssessmentMessage {
  const d = vigil.v1.RiskAssessment.decode(bytes);
  return {
    assessmentId: d.assessmentId,
    sensorId: d.sensorId,
    seq: longToBigint(d.seq),
    captureTimeNs: longToBigint(d.captureTimeNs),
    decisionTimeNs: longToBigint(d.decisionTimeNs),
    level: d.level,
    rawLevel: d.rawLevel,
    // Repeated fields decode as the optional-field interface; proto3 absent scalars mean 0 / "".
    factors: d.factors.map((f) => ({
      trackId: longToBigint(f.trackId),
      rule: f.rule ?? "",
      zone: f.zone ?? "",
      level: f.level ?? vigil.v1.RiskLevel.RISK_LEVEL_UNSPECIFIED,
      ttcS: f.ttcS ?? 0,
      distanceM: f.distanceM ?? 0,
      detail: f.detail ?? "",
    })),
    modelName: d.modelName,
    modelVersion: d.modelVersion,
    degradedInput: d.degradedInput,
  };
}
