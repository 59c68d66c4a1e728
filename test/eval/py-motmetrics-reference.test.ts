// vigil's MOT metrics against the values py-motmetrics' own test asserts
// (test_motchallenge_files; copied into shared/fixtures/tracking/EXPECTED.md, section 1).
import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { evaluateMot, parseMotText, type MotMetrics, type MotSequenceInput } from "../../runtime/eval/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";

const SEQUENCES = ["TUD-Campus", "TUD-Stadtmitte"] as const;

// Published reference values, as given in EXPECTED.md (py-motmetrics commit 9d138d8,
// motmetrics/tests/test_metrics.py), columns in motchallenge_metrics order.
const EXPECTED: Record<string, Partial<MotMetrics>> = {
  "TUD-Campus": {
    idf1: 0.557659, idp: 0.72973, idr: 0.451253, recall: 0.582173, precision: 0.941441,
    num_unique_objects: 8, mostly_tracked: 1, partially_tracked: 6, mostly_lost: 1,
    num_false_positives: 13, num_misses: 150, num_switches: 7, num_fragmentations: 7,
    mota: 0.526462, motp: 0.277201,
  },
  "TUD-Stadtmitte": {
    idf1: 0.644619, idp: 0.81976, idr: 0.531142, recall: 0.608997, precision: 0.93992,
    num_unique_objects: 10, mostly_tracked: 5, partially_tracked: 4, mostly_lost: 1,
    num_false_positives: 45, num_misses: 452, num_switches: 7, num_fragmentations: 6,
    mota: 0.564014, motp: 0.345904,
  },
  OVERALL: {
    idf1: 0.624296, idp: 0.799176, idr: 0.512211, recall: 0.60264, precision: 0.940268,
    num_unique_objects: 18, mostly_tracked: 6, partially_tracked: 10, mostly_lost: 2,
    num_false_positives: 58, num_misses: 602, num_switches: 14, num_fragmentations: 13,
    mota: 0.555116, motp: 0.330177,
  },
};

const COUNT_KEYS = new Set<string>(["num_unique_objects", "mostly_tracked", "partially_tracked", "mostly_lost", "num_false_positives", "num_misses", "num_switches", "num_fragmentations"]);

async function load(seq: string): Promise<MotSequenceInput> {
  const gtPath = fixture("tracking", seq, "gt", "gt.txt");
  const resPath = fixture("tracking", seq, "pymotmetrics_test.txt");
  return {
    name: seq,
    groundTruth: parseMotText(await readFile(gtPath, "utf8"), gtPath),
    results: parseMotText(await readFile(resPath, "utf8"), resPath),
  };
}

function expectMetrics(actual: MotMetrics, expected: Partial<MotMetrics>): void {
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key as keyof MotMetrics];
    if (COUNT_KEYS.has(key)) expect(got, key).toBe(want);
    else expect(Math.abs(got - want!), `${key}: got ${got}, want ${want}`).toBeLessThanOrEqual(1e-3);
  }
}

describeWithFixtures(
  "MOT metrics equal py-motmetrics on TUD-Campus and TUD-Stadtmitte",
  SEQUENCES.flatMap((s) => [`tracking/${s}/gt/gt.txt`, `tracking/${s}/pymotmetrics_test.txt`]),
  () => {
    it("every column of every row, OVERALL included", async () => {
      const evaluation = evaluateMot(await Promise.all(SEQUENCES.map(load)));
      expect(evaluation.sequences.map((s) => s.name)).toEqual([...SEQUENCES]);
      for (const { name, metrics } of evaluation.sequences) expectMetrics(metrics, EXPECTED[name]!);
      expectMetrics(evaluation.overall, EXPECTED.OVERALL!);
    });

    it("agrees with the counts derived from the files (EXPECTED.md consistency check)", async () => {
      const evaluation = evaluateMot(await Promise.all(SEQUENCES.map(load)));
      const [campus, stadtmitte] = evaluation.sequences.map((s) => s.metrics);
      expect([campus!.num_objects, campus!.num_predictions, campus!.num_detections, campus!.num_frames]).toEqual([359, 222, 209, 71]);
      expect([stadtmitte!.num_objects, stadtmitte!.num_predictions, stadtmitte!.num_detections, stadtmitte!.num_frames]).toEqual([1156, 749, 704, 179]);
      expect(evaluation.overall.num_objects).toBe(359 + 1156);
    });
  },
);
