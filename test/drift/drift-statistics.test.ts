// The statistics behind the drift alarms, against hand computations: PSI, the two-sample KS
// statistic and its p-value, the fixed bins, the seeded reservoir, the bounded window.
import { describe, expect, it } from "vitest";
import { binsOf } from "../../runtime/drift/drift-features.js";
import { binIndex, histogramOf } from "../../runtime/drift/fixed-histogram.js";
import { ksPValue, ksStatistic } from "../../runtime/drift/ks-statistic.js";
import { populationStabilityIndex } from "../../runtime/drift/population-stability-index.js";
import { ReservoirSample } from "../../runtime/drift/reservoir-sample.js";
import { ValueWindow } from "../../runtime/drift/value-window.js";

describe("population stability index", () => {
  it("is 0 for identical histograms, and for histograms with the same proportions", () => {
    expect(populationStabilityIndex([5, 10, 0, 85], [5, 10, 0, 85], 1e-4)).toBe(0);
    expect(populationStabilityIndex([5, 10, 0, 85], [10, 20, 0, 170], 1e-4)).toBeCloseTo(0, 12);
  });

  it("matches the hand computation for a shifted histogram, empty bin at epsilon", () => {
    // r = (0.5, 0.3, 0.2, 1e-4), w = (0.2, 0.3, 0.4, 0.1):
    // -0.3 ln 0.4 + 0 + 0.2 ln 2 + (0.1 - 1e-4) ln 1000 = 0.274887 + 0.138629 + 0.690085
    const psi = populationStabilityIndex([50, 30, 20, 0], [20, 30, 40, 10], 1e-4);
    expect(Math.abs(psi - 1.103601408)).toBeLessThan(1e-6);
    // Symmetric in reference and window.
    expect(populationStabilityIndex([20, 30, 40, 10], [50, 30, 20, 0], 1e-4)).toBeCloseTo(psi, 12);
  });

  it("refuses histograms over different bins or empty ones", () => {
    expect(() => populationStabilityIndex([1, 2], [1, 2, 3], 1e-4)).toThrow(RangeError);
    expect(() => populationStabilityIndex([0, 0], [1, 2], 1e-4)).toThrow(RangeError);
  });
});

describe("two-sample Kolmogorov-Smirnov statistic", () => {
  const f = (...v: number[]) => Float64Array.from(v);

  it("is 0 for identical samples (ties included) and 1 for disjoint ones", () => {
    expect(ksStatistic(f(1, 2, 2, 3, 5), f(1, 2, 2, 3, 5))).toBe(0);
    expect(ksStatistic(f(0.1, 0.2, 0.3), f(0.4, 0.5))).toBe(1);
    expect(ksStatistic(f(0.4, 0.5), f(0.1, 0.2, 0.3))).toBe(1);
  });

  it("finds the largest gap between the two distribution functions", () => {
    // F_a - F_b is largest at x = 2: 2/4 - 0 = 0.5.
    expect(ksStatistic(f(1, 2, 3, 4), f(3, 4, 5, 6))).toBe(0.5);
    // Same values, different weights: at x = 1, 3/4 against 1/4.
    expect(ksStatistic(f(1, 1, 1, 2), f(1, 2, 2, 2))).toBe(0.5);
  });

  it("p-value: 1 at D = 0, the Kolmogorov 5% point at lambda = 1.358, and tiny for a large D on large samples", () => {
    expect(ksPValue(0, 100, 100)).toBe(1);
    // With n = m = 2e6 the small-sample correction vanishes: lambda = sqrt(1e6) * D.
    expect(ksPValue(1.3581 / 1000, 2e6, 2e6)).toBeCloseTo(0.05, 3);
    expect(ksPValue(0.3, 300, 1000)).toBeLessThan(1e-15);
    expect(ksPValue(0.1, 50, 50)).toBeGreaterThan(0.9);
  });
});

describe("fixed bins", () => {
  it("bins grey levels in 32 bins of 8, detection counts one per count with overflow, scores in 20 of 0.05", () => {
    const grey = binsOf("brightness");
    expect([binIndex(grey, 0), binIndex(grey, 7.99), binIndex(grey, 8), binIndex(grey, 255), binIndex(grey, 300)]).toEqual([0, 0, 1, 31, 31]);
    expect(binsOf("contrast")).toEqual(grey);
    const count = binsOf("detections_per_frame");
    expect([binIndex(count, 0), binIndex(count, 31), binIndex(count, 32), binIndex(count, 1000)]).toEqual([0, 31, 32, 32]);
    const score = binsOf("score:person");
    expect([binIndex(score, 0), binIndex(score, 0.05), binIndex(score, 0.999), binIndex(score, 1)]).toEqual([0, 1, 19, 19]);
    expect(histogramOf([0.5, 0.52, 0.97], score)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(() => binsOf("score:")).toThrow(RangeError);
    expect(() => binsOf("speed")).toThrow(RangeError);
  });
});

describe("reservoir sample", () => {
  it("keeps at most its capacity, the same values for the same seed and stream, and samples uniformly", () => {
    const fill = (seed: number) => {
      const r = new ReservoirSample(500, seed);
      for (let i = 0; i < 20_000; i++) r.add(i);
      return r;
    };
    const a = fill(7);
    expect(a.seen).toBe(20_000);
    expect(a.values()).toHaveLength(500);
    expect(fill(7).values()).toEqual(a.values());
    expect(fill(8).values()).not.toEqual(a.values());
    // Uniform over 0..19999: mean 9999.5, standard error of a 500-value mean ~258.
    const mean = a.values().reduce((s, v) => s + v, 0) / 500;
    expect(Math.abs(mean - 9999.5)).toBeLessThan(1300);
    // Sorted ascending.
    expect(a.values().every((v, i, all) => i === 0 || v >= all[i - 1]!)).toBe(true);
  });
});

describe("value window", () => {
  it("holds at most its capacity (newest kept), grows only as needed, and forgets frames that slid out", () => {
    const w = new ValueWindow(100);
    expect(w.allocated).toBe(64);
    for (let i = 0; i < 250; i++) w.push(i, i);
    expect(w.size).toBe(100);
    expect(w.allocated).toBe(100);
    expect([...w.values()]).toEqual(Array.from({ length: 100 }, (_, i) => 150 + i));
    w.dropBefore(240);
    expect([...w.values()]).toEqual([240, 241, 242, 243, 244, 245, 246, 247, 248, 249]);
    w.push(1000, 250);
    expect(w.size).toBe(11);
    w.dropBefore(251);
    expect(w.size).toBe(0);
  });
});
