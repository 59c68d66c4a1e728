import { defer, EMPTY, mergeMap, of, type OperatorFunction } from "rxjs";
import type { Clock } from "../graph/index.js";
import { BoxHeightHistory } from "./box-height-history.js";
import { RiskHysteresis } from "./hysteresis.js";
import type { RiskAssessmentMessage, RiskFactorMessage } from "./risk-assessment-codec.js";
import type { RiskConfig } from "./risk-config.js";
import type { RiskInput } from "./risk-input.js";
import { riskLevelFromName, riskLevelName, type RiskLevel } from "./risk-level.js";
import { evaluateRules, type RuleEvaluation } from "./rule-evaluation.js";
import { resolveSensorGeometry, type SensorGeometry } from "./sensor-geometry.js";
import { boxHeight } from "./polygon.js";

/** The rule name of the factor that explains a level held above the raw level. */
export const HOLD_RULE = "hysteresis-hold";
/** The rule name of the factor that raises the level of a degraded input (risk.degraded_policy). */
export const DEGRADED_INPUT_RULE = "degraded-input";

export interface AssessRiskOptions {
  /** Parsed and defaulted (RiskConfigSchema). */
  config: RiskConfig;
  /** Decision times come from here; the hysteresis runs on capture times. */
  clock: Clock;
  /** A frame the stage refused (a sensor beyond config.max_sensors): count it; nothing is emitted for it. */
  onRejected?: (input: RiskInput, code: "RISK_TOO_MANY_SENSORS") => void;
}

interface HoldCause {
  factor: RiskFactorMessage;
  seq: bigint;
}

interface SensorRisk {
  geometry: SensorGeometry;
  history: BoxHeightHistory;
  hysteresis: RiskHysteresis<HoldCause>;
}

/**
 * The risk stage: one RiskAssessment per TrackSet, per sensor (at most config.max_sensors),
 * naming the firing rule × track factors, the frame's seq and model, raw and held level.
 *   trackSets$.pipe(assessRisk({ config: parseRiskConfig(raw), clock, onRejected: (i, code) => count(code) }))
 */
export function assessRisk(options: AssessRiskOptions): OperatorFunction<RiskInput, RiskAssessmentMessage> {
  const { config, clock, onRejected } = options;
  const holdNs = BigInt(Math.round(config.hysteresis.hold_ms * 1e6));
  const windowNs = BigInt(Math.round(config.ttc.scale_window_ms * 1e6));
  const degradedFloor = riskLevelFromName(config.degraded_policy.min_level);

  const createSensor = (sensorId: string): SensorRisk => ({
    geometry: resolveSensorGeometry(config, sensorId),
    history: new BoxHeightHistory({ maxTracks: config.max_tracks, maxSamples: config.ttc.scale_history_frames, windowNs }),
    hysteresis: new RiskHysteresis<HoldCause>({ holdNs, clearFrames: config.hysteresis.clear_frames }),
  });

  const assess = (sensor: SensorRisk, input: RiskInput): RiskAssessmentMessage => {
    const timeNs = input.captureTimeNs;
    const evaluation = applyDegradedPolicy(
      evaluateRules(input, sensor.geometry, config, (id) => sensor.history.reference(id, timeNs)),
      input.degradedReasons ?? [],
      degradedFloor,
    );
    sensor.history.update(timeNs, new Map(input.tracks.map((t) => [t.trackId, boxHeight(t.box)])));
    const top = evaluation.factors[0];
    const step = sensor.hysteresis.update(evaluation.rawLevel, timeNs, top === undefined ? undefined : { factor: top, seq: input.seq });
    const factors = [...evaluation.factors];
    if (step.held && step.hold !== undefined) factors.unshift(holdFactor(step.level, step.hold, timeNs, holdNs, config.hysteresis.clear_frames));
    return {
      assessmentId: `${input.sensorId}:${input.seq}`,
      sensorId: input.sensorId,
      seq: input.seq,
      captureTimeNs: input.captureTimeNs,
      decisionTimeNs: clock.nowNs(),
      level: step.level,
      rawLevel: evaluation.rawLevel,
      factors,
      modelName: input.modelName,
      modelVersion: input.modelVersion,
      degradedInput: evaluation.degraded,
    };
  };

  return (source) =>
    defer(() => {
      const sensors = new Map<string, SensorRisk>();
      return source.pipe(
        mergeMap((input) => {
          let sensor = sensors.get(input.sensorId);
          if (sensor === undefined) {
            if (sensors.size >= config.max_sensors) {
              onRejected?.(input, "RISK_TOO_MANY_SENSORS");
              return EMPTY;
            }
            sensor = createSensor(input.sensorId);
            sensors.set(input.sensorId, sensor);
          }
          return of(assess(sensor, input));
        }),
      );
    });
}

function holdFactor(
  level: RiskAssessmentMessage["level"],
  hold: { cause: HoldCause | undefined; sinceNs: bigint; framesBelow: number },
  timeNs: bigint,
  holdNs: bigint,
  clearFrames: number,
): RiskFactorMessage {
  const heldMs = Number(timeNs - hold.sinceNs) / 1e6;
  const progress = `${hold.framesBelow}/${clearFrames} frames below, ${heldMs.toFixed(0)}/${(Number(holdNs) / 1e6).toFixed(0)} ms`;
  const cause = hold.cause;
  if (cause === undefined) {
    return { trackId: 0n, rule: HOLD_RULE, zone: "", level, ttcS: -1, distanceM: -1, detail: `holding ${riskLevelName(level)}: ${progress}` };
  }
  return {
    ...cause.factor,
    rule: HOLD_RULE,
    level,
    detail: `holding ${riskLevelName(level)} raised at seq ${cause.seq} by rule ${cause.factor.rule} (${cause.factor.detail}): ${progress}`,
  };
}

/**
 * A degraded input (its reasons come from upstream: sensor health, backend failover,
 * overload) is raised to at least the policy's level before hysteresis, with a factor
 * that names the reasons, and the assessment is marked degraded_input.
 */
function applyDegradedPolicy(evaluation: RuleEvaluation, reasons: readonly string[], floor: RiskLevel): RuleEvaluation {
  if (reasons.length === 0) return evaluation;
  const detail = `input degraded: ${reasons.join(", ")}`;
  const factor: RiskFactorMessage = { trackId: 0n, rule: DEGRADED_INPUT_RULE, zone: "", level: floor, ttcS: -1, distanceM: -1, detail };
  const factors = floor > evaluation.rawLevel ? [factor, ...evaluation.factors] : [...evaluation.factors, factor];
  return {
    factors,
    rawLevel: floor > evaluation.rawLevel ? floor : evaluation.rawLevel,
    degraded: true,
    degradedReasons: [...evaluation.degradedReasons, ...reasons],
  };
}
