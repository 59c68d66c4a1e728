import { filter, type Observable } from "rxjs";
import type { PipelineCounters, RateLimitedLog } from "../observe/index.js";

export interface SensorAdmissionOptions {
  /** Sensor ids the pipeline serves; empty admits any id up to maxSensors. */
  allow: readonly string[];
  maxSensors: number;
  counters: PipelineCounters;
  log: RateLimitedLog;
}

/**
 * Keeps the set of sensors bounded: frames from sensors not in the allow list (or past
 * maxSensors distinct ids) are rejected as FRAME_UNKNOWN_SENSOR.
 *   frames$.pipe(admitSensors({ allow: ["cam0"], maxSensors: 16, counters, log }))
 */
export function admitSensors(options: SensorAdmissionOptions): <T extends { sensorId: string }>(source: Observable<T>) => Observable<T> {
  const allowed = new Set(options.allow);
  const open = allowed.size === 0;
  // One budget of sensors across every stream it is applied to (frames and object lists).
  return <T extends { sensorId: string }>(source: Observable<T>) => source.pipe(filter((frame: T) => {
    if (allowed.has(frame.sensorId)) return true;
    if (open && allowed.size < options.maxSensors) {
      allowed.add(frame.sensorId);
      return true;
    }
    options.counters.rejectedAfterReceive("FRAME_UNKNOWN_SENSOR", frame.sensorId);
    options.log.warn("FRAME_UNKNOWN_SENSOR", { sensor: frame.sensorId }, open ? "too many sensors" : "sensor not in the pipeline's sensors list");
    return false;
  }));
}
