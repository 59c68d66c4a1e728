import { Command } from "commander";
import { z } from "zod";
import { decodeActuationCommand, decodeHeartbeat } from "../../proto/index.js";
import { SystemClock, type Clock } from "../clock/index.js";
import { loadPipeline, RecordConfigSchema, resolveConfigPath, type RecordConfig } from "../config/index.js";
import { isVigilError, VigilError } from "../errors/index.js";
import { FrameValidator, ObjectListValidator, ZmqFrameSource } from "../ingest/index.js";
import { createLogger, RateLimitedLog, type Logger } from "../observe/index.js";
import { decodeDetectionSet } from "../publish/index.js";
import { LogRecorder, type RecorderStats } from "../record/index.js";
import { decodeRiskAssessment } from "../risk/index.js";
import { decodeTrackSet } from "../tracking/index.js";
import { parsePositiveInt, parsePositiveNumber } from "./option-parsers.js";

/** The message kinds `vigil record` subscribes to, each on its own flag. */
const INPUT_KINDS = ["frames", "objects", "detections", "tracks", "risk", "commands", "heartbeats"] as const;
type InputKind = (typeof INPUT_KINDS)[number];

const WHAT: Record<InputKind, string> = {
  frames: "SensorFrames (a camera gateway's PUB)",
  objects: "ObjectLists (a smart sensor's PUB)",
  detections: "DetectionSets (output.detections)",
  tracks: "TrackSets (output.tracks)",
  risk: "RiskAssessments (output.risk)",
  commands: "ActuationCommands (actuation.publish)",
  heartbeats: "Heartbeats (heartbeat.publish)",
};

/** Larger messages are never delivered by libzmq (a frame of a big camera fits). */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
const ENDPOINT = /^(tcp|ipc|inproc):\/\/.+/;

type RecordOptions = Partial<Record<InputKind, string[]>> & {
  out?: string;
  config?: string;
  prefix?: string;
  rotateBytes?: number;
  rotateSeconds?: number;
  maxTotalBytes?: number;
  clips: boolean;
  foxglove: boolean;
  json?: boolean;
};

/** `vigil record`: subscribe to runtime PUB endpoints and write what they publish to MCAP logs. */
export function recordCommand(): Command {
  const cmd = new Command("record").description(
    "subscribe (ZeroMQ SUB, connect) to runtime PUB endpoints and record every message to MCAP files until SIGINT or SIGTERM",
  );
  for (const kind of INPUT_KINDS) {
    cmd.option(`--${kind} <endpoint>`, `a PUB of ${WHAT[kind]}; repeat for more`, (value: string, previous: string[] = []) => [...previous, value]);
  }
  return cmd
    .option("--out <dir>", "where the logs go (created if missing); default: record.dir of the --config file")
    .option("--config <file>", "take rotation, quota, channels and clips (and the folder) from this pipeline file's record section")
    .option("--prefix <name>", "log files are <prefix>-<UTC start>-<seq>.mcap (default vigil)")
    .option("--rotate-bytes <n>", "start a new log file at this size", parsePositiveInt)
    .option("--rotate-seconds <s>", "start a new log file after this long", parsePositiveNumber)
    .option("--max-total-bytes <n>", "keep logs and clips under this, deleting the oldest first", parsePositiveInt)
    .option("--no-clips", "cut no event clips around risk at WARNING or above")
    .option("--no-foxglove", "write no /<sensor>/image and /<sensor>/annotations channels")
    .option("--json", "print the summary as one JSON object")
    .addHelpText(
      "after",
      "\nEach message is checked against its endpoint's type and recorded as received; others are counted and logged.\n" +
        "Defaults (rotation, quota, clips) are the pipeline schema's record section (runtime/config/pipeline-schema.ts).\n" +
        "Prints where it writes on stderr, and on SIGINT / SIGTERM a summary on stdout: messages per channel, files, dropped.\n" +
        "Exit status: 0 stopped by a signal, 1 a socket or the disk failed, 2 bad flags.\n" +
        "Example (pipelines/demo.yaml):\n" +
        "  vigil record --out recordings --detections tcp://127.0.0.1:5566 --risk tcp://127.0.0.1:5567 \\\n" +
        "    --commands tcp://127.0.0.1:5560 --heartbeats tcp://127.0.0.1:5568",
    )
    .action(async (opts: RecordOptions) => {
      await recordUntilSignal(opts);
    });
}

