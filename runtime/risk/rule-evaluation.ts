import type { HeightSample } from "./box-height-history.js";
import { boxHeight, contactPoint, nearestPointOnShape, pointInPolygon, type Point } from "./polygon.js";
import type { RiskFactorMessage } from "./risk-assessment-codec.js";
import type { RiskConfig } from "./risk-config.js";
import type { RiskInput, RiskTrack } from "./risk-input.js";
import { RiskLevel } from "./risk-level.js";
import type { SensorGeometry } from "./sensor-geometry.js";
import { groundTimeToCollision, scaleTimeToCollision } from "./time-to-collision.js";

/** What the rules test about one track on one frame. */
export interface TrackMeasure {
  track: RiskTrack;
  /** Box bottom-centre, pixels. */
  contactImage: Point;
  /** The same point on the ground, metres; absent without a homography or beyond its horizon. */
  contactGround?: Point;
  /** Metres to the machine; absent when unknown. */
  distanceM?: number;
  /** Seconds; Infinity when not closing or not measurable. */
  ttcS: number;
  ttcSource: "ground" | "scale" | "none";
  /** Ground TTC: closing speed along the line of sight, m/s. */
  closingSpeedMps?: number;
}

export interface RuleEvaluation {
  /** Firing rule × track pairs, highest level first, at most config.max_factors. */
  factors: RiskFactorMessage[];
  /** The highest level of all firing pairs (CLEAR when none), counted before truncation. */
  rawLevel: RiskLevel;
  /** A track or a rule could not be evaluated. */
  degraded: boolean;
  /** Why, when degraded. */
  degradedReasons: string[];
}

/**
 * Measures one track: its ground contact point, distance and time to collision. Ground TTC when
 * the sensor has a homography and a machine; otherwise scale TTC from `heightRef`, the track's
 * box height a moment ago. Undefined for a box that is not finite.
 *   const m = measureTrack(track, geometry, history.reference(track.trackId, t), t, config.ttc);
 */
export function measureTrack(
  track: RiskTrack,
  geometry: SensorGeometry,
  heightRef: HeightSample | undefined,
  timeNs: bigint,
  ttc: RiskConfig["ttc"],
): TrackMeasure | undefined {
  if (!track.box.every(Number.isFinite) || !track.velocity.every(Number.isFinite)) return undefined;
  const contactImage = contactPoint(track.box);
  const heightPx = boxHeight(track.box);
  const dtS = heightRef === undefined ? 0 : Number(timeNs - heightRef.timeNs) / 1e9;
  const heightRatePxps = heightRef !== undefined && dtS > 0 ? (heightPx - heightRef.heightPx) / dtS : 0;

  const measure: TrackMeasure = { track, contactImage, ttcS: Infinity, ttcSource: "none" };
  const { homography, machine } = geometry;
  const contactGround = homography?.apply(contactImage);
  if (contactGround !== undefined) measure.contactGround = contactGround;

  if (homography !== undefined && machine !== undefined && contactGround !== undefined) {
    // The contact point (bottom-centre) moves with the box centre plus half the height change.
    const contactVelocity: Point = [track.velocity[0], track.velocity[1] + heightRatePxps / 2];
    const groundVelocity = homography.applyVelocity(contactImage, contactVelocity);
    const nearest = nearestPointOnShape(contactGround, machine);
    measure.distanceM = nearest.distance;
    if (groundVelocity !== undefined) {
      const ground = groundTimeToCollision(contactGround, groundVelocity, nearest.point, ttc.min_closing_speed_mps);
      measure.ttcS = ground.ttcS;
      measure.ttcSource = "ground";
      measure.closingSpeedMps = ground.closingSpeedMps;
    }
  } else if (heightRef !== undefined) {
    measure.ttcS = scaleTimeToCollision(heightRef.heightPx, heightPx, dtS, { minHeightPx: ttc.min_box_height_px, minGrowth: ttc.min_scale_growth });
    measure.ttcSource = "scale";
  }
  return measure;
}

/**
 * Evaluates every rule against every track of one TrackSet: a pair fires when the track's label
 * and state match and all of the rule's conditions (zone, ttc_below_s, distance_below_m) hold.
 *   const { factors, rawLevel } = evaluateRules(trackSet, geometry, config, (id) => history.reference(id, t));
 */
export function evaluateRules(
  input: RiskInput,
  geometry: SensorGeometry,
  config: RiskConfig,
  heightRef: (trackId: number) => HeightSample | undefined,
): RuleEvaluation {
  const states = new Set<string>(config.track_states);
  const degradedReasons = [...geometry.unevaluable];
  const eligible = input.tracks.filter((t) => states.has(t.state));
  if (eligible.length > config.max_tracks) {
    degradedReasons.push(`${eligible.length - config.max_tracks} of ${eligible.length} tracks over max_tracks not evaluated`);
  }

  const fired: { factor: RiskFactorMessage; ruleIndex: number }[] = [];
  let rawLevel: RiskLevel = RiskLevel.RISK_LEVEL_CLEAR;
  for (const track of eligible.slice(0, config.max_tracks)) {
    const measure = measureTrack(track, geometry, heightRef(track.trackId), input.captureTimeNs, config.ttc);
    if (measure === undefined) {
      degradedReasons.push(`track ${track.trackId}: box or velocity not finite`);
      continue;
    }
    geometry.rules.forEach((rule, ruleIndex) => {
      if (rule.labels.size > 0 && !rule.labels.has(track.label)) return;
      const reasons: string[] = [];
      if (rule.zone !== undefined) {
        const point = rule.zone.frame === "image" ? measure.contactImage : measure.contactGround;
        if (point === undefined || !pointInPolygon(point, rule.zone.polygon)) return;
        reasons.push(`in zone ${rule.zone.name}`);
      }
      if (rule.ttcBelowS !== undefined) {
        if (!(measure.ttcS < rule.ttcBelowS)) return;
        reasons.push(`TTC ${fmt(measure.ttcS)} s < ${fmt(rule.ttcBelowS)} s (${ttcHow(measure)})`);
      }
      if (rule.distanceBelowM !== undefined) {
        if (measure.distanceM === undefined || !(measure.distanceM < rule.distanceBelowM)) return;
        reasons.push(`${fmt(measure.distanceM)} m < ${fmt(rule.distanceBelowM)} m from machine`);
      }
      if (reasons.length === 0) reasons.push("present");
      if (rule.level > rawLevel) rawLevel = rule.level;
      fired.push({
        ruleIndex,
        factor: {
          trackId: BigInt(track.trackId),
          rule: rule.name,
          zone: rule.zone?.name ?? "",
          level: rule.level,
          ttcS: Number.isFinite(measure.ttcS) ? measure.ttcS : -1,
          distanceM: measure.distanceM ?? -1,
          detail: `${track.label} ${track.trackId} ${reasons.join("; ")}`,
        },
      });
    });
  }

  fired.sort((a, b) => b.factor.level - a.factor.level || compareBigint(a.factor.trackId, b.factor.trackId) || a.ruleIndex - b.ruleIndex);
  return {
    factors: fired.slice(0, config.max_factors).map((f) => f.factor),
    rawLevel,
    degraded: degradedReasons.length > 0,
    degradedReasons,
  };
}

function ttcHow(m: TrackMeasure): string {
  return m.ttcSource === "ground" ? `ground, closing ${fmt(m.closingSpeedMps ?? 0)} m/s` : m.ttcSource;
}

const fmt = (x: number): string => x.toFixed(2);

const compareBigint = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
