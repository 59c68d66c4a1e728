// Campaign reports: shape, agreement with `vigil eval mot`, per-tag and per-sequence figures,
// and merge invariance (shards evaluated apart and merged give the same JSON, bit for bit).
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import {
  campaignReport,
  evaluateCampaign,
  evaluateMot,
  evaluateSequence,
  mergeCampaigns,
  parseCampaignEvaluation,
  parseMotText,
  type CampaignEvaluation,
  type SequenceInput,
} from "../../runtime/eval/index.js";
import { codeOf } from "../error-code-of.js";
import { describeWithFixtures, fixture } from "../fixtures.js";
import { sixSequences } from "./synthetic-campaign.js";

/** What a shard writes and the merger reads back. */
const throughJson = (c: CampaignEvaluation, name: string): CampaignEvaluation => parseCampaignEvaluation(JSON.parse(JSON.stringify(c)), name);

const pick = (inputs: SequenceInput[], ids: string[]): SequenceInput[] => ids.map((id) => inputs.find((s) => s.id === id)!);

describe("campaign report", () => {
  const inputs = sixSequences();
  const all = evaluateCampaign(inputs);
  const report = campaignReport(all, { resamples: 200 });

  it("has a versioned schema: overall sections, tags and sequences sorted", () => {
    expect(report.kind).toBe("vigil.eval.report");
    expect(report.version).toBe(1);
    expect(report.settings).toEqual({ iouThreshold: 0.5, graceNs: 1e9, bootstrap: { resamples: 200, seed: 1, confidence: 0.95 } });
    expect(Object.keys(report.tags)).toEqual(["day", "night", "rain"]);
    expect(report.tags.night!.sequences).toEqual(["seq-a", "seq-b", "seq-e"]);
    expect(Object.keys(report.sequences)).toEqual(["seq-a", "seq-b", "seq-c", "seq-d", "seq-e", "seq-f"]);
    expect(report.sequences["seq-c"]!.tags).toEqual(["day", "rain"]);
    expect(Object.keys(report.detection!.classes)).toEqual(["forklift", "person"]);
    expect(report.detection!.recall).toEqual({ value: expect.any(Number), ci95: [expect.any(Number), expect.any(Number)], spread: { min: expect.any(Number), max: expect.any(Number), std: expect.any(Number), n: 6 } });
    expect(report.sequences["seq-a"]!.mot!.mota).toEqual({ value: expect.any(Number), ci95: null, spread: null });
    expect(Object.keys(report.hazard!)).toEqual(["hazards", "detected", "missed", "miss_rate", "time_to_alarm_mean_ms", "time_to_alarm_median_ms", "time_to_alarm_p90_ms", "false_stops", "hours", "false_stops_per_hour"]);
  });

  it("overall figures pool the sequences; spread is over the per-sequence values", () => {
    const perSequence = Object.values(report.sequences).map((s) => s.detection!.recall.value!);
    const tp = Object.values(report.sequences).reduce((s, q) => s + q.detection!.num_tp.value!, 0);
    const gt = Object.values(report.sequences).reduce((s, q) => s + q.detection!.num_gt.value!, 0);
    expect(report.detection!.recall.value).toBeCloseTo(tp / gt, 12);
    expect(report.detection!.recall.spread!.min).toBe(Math.min(...perSequence));
    expect(report.detection!.recall.spread!.max).toBe(Math.max(...perSequence));
    const night = ["seq-a", "seq-b", "seq-e"].map((id) => report.sequences[id]!);
    expect(report.tags.night!.hazard!.hours.value).toBeCloseTo(night.reduce((s, q) => s + q.hazard!.hours.value!, 0), 12);
    expect(report.tags.night!.hazard!.hazards.value).toBe(3);
  });

  it("MOT figures equal `vigil eval mot`'s OVERALL row", () => {
    const mot = evaluateMot(inputs.map((s) => ({ name: s.id, groundTruth: s.mot!.groundTruth, results: s.mot!.results })));
    for (const k of ["mota", "motp", "idf1", "num_switches", "num_false_positives", "num_misses", "mostly_tracked", "num_fragmentations"] as const) {
      expect(report.mot![k].value, k).toBeCloseTo(mot.overall[k], 12);
    }
    expect(report.sequences["seq-a"]!.mot!.mota.value).toBe(mot.sequences.find((s) => s.name === "seq-a")!.metrics.mota);
  });

  it("leaves out a section no sequence has, and gives null for undefined figures", () => {
    const r = campaignReport(evaluateCampaign([{ id: "only-hazards", hazard: { startNs: 0, endNs: 3600e9, hazards: [] } }]), { resamples: 20 });
    expect(r.detection).toBeNull();
    expect(r.mot).toBeNull();
    expect(r.hazard!.miss_rate).toEqual({ value: null, ci95: null, spread: null });
    expect(r.hazard!.false_stops_per_hour.value).toBe(0);
  });

  it("merging shards gives the same report, bit for bit, whatever the split and the order", () => {
    const expected = JSON.stringify(report);
    const splits = [
      [["seq-a", "seq-b"], ["seq-c", "seq-d"], ["seq-e", "seq-f"]],
      [["seq-f", "seq-a"], ["seq-d"], ["seq-e", "seq-b", "seq-c"]],
      [["seq-c", "seq-e", "seq-a"], ["seq-d", "seq-b", "seq-f"]],
      [["seq-b", "seq-d", "seq-f", "seq-a", "seq-c"], ["seq-e"]],
    ];
    for (const split of splits) {
      const shards = split.map((ids, k) => throughJson(evaluateCampaign(pick(inputs, ids)), `shard-${k}.json`));
      for (const order of [shards, [...shards].reverse()]) {
        const merged = mergeCampaigns(order);
        expect(merged).toEqual(all);
        expect(JSON.stringify(campaignReport(merged, { resamples: 200 }))).toBe(expected);
      }
    }
    // Merging merged campaigns again changes nothing either.
    const twoLevel = mergeCampaigns([mergeCampaigns([evaluateCampaign(pick(inputs, ["seq-a"])), evaluateCampaign(pick(inputs, ["seq-f", "seq-c"]))]), evaluateCampaign(pick(inputs, ["seq-e", "seq-d", "seq-b"]))]);
    expect(JSON.stringify(campaignReport(twoLevel, { resamples: 200 }))).toBe(expected);
  });

  it("refuses to merge a sequence twice, or shards scored with different settings", async () => {
    const a = evaluateCampaign(pick(inputs, ["seq-a", "seq-b"]));
    const b = evaluateCampaign(pick(inputs, ["seq-b"]));
    expect(await codeOf(Promise.resolve().then(() => mergeCampaigns([a, b])))).toBe("EVAL_INPUT_INVALID");
    const loose = evaluateCampaign(pick(inputs, ["seq-c"]), { iouThreshold: 0.3 });
    expect(await codeOf(Promise.resolve().then(() => mergeCampaigns([a, loose])))).toBe("EVAL_INPUT_INVALID");
  });

  it("validates shard files: a wrong field or unsorted scores is EVAL_INPUT_INVALID naming the source", () => {
    const json = JSON.parse(JSON.stringify(evaluateCampaign(pick(inputs, ["seq-a"])))) as { sequences: { detection: { classes: { person: { scores: number[] } } } }[] };
    expect(() => parseCampaignEvaluation({ ...json, version: 2 }, "shard-3.json")).toThrow(/shard-3\.json/);
    json.sequences[0]!.detection.classes.person.scores.reverse();
    expect(() => parseCampaignEvaluation(json, "shard-4.json")).toThrow(expect.objectContaining({ code: "EVAL_INPUT_INVALID", message: expect.stringContaining("shard-4.json") }));
  });

  it("a sequence evaluates the same alone as inside a campaign", () => {
    expect(evaluateSequence(inputs[1]!)).toEqual(all.sequences[0]);
  });
});

