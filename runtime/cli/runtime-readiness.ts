import type { ReadyState } from "../api/index.js";
import type { Clock } from "../clock/index.js";
import type { RuntimePipeline } from "../graph/index.js";
import type { Detector } from "../perception/index.js";

/**
 * GET /readyz for `vigil run`: ready when the pipeline's model is loaded and working (camera
 * pipelines) and every sensor is fresh — no ingest report FAILED or SENSOR_SILENT, no stage
 * FAILED. Reasons are stable codes; details name the component behind each.
 *   api = await startApiServer({ ..., ready: () => runtimeReadiness(pipeline, () => slot.active, clock, true) });
 */
export function runtimeReadiness(pipeline: RuntimePipeline, detector: () => Detector | undefined, clock: Clock, needsModel: boolean): ReadyState {
  const reasons = new Set<string>();
  const details: Record<string, string[]> = {};
  const note = (where: string, codes: string[]): void => {
    if (codes.length === 0) return;
    for (const c of codes) reasons.add(c);
    details[where] = codes;
  };
  if (needsModel) {
    const d = detector();
    if (d === undefined) note("detector", ["MODEL_NOT_LOADED"]);
    else if (d.health?.().state === "FAILED") note("detector", d.health().reasons);
  }
  for (const r of pipeline.health.reports(clock.nowNs())) {
    const codes = r.reason === "" ? [] : r.reason.split(",");
    const where = `${r.component}:${r.instance}`;
    if (r.state === "FAILED") note(where, codes.length > 0 ? codes : ["FAILED"]);
    else if (r.component === "ingest" && codes.includes("SENSOR_SILENT")) note(where, ["SENSOR_SILENT"]);
  }
  return { ready: reasons.size === 0, reasons: [...reasons], ...(reasons.size === 0 ? {} : { details }) };
}
