import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { evaluateMot, parseMotText, type MotRow } from "../../runtime/eval/index.js";
import { TrackerConfigSchema, parseSeqInfo, runMotTracking, type MotSequenceInfo } from "../../runtime/tracking/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";

async function loadSequence(name: string): Promise<{ det: MotRow[]; gt: MotRow[]; info: MotSequenceInfo }> {
  const path = (...p: string[]): string => fixture("tracking", name, ...p);
  const [det, gt, ini] = await Promise.all([readFile(path("det", "det.txt"), "utf8"), readFile(path("gt", "gt.txt"), "utf8"), readFile(path("seqinfo.ini"), "utf8")]);
  return { det: parseMotText(det, `${name}/det.txt`), gt: parseMotText(gt, `${name}/gt.txt`), info: parseSeqInfo(ini, `${name}/seqinfo.ini`) };
}

async function evaluate(name: string) {
  const { det, gt, info } = await loadSequence(name);
  const run = runMotTracking(det, info, TrackerConfigSchema.parse({}));
  const m = evaluateMot([{ name, groundTruth: gt, results: run.rows }]).overall;
  console.info(
    `${name}: MOTA ${m.mota.toFixed(3)} IDF1 ${m.idf1.toFixed(3)} MOTP(1-IoU) ${m.motp.toFixed(3)} FP ${m.num_false_positives} FN ${m.num_misses} IDsw ${m.num_switches} ` +
      `(${run.frames} frames, ${run.detections} detections, ${run.tracks} tracks)`,
  );
  return { run, m, info };
}

// End to end on SORT's own detections: SORT publishes MOTA 62.7 on TUD-Campus (EXPECTED.md section 2).
describeWithFixtures("ByteTracker on MOTChallenge sequences (default config)", ["tracking/TUD-Campus/det/det.txt", "tracking/TUD-Campus/gt/gt.txt"], () => {
  it("TUD-Campus: MOTA >= 0.617 (SORT: 0.627)", async () => {
    const { run, m, info } = await evaluate("TUD-Campus");
    expect(run.frames).toBe(info.seqLength);
    expect(m.mota).toBeGreaterThanOrEqual(0.617);
    expect(m.num_switches).toBeLessThanOrEqual(6); // SORT: 6
    // Only confirmed tracks on frames they matched: every result row sits on a detection's frame.
    const detFrames = new Set((await loadSequence("TUD-Campus")).det.map((r) => r.frame));
    expect(run.rows.every((r) => detFrames.has(r.frame))).toBe(true);
  });

  it("TUD-Stadtmitte and PETS09-S2L1: reported, with a floor well under the measured value", async () => {
    const stadtmitte = await evaluate("TUD-Stadtmitte");
    const pets = await evaluate("PETS09-S2L1");
    // No published tracker numbers on these detections (EXPECTED.md sections 3, 4); guard against regressions.
    expect(stadtmitte.m.mota).toBeGreaterThan(0.65);
    expect(pets.m.mota).toBeGreaterThan(0.4);
  });

  it("is deterministic: two runs give identical rows", async () => {
    const { det, info } = await loadSequence("TUD-Stadtmitte");
    const config = TrackerConfigSchema.parse({});
    expect(runMotTracking(det, info, config).rows).toEqual(runMotTracking(det, info, config).rows);
  });
});

describe("runMotTracking", () => {
  it("runs every frame up to seqLength, drops detections below minScore, and writes confirmed tracks only", () => {
    const row = (frame: number, left: number, conf: number): MotRow => ({ frame, id: -1, left, top: 50, width: 40, height: 100, conf, x: -1, y: -1, z: -1 });
    const det = [row(1, 100, 0.9), row(2, 102, 0.9), row(3, 104, 0.9), row(2, 400, 0.55), row(4, 400, 0.95)];
    const out = runMotTracking(det, { name: "s", frameRate: 10, seqLength: 6 }, TrackerConfigSchema.parse({}), { minScore: 0.6 });
    expect(out.frames).toBe(6);
    expect(out.detections).toBe(4);
    // Track 1 is confirmed on frame 1 (first update) and written on 1-3; the frame-4 detection is only tentative.
    expect(out.rows.map((r) => [r.frame, r.id])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    expect(out.rows[0]).toMatchObject({ left: 100, top: 50, width: 40, height: 100 });
    expect(out.tracks).toBe(1);
  });
});
