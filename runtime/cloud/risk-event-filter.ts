import type { RiskAssessmentMessage } from "../risk/index.js";

export interface RiskEventFilterOptions {
  /** Most sensors tracked; assessments of further sensors always pass (never silently dropped). Default 64. */
  maxSensors?: number;
}

/**
 * Which risk assessments become cloud RiskEvents: a sensor's first assessment and every change
 * of its level (after hysteresis). Assessments arrive per frame (10-30 Hz); the cloud wants the
 * decisions, not the frames — every transition, so the fleet can rebuild each sensor's timeline.
 *   const filter = new RiskEventFilter(); if (filter.isEvent(assessment)) await link.sendRiskEvent(assessment);
 */
export class RiskEventFilter {
  readonly #maxSensors: number;
  readonly #levels = new Map<string, number>();
  /** Assessments seen, and those that were events. */
  seen = 0;
  events = 0;

  constructor({ maxSensors = 64 }: RiskEventFilterOptions = {}) {
    this.#maxSensors = maxSensors;
  }

  isEvent(a: RiskAssessmentMessage): boolean {
    this.seen++;
    const last = this.#levels.get(a.sensorId);
    if (last === a.level) return false;
    if (last !== undefined || this.#levels.size < this.#maxSensors) this.#levels.set(a.sensorId, a.level);
    this.events++;
    return true;
  }
}
