import { from, lastValueFrom, toArray } from "rxjs";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../runtime/clock/index.js";
import {
  HOLD_RULE,
  RiskLevel,
  assessRisk,
  decodeRiskAssessment,
  encodeRiskAssessment,
  parseRiskConfig,
  riskLevelName,
  type RiskAssessmentMessage,
  type RiskInput,
} from "../../runtime/risk/index.js";
import { H_50PX_PER_M, frame, personAt } from "./risk-fixtures.js";

const SCENARIO = parseRiskConfig({
  homographies: { "cam-1": H_50PX_PER_M },
  machine: { polygon: [[-1, -1], [1, -1], [1, 0], [-1, 0]] },
  zones: [
    { name: "danger", frame: "ground", polygon: [[-2, 0], [2, 0], [2, 2.5], [-2, 2.5]] },
    { name: "caution", frame: "ground", polygon: [[-3, 0], [3, 0], [3, 5.1], [-3, 5.1]] },
  ],
  rules: [
    { name: "person-in-danger", labels: ["person"], zone: "danger", level: "DANGER" },
    { name: "person-in-caution", labels: ["person"], zone: "caution", level: "CAUTION" },
    { name: "person-ttc-warning", labels: ["person"], ttc_below_s: 3.95, level: "WARNING" },
    { name: "person-ttc-danger", labels: ["person"], ttc_below_s: 1.95, level: "DANGER" },
  ],
  hysteresis: { hold_ms: 1000, clear_frames: 5 },
});

async function run(inputs: RiskInput[], config = SCENARIO, clock = new ManualClock(42n)): Promise<RiskAssessmentMessage[]> {
  return lastValueFrom(from(inputs).pipe(assessRisk({ config, clock }), toArray()));
}

/** The frame indexes where the held level changes, with the new level. */
function transitions(out: RiskAssessmentMessage[]): [number, string][] {
  const result: [number, string][] = [];
  out.forEach((a, i) => {
    if (i === 0 || a.level !== out[i - 1]?.level) result.push([i, riskLevelName(a.level)]);
  });
  return result;
}

describe("assessRisk: a pedestrian approaching the danger zone, then walking away", () => {
  // 10 fps. Frames 0–39: from 10 m straight at the machine at 2 m/s (y = 10 − 0.2k, down to 2.2 m).
  // Frames 40–69: turned round, walking away at 2 m/s (y = 2.2 + 0.2(k − 39)).
  const inputs: RiskInput[] = [];
  for (let k = 0; k < 70; k++) {
    const y = k < 40 ? 10 - 0.2 * k : 2.2 + 0.2 * (k - 39);
    inputs.push(frame(k, k * 100, [personAt(7, 0, y, 0, k < 40 ? -2 : 2)]));
  }

  it("goes WARNING then DANGER on TTC before the zone, then CLEAR only after the hold", async () => {
    const out = await run(inputs);
    expect(out).toHaveLength(70);
    expect(transitions(out)).toEqual([
      [0, "CLEAR"],
      [11, "WARNING"], // 7.8 m: TTC 3.9 s < 3.95 s
      [31, "DANGER"], // 3.8 m: TTC 1.9 s < 1.95 s, still outside the zone (< 2.5 m)
      [50, "CAUTION"], // DANGER last at frame 40 (2.4 m, in the zone): released 1000 ms later, 10 frames below
      [63, "CLEAR"], // in the caution zone until frame 53 (5.0 m): released 1000 ms later
    ]);
    // DANGER came from TTC alone: the zone rule first fires at frame 38 (2.4 m).
    expect(out[31]?.factors.map((f) => f.rule)).toEqual(["person-ttc-danger", "person-ttc-warning", "person-in-caution"]);
    expect(out[31]?.factors[0]?.ttcS).toBeCloseTo(1.9, 9);
    expect(out[31]?.factors[0]?.distanceM).toBeCloseTo(3.8, 9);
    expect(out.findIndex((a) => a.factors.some((f) => f.rule === "person-in-danger"))).toBe(38);
    // Walking away: no TTC, the raw level drops at once, the held level does not.
    expect(riskLevelName(out[41]?.rawLevel ?? 0)).toBe("CAUTION");
    expect(out[41]?.factors.map((f) => [f.rule, f.ttcS])).toEqual([
      [HOLD_RULE, -1],
      ["person-in-caution", -1],
    ]);
    expect(out[41]?.factors[0]?.detail).toMatch(/^holding DANGER raised at seq 40 by rule person-in-danger \(person 7 in zone danger\): 1\/5 frames below, 100\/1000 ms$/);
    expect(riskLevelName(out[62]?.level ?? 0)).toBe("CAUTION");
    expect(riskLevelName(out[62]?.rawLevel ?? 0)).toBe("CLEAR");
  });

  it("every assessment carries the seq, model and capture time of its input, a deterministic id and the clock's time", async () => {
    const out = await run(inputs);
    out.forEach((a, i) => {
      const input = inputs[i] as RiskInput;
      expect(a.seq).toBe(input.seq);
      expect(a.modelName).toBe("yolox_nano");
      expect(a.modelVersion).toBe(input.modelVersion);
      expect(a.captureTimeNs).toBe(input.captureTimeNs);
      expect(a.assessmentId).toBe(`cam-1:${i}`);
      expect(a.decisionTimeNs).toBe(42n);
      expect(a.degradedInput).toBe(false);
    });
    // Replaying gives the same assessments.
    expect(await run(inputs)).toEqual(out);
  });
});

