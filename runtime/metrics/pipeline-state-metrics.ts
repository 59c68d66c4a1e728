import { Gauge } from "prom-client";
import type { DetectorView } from "./detector-metrics.js";
import type { ModelLabels } from "./latency-metrics.js";
import { METRIC_NAMES, type MetricsTarget } from "./metric-names.js";

/**
 * Read at scrape time: the depth of each named queue (the detection stage's latest-wins
 * slots and frames in flight, and whatever else the caller names) and vigil_model_info, 1 for
 * the model now active (the detector's, else the one that ran the newest frame).
 *   const state = new PipelineStateMetrics(target, () => latency.lastModel);
 *   state.queues = { detect: () => gauge.waiting + gauge.inFlight };
 */
export class PipelineStateMetrics {
  /** Queue name → its depth now; names come from code, so the label set is bounded. */
  queues: Readonly<Record<string, () => number>> = {};
  /** The detector whose model is active; when unset, the model of the newest frame. */
  detector: (() => DetectorView | undefined) | undefined;

  constructor(target: MetricsTarget, lastModel: () => ModelLabels | undefined) {
    const { registry, prefix } = target;
    const depth: Gauge<"queue"> = new Gauge({
      name: prefix + METRIC_NAMES.queueDepth,
      help: "Items waiting or in flight per queue (detect: latest-wins slots plus frames in preprocessing or inference)",
      labelNames: ["queue"],
      registers: [registry],
      collect: () => {
        depth.reset();
        for (const [queue, read] of Object.entries(this.queues)) depth.set({ queue }, read());
      },
    });
    const info: Gauge<"model" | "version" | "backend"> = new Gauge({
      name: prefix + METRIC_NAMES.modelInfo,
      help: "1 for the active model, labelled with its name, version and backend/provider",
      labelNames: ["model", "version", "backend"],
      registers: [registry],
      collect: () => {
        info.reset();
        const d = this.detector?.();
        const labels = d === undefined ? lastModel() : { model: d.modelName, version: d.modelVersion, backend: `${d.backend}/${d.provider}` };
        if (labels !== undefined) info.set({ ...labels }, 1);
      },
    });
  }
}
