import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManualClock } from "../clock/index.js";
import type { DriftConfig } from "../config/drift-config.js";
import type { PipelineConfig } from "../config/index.js";
import { frameStatistics, thumbnailFor } from "../health/index.js";
import { FrameValidator } from "../ingest/index.js";
import { RateLimitedLog, silentLogger, type Logger } from "../observe/index.js";
import type { Detector } from "../perception/index.js";
import { decodeDetectionSet } from "../publish/index.js";
import { readMcapLog, replayLog, VIGIL_CHANNELS, type LogMessage } from "../record/index.js";
import { decodeTrackSet } from "../tracking/index.js";
import { DriftProfileBuilder } from "./drift-profile-builder.js";
import type { DriftProfile } from "./drift-profile.js";

export interface DriftProfileFromLogsOptions {
  /** MCAP logs, read in this order. */
  logs: readonly string[];
  /** The pipeline whose tracker (and detector, for camera frames) a replay runs. */
  pipeline: PipelineConfig;
  drift: DriftConfig;
  /**
   * true: each log goes through the pipeline's stages again with replayLog (its frames through
   * the model, its tracks from the pipeline's tracker); false: the DetectionSets, TrackSets
   * and frames the log recorded are used as they are.
   */
  replay: boolean;
  /** A detector on the replay's virtual clock, for logs with camera frames (disposed here after each log). */
  loadDetector?: (clock: ManualClock) => Promise<Detector>;
  logger?: Logger;
  /** Where replay outputs are written while they are read (default: the system temp folder). */
  workDir?: string;
}

/** What went into the profile from each log. */
export interface DriftLogSummary {
  log: string;
  frames: number;
  detectionSets: number;
  trackSets: number;
  /** Frames whose thumbnail could not be made (not in the brightness and contrast features). */
  undecodable: number;
  /** Why the log was not read to its end (LOG_TRUNCATED / LOG_INVALID), when it was not. */
  problem?: string;
}

/**
 * A reference profile from recorded logs, the offline way of `vigil drift profile`: every
 * log is replayed through the pipeline (or read as recorded), and its frames' thumbnail
 * statistics (sensor health's code path), DetectionSets and TrackSets go, in log order, into
 * one DriftProfileBuilder. Deterministic: the same logs, model and config give the same profile.
 *   const { profile } = await driftProfileFromLogs({ logs: ["pets.mcap"], pipeline, drift, replay: true, loadDetector });
 */
export async function driftProfileFromLogs(options: DriftProfileFromLogsOptions): Promise<{ profile: DriftProfile; logs: DriftLogSummary[] }> {
  const logger = options.logger ?? silentLogger;
  const limitLog = new RateLimitedLog(logger, new ManualClock());
  const builder = new DriftProfileBuilder(options.drift, (what, sensor, label) =>
    limitLog.warn("DRIFT_LIMIT_REACHED", { what, sensor, label }, `drift profile: ${what} left out (limit reached)`),
  );
  const summaries: DriftLogSummary[] = [];
  let lastNs = 0n;
  for (const log of options.logs) {
    const { messages, problem } = options.replay ? await replayed(log, options, logger) : await recorded(log);
    const summary: DriftLogSummary = { log, frames: 0, detectionSets: 0, trackSets: 0, undecodable: 0, ...(problem === undefined ? {} : { problem }) };
    const validator = new FrameValidator({ maxMessageBytes: 256 * 1024 * 1024, clock: new ManualClock() });
    // Track ids start again in every log (a new tracker): none continues from the previous log.
    builder.resetTracks();
    for (const m of messages) {
      if (m.logTimeNs > lastNs) lastNs = m.logTimeNs;
      if (m.topic === VIGIL_CHANNELS.frames.topic) {
        const v = validator.validate(m.data);
        if (!v.ok) {
          summary.undecodable++;
          continue;
        }
        try {
          const t = await thumbnailFor(v.item);
          builder.observeImage(v.item.sensorId, frameStatistics(t.pixels, t.width, t.height, t.channels));
          summary.frames++;
        } catch (err) {
          summary.undecodable++;
          limitLog.warn("FRAME_UNDECODABLE", { log, sensor: v.item.sensorId, err: (err as Error).message }, "drift profile: frame left out of the image features");
        }
      } else if (m.topic === VIGIL_CHANNELS.detections.topic) {
        builder.observeDetections(decodeDetectionSet(m.data));
        summary.detectionSets++;
      } else if (m.topic === VIGIL_CHANNELS.tracks.topic) {
        builder.observeTracks(decodeTrackSet(m.data));
        summary.trackSets++;
      }
    }
    summaries.push(summary);
  }
  return { profile: builder.build("logs", lastNs), logs: summaries };
}

const WANTED = new Set<string>([VIGIL_CHANNELS.frames.topic, VIGIL_CHANNELS.detections.topic, VIGIL_CHANNELS.tracks.topic]);

async function recorded(log: string): Promise<{ messages: LogMessage[]; problem?: string }> {
  const read = await readMcapLog(log);
  return { messages: read.messages.filter((m) => WANTED.has(m.topic)), ...(read.problem ? { problem: `${read.problem.code}: ${read.problem.message}` } : {}) };
}

async function replayed(log: string, options: DriftProfileFromLogsOptions, logger: Logger): Promise<{ messages: LogMessage[]; problem?: string }> {
  const clock = new ManualClock();
  const hasFrames = (await readMcapLog(log)).messages.some((m) => m.topic === VIGIL_CHANNELS.frames.topic);
  const detector = hasFrames ? await options.loadDetector?.(clock) : undefined;
  const work = await mkdtemp(join(options.workDir ?? tmpdir(), "vigil-drift-"));
  try {
    const p = options.pipeline;
    // The replay's output must hold what the profile reads, whatever the pipeline records.
    const config: PipelineConfig = {
      ...p,
      record: { ...p.record, channels: { ...p.record.channels, frames: true, detections: true, tracks: true, foxglove: false } },
    };
    const out = join(work, "replayed.mcap");
    const summary = await replayLog({ log, config, detector, clock, out, speed: "max", logger });
    const read = await readMcapLog(out);
    return { messages: read.messages.filter((m) => WANTED.has(m.topic)), ...(summary.problem ? { problem: summary.problem } : {}) };
  } finally {
    await detector?.dispose();
    await rm(work, { recursive: true, force: true });
  }
}
