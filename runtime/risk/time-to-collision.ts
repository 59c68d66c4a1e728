import type { Point } from "./polygon.js";

export interface GroundTtc {
  /** Seconds until contact at the current closing speed; Infinity when not closing. */
  ttcS: number;
  /** Speed along the line of sight towards the machine, m/s; negative when moving away. */
  closingSpeedMps: number;
  /** Distance to the machine's nearest point, metres. */
  distanceM: number;
}

/**
 * Time to collision on the ground plane: distance to the machine's nearest point divided by
 * the closing speed along the line of sight (velocity projected on the direction to the machine).
 *   groundTimeToCollision([0, 10], [0, -2], [0, 0], 0.1).ttcS === 5   // 10 m away at 2 m/s
 */
export function groundTimeToCollision(position: Point, velocity: Point, machinePoint: Point, minClosingSpeedMps: number): GroundTtc {
  const rx = position[0] - machinePoint[0];
  const ry = position[1] - machinePoint[1];
  const distanceM = Math.hypot(rx, ry);
  if (distanceM === 0) return { ttcS: 0, closingSpeedMps: Math.hypot(velocity[0], velocity[1]), distanceM };
  const closingSpeedMps = -(velocity[0] * rx + velocity[1] * ry) / distanceM;
  const ttcS = closingSpeedMps >= minClosingSpeedMps ? distanceM / closingSpeedMps : Infinity;
  return { ttcS, closingSpeedMps, distanceM };
}

export interface ScaleTtcLimits {
  /** A reference box smaller than this is too noisy to time: no TTC. */
  minHeightPx: number;
  /** Relative growth (s − 1) below this counts as not approaching. */
  minGrowth: number;
}

/**
 * Time to collision from box scale growth, with no homography: TTC ≈ h / (dh/dt), taken over
 * two samples as Δt / (s − 1), s = h_now / h_then, which is exact for a constant closing speed.
 *   scaleTimeToCollision(50, 100, 1, { minHeightPx: 8, minGrowth: 0.01 }) === 1   // height doubled in 1 s
 */
export function scaleTimeToCollision(heightThenPx: number, heightNowPx: number, dtS: number, limits: ScaleTtcLimits): number {
  if (!(dtS > 0) || !(heightThenPx >= limits.minHeightPx) || !Number.isFinite(heightNowPx)) return Infinity;
  const growth = heightNowPx / heightThenPx - 1;
  return growth >= limits.minGrowth ? dtS / growth : Infinity;
}
