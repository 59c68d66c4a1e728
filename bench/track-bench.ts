// `npm run bench -- track`: ByteTracker update throughput on one core (JS is single-threaded):
// MOTChallenge detection files replayed many times, and a synthetic crowd of 100 objects per
// frame moving at constant velocity with noise (seeded). Nothing here asserts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluateMot, parseMotText } from "../runtime/eval/index.js";
import type { Detection } from "../runtime/perception/index.js";
import { ByteTracker, TrackerConfigSchema, parseSeqInfo, type TrackerConfig } from "../runtime/tracking/index.js";
import { publishReport, table } from "./report.js";
import { percentile, round } from "./stats.js";
import { mulberry32 } from "../runtime/sim/index.js";

interface Workload {
  name: string;
  /** Detections of each frame, in order. */
  frames: Detection[][];
  frameRate: number;
}

interface TrackRow {
  workload: string;
  frames: number;
  repeats: number;
  detectionsPerFrame: number;
  tracksPerFrame: number;
  framesPerSecond: number;
  /** 1e6 / p50 µs: less sensitive to other load on a shared machine. */
  framesPerSecondAtP50: number;
  meanUs: number;
  p50Us: number;
  p99Us: number;
}

function motWorkload(fixtures: string, name: string): Workload {
  const dir = join(fixtures, "tracking", name);
  const info = parseSeqInfo(readFileSync(join(dir, "seqinfo.ini"), "utf8"), `${name}/seqinfo.ini`);
  const rows = parseMotText(readFileSync(join(dir, "det", "det.txt"), "utf8"), `${name}/det.txt`);
  const frames: Detection[][] = Array.from({ length: info.seqLength }, () => []);
  for (const r of rows) frames[r.frame - 1]?.push({ classId: 0, label: "person", score: r.conf, box: [r.left, r.top, r.left + r.width, r.top + r.height] });
  return { name, frames, frameRate: info.frameRate };
}


/** `objects` boxes in a 1920x1080 frame at 30 fps, constant velocity (bouncing off the edges) plus 1 px noise. */
function syntheticWorkload(objects: number, frameCount: number, seed: number): Workload {
  const random = mulberry32(seed);
  const W = 1920;
  const H = 1080;
  const state = Array.from({ length: objects }, () => {
    const h = 60 + random() * 100;
    return { x: random() * (W - 60), y: random() * (H - h), w: h * (0.35 + random() * 0.2), h, vx: (random() - 0.5) * 8, vy: (random() - 0.5) * 4 };
  });
  const frames: Detection[][] = [];
  for (let f = 0; f < frameCount; f++) {
    const dets: Detection[] = [];
    for (const o of state) {
      o.x += o.vx;
      o.y += o.vy;
      if (o.x < 0 || o.x + o.w > W) o.vx = -o.vx;
      if (o.y < 0 || o.y + o.h > H) o.vy = -o.vy;
      const n = (): number => (random() - 0.5) * 2;
      dets.push({ classId: 0, label: "person", score: 0.5 + random() * 0.5, box: [o.x + n(), o.y + n(), o.x + o.w + n(), o.y + o.h + n()] });
    }
    frames.push(dets);
  }
  return { name: `synthetic ${objects} objects/frame`, frames, frameRate: 30 };
}

/** Runs the workload `repeats` times, a fresh tracker each time; times every update. */
function measure(w: Workload, config: TrackerConfig, repeats: number, warmup: number): TrackRow {
  const periodNs = BigInt(Math.round(1e9 / w.frameRate));
  const samples: number[] = [];
  let tracks = 0;
  let detections = 0;
  let totalNs = 0n;
  for (let rep = -warmup; rep < repeats; rep++) {
    const tracker = new ByteTracker(config);
    const t0 = process.hrtime.bigint();
    for (let f = 0; f < w.frames.length; f++) {
      const s = process.hrtime.bigint();
      const out = tracker.update(w.frames[f]!, BigInt(f) * periodNs);
      const e = process.hrtime.bigint();
      if (rep >= 0) {
        samples.push(Number(e - s) / 1e3);
        tracks += out.length;
        detections += w.frames[f]!.length;
      }
    }
    if (rep >= 0) totalNs += process.hrtime.bigint() - t0;
  }
  const n = w.frames.length * repeats;
  return {
    workload: w.name,
    frames: w.frames.length,
    repeats,
    detectionsPerFrame: round(detections / n, 1),
    tracksPerFrame: round(tracks / n, 1),
    framesPerSecond: Math.round(n / (Number(totalNs) / 1e9)),
    framesPerSecondAtP50: Math.round(1e6 / percentile(samples, 50)),
    meanUs: round(samples.reduce((a, b) => a + b, 0) / samples.length, 1),
    p50Us: round(percentile(samples, 50), 1),
    p99Us: round(percentile(samples, 99), 1),
  };
}

