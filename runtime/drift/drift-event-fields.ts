import { bigintToLong, type vigil } from "../../proto/index.js";
import type { DriftAlarmEvent } from "./drift-monitor.js";

/**
 * A drift alarm as the fields of the MQTT DriftEvent (CloudLink.sendDriftEvent fills in the
 * event id, site and device).
 *   monitor = new DriftMonitor({ ..., onAlarm: (e) => void link.sendDriftEvent(driftEventFields(e)).catch(logIt) });
 */
export function driftEventFields(e: DriftAlarmEvent): Omit<vigil.v1.DriftEvent.$Properties, "eventId" | "site" | "device"> {
  return {
    timeNs: bigintToLong(e.timeNs),
    sensorId: e.sensorId,
    feature: e.feature,
    statistic: e.statistic,
    value: e.value,
    threshold: e.threshold,
    state: e.state,
    windowFrames: e.windowFrames,
  };
}
