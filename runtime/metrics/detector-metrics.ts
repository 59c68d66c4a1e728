import { Counter, Gauge } from "prom-client";
import type { DetectorHealth } from "../perception/index.js";
import { METRIC_NAMES, type MetricsTarget } from "./metric-names.js";
import { STATE_VALUE } from "./stage-state-metrics.js";

/** What the metrics read of a Detector (a Detector or ModelSlot is one). */
export interface DetectorView {
  readonly modelName: string;
  readonly modelVersion: string;
  readonly backend: string;
  readonly provider: string;
  health?(): DetectorHealth;
}

/**
 * The detector's degradation ladder at scrape time: its state (0 OK, 1 DEGRADED on failover,
 * 2 FAILED with every backend down) labelled with the active backend/provider, and its
 * failover, timeout and retry counts. Registered only for pipelines with a detector.
 *   new DetectorMetrics(target, () => detector);
 */
export class DetectorMetrics {
  constructor(target: MetricsTarget, detector: () => DetectorView | undefined) {
    const { registry, prefix } = target;
    const health = (): DetectorHealth | undefined => detector()?.health?.();
    const state: Gauge<"backend"> = new Gauge({
      name: prefix + METRIC_NAMES.detectorState,
      help: "Detector state: 0 OK, 1 DEGRADED (a backend failed over), 2 FAILED (none works), labelled with the active backend/provider",
      labelNames: ["backend"],
      registers: [registry],
      collect: () => {
        state.reset();
        const d = detector();
        if (d === undefined) return;
        const h = d.health?.();
        // A detector without a ladder has one backend and no failover: OK while it exists.
        state.set({ backend: `${h?.backend ?? d.backend}/${h?.provider ?? d.provider}` }, STATE_VALUE[h?.state ?? "OK"]);
      },
    });
    const counts: readonly { name: string; help: string; read: (h: DetectorHealth) => number }[] = [
      { name: METRIC_NAMES.detectorFailovers, help: "Times the active backend was taken out of service at run time (error or timeout)", read: (h) => h.failovers },
      { name: METRIC_NAMES.detectorTimeouts, help: "Inference calls that did not answer within detector.inference_timeout_ms", read: (h) => h.timeouts },
      { name: METRIC_NAMES.detectorRetries, help: "Attempts to bring a better backend back (load plus probe)", read: (h) => h.retries },
    ];
    for (const c of counts) {
      const counter: Counter = new Counter({
        name: prefix + c.name,
        help: c.help,
        registers: [registry],
        collect: () => {
          counter.reset();
          const h = health();
          if (h !== undefined) counter.inc(c.read(h));
        },
      });
    }
  }
}
