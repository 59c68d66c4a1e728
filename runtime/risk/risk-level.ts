import { vigil } from "../../proto/index.js";

/** vigil.v1.RiskLevel: ordered, a higher value is more restrictive. */
export type RiskLevel = vigil.v1.RiskLevel;
export const RiskLevel = vigil.v1.RiskLevel;

export const RISK_LEVEL_NAMES = ["CLEAR", "CAUTION", "WARNING", "DANGER"] as const;
export type RiskLevelName = (typeof RISK_LEVEL_NAMES)[number];

const BY_NAME: Record<RiskLevelName, RiskLevel> = {
  CLEAR: RiskLevel.RISK_LEVEL_CLEAR,
  CAUTION: RiskLevel.RISK_LEVEL_CAUTION,
  WARNING: RiskLevel.RISK_LEVEL_WARNING,
  DANGER: RiskLevel.RISK_LEVEL_DANGER,
};

/**
 * The RiskLevel a config name stands for, and back.
 *   riskLevelFromName("DANGER") === RiskLevel.RISK_LEVEL_DANGER; riskLevelName(level) === "DANGER"
 */
export function riskLevelFromName(name: RiskLevelName): RiskLevel {
  return BY_NAME[name];
}

/** The short name of a level ("CLEAR" ... "DANGER"; "UNSPECIFIED" for 0 or unknown values). */
export function riskLevelName(level: RiskLevel): RiskLevelName | "UNSPECIFIED" {
  return RISK_LEVEL_NAMES[level - 1] ?? "UNSPECIFIED";
}
