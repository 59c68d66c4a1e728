// `npm run bench -- detect`: for each fixture model, in one run, the irreducible parts alone
// (sharp preprocess; raw onnxruntime-node session.run) and the running pipeline
// (ZeroMQ in -> DetectionSet out): closed-loop latency and open-loop sustained throughput.
// Then ingest + validation throughput for ~100 kB JPEG frames. Nothing here asserts.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as ort from "onnxruntime-node";
import { Push, Subscriber } from "zeromq";
import { parsePipeline } from "../runtime/config/index.js";
import { RuntimePipeline, SystemClock } from "../runtime/graph/index.js";
import { encodeSensorFrame } from "../runtime/ingest/index.js";
import { silentLogger } from "../runtime/observe/index.js";
import { createDetector, type Detector, type PreparedInput } from "../runtime/perception/index.js";
import { decodeDetectionSet } from "../runtime/publish/index.js";
import { measureIngest } from "./ingest-throughput.js";
import { median, percentile, round } from "./stats.js";
import { publishReport, table } from "./report.js";

const clock = new SystemClock();
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ms = (ns: bigint): number => Number(ns) / 1e6;

interface ModelCase {
  name: string;
  /** ONNX Runtime intra-op threads for both the raw session and Vigil's; 0 = its default (all cores). */
  threads: number;
  file: string;
  preset: "yolox" | "yolov8";
  /** Samples per measurement: the int8 model is ~25x slower here. */
  samples: number;
  throughputSeconds: number;
}

interface ModelRow {
  model: string;
  threads: string;
  backend: string;
  preprocessMedianMs: number;
  runMedianMs: number;
  runP99Ms: number;
  vigilInferMedianMs: number;
  pipelineLatencyMedianMs: number;
  pipelineLatencyP99Ms: number;
  latencyRatio: number;
  throughputFps: number;
  throughputTimesRun: number;
  offeredFps: number;
  /** Cores busy during the throughput run: Vigil's process, and the whole machine (sim camera included). */
  coresVigil: number;
  coresMachine: number;
  /** Resident memory of the process at the start of the overload run and its peak during it. */
  rssStartMb: number;
  rssMaxMb: number;
  internal: Record<string, number>;
}

async function timeEach(n: number, body: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = clock.nowNs();
    await body(i);
    out.push(ms(clock.nowNs() - t0));
  }
  return out;
}

async function rawOrtRun(file: string, threads: number, input: PreparedInput, n: number): Promise<number[]> {
  const options: ort.InferenceSession.SessionOptions = { graphOptimizationLevel: "all" };
  if (threads > 0) options.intraOpNumThreads = threads;
  const session = await ort.InferenceSession.create(file, options);
  const feeds = { [session.inputNames[0] as string]: new ort.Tensor("float32", input.tensor.slice(), [...input.dims]) };
  for (let i = 0; i < 3; i++) await session.run(feeds);
  const samples = await timeEach(n, () => session.run(feeds));
  await session.release();
  return samples;
}

function pipelineConfig(maxAgeMs: number) {
  return parsePipeline({
    max_frame_age_ms: maxAgeMs,
    ingest: [{ endpoint: "tcp://127.0.0.1:*" }],
    output: { detections: { endpoint: "tcp://127.0.0.1:*", send_hwm: 10_000 } },
    logging: { stats_interval_ms: 0 },
  });
}

async function subscribe(endpoint: string): Promise<Subscriber> {
  const sub = new Subscriber({ receiveHighWaterMark: 10_000 });
  sub.subscribe();
  const connected = new Promise<void>((resolve) => sub.events.on("connect", () => resolve()));
  sub.connect(endpoint);
  await connected;
  return sub;
}

/** One frame at a time: send, wait for its DetectionSet. Latency = ZeroMQ in -> DetectionSet out. */
async function closedLoopLatency(detector: Detector, frames: Uint8Array[], n: number) {
  const pipeline = await RuntimePipeline.start(pipelineConfig(60_000), { detector, clock, logger: silentLogger });
  const push = new Push({ sendHighWaterMark: 4 });
  push.connect(pipeline.endpoints.ingest[0] as string);
  const sub = await subscribe(pipeline.endpoints.detections);
  const latencies: number[] = [];
  const stages: Record<string, number[]> = {};
  for (let i = 0; i < n + 3; i++) {
    const sent = clock.nowNs();
    await push.send(encodeSensorFrame({ sensorId: "cam0", seq: BigInt(i + 1), captureTimeNs: sent, sentTimeNs: sent, encoding: "jpeg", data: frames[i % frames.length] as Uint8Array }));
    const [msg] = await sub.receive();
    const got = clock.nowNs();
    if (i < 3) continue; // warm-up
    latencies.push(ms(got - sent));
    const m = decodeDetectionSet(msg as Buffer);
    for (const [stage, ns] of Object.entries(m.timings)) (stages[stage] ??= []).push(ms(ns));
  }
  push.close();
  sub.close();
  await pipeline.stop();
  return { latencies, stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, round(median(v))])) };
}