/** The record settings: the schema's defaults or the --config file's section, then the flags; USAGE when they do not hold. */
async function recordSettings(opts: RecordOptions): Promise<RecordConfig> {
  let base: Record<string, unknown> = {};
  if (opts.config !== undefined) {
    const { config, path } = await loadPipeline(opts.config);
    base = { ...config.record, dir: resolveConfigPath(path, config.record.dir) };
  } else if (opts.out === undefined) {
    throw new VigilError("USAGE", "--out <dir> is required (or --config <pipeline.yaml> to use its record.dir)");
  }
  const clips = { ...((base.clips as object | undefined) ?? {}), ...(opts.clips ? {} : { enabled: false }) };
  const channels = { ...((base.channels as object | undefined) ?? {}), ...(opts.foxglove ? {} : { foxglove: false }) };
  const raw = {
    ...base,
    ...(opts.out === undefined ? {} : { dir: opts.out }),
    ...(opts.prefix === undefined ? {} : { prefix: opts.prefix }),
    ...(opts.rotateBytes === undefined ? {} : { rotate_bytes: opts.rotateBytes }),
    ...(opts.rotateSeconds === undefined ? {} : { rotate_seconds: opts.rotateSeconds }),
    ...(opts.maxTotalBytes === undefined ? {} : { max_total_bytes: opts.maxTotalBytes }),
    clips,
    channels,
  };
  const parsed = RecordConfigSchema.safeParse(raw);
  if (!parsed.success) throw new VigilError("USAGE", `record settings are invalid:\n${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  return parsed.data;
}

/** One input: its socket, and what arrived on it. */
interface Input {
  kind: InputKind;
  source: ZmqFrameSource;
  received: number;
  rejected: number;
}

/** Checks a message against its endpoint's type and hands the received bytes to the recorder; throws (a reject) when it is not one. */
function handlerFor(kind: InputKind, recorder: LogRecorder, clock: Clock): (bytes: Uint8Array) => void {
  switch (kind) {
    case "frames": {
      const validator = new FrameValidator({ maxMessageBytes: MAX_MESSAGE_BYTES, clock });
      return (bytes) => {
        const r = validator.validate(bytes);
        if (!r.ok) throw new VigilError(r.code, r.detail);
        recorder.recordFrame(r.item, bytes);
      };
    }
    case "objects": {
      const validator = new ObjectListValidator({ maxMessageBytes: MAX_MESSAGE_BYTES, clock });
      return (bytes) => {
        const r = validator.validate(bytes);
        if (!r.ok) throw new VigilError(r.code, r.detail);
        recorder.recordObjects(r.item, bytes);
      };
    }
    case "detections":
      return (bytes) => recorder.recordDetections(malformedUnless(() => decodeDetectionSet(bytes), "DetectionSet"), bytes);
    case "tracks":
      return (bytes) => recorder.recordTracks(decodeTrackSet(bytes), bytes);
    case "risk":
      return (bytes) => recorder.recordRisk(malformedUnless(() => decodeRiskAssessment(bytes), "RiskAssessment"), bytes);
    case "commands":
      return (bytes) => recorder.recordCommand(decodeActuationCommand(bytes), bytes);
    case "heartbeats":
      return (bytes) => recorder.recordHeartbeat(decodeHeartbeat(bytes), bytes);
  }
}

function malformedUnless<T extends { sensorId: string }>(decode: () => T, what: string): T {
  let m: T;
  try {
    m = decode();
  } catch (err) {
    throw new VigilError("FRAME_MALFORMED", `not a vigil.v1.${what}: ${(err as Error).message}`, { cause: err });
  }
  if (m.sensorId === "") throw new VigilError("FRAME_MISSING_SENSOR", `${what} without a sensor_id`);
  return m;
}

async function readInput(input: Input, handle: (bytes: Uint8Array) => void, rejects: RateLimitedLog, logger: Logger): Promise<VigilError | undefined> {
  try {
    for (let message = await input.source.receive(); message !== null; message = await input.source.receive()) {
      try {
        handle(message);
        input.received++;
      } catch (err) {
        input.rejected++;
        const code = isVigilError(err) ? err.code : "FRAME_MALFORMED";
        rejects.warn(code, { input: input.kind, endpoint: input.source.endpoint, bytes: message.byteLength, detail: (err as Error).message }, "message rejected, not recorded");
      }
    }
    return undefined;
  } catch (err) {
    const failure = isVigilError(err) ? err : new VigilError("INGEST_SOCKET_FAILED", `${input.kind} ${input.source.endpoint}: ${(err as Error).message}`, { cause: err });
    logger.error({ code: failure.code, input: input.kind, endpoint: input.source.endpoint, err }, "input socket failed; no more of its messages are recorded");
    return failure;
  }
}

/** Records until SIGINT / SIGTERM, then prints the summary. */
async function recordUntilSignal(opts: RecordOptions): Promise<void> {
  const endpoints = INPUT_KINDS.flatMap((kind) => (opts[kind] ?? []).map((endpoint) => ({ kind, endpoint })));
  if (endpoints.length === 0) throw new VigilError("USAGE", `nothing to record: give at least one of ${INPUT_KINDS.map((k) => `--${k}`).join(", ")}`);
  const bad = endpoints.find((e) => !ENDPOINT.test(e.endpoint));
  if (bad !== undefined) throw new VigilError("USAGE", `--${bad.kind} ${bad.endpoint}: not a ZeroMQ endpoint (tcp://host:port, ipc:///path, inproc://name)`);
  const config = await recordSettings(opts);
  const logger = createLogger("vigil-record");
  const clock = new SystemClock();
  let markFailed = (): void => undefined;
  const failed = new Promise<"failed">((resolve) => {
    markFailed = () => resolve("failed");
  });
  const recorder = await LogRecorder.open({ config, clock, logger, source: "vigil record", onFailure: () => markFailed() });
  const inputs: Input[] = [];
  try {
    for (const { kind, endpoint } of endpoints) {
      const source = await ZmqFrameSource.open({ endpoint, socket: "sub", mode: "connect", maxMessageBytes: MAX_MESSAGE_BYTES, hardMaxMessageBytes: MAX_MESSAGE_BYTES, receiveHighWaterMark: 1000 });
      inputs.push({ kind, source, received: 0, rejected: 0 });
    }
  } catch (err) {
    for (const input of inputs) input.source.close();
    await recorder.close();
    throw err;
  }
  const rejects = new RateLimitedLog(logger, clock);
  // Listen for signals before announcing: whoever waits for the line may signal at once.
  const signal = new Promise<NodeJS.Signals | "failed">((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
    // The disk failed: a recorder that cannot write ends (exit 1), so its service manager restarts it.
    void failed.then(resolve);
  });
  const loops = inputs.map((input) => readInput(input, handlerFor(input.kind, recorder, clock), rejects, logger));
  process.stderr.write(`vigil: recording ${inputs.map((i) => `${i.kind} from ${i.source.endpoint}`).join(", ")} to ${recorder.dir}\n`);
  const received = await signal;
  const force = (): never => {
    logger.warn("second signal: exiting without closing the log files");
    process.exit(1);
  };
  process.once("SIGINT", force);
  process.once("SIGTERM", force);
  logger.info({ signal: received }, "stopping");
  for (const input of inputs) input.source.close();
  const failures = (await Promise.all(loops)).filter((f) => f !== undefined);
  const stats = await recorder.close();
  process.removeListener("SIGINT", force);
  process.removeListener("SIGTERM", force);
  printSummary(stats, inputs, opts.json === true);
  if (stats.failure !== undefined) throw new VigilError("RECORD_WRITE_FAILED", stats.failure);
  if (failures[0] !== undefined) throw failures[0];
}

function printSummary(stats: RecorderStats, inputs: readonly Input[], json: boolean): void {
  const perInput = inputs.map((i) => ({ kind: i.kind, endpoint: i.source.endpoint, received: i.received, rejected: i.rejected }));
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...stats, inputs: perInput })}\n`);
    return;
  }
  const lines = [
    `recorded to ${stats.dir}: ${stats.files.length} log file(s), ${stats.clips.length} clip(s) (${stats.clipMessages} messages), ${stats.deletedFiles} file(s) deleted by the quota`,
  ];
  const topics = [...new Set([...Object.keys(stats.written), ...Object.keys(stats.dropped)])].sort();
  const width = Math.max(8, ...topics.map((t) => t.length));
  for (const topic of topics) lines.push(`  ${topic.padEnd(width)}  ${String(stats.written[topic] ?? 0).padStart(8)} written  ${String(stats.dropped[topic] ?? 0).padStart(6)} dropped`);
  for (const i of perInput) lines.push(`  input ${i.kind} ${i.endpoint}: ${i.received} received, ${i.rejected} rejected`);
  if (stats.imagesSkipped > 0) lines.push(`  ${stats.imagesSkipped} raw frame(s) not on /<sensor>/image (Foxglove's CompressedImage needs JPEG or PNG)`);
  for (const f of [...stats.files, ...stats.clips]) lines.push(`  ${f}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
