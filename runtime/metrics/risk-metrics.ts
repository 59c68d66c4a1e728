import { Counter, Gauge } from "prom-client";
import { PipelineCounters } from "../observe/index.js";
import { riskLevelName, type RiskAssessmentMessage } from "../risk/index.js";
import { LabelBound } from "./label-bound.js";
import { METRIC_NAMES, type MetricsTarget } from "./metric-names.js";

/**
 * The risk stage per sensor: the level of the newest assessment (1 CLEAR, 2 CAUTION,
 * 3 WARNING, 4 DANGER, after hysteresis) and assessments counted per level name.
 *   const risk = new RiskMetrics(target); risk.onRisk(assessment);
 */
export class RiskMetrics {
  readonly sensors = new LabelBound(METRIC_NAMES.riskLevel, PipelineCounters.MAX_SENSORS);
  readonly #level: Gauge<"sensor">;
  readonly #assessments: Counter<"sensor" | "level">;

  constructor(target: MetricsTarget) {
    const { registry, prefix } = target;
    this.#level = new Gauge({
      name: prefix + METRIC_NAMES.riskLevel,
      help: "Risk level of the sensor's newest assessment: 1 CLEAR, 2 CAUTION, 3 WARNING, 4 DANGER",
      labelNames: ["sensor"],
      registers: [registry],
    });
    this.#assessments = new Counter({
      name: prefix + METRIC_NAMES.riskAssessments,
      help: "Risk assessments per sensor and level (after hysteresis)",
      labelNames: ["sensor", "level"],
      registers: [registry],
    });
  }

  onRisk(m: RiskAssessmentMessage): void {
    const sensor = this.sensors.label(m.sensorId);
    this.#level.set({ sensor }, m.level);
    this.#assessments.inc({ sensor, level: riskLevelName(m.level) });
  }
}