describe("assessRisk", () => {
  it("keeps state per sensor and refuses sensors beyond max_sensors", async () => {
    const config = { ...SCENARIO, max_sensors: 2 };
    const rejected: string[] = [];
    const inputs = [
      frame(1, 0, [personAt(1, 0, 1)], "cam-1"),
      frame(1, 0, [], "cam-2"),
      frame(1, 0, [personAt(1, 0, 1)], "cam-3"),
      frame(2, 100, [], "cam-1"),
    ];
    const out = await lastValueFrom(
      from(inputs).pipe(assessRisk({ config, clock: new ManualClock(), onRejected: (i, code) => rejected.push(`${i.sensorId} ${code}`) }), toArray()),
    );
    expect(out.map((a) => [a.assessmentId, riskLevelName(a.level), a.degradedInput])).toEqual([
      ["cam-1:1", "DANGER", false],
      ["cam-2:1", "CLEAR", true], // no homography: the ground rules cannot run there
      ["cam-1:2", "DANGER", false], // held
    ]);
    expect(rejected).toEqual(["cam-3 RISK_TOO_MANY_SENSORS"]);
  });

  it("finds TTC from box scale growth on a sensor without a homography", async () => {
    const config = parseRiskConfig({ rules: [{ name: "looming", ttc_below_s: 2, level: "DANGER" }] });
    // Height h(t) = 100 / (1 − t/3): a constant closing speed meeting the camera at t = 3 s.
    const inputs = [0, 1, 2, 3, 4, 5, 6].map((k) => {
      const t = k / 10;
      const h = 100 / (1 - t / 3);
      return frame(k, k * 100, [{ trackId: 3, label: "person", box: [300, 400 - h, 340, 400], velocity: [0, 0], state: "confirmed" }], "cam-9");
    });
    const out = await run(inputs, config);
    // At t = 0.6 s the TTC is 2.4 s; never below 2 s yet.
    expect(out.map((a) => riskLevelName(a.level))).toEqual(["CLEAR", "CLEAR", "CLEAR", "CLEAR", "CLEAR", "CLEAR", "CLEAR"]);
    const config2 = parseRiskConfig({ rules: [{ name: "looming", ttc_below_s: 2.5, level: "DANGER" }] });
    const out2 = await run(inputs, config2);
    expect(out2[6]?.factors[0]?.ttcS).toBeCloseTo(2.4, 9);
    expect(out2[6]?.factors[0]?.detail).toBe("person 3 TTC 2.40 s < 2.50 s (scale)");
  });
});

describe("risk assessment codec", () => {
  it("round-trips a RiskAssessment with bigint times", () => {
    const a: RiskAssessmentMessage = {
      assessmentId: "cam-1:18446744073709551615",
      sensorId: "cam-1",
      seq: 18_446_744_073_709_551_615n,
      captureTimeNs: 1_700_000_000_123_456_789n,
      decisionTimeNs: 1_700_000_000_223_456_789n,
      level: RiskLevel.RISK_LEVEL_DANGER,
      rawLevel: RiskLevel.RISK_LEVEL_WARNING,
      factors: [{ trackId: 9_007_199_254_740_993n, rule: "r", zone: "z", level: RiskLevel.RISK_LEVEL_WARNING, ttcS: 1.5, distanceM: -1, detail: "d" }],
      modelName: "yolox_nano",
      modelVersion: "1.2.3",
      degradedInput: true,
    };
    expect(decodeRiskAssessment(encodeRiskAssessment(a))).toEqual(a);
  });
});
