// Cluster bootstrap: seeded resamples, percentile intervals, spread; and the intervals of a
// campaign report (deterministic, around the estimate, narrower with more sequences).
import { describe, expect, it } from "vitest";
import { bootstrapWeights, campaignReport, evaluateCampaign, percentileInterval, quantile, spreadOf } from "../../runtime/eval/index.js";
import { syntheticSequence } from "./synthetic-campaign.js";

describe("bootstrap building blocks", () => {
  it("quantile is type 7 (numpy's default)", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantile([7], 0.3)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it("resamples are seeded: same seed, same draws; each draws as many groups as there are", () => {
    const a = bootstrapWeights(7, { resamples: 50, seed: 42 });
    const b = bootstrapWeights(7, { resamples: 50, seed: 42 });
    const c = bootstrapWeights(7, { resamples: 50, seed: 43 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).toHaveLength(50);
    for (const w of a) expect(w.reduce((s, v) => s + v, 0)).toBe(7);
    expect(bootstrapWeights(3)).toHaveLength(1000);
  });

  it("the percentile interval takes the 2.5% and 97.5% quantiles of the finite values", () => {
    const values = Array.from({ length: 100 }, (_, k) => k + 1);
    const [lo, hi] = percentileInterval([...values, Number.NaN], 0.95)!;
    expect(lo).toBeCloseTo(3.475, 12);
    expect(hi).toBeCloseTo(97.525, 12);
    expect(percentileInterval([Number.NaN])).toBeNull();
  });

  it("spread: min, max, sample standard deviation and n of the defined values", () => {
    expect(spreadOf([4, 1, Number.NaN, 3, 2])).toEqual({ min: 1, max: 4, std: expect.closeTo(Math.sqrt(5 / 3), 12), n: 4 });
    expect(spreadOf([5])).toEqual({ min: 5, max: 5, std: null, n: 1 });
    expect(spreadOf([Number.NaN])).toBeNull();
  });
});

describe("campaign report intervals", () => {
  const campaign = (n: number) => evaluateCampaign(Array.from({ length: n }, (_, k) => syntheticSequence(`s${String(k).padStart(3, "0")}`, 1000 + k, [], { hitRate: 0.55 + 0.4 * ((k * 7) % 10) / 10, frames: 10 })));

  it("is deterministic: same campaign and seed give the same intervals, another seed others", () => {
    const c = campaign(8);
    const a = campaignReport(c, { resamples: 300, seed: 7 });
    const b = campaignReport(c, { resamples: 300, seed: 7 });
    const other = campaignReport(c, { resamples: 300, seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.detection!.recall.ci95).not.toEqual(other.detection!.recall.ci95);
    expect(a.detection!.recall.value).toBe(other.detection!.recall.value);
  });

  it("the interval contains the point estimate", () => {
    const r = campaignReport(campaign(12), { resamples: 500 });
    for (const m of [r.detection!.recall, r.detection!.precision, r.detection!.ap, r.mot!.mota, r.mot!.idf1, r.hazard!.false_stops_per_hour]) {
      const [lo, hi] = m.ci95!;
      expect(lo).toBeLessThanOrEqual(m.value!);
      expect(hi).toBeGreaterThanOrEqual(m.value!);
      expect(lo).toBeLessThan(hi);
    }
    expect(r.detection!.recall.spread!.n).toBe(12);
  });

  it("refuses unusable bootstrap options with EVAL_INPUT_INVALID", () => {
    const c = campaign(2);
    for (const bad of [{ resamples: 0 }, { resamples: 2.5 }, { confidence: 1 }, { seed: 0.5 }]) {
      expect(() => campaignReport(c, bad)).toThrow(expect.objectContaining({ code: "EVAL_INPUT_INVALID" }));
    }
  });

  it("is narrower with more sequences drawn from the same mix", () => {
    const width = (n: number): number => {
      const [lo, hi] = campaignReport(campaign(n), { resamples: 400 }).detection!.recall.ci95!;
      return hi - lo;
    };
    const small = width(5);
    const large = width(60);
    expect(large).toBeLessThan(small * 0.6);
  });
});
