// Ingest throughput: N ~100 kB JPEG SensorFrames through PUSH -> PULL -> ingestFrames, over
// tcp and ipc, with the sender in a child process (as a camera gateway would be). Prints JSON, then a markdown table. Not a test: nothing here asserts on time.
//   npx tsx bench/ingest-throughput.ts [--frames 5000] [--transports tcp,ipc]
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Push } from "zeromq";
import { defaultFixturesDir } from "../runtime/cli/repo-paths.js";
import { SystemClock } from "../runtime/clock/index.js";
import { encodeSensorFrame, FrameValidator, ingestFrames, ZmqFrameSource } from "../runtime/ingest/index.js";
import { PipelineCounters, RateLimitedLog, silentLogger } from "../runtime/observe/index.js";


const TARGET_BYTES = 100 * 1024;
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/** A real PETS09 frame padded with a COM segment (right after SOI) to ~100 kB: still a valid JPEG, 768x576. */
function paddedJpeg(): Uint8Array {
  const fixtures = defaultFixturesDir();
  const jpeg = readFileSync(join(fixtures, "video", "PETS09-S2L1", "000001.jpg"));
  const pad = Math.min(65_533, Math.max(0, TARGET_BYTES - jpeg.length - 4));
  const com = Buffer.alloc(4 + pad, 0x20);
  com[0] = 0xff;
  com[1] = 0xfe;
  com.writeUInt16BE(pad + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), com, jpeg.subarray(2)]);
}

async function runSender(endpoint: string, frames: number, jpeg: Uint8Array): Promise<void> {
  const clock = new SystemClock();
  // A small send high-water mark, as a camera gateway that prefers fresh frames would use.
  const push = new Push({ sendHighWaterMark: 4, linger: 10_000 });
  push.connect(endpoint);
  for (let seq = 1; seq <= frames; seq++) {
    const now = clock.nowNs();
    await push.send(encodeSensorFrame({ sensorId: "cam0", seq: BigInt(seq), captureTimeNs: now, sentTimeNs: now, encoding: "jpeg", data: jpeg }));
  }
  push.close();
}

interface Row {
  transport: string;
  frames: number;
  frameBytes: number;
  received: number;
  rejected: number;
  seconds: number;
  framesPerSecond: number;
  megabytesPerSecond: number;
  medianLatencyMs: number;
  maxRssMb: number;
}

async function runOnce(transport: "tcp" | "ipc", frames: number, jpeg: Uint8Array): Promise<Row> {
  const clock = new SystemClock();
  const endpoint = transport === "tcp" ? "tcp://127.0.0.1:*" : `ipc:///tmp/vigil-bench-${randomUUID()}.sock`;
  const source = await ZmqFrameSource.open({ endpoint, socket: "pull", mode: "bind", maxMessageBytes: MAX_MESSAGE_BYTES });
  const counters = new PipelineCounters();
  const log = new RateLimitedLog(silentLogger, clock);
  const frames$ = ingestFrames(source, new FrameValidator({ maxMessageBytes: MAX_MESSAGE_BYTES, clock }), { counters, log });
  const latencies: number[] = [];
  let maxRss = 0;
  let first = 0n;
  let last = 0n;
  let expectedSeq = 1n;
  const done = new Promise<void>((resolveDone, reject) => {
    const sub = frames$.subscribe({
      next: (frame) => {
        if (frame.seq !== expectedSeq) reject(new Error(`frame ${frame.seq} arrived, expected ${expectedSeq}`));
        expectedSeq++;
        if (first === 0n) first = frame.receivedNs;
        last = frame.receivedNs;
        latencies.push(Number(frame.receivedNs - frame.sentTimeNs) / 1e6);
        if (frame.seq % 500n === 0n) maxRss = Math.max(maxRss, process.memoryUsage.rss());
        if (frame.seq === BigInt(frames)) {
          sub.unsubscribe();
          resolveDone();
        }
      },
      error: reject,
    });
  });
  // The sender is another process, as a camera gateway would be: this file again, with --sender.
  const sender = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--sender", source.endpoint, String(frames)], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const senderDone = new Promise<void>((res, rej) => {
    sender.once("error", rej);
    sender.once("exit", (code) => (code === 0 ? res() : rej(new Error(`sender exited with ${code}`))));
  });
  await Promise.all([done, senderDone]);
  source.close();
  const snap = counters.snapshot();
  const seconds = Number(last - first) / 1e9;
  const fps = (frames - 1) / seconds;
  latencies.sort((a, b) => a - b);
  return {
    transport,
    frames,
    frameBytes: jpeg.byteLength,
    received: snap.sensors.cam0?.received ?? 0,
    rejected: Object.values(snap.rejectedByReason).reduce((a, b) => a + b, 0),
    seconds: round(seconds, 3),
    framesPerSecond: Math.round(fps),
    megabytesPerSecond: round((fps * jpeg.byteLength) / 1e6, 1),
    medianLatencyMs: round(latencies[latencies.length >> 1] ?? 0, 2),
    maxRssMb: Math.round(maxRss / 1e6),
  };
}

/** Validation alone, no sockets: the ceiling the validator puts on ingest. */
function validateOnly(frames: number, jpeg: Uint8Array): { framesPerSecond: number } {
  const clock = new SystemClock();
  const validator = new FrameValidator({ maxMessageBytes: MAX_MESSAGE_BYTES, clock });
  const message = encodeSensorFrame({ sensorId: "cam0", seq: 1n, captureTimeNs: 1n, encoding: "jpeg", data: jpeg });
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < frames; i++) if (!validator.validate(message).ok) throw new Error("benchmark frame rejected");
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { framesPerSecond: Math.round(frames / seconds) };
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}

/** The ingest part of `npm run bench -- detect`: sockets + validation, then validation alone. */
export async function measureIngest(frames: number, transports: Array<"tcp" | "ipc">): Promise<{ rows: Row[]; validateOnly: { framesPerSecond: number } }> {
  const jpeg = paddedJpeg();
  const rows: Row[] = [];
  for (const t of transports) rows.push(await runOnce(t, frames, jpeg));
  return { rows, validateOnly: validateOnly(frames * 4, jpeg) };
}

export type IngestRow = Row;

async function main(): Promise<void> {
  const frames = Number(arg("frames", "5000"));
  const transports = arg("transports", "tcp,ipc").split(",") as Array<"tcp" | "ipc">;
  const { rows, validateOnly: validation } = await measureIngest(frames, transports);
  process.stdout.write(`${JSON.stringify({ bench: "ingest-throughput", node: process.version, rows, validateOnly: validation }, null, 2)}\n\n`);
  process.stdout.write("| transport | frames | frame bytes | received | rejected | s | frames/s | MB/s | median send->validated ms | max RSS MB |\n");
  process.stdout.write("|---|---|---|---|---|---|---|---|---|---|\n");
  for (const r of rows) {
    process.stdout.write(
      `| ${r.transport} | ${r.frames} | ${r.frameBytes} | ${r.received} | ${r.rejected} | ${r.seconds} | ${r.framesPerSecond} | ${r.megabytesPerSecond} | ${r.medianLatencyMs} | ${r.maxRssMb} |\n`,
    );
  }
  process.stdout.write(`\nvalidation alone (no sockets): ${validation.framesPerSecond} frames/s\n`);
}

const senderAt = process.argv.indexOf("--sender");
if (senderAt >= 0) await runSender(process.argv[senderAt + 1] as string, Number(process.argv[senderAt + 2]), paddedJpeg());
else if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
