import { describe, expect, it } from "vitest";
import { isVigilError } from "../../runtime/errors/index.js";
import { RiskLevel, parseRiskConfig } from "../../runtime/risk/index.js";
import { evaluateRules } from "../../runtime/risk/rule-evaluation.js";
import { resolveSensorGeometry } from "../../runtime/risk/sensor-geometry.js";
import { H_50PX_PER_M, frame, personAt } from "./risk-fixtures.js";

const CONFIG = parseRiskConfig({
  homographies: { "cam-1": H_50PX_PER_M },
  machine: { polygon: [[-1, -1], [1, -1], [1, 0], [-1, 0]] },
  zones: [
    { name: "danger", frame: "ground", polygon: [[-2, 0], [2, 0], [2, 2.5], [-2, 2.5]] },
    { name: "dock", polygon: [[0, 0], [640, 0], [640, 300], [0, 300]] },
  ],
  rules: [
    { name: "person-in-danger", labels: ["person"], zone: "danger", level: "DANGER" },
    { name: "anything-at-dock", zone: "dock", level: "CAUTION" },
    { name: "person-ttc", labels: ["person"], ttc_below_s: 4, level: "WARNING" },
    { name: "person-near", labels: ["person"], distance_below_m: 3, level: "WARNING" },
  ],
});

describe("risk config", () => {
  it("holds every default", () => {
    const c = parseRiskConfig({});
    expect(c).toEqual({
      zones: [],
      homographies: {},
      rules: [],
      hysteresis: { hold_ms: 1000, clear_frames: 5 },
      ttc: { min_closing_speed_mps: 0.1, scale_window_ms: 500, scale_history_frames: 8, min_box_height_px: 8, min_scale_growth: 0.01 },
      track_states: ["confirmed"],
      max_sensors: 16,
      max_tracks: 256,
      degraded_policy: { min_level: "CAUTION" },
      max_factors: 64,
    });
  });

  it.each([
    ["a rule naming a missing zone", { rules: [{ name: "r", zone: "nope", level: "DANGER" }] }, "no zone named nope"],
    ["a ground zone without a homography", { zones: [{ name: "z", frame: "ground", polygon: [[0, 0], [1, 0], [1, 1]] }] }, "needs a homography"],
    ["a singular homography", { homographies: { c: [[1, 2, 3], [2, 4, 6], [0, 0, 1]] } }, "singular"],
    ["a machine with both point and polygon", { machine: { point: [0, 0], polygon: [[0, 0], [1, 0], [1, 1]] } }, "exactly one"],
    ["a distance rule without a machine", { rules: [{ name: "r", level: "DANGER", distance_below_m: 2 }] }, "needs a machine"],
    ["duplicate zones", { zones: [{ name: "a", polygon: [[0, 0], [1, 0], [1, 1]] }, { name: "a", polygon: [[0, 0], [1, 0], [1, 1]] }] }, "duplicate zone"],
    ["an unknown level", { rules: [{ name: "r", level: "PANIC" }] }, "level"],
  ])("refuses %s with RISK_CONFIG_INVALID", (_name, raw, message) => {
    let error: unknown;
    try {
      parseRiskConfig(raw);
    } catch (err) {
      error = err;
    }
    expect(isVigilError(error, "RISK_CONFIG_INVALID")).toBe(true);
    expect((error as Error).message).toContain(message);
  });
});

describe("rule evaluation", () => {
  const geometry = resolveSensorGeometry(CONFIG, "cam-1");
  const noHistory = () => undefined;

  it("names every firing rule × track, highest level first, raw level = max", () => {
    const input = frame(7, 0, [
      personAt(1, 0, 2, 0, -2), // in the danger zone, 2 m from the machine, TTC 1 s
      personAt(2, 0, 6, 0, 2), // 6 m, walking away: nothing
      { ...personAt(3, 0, 13), label: "forklift" }, // in the image dock zone (y < 300 px)
    ]);
    const result = evaluateRules(input, geometry, CONFIG, noHistory);
    expect(result.rawLevel).toBe(RiskLevel.RISK_LEVEL_DANGER);
    expect(result.degraded).toBe(false);
    expect(result.factors.map((f) => [f.trackId, f.rule, f.zone, f.level])).toEqual([
      [1n, "person-in-danger", "danger", RiskLevel.RISK_LEVEL_DANGER],
      [1n, "person-ttc", "", RiskLevel.RISK_LEVEL_WARNING],
      [1n, "person-near", "", RiskLevel.RISK_LEVEL_WARNING],
      [3n, "anything-at-dock", "dock", RiskLevel.RISK_LEVEL_CAUTION],
    ]);
    const [inZone, ttc, near, dock] = result.factors;
    expect(inZone?.ttcS).toBeCloseTo(1, 9);
    expect(inZone?.distanceM).toBeCloseTo(2, 9);
    expect(ttc?.detail).toBe("person 1 TTC 1.00 s < 4.00 s (ground, closing 2.00 m/s)");
    expect(near?.detail).toBe("person 1 2.00 m < 3.00 m from machine");
    expect(dock?.ttcS).toBe(-1);
    expect(dock?.detail).toBe("forklift 3 in zone dock");
  });

  it("clear when nothing fires; tentative and lost tracks are ignored by default", () => {
    const input = frame(8, 0, [personAt(1, 0, 1, 0, -2, "tentative"), personAt(2, 0, 1, 0, -2, "lost")]);
    const result = evaluateRules(input, geometry, CONFIG, noHistory);
    expect(result).toEqual({ factors: [], rawLevel: RiskLevel.RISK_LEVEL_CLEAR, degraded: false, degradedReasons: [] });
  });

  it("uses box scale growth for TTC on a sensor without a homography", () => {
    const other = resolveSensorGeometry(CONFIG, "cam-2");
    // Ground rules cannot run there: named, and its assessments are degraded.
    expect(other.unevaluable).toHaveLength(2);
    const track = { trackId: 4, label: "person", box: [100, 120, 150, 320], velocity: [0, 0], state: "confirmed" } as const;
    const input = frame(9, 1000, [track], "cam-2");
    // 200 px tall now, 100 px tall 1 s ago: doubled over 1 s → TTC 1 s.
    const result = evaluateRules(input, other, CONFIG, () => ({ timeNs: input.captureTimeNs - 1_000_000_000n, heightPx: 100 }));
    expect(result.degraded).toBe(true);
    expect(result.factors.map((f) => [f.rule, f.ttcS, f.distanceM, f.detail])).toEqual([["person-ttc", 1, -1, "person 4 TTC 1.00 s < 4.00 s (scale)"]]);
  });

  it("marks a frame degraded for a non-finite box, and caps listed factors", () => {
    const capped = { ...CONFIG, max_factors: 2 };
    const input = frame(10, 0, [personAt(1, 0, 2, 0, -2), { ...personAt(2, 0, 2), box: [Number.NaN, 0, 1, 1] as const }]);
    const result = evaluateRules(input, geometry, capped, noHistory);
    expect(result.degraded).toBe(true);
    expect(result.degradedReasons).toEqual(["track 2: box or velocity not finite"]);
    expect(result.factors.map((f) => f.rule)).toEqual(["person-in-danger", "person-ttc"]);
    expect(result.rawLevel).toBe(RiskLevel.RISK_LEVEL_DANGER);
  });
});