export async function trackBench(fixtures: string, { quick }: { quick: boolean }): Promise<void> {
  const config = TrackerConfigSchema.parse({});
  const rows: TrackRow[] = [];
  for (const name of ["TUD-Campus", "TUD-Stadtmitte", "PETS09-S2L1"]) {
    const w = motWorkload(fixtures, name);
    // About 20,000 (quick: 2,000) timed frames per sequence.
    const repeats = Math.max(3, Math.round((quick ? 2000 : 20_000) / w.frames.length));
    rows.push(measure(w, config, repeats, quick ? 2 : 10));
  }
  for (const objects of [20, 100]) {
    rows.push(measure(syntheticWorkload(objects, quick ? 300 : 1000, 42), config, quick ? 2 : 5, 1));
  }
  const evalRows = measureEval(fixtures, quick ? 3 : 20);
  const markdown = [
    "## ByteTracker update, one core",
    "",
    table(
      ["workload", "frames x repeats", "detections/frame", "tracks/frame", "frames/s", "frames/s at p50", "mean µs", "p50 µs", "p99 µs"],
      rows.map((r) => [r.workload, `${r.frames} x ${r.repeats}`, r.detectionsPerFrame, r.tracksPerFrame, r.framesPerSecond, r.framesPerSecondAtP50, r.meanUs, r.p50Us, r.p99Us]),
    ),
    "",
    "Default tracker config; a fresh tracker per repeat; time per `update()` (association, Kalman filter, output messages).",
    "",
    "## `vigil eval mot` (library call: parse both files, CLEAR-MOT matching, ID metrics), one core",
    "",
    table(
      ["input", "gt rows", "result rows", "runs", "ms per run (median)", "ms per run (min)"],
      evalRows.map((r) => [r.input, r.gtRows, r.resultRows, r.runs, r.medianMs, r.minMs]),
    ),
  ];
  publishReport({ suite: "track", markdown, data: { config, results: rows, eval: evalRows } }, { write: !quick });
}

interface EvalRow {
  input: string;
  gtRows: number;
  resultRows: number;
  runs: number;
  medianMs: number;
  minMs: number;
}

/** Times evaluateMot on the py-motmetrics test pair of both TUD sequences, files read each run as the CLI does. */
function measureEval(fixtures: string, runs: number): EvalRow[] {
  const pair = (name: string) => ({
    name,
    gt: readFileSync(join(fixtures, "tracking", name, "gt", "gt.txt"), "utf8"),
    res: readFileSync(join(fixtures, "tracking", name, "pymotmetrics_test.txt"), "utf8"),
  });
  const inputs = [pair("TUD-Campus"), pair("TUD-Stadtmitte")];
  const times: number[] = [];
  let gtRows = 0;
  let resultRows = 0;
  for (let i = 0; i < runs + 2; i++) {
    const t0 = process.hrtime.bigint();
    const parsed = inputs.map((p) => ({ name: p.name, groundTruth: parseMotText(p.gt, p.name), results: parseMotText(p.res, p.name) }));
    evaluateMot(parsed);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i >= 2) times.push(ms); // two warm-up runs
    gtRows = parsed.reduce((n, p) => n + p.groundTruth.length, 0);
    resultRows = parsed.reduce((n, p) => n + p.results.length, 0);
  }
  times.sort((a, b) => a - b);
  return [{ input: "TUD-Campus + TUD-Stadtmitte (with OVERALL)", gtRows, resultRows, runs, medianMs: round(percentile(times, 50)), minMs: round(times[0]!) }];
}
