import type { HazardAccumulator } from "./hazard-scoring.js";
import { quantile } from "./quantile.js";

/** Hazard figures of one or more sequences. A ratio with a zero denominator is NaN. */
export interface HazardMetrics {
  /** Labelled hazards. */
  hazards: number;
  detected: number;
  missed: number;
  /** missed / hazards. */
  miss_rate: number;
  /** Time to first alarm over the detected hazards, pooled, in milliseconds (median and p90: type-7 quantiles). */
  time_to_alarm_mean_ms: number;
  time_to_alarm_median_ms: number;
  time_to_alarm_p90_ms: number;
  /** Stop episodes that began outside every hazard (HazardScorer says how they are counted). */
  false_stops: number;
  /** Hours of sequence evaluated. */
  hours: number;
  /** false_stops / hours. */
  false_stops_per_hour: number;
}

const NS_PER_HOUR = 3_600e9;

/**
 * Hazard metrics of sequences taken together, sequence g counted weights[g] times (default
 * once each): counts and hours summed in sequence order, rates recomputed from the sums;
 * times to alarm pooled (each repeated by its sequence's weight). Null parts (no hazard
 * data) add nothing.
 *   combineHazards(sequences.map((s) => s.hazard)).false_stops_per_hour
 */
export function combineHazards(parts: readonly (HazardAccumulator | null)[], weights?: ArrayLike<number>): HazardMetrics {
  let hazards = 0;
  let detected = 0;
  let falseStops = 0;
  let durationNs = 0;
  let ttaSum = 0;
  const tta: number[] = [];
  parts.forEach((p, g) => {
    const w = weights ? weights[g]! : 1;
    if (!p || w === 0) return;
    hazards += w * p.hazards.length;
    falseStops += w * p.falseStopStartsNs.length;
    durationNs += w * p.durationNs;
    for (const h of p.hazards) {
      if (h.timeToAlarmNs === null) continue;
      detected += w;
      ttaSum += w * h.timeToAlarmNs;
      for (let k = 0; k < w; k++) tta.push(h.timeToAlarmNs);
    }
  });
  tta.sort((a, b) => a - b);
  const hours = durationNs / NS_PER_HOUR;
  return {
    hazards,
    detected,
    missed: hazards - detected,
    miss_rate: ratio(hazards - detected, hazards),
    time_to_alarm_mean_ms: ratio(ttaSum, detected) / 1e6,
    time_to_alarm_median_ms: quantile(tta, 0.5) / 1e6,
    time_to_alarm_p90_ms: quantile(tta, 0.9) / 1e6,
    false_stops: falseStops,
    hours,
    false_stops_per_hour: ratio(falseStops, hours),
  };
}

const ratio = (num: number, den: number): number => (den === 0 ? Number.NaN : num / den);
