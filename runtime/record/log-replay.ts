import { mkdtemp, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { EMPTY, merge, Subject, tap } from "rxjs";
import { riskToCommand } from "../actuation/index.js";
import { ManualClock, nsToMs } from "../clock/index.js";
import type { PipelineConfig } from "../config/index.js";
import { VigilError } from "../errors/index.js";
import { detectFrames, objectsToDetections, sensorViews } from "../graph/index.js";
import { FrameValidator, ObjectListValidator, type FrameItem, type ObjectsItem } from "../ingest/index.js";
import { PipelineCounters, RateLimitedLog, silentLogger, withComponent, type Logger } from "../observe/index.js";
import type { Detector } from "../perception/index.js";
import { decodeDetectionSet, type DetectionSetMessage } from "../publish/index.js";
import { assessRisk } from "../risk/index.js";
import { trackFrames } from "../tracking/index.js";
import { VIGIL_CHANNELS } from "./log-channels.js";
import { LogRecorder, type RecorderStats } from "./log-recorder.js";
import { readMcapLog, type LogMessage } from "./read-mcap-log.js";

export interface ReplayOptions {
  /** The log to replay (MCAP); a truncated one replays as far as it reads. */
  log: string;
  config: PipelineConfig;
  /** Needed when the log holds camera frames. Build it with `clock` so its timings are virtual too. */
  detector?: Detector;
  /** The virtual clock the detector was built with (and every stage reads). */
  clock: ManualClock;
  /** The .mcap to write (must not exist). */
  out: string;
  /** max: as fast as the stages go; 1x: paced like the log (the output is the same). */
  speed: "max" | "1x";
  logger?: Logger;
  /** After each input message. */
  onProgress?: (done: number, total: number) => void;
}

export interface ReplaySummary {
  /** What was fed: camera frames, object lists, or recorded DetectionSets (no model). */
  input: "frames" | "objects" | "detections" | "none";
  inputs: number;
  rejected: number;
  failed: number;
  /** Log time from the first input to the last, seconds. */
  spanS: number;
  /** Why the log was not read to its end (LOG_TRUNCATED / LOG_INVALID), if it was not. */
  problem?: string;
  recorded: RecorderStats;
}

/** Records waiting for the disk before the replay waits for the recorder: bounded memory, and nothing dropped. */
const MAX_WAITING_BYTES = 64 * 1024 * 1024;

/**
 * Feeds a log through the pipeline's stages on a virtual clock and records what they emit:
 * the clock reads each input's log time, every input goes through on its own (no
 * latest-wins drops, nothing stale), so two replays of the same log with the same model and
 * config write byte-identical files. Input: /vigil/frames and /vigil/objects; a log with
 * neither replays its /vigil/detections through tracking and risk (no model). Commands are
 * the perception commands of each assessment (the arbiter's fixed-rate re-publishing is a
 * real-time concern, left out). Heartbeats and the runtime's health checks are not part of
 * a replay.
 *   const clock = new ManualClock(); const detector = await createDetector({ ..., clock });
 *   const summary = await replayLog({ log: "in.mcap", config, detector, clock, out: "out.mcap", speed: "max" });
 */
export async function replayLog(options: ReplayOptions): Promise<ReplaySummary> {
  const { config, clock } = options;
  const logger = withComponent(options.logger ?? silentLogger, "record");
  const log = await readMcapLog(options.log);
  if (log.problem !== undefined) logger.warn({ code: log.problem.code, log: options.log }, `${log.problem.message}; replaying the readable part`);

  const pick = (topic: string): LogMessage[] => log.messages.filter((m) => m.topic === topic);
  const cameraInputs = pick(VIGIL_CHANNELS.frames.topic);
  const objectInputs = pick(VIGIL_CHANNELS.objects.topic);
  let input: ReplaySummary["input"] = cameraInputs.length > 0 ? "frames" : objectInputs.length > 0 ? "objects" : "detections";
  const inputs =
    input === "detections"
      ? pick(VIGIL_CHANNELS.detections.topic)
      : log.messages.filter((m) => m.topic === VIGIL_CHANNELS.frames.topic || m.topic === VIGIL_CHANNELS.objects.topic);
  if (inputs.length === 0) input = "none";
  if (cameraInputs.length > 0 && options.detector === undefined) {
    throw new VigilError("USAGE", `${options.log} holds camera frames: replaying them needs a model (--model, or detector.model in the pipeline file)`);
  }
  if (inputs[0] !== undefined) clock.set(inputs[0].logTimeNs);

  // One file, written in a private folder next to --out and moved into place when complete.
  const work = await mkdtemp(join(dirname(options.out), `.${basename(options.out)}-`));
  const recorder = await LogRecorder.open({
    clock,
    logger,
    source: "vigil replay",
    config: {
      ...config.record,
      dir: work,
      rotate_bytes: 64 * 1024 * 1024 * 1024,
      rotate_seconds: 86_400,
      max_total_bytes: Number.MAX_SAFE_INTEGER,
      max_queue_bytes: 4096 * 1024 * 1024,
      clips: { ...config.record.clips, enabled: false },
    },
  });

  // A camera frame's outcome (processed, failed, stale, rejected) is counted before its results
  // flow on synchronously: the replay waits for it before it feeds the next input.
  let frameDone: (() => void) | undefined;
  const settle = (): void => frameDone?.();
  const counters = new PipelineCounters({ received: () => undefined, rejected: settle, outcome: settle });
  const stageLog = new RateLimitedLog(logger, clock);
  const frames$ = new Subject<FrameItem>();
  const objects$ = new Subject<ObjectsItem>();
  const detections$ = new Subject<DetectionSetMessage>();

  // Without a detector no frame is fed to frames$ (refused above when the log has frames).
  const camera$ = options.detector
    ? frames$.pipe(
        detectFrames({ detector: options.detector, clock, counters, log: stageLog, maxAgeNs: () => BigInt(Number.MAX_SAFE_INTEGER), maxSensors: config.max_sensors }),
      )
    : EMPTY;
  const done = merge(camera$, objects$.pipe(objectsToDetections({ clock, counters, viewOf: sensorViews(config.sensors) })), detections$)
    .pipe(
      tap((m) => recorder.recordDetections(m)),
      trackFrames({ config: config.tracker, clock, maxSensors: config.max_sensors, log: stageLog }),
      tap((m) => recorder.recordTracks(m)),
      assessRisk({ config: config.risk, clock }),
      tap((a) => {
        recorder.recordRisk(a);
        if (config.actuation !== undefined) recorder.recordCommand(riskToCommand(a, config.actuation));
      }),
    )
    .subscribe({ error: (err: unknown) => logger.error({ err }, "replay stages stopped on an error") });

  const frameValidator = new FrameValidator({ maxMessageBytes: Math.max(...config.ingest.map((i) => i.max_message_bytes), 16 * 1024 * 1024), clock });
  const objectValidator = new ObjectListValidator({ maxMessageBytes: 16 * 1024 * 1024, maxObjects: Math.max(...config.ingest.map((i) => i.max_objects)), clock });
  let rejected = 0;
  const wallStart = performance.now();
  try {
    for (const [i, message] of inputs.entries()) {
      if (options.speed === "1x") await sleepUntil(wallStart + nsToMs(message.logTimeNs - inputs[0]!.logTimeNs));
      clock.set(message.logTimeNs > clock.nowNs() ? message.logTimeNs : clock.nowNs());
      if (message.topic === VIGIL_CHANNELS.detections.topic) {
        detections$.next(decodeDetectionSet(message.data));
      } else if (message.topic === VIGIL_CHANNELS.frames.topic) {
        const v = frameValidator.validate(message.data);
        if (!v.ok) {
          rejected++;
          continue;
        }
        recorder.recordFrame(v.item, message.data);
        if (!options.detector) continue;
        const finished = new Promise<void>((resolve) => (frameDone = resolve));
        frames$.next(v.item);
        await finished;
        frameDone = undefined;
      } else {
        const v = objectValidator.validate(message.data);
        if (!v.ok) {
          rejected++;
          continue;
        }
        recorder.recordObjects(v.item, message.data);
        objects$.next(v.item);
      }
      while (recorder.queuedBytes > MAX_WAITING_BYTES) await new Promise((r) => setTimeout(r, 5));
      options.onProgress?.(i + 1, inputs.length);
    }
  } finally {
    frames$.complete();
    objects$.complete();
    detections$.complete();
    done.unsubscribe();
  }
  const recorded = await recorder.close();
  const file = recorded.files[0];
  if (file !== undefined) await rename(join(work, file), options.out);
  await rm(work, { recursive: true, force: true });
  const snapshot = counters.snapshot();
  const failed = Object.values(snapshot.sensors).reduce((n, s) => n + s.failed, 0);
  const summary: ReplaySummary = {
    input,
    inputs: inputs.length,
    rejected,
    failed,
    spanS: inputs.length === 0 ? 0 : nsToMs(inputs.at(-1)!.logTimeNs - inputs[0]!.logTimeNs) / 1000,
    recorded,
  };
  if (log.problem !== undefined) summary.problem = `${log.problem.code}: ${log.problem.message}`;
  return summary;
}

async function sleepUntil(wallMs: number): Promise<void> {
  const wait = wallMs - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}