/**
 * Frames offered faster than the model runs, for a while: DetectionSets out per second.
 * The camera is `vigil sim camera` in its own process, as a camera gateway would be.
 */
async function openLoopThroughput(detector: Detector, framesDir: string, offeredFps: number, seconds: number) {
  const pipeline = await RuntimePipeline.start(pipelineConfig(2000), { detector, clock, logger: silentLogger });
  const sub = await subscribe(pipeline.endpoints.detections);
  const arrivals: bigint[] = [];
  const reading = (async () => {
    for await (const _ of sub) arrivals.push(clock.nowNs());
  })();
  const count = Math.round(offeredFps * seconds);
  const sim = spawn(
    process.execPath,
    [join(ROOT, "bin", "vigil.js"), "sim", "camera", "--frames", framesDir, "--fps", String(offeredFps), "--loop", "--count", String(count), "--connect", pipeline.endpoints.ingest[0] as string],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, VIGIL_LOG_LEVEL: "warn" } },
  );
  // The window starts with the first frame in, not with the child's start-up.
  while (pipeline.counters.sensor("cam0").received === 0) await new Promise((r) => setTimeout(r, 5));
  const started = clock.nowNs();
  const rss = { start: process.memoryUsage.rss(), max: 0 };
  const rssSampler = setInterval(() => (rss.max = Math.max(rss.max, process.memoryUsage.rss())), 100);
  const cpu0 = process.cpuUsage();
  const machine0 = machineCpuSeconds();
  const code = await new Promise<number | null>((resolve) => sim.once("exit", resolve));
  if (code !== 0) throw new Error(`vigil sim camera exited with ${code}`);
  const ended = clock.nowNs();
  clearInterval(rssSampler);
  const cpu = process.cpuUsage(cpu0);
  const wall = Number(ended - started) / 1e9;
  // Cores busy: this process (main thread, inference worker, sharp threads) and the whole machine.
  const cores = { vigil: (cpu.user + cpu.system) / 1e6 / wall, machine: (machineCpuSeconds() - machine0) / wall };
  const summary = await pipeline.stop();
  sub.close();
  await reading;
  // Skip the first second: warm-up and the first frames' pipeline fill.
  const from = started + 1_000_000_000n;
  const inWindow = arrivals.filter((t) => t >= from && t <= ended).length;
  const rssMb = { start: Math.round(rss.start / 2 ** 20), max: Math.round(Math.max(rss.max, rss.start) / 2 ** 20) };
  return { fps: inWindow / (Number(ended - from) / 1e9), counters: summary.counters.sensors.cam0, cores, rssMb };
}

/** CPU seconds all cores spent outside idle since boot (Linux /proc/stat). */
function machineCpuSeconds(): number {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return (fields.reduce((a, b) => a + b, 0) - idle) / 100;
}

async function benchModel(c: ModelCase, fixtures: string): Promise<ModelRow> {
  const framesDir = join(fixtures, "video", "PETS09-S2L1");
  const frames = readdirSync(framesDir).sort().map((f) => readFileSync(join(framesDir, f)));
  const file = join(fixtures, "models", c.file);
  const detector = await createDetector({ model: file, preset: c.preset, threads: c.threads, logger: silentLogger, clock });
  // Read before dispose(): afterwards the detector has no active backend.
  const backend = `${detector.backend}/${detector.provider}`;
  process.stderr.write(`bench detect: ${c.name} on ${backend}, threads ${c.threads || "default"}\n`);
  for (let i = 0; i < 3; i++) await detector.detect({ encoding: "jpeg", data: frames[i] as Uint8Array });

  const pre = await timeEach(c.samples, (i) => detector.preprocess({ encoding: "jpeg", data: frames[i % frames.length] as Uint8Array }));
  const input = await detector.preprocess({ encoding: "jpeg", data: frames[0] as Uint8Array });
  const run = await rawOrtRun(file, c.threads, input, c.samples);
  const infer = await timeEach(c.samples, async (i) => detector.infer(await detector.preprocess({ encoding: "jpeg", data: frames[i % frames.length] as Uint8Array })));
  process.stderr.write(`bench detect: ${c.name} preprocess ${round(median(pre))} ms, run ${round(median(run))} ms; pipeline latency...\n`);
  const latency = await closedLoopLatency(detector, frames, c.samples);
  const offeredFps = Math.min(200, 2 * (1000 / median(run)));
  process.stderr.write(`bench detect: ${c.name} throughput at ${round(offeredFps, 1)} fps offered for ${c.throughputSeconds} s...\n`);
  const throughput = await openLoopThroughput(detector, framesDir, offeredFps, c.throughputSeconds);
  await detector.dispose();
  // The machine is shared: sample session.run again after the pipeline runs, so the ratios
  // compare against run times from both sides of them.
  run.push(...(await rawOrtRun(file, c.threads, input, c.samples)));

  const preMed = median(pre);
  const runMed = median(run);
  const latMed = median(latency.latencies);
  return {
    model: c.name,
    threads: c.threads === 0 ? "default" : String(c.threads),
    backend,
    preprocessMedianMs: round(preMed),
    runMedianMs: round(runMed),
    runP99Ms: round(percentile(run, 99)),
    vigilInferMedianMs: round(median(infer)),
    pipelineLatencyMedianMs: round(latMed),
    pipelineLatencyP99Ms: round(percentile(latency.latencies, 99)),
    latencyRatio: round(latMed / (preMed + runMed), 3),
    throughputFps: round(throughput.fps, 2),
    throughputTimesRun: round((throughput.fps * runMed) / 1000, 3),
    offeredFps: round(offeredFps, 1),
    coresVigil: round(throughput.cores.vigil),
    coresMachine: round(throughput.cores.machine),
    rssStartMb: throughput.rssMb.start,
    rssMaxMb: throughput.rssMb.max,
    internal: latency.stages,
  };
}

