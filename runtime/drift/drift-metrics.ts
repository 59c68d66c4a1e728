import { Counter, Gauge, type Registry } from "prom-client";

/** The metric families a DriftMonitor registers, without the prefix (default "vigil_"). */
export const DRIFT_METRIC_NAMES = {
  psi: "drift_psi",
  ks: "drift_ks",
  alarm: "drift_alarm",
  alarmsTotal: "drift_alarms_total",
  shortLivedIncrease: "drift_short_lived_increase",
  learning: "drift_reference_learning",
} as const;

/**
 * The drift gauges on a prom-client Registry. Label sets are bounded by the monitor: at most
 * drift.max_sensors sensors x (3 fixed features + drift.max_score_classes score classes + the
 * short-lived track alarm).
 *   const metrics = new DriftMetrics(registry); metrics.evaluated("cam0", "brightness", 0.02, 0.05);
 */
export class DriftMetrics {
  readonly #psi: Gauge<"sensor" | "feature">;
  readonly #ks: Gauge<"sensor" | "feature">;
  readonly #alarm: Gauge<"sensor" | "feature">;
  readonly #alarms: Counter<"sensor" | "feature">;
  readonly #shortLived: Gauge<"sensor">;
  readonly #learning: Gauge;

  constructor(registry: Registry, prefix = "vigil_") {
    const registers = [registry];
    const n = DRIFT_METRIC_NAMES;
    this.#psi = new Gauge({ name: prefix + n.psi, help: "Population stability index of the sensor's feature window against the reference, at its last evaluation", labelNames: ["sensor", "feature"], registers });
    this.#ks = new Gauge({ name: prefix + n.ks, help: "Two-sample Kolmogorov-Smirnov statistic D of the feature window against the reference sample, at its last evaluation", labelNames: ["sensor", "feature"], registers });
    this.#alarm = new Gauge({ name: prefix + n.alarm, help: "1 while a drift alarm is raised for the sensor's feature, else 0", labelNames: ["sensor", "feature"], registers });
    this.#alarms = new Counter({ name: prefix + n.alarmsTotal, help: "Drift alarms raised, per sensor and feature", labelNames: ["sensor", "feature"], registers });
    this.#shortLived = new Gauge({ name: prefix + n.shortLivedIncrease, help: "Short-lived track fraction of the window minus the reference's, at its last evaluation", labelNames: ["sensor"], registers });
    this.#learning = new Gauge({ name: prefix + n.learning, help: "1 while the drift reference is being learnt, 0 once it is frozen", registers });
  }

  learning(on: boolean): void {
    this.#learning.set(on ? 1 : 0);
  }

  evaluated(sensor: string, feature: string, psi: number, ks: number): void {
    this.#psi.set({ sensor, feature }, psi);
    this.#ks.set({ sensor, feature }, ks);
    // The alarm series exists from the first evaluation, so 0 is visible before any alarm.
    this.#alarm.inc({ sensor, feature }, 0);
  }

  shortLivedEvaluated(sensor: string, feature: string, increase: number): void {
    this.#shortLived.set({ sensor }, increase);
    this.#alarm.inc({ sensor, feature }, 0);
  }

  alarm(sensor: string, feature: string, raised: boolean): void {
    this.#alarm.set({ sensor, feature }, raised ? 1 : 0);
    if (raised) this.#alarms.inc({ sensor, feature });
  }
}
