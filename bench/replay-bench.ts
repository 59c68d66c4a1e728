// `npm run bench -- replay`: how fast `vigil replay` goes. A log of recorded detections
// (no model: tracking, risk and the recorder) against real time, and a log of camera frames
// through yolox_nano against the same frames through the bare detector (preprocess + infer,
// nothing recorded). PETS09-S2L1, imported with `vigil import mot`. Nothing here asserts.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDetector } from "../runtime/cli/run-command.js";
import { REPO_ROOT } from "../runtime/cli/repo-paths.js";
import { ManualClock } from "../runtime/clock/index.js";
import { loadPipeline } from "../runtime/config/index.js";
import { silentLogger } from "../runtime/observe/index.js";
import { importMotSequence, replayLog } from "../runtime/record/index.js";
import { publishReport, table } from "./report.js";
import { round } from "./stats.js";

interface ReplayRow {
  log: string;
  inputs: number;
  logSeconds: number;
  wallSeconds: number;
  xRealTime: number;
  /** With a model: replay wall time over the bare detector's time on the same frames. */
  ratioToBareInference?: number;
  bareInferenceSeconds?: number;
}

export async function replayBench(fixtures: string, { quick }: { quick: boolean }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "vigil-bench-replay-"));
  const seq = join(fixtures, "tracking", "PETS09-S2L1");
  const frames = join(fixtures, "video", "PETS09-S2L1");
  const rows: ReplayRow[] = [];
  try {
    const { config, path } = await loadPipeline(join(REPO_ROOT, "pipelines", "camera.yaml"));
    const repeats = quick ? 1 : 5;

    await importMotSequence({ seqDir: seq, out: join(dir, "dets.mcap"), startNs: 0n });
    let best = Infinity;
    let summary;
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      summary = await replayLog({ log: join(dir, "dets.mcap"), config, clock: new ManualClock(), out: join(dir, `dets-out-${i}.mcap`), speed: "max" });
      best = Math.min(best, (performance.now() - t0) / 1000);
    }
    rows.push({ log: "PETS09-S2L1 detections (no model)", inputs: summary!.inputs, logSeconds: round(summary!.spanS, 2), wallSeconds: round(best, 3), xRealTime: round(summary!.spanS / best, 1) });
    process.stderr.write(`bench replay: detections ${round(summary!.spanS / best, 1)}x real time\n`);

    await importMotSequence({ seqDir: seq, framesDir: frames, out: join(dir, "frames.mcap"), startNs: 0n });
    const clock = new ManualClock();
    const detector = await loadDetector(config, path, { model: join(fixtures, "models", "yolox_nano.onnx") }, silentLogger, clock);
    try {
      const jpegs = Array.from({ length: 150 }, (_, i) => new Uint8Array(readFileSync(join(frames, `${String(i + 1).padStart(6, "0")}.jpg`))));
      for (const jpeg of jpegs.slice(0, 5)) await detector.detect({ encoding: "jpeg", data: jpeg }); // warm
      const t0 = performance.now();
      for (const jpeg of jpegs) await detector.detect({ encoding: "jpeg", data: jpeg });
      const bare = (performance.now() - t0) / 1000;
      const t1 = performance.now();
      const s = await replayLog({ log: join(dir, "frames.mcap"), config, detector, clock, out: join(dir, "frames-out.mcap"), speed: "max" });
      const wall = (performance.now() - t1) / 1000;
      rows.push({
        log: "PETS09-S2L1 frames through yolox_nano",
        inputs: s.inputs,
        logSeconds: round(s.spanS, 2),
        wallSeconds: round(wall, 3),
        xRealTime: round(s.spanS / wall, 1),
        bareInferenceSeconds: round(bare, 3),
        ratioToBareInference: round(wall / bare, 2),
      });
      process.stderr.write(`bench replay: frames ${round(wall / bare, 2)}x the bare detector\n`);
    } finally {
      await detector.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const markdown = [
    "## Replay speed",
    "",
    "Recorded detections replay through tracking, risk and the recorder (goal: >= 50x real time; best of 5). Camera frames replay through",
    "yolox_nano one at a time (deterministic: nothing dropped), compared with the same 150 frames through the bare detector (preprocess + infer).",
    "Both write every output channel (and, for frames, the frames and Foxglove channels) to an MCAP file.",
    "",
    table(
      ["log", "inputs", "log s", "wall s", "x real time", "bare detector s", "replay / bare"],
      rows.map((r) => [r.log, r.inputs, r.logSeconds, r.wallSeconds, r.xRealTime, r.bareInferenceSeconds ?? "-", r.ratioToBareInference ?? "-"]),
    ),
  ];
  publishReport({ suite: "replay", markdown, data: { results: rows } }, { write: !quick });
}