describeWithFixtures("campaign report on MOTChallenge sequences", ["tracking/TUD-Campus/gt/gt.txt", "tracking/TUD-Stadtmitte/gt/gt.txt"], () => {
  it("gives py-motmetrics' OVERALL MOTA and IDF1 for TUD-Campus + TUD-Stadtmitte", async () => {
    const load = async (seq: string): Promise<SequenceInput> => ({
      id: seq,
      tags: ["tud"],
      mot: {
        groundTruth: parseMotText(await readFile(fixture("tracking", seq, "gt", "gt.txt"), "utf8"), "gt.txt"),
        results: parseMotText(await readFile(fixture("tracking", seq, "pymotmetrics_test.txt"), "utf8"), "test.txt"),
      },
    });
    const r = campaignReport(evaluateCampaign([await load("TUD-Stadtmitte"), await load("TUD-Campus")]), { resamples: 100 });
    expect(r.mot!.mota.value).toBeCloseTo(0.555116, 5);
    expect(r.mot!.idf1.value).toBeCloseTo(0.624296, 5);
    expect(r.sequences["TUD-Campus"]!.mot!.mota.value).toBeCloseTo(0.526462, 5);
    expect(r.mot!.mota.spread).toEqual({ min: expect.closeTo(0.526462, 5), max: expect.closeTo(0.564014, 5), std: expect.any(Number), n: 2 });
    expect(r.tags.tud!.mot!.mota.value).toBe(r.mot!.mota.value);
  });
});
