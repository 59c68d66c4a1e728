import { Gauge } from "prom-client";
import type { HealthStateName, HeartbeatMessage } from "../../proto/index.js";
import { LabelBound, OTHER_LABEL } from "./label-bound.js";
import { METRIC_NAMES, type MetricsTarget } from "./metric-names.js";

/** vigil_stage_state and vigil_detector_state values. */
export const STATE_VALUE: Record<HealthStateName, number> = { OK: 0, DEGRADED: 1, FAILED: 2 };

/** One stage instance's health, as a heartbeat or RuntimeHealth.reports() gives it. */
export interface StageStatus {
  component: string;
  instance: string;
  state: HealthStateName;
}

/** Stage instances with their own series: ingest per sensor and "*", plus detect, track, risk, arbiter. */
const MAX_STAGE_INSTANCES = 128;

/**
 * Each stage instance's health state (0 OK, 1 DEGRADED, 2 FAILED), labelled {stage, stage_instance} (not "instance": Prometheus sets that to the scraped target):
 * read from the runtime's health at scrape time when a source is set, else the newest heartbeat
 * of each instance (the onHeartbeat tap).
 *   const states = new StageStateMetrics(target); states.source = () => health.reports(clock.nowNs());
 */
export class StageStateMetrics {
  /** The runtime's health now (RuntimeHealth.reports); when unset, the newest heartbeats are used. */
  source: (() => readonly StageStatus[]) | undefined;
  readonly instances = new LabelBound(METRIC_NAMES.stageState, MAX_STAGE_INSTANCES);
  readonly #beats = new Map<string, StageStatus>();

  constructor(target: MetricsTarget) {
    const { registry, prefix } = target;
    const gauge: Gauge<"stage" | "stage_instance"> = new Gauge({
      name: prefix + METRIC_NAMES.stageState,
      help: "Health state of each stage instance: 0 OK, 1 DEGRADED, 2 FAILED (ingest instances are sensors, * for all traffic)",
      labelNames: ["stage", "stage_instance"],
      registers: [registry],
      collect: () => {
        gauge.reset();
        // Instances past the bound share (other), which reports the worst state among them.
        const worst = new Map<string, { stage: string; instance: string; value: number }>();
        for (const s of this.source?.() ?? this.#beats.values()) {
          const instance = this.instances.admit(`${s.component}\u0000${s.instance}`) ? s.instance : OTHER_LABEL;
          const key = `${s.component}\u0000${instance}`;
          const value = Math.max(STATE_VALUE[s.state], worst.get(key)?.value ?? 0);
          worst.set(key, { stage: s.component, instance, value });
        }
        for (const { stage, instance, value } of worst.values()) gauge.set({ stage, stage_instance: instance }, value);
      },
    });
  }

  onHeartbeat(beat: HeartbeatMessage): void {
    // Past the bound, a component's other instances share one entry: at most one per component more.
    const instance = this.instances.admit(`${beat.component}\u0000${beat.instance}`) ? beat.instance : OTHER_LABEL;
    this.#beats.set(`${beat.component}\u0000${instance}`, { component: beat.component, instance, state: beat.state });
  }
}
