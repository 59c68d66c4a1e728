// The risk stage's public face: other folders import only from here.
export { assessRisk, DEGRADED_INPUT_RULE, HOLD_RULE, type AssessRiskOptions } from "./assess-risk.js";
export {
  RiskConfigSchema,
  parseRiskConfig,
  type RiskConfig,
  type RiskZoneConfig,
  type RiskRuleConfig,
  type RiskMachineConfig,
} from "./risk-config.js";
export { encodeRiskAssessment, decodeRiskAssessment, type RiskAssessmentMessage, type RiskFactorMessage } from "./risk-assessment-codec.js";
export type { RiskInput, RiskTrack, RiskTrackState } from "./risk-input.js";
export { RiskLevel, RISK_LEVEL_NAMES, riskLevelFromName, riskLevelName, type RiskLevelName } from "./risk-level.js";
export { RiskHysteresis, type HysteresisOptions, type HysteresisStep } from "./hysteresis.js";
export { Homography, homographyProblem, type Matrix3 } from "./homography.js";
export { pointInPolygon, contactPoint, nearestPointOnShape, type Point } from "./polygon.js";
export { groundTimeToCollision, scaleTimeToCollision, type GroundTtc, type ScaleTtcLimits } from "./time-to-collision.js";