export async function detectBench(fixtures: string, { quick = false } = {}): Promise<void> {
  // Each model with ONNX Runtime on all cores (its default) and on one core, which leaves
  // the other core to preprocess the next frame while this one runs.
  const cases: ModelCase[] = [0, 1].flatMap((threads) => [
    { name: "yolox_nano", threads, file: "yolox_nano.onnx", preset: "yolox" as const, samples: quick ? 20 : 100, throughputSeconds: quick ? 4 : 10 },
    { name: "yolov8n_int8", threads, file: "yolov8n_int8.onnx", preset: "yolov8" as const, samples: quick ? 8 : 30, throughputSeconds: quick ? 6 : 12 },
  ]);
  const rows: ModelRow[] = [];
  for (const c of cases) rows.push(await benchModel(c, fixtures));
  process.stderr.write("bench detect: ingest + validation...\n");
  const ingest = await measureIngest(quick ? 2000 : 5000, ["tcp", "ipc"]);

  const markdown = [
    "## Detection: parts alone vs the running pipeline",
    "",
    "Latency is ZeroMQ in -> DetectionSet out, one frame at a time (PETS09-S2L1, 768x576 JPEG). Goal: median <= 1.10x (preprocess + run).",
    "Throughput is DetectionSets/s with frames offered at 2x the run rate (at most 200 fps). Goal: >= 0.9 / run time (throughput x run >= 0.9).\nThe raw session.run and Vigil use the same ONNX Runtime thread count in each row.",
    "",
    table(
      ["model", "ORT threads", "backend", "preprocess ms (median)", "session.run ms (median / p99)", "Vigil infer ms", "pipeline latency ms (median / p99)", "latency / (pre + run)", "throughput fps", "throughput x run", "offered fps", "cores busy: vigil / machine", "RSS MB start / max"],
      rows.map((r) => [
        r.model,
        r.threads,
        r.backend,
        r.preprocessMedianMs,
        `${r.runMedianMs} / ${r.runP99Ms}`,
        r.vigilInferMedianMs,
        `${r.pipelineLatencyMedianMs} / ${r.pipelineLatencyP99Ms}`,
        r.latencyRatio,
        r.throughputFps,
        r.throughputTimesRun,
        r.offeredFps,
        `${r.coresVigil} / ${r.coresMachine}`,
        `${r.rssStartMb} / ${r.rssMaxMb}`,
      ]),
    ),
    "",
    "Reading the throughput column: when the machine shows ~2.0 cores busy, the pipeline is CPU-bound, not",
    "serialised. Preprocessing a 768x576 JPEG costs ~6 ms of CPU (libjpeg decode + resize, measured alone), and on",
    "this 2-vCPU machine it can only overlap inference by taking cores inference would use, so a model whose run is",
    "close to the preprocessing time (yolox_nano, ~8-12 ms) cannot reach 0.9 / run; a model whose run dominates",
    "(yolov8n_int8, ~200-400 ms) does. Memory stays flat under the overload (RSS column).",
    "",
    "Median per-stage times inside the pipeline (ms, from DetectionSet timings):",
    "",
    table(["model", "ORT threads", ...Object.keys(rows[0]?.internal ?? {})], rows.map((r) => [r.model, r.threads, ...Object.values(r.internal)])),
    "",
    "## Ingest + validation, ~100 kB JPEG frames (sender in another process). Goal: >= 2,000 frames/s",
    "",
    table(
      ["transport", "frames", "frame bytes", "frames/s", "MB/s", "median send -> validated ms", "max RSS MB"],
      ingest.rows.map((r) => [r.transport, r.frames, r.frameBytes, r.framesPerSecond, r.megabytesPerSecond, r.medianLatencyMs, r.maxRssMb]),
    ),
    "",
    `Validation alone (no sockets): ${ingest.validateOnly.framesPerSecond} frames/s.`,
  ];
  publishReport({ suite: "detect", markdown, data: { models: rows, ingest } }, { write: !quick });
}
