import { describe, expect, it } from "vitest";
import { RiskEventFilter } from "../../runtime/cloud/risk-event-filter.js";
import type { RiskAssessmentMessage } from "../../runtime/risk/index.js";

const a = (sensorId: string, seq: number, level: number): RiskAssessmentMessage => ({
  assessmentId: `${sensorId}:${seq}`,
  sensorId,
  seq: BigInt(seq),
  captureTimeNs: BigInt(seq) * 1_000_000n,
  decisionTimeNs: BigInt(seq) * 1_000_000n,
  level: level as RiskAssessmentMessage["level"],
  rawLevel: level as RiskAssessmentMessage["level"],
  factors: [],
  modelName: "m",
  modelVersion: "1",
  degradedInput: false,
});

describe("RiskEventFilter", () => {
  it("passes each sensor's first assessment and every level change, per sensor", () => {
    const f = new RiskEventFilter();
    const levels = [1, 1, 2, 2, 4, 4, 1, 1];
    const events = levels.map((l, i) => f.isEvent(a("cam", i, l)));
    expect(events).toEqual([true, false, true, false, true, false, true, false]);
    expect(f.isEvent(a("lidar", 0, 1))).toBe(true); // another sensor's first
    expect(f.isEvent(a("cam", 9, 1))).toBe(false);
    expect([f.seen, f.events]).toEqual([10, 5]);
  });

  it("beyond maxSensors every assessment passes rather than none", () => {
    const f = new RiskEventFilter({ maxSensors: 1 });
    expect(f.isEvent(a("s1", 0, 1))).toBe(true);
    expect(f.isEvent(a("s2", 0, 1))).toBe(true);
    expect(f.isEvent(a("s2", 1, 1))).toBe(true);
    expect(f.isEvent(a("s1", 1, 1))).toBe(false);
  });
});
