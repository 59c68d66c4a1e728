import { describe, expect, it } from "vitest";
import { evaluateRolloutGates, parseRolloutGates, parseRolloutGatesYaml, parseWaveFractions, planWaves } from "../../../device/fleet/index.js";
import { isVigilError } from "../../../runtime/errors/index.js";

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (err) {
    if (isVigilError(err)) return err.code;
    throw err;
  }
  return undefined;
};

describe("rollout gates file", () => {
  it("reads the YAML and fills the defaults", () => {
    const g = parseRolloutGatesYaml("gates:\n  - metric: p99_latency_ms\n    max: 120\n  - metric: frames\n    min: 50\n    aggregate: mean\n");
    expect(g).toEqual({
      wave_timeout_s: 60,
      min_success: 1,
      rollback_timeout_s: 60,
      gates: [
        { metric: "p99_latency_ms", max: 120, aggregate: "worst" },
        { metric: "frames", min: 50, aggregate: "mean" },
      ],
    });
  });

  it("rejects a gate with both or no limits, unknown keys, and min_success above 1 (CONFIG_INVALID)", () => {
    expect(codeOf(() => parseRolloutGates({ gates: [{ metric: "error_rate" }] }))).toBe("CONFIG_INVALID");
    expect(codeOf(() => parseRolloutGates({ gates: [{ metric: "error_rate", max: 1, min: 0 }] }))).toBe("CONFIG_INVALID");
    expect(codeOf(() => parseRolloutGates({ wave_timeout: 5 }))).toBe("CONFIG_INVALID");
    expect(codeOf(() => parseRolloutGates({ min_success: 1.5 }))).toBe("CONFIG_INVALID");
    expect(codeOf(() => parseRolloutGatesYaml("gates: [unclosed"))).toBe("CONFIG_INVALID");
  });

  it("judges every confirmed device by default, or an aggregate; a missing metric or no device fails with a reason", () => {
    const gates = parseRolloutGates({
      gates: [
        { metric: "p99_latency_ms", max: 120 },
        { metric: "p99_latency_ms", max: 120, aggregate: "mean" },
        { metric: "frames", min: 80 },
        { metric: "fallback_triggers", max: 0 },
      ],
    }).gates;
    const devices: Array<{ device: string; metrics: Record<string, number> }> = [
      { device: "s/a", metrics: { p99_latency_ms: 40, frames: 100, fallback_triggers: 0 } },
      { device: "s/b", metrics: { p99_latency_ms: 150, frames: 90, fallback_triggers: 0 } },
      { device: "s/c", metrics: { p99_latency_ms: 50, frames: 70 } },
    ];
    const out = evaluateRolloutGates(gates, devices);
    expect(out.map((g) => [g.value, g.pass])).toEqual([
      [150, false],
      [80, true],
      [70, false],
      [null, false],
    ]);
    expect(out[3]!.reason).toBe("1 confirmed device(s) reported no fallback_triggers (s/c)");
    expect(evaluateRolloutGates(gates.slice(0, 1), [])[0]).toMatchObject({ value: null, pass: false, reason: "no device of the wave was confirmed" });
    // a value exactly at its limit passes
    expect(evaluateRolloutGates(gates.slice(0, 1), [{ device: "s/a", metrics: { p99_latency_ms: 120 } }])[0]!.pass).toBe(true);
  });

  it("p95 takes the 95th percentile of the devices' values", () => {
    const gates = parseRolloutGates({ gates: [{ metric: "p99_latency_ms", max: 100, aggregate: "p95" }] }).gates;
    const devices = Array.from({ length: 100 }, (_, i) => ({ device: `s/${i}`, metrics: { p99_latency_ms: i + 1 } }));
    expect(evaluateRolloutGates(gates, devices)[0]).toMatchObject({ value: 95, pass: true });
  });
});

describe("waves", () => {
  it("reads percentages and fractions", () => {
    expect(parseWaveFractions("10%,50%,100%")).toEqual([0.1, 0.5, 1]);
    expect(parseWaveFractions("0.25, 1")).toEqual([0.25, 1]);
    for (const bad of ["", "50%,10%", "0%,100%", "120%", "ten%"]) expect([bad, codeOf(() => parseWaveFractions(bad))]).toEqual([bad, "USAGE"]);
  });

  it("plans cumulative waves at ceil(fraction * n), leaving out waves that add nobody", () => {
    expect(planWaves([0.1, 0.5, 1], 20).map((w) => [w.wave, w.from, w.to])).toEqual([
      [1, 0, 2],
      [2, 2, 10],
      [3, 10, 20],
    ]);
    expect(planWaves([0.1, 0.5, 1], 1000).map((w) => w.to)).toEqual([100, 500, 1000]);
    expect(planWaves([0.1, 0.5, 1], 3).map((w) => [w.from, w.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(planWaves([0.1, 0.2, 1], 2).map((w) => [w.wave, w.fraction, w.to])).toEqual([
      [1, 0.1, 1],
      [2, 1, 2],
    ]);
    expect(planWaves([0.3, 1], 10).map((w) => w.to)).toEqual([3, 10]);
  });
});
