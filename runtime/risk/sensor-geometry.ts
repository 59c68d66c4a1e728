import { Homography, type Matrix3 } from "./homography.js";
import type { Point } from "./polygon.js";
import type { RiskConfig } from "./risk-config.js";
import { riskLevelFromName, type RiskLevel } from "./risk-level.js";

export interface ResolvedZone {
  name: string;
  frame: "image" | "ground";
  polygon: readonly Point[];
}

export interface ResolvedRule {
  name: string;
  /** Empty: every label. */
  labels: ReadonlySet<string>;
  zone?: ResolvedZone;
  level: RiskLevel;
  ttcBelowS?: number;
  distanceBelowM?: number;
}

/** What one sensor's rules are evaluated against. */
export interface SensorGeometry {
  sensorId: string;
  homography?: Homography;
  /** The machine on the ground, metres: one point or a footprint polygon. */
  machine?: readonly Point[];
  /** The rules that apply to this sensor and can be evaluated on it, in config order. */
  rules: readonly ResolvedRule[];
  /** Why a rule that applies to this sensor cannot be evaluated on it; non-empty marks its assessments degraded. */
  unevaluable: readonly string[];
}

/**
 * Resolves the risk config for one sensor: its homography, the zones that apply to it, the
 * machine on its ground plane, and the rules it can evaluate (the others are named in `unevaluable`).
 *   const geometry = resolveSensorGeometry(config, "cam-front"); geometry.rules.length
 */
export function resolveSensorGeometry(config: RiskConfig, sensorId: string): SensorGeometry {
  const matrix = config.homographies[sensorId];
  const homography = matrix === undefined ? undefined : Homography.fromMatrix(matrix as Matrix3);
  const unevaluable: string[] = [];

  let machine: readonly Point[] | undefined;
  if (config.machine !== undefined) {
    const shape: readonly Point[] = config.machine.point !== undefined ? [config.machine.point] : (config.machine.polygon ?? []);
    if (config.machine.frame === "ground") machine = shape;
    else if (homography !== undefined) {
      const mapped = shape.map((p) => homography.apply(p));
      if (mapped.every((p) => p !== undefined)) machine = mapped as Point[];
      else unevaluable.push("machine: part of its image outline lies beyond the horizon of the homography");
    }
  }

  const zones = new Map<string, ResolvedZone>();
  for (const zone of config.zones) {
    if (zone.sensors.length === 0 || zone.sensors.includes(sensorId)) zones.set(zone.name, { name: zone.name, frame: zone.frame, polygon: zone.polygon });
  }

  const rules: ResolvedRule[] = [];
  for (const rule of config.rules) {
    const zone = rule.zone === undefined ? undefined : zones.get(rule.zone);
    if (rule.zone !== undefined && zone === undefined) continue; // its zone is for other sensors
    if (zone?.frame === "ground" && homography === undefined) {
      unevaluable.push(`rule ${rule.name}: zone ${zone.name} is on the ground and sensor ${sensorId} has no homography`);
      continue;
    }
    if (rule.distance_below_m !== undefined && (homography === undefined || machine === undefined)) {
      unevaluable.push(`rule ${rule.name}: distance needs a homography and a machine position for sensor ${sensorId}`);
      continue;
    }
    rules.push({
      name: rule.name,
      labels: new Set(rule.labels),
      ...(zone !== undefined && { zone }),
      level: riskLevelFromName(rule.level),
      ...(rule.ttc_below_s !== undefined && { ttcBelowS: rule.ttc_below_s }),
      ...(rule.distance_below_m !== undefined && { distanceBelowM: rule.distance_below_m }),
    });
  }
  return { sensorId, ...(homography !== undefined && { homography }), ...(machine !== undefined && { machine }), rules, unevaluable };
}
