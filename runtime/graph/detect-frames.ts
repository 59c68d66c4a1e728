import { filter, map, type OperatorFunction } from "rxjs";
import { isVigilError, type FrameRejectCode } from "../errors/index.js";
import type { FrameItem } from "../ingest/index.js";
import type { RateLimitedLog } from "../observe/index.js";
import type { PipelineCounters } from "../observe/index.js";
import type { Detector, InferenceResult, PreparedInput } from "../perception/index.js";
import type { DetectionSetMessage } from "../publish/index.js";
import type { Clock } from "../clock/index.js";
import { latestWins, type LatestWinsGauge } from "./latest-wins.js";

/** A frame on its way through detection, with the times each step started and ended. */
interface FrameJob {
  frame: FrameItem;
  prepared?: PreparedInput;
  result?: InferenceResult;
  preStartNs: bigint;
  preEndNs: bigint;
  inferStartNs: bigint;
}

export interface DetectFramesOptions {
  detector: Detector;
  clock: Clock;
  counters: PipelineCounters;
  log: RateLimitedLog;
  /** The age limit of a sensor's frames, in nanoseconds. */
  maxAgeNs: (sensorId: string) => bigint;
  maxSensors: number;
  gauge?: LatestWinsGauge;
  /** Image health checks, started (not awaited: they stay off the latency path) on each frame that is processed. */
  checkImage?: (frame: FrameItem) => void;
}

/**
 * The detection stage: latest-wins per sensor, then preprocess and inference as two
 * overlapping steps, each refusing frames that have grown older than their sensor's
 * max age, and a result that aged past it during inference is dropped too. Emits one
 * DetectionSet per processed frame; counts every other outcome.
 *   frames$.pipe(detectFrames({ detector, clock, counters, log, maxAgeNs: () => 500_000_000n, maxSensors: 16 }))
 */
export function detectFrames(options: DetectFramesOptions): OperatorFunction<FrameItem, DetectionSetMessage> {
  const { detector, clock, counters, log } = options;

  const preprocess = async (job: FrameJob): Promise<FrameJob> => {
    job.preStartNs = clock.nowNs();
    const { encoding, data, width, height } = job.frame;
    options.checkImage?.(job.frame);
    job.prepared = await detector.preprocess({ encoding, data, width, height });
    job.preEndNs = clock.nowNs();
    return job;
  };

  const infer = async (job: FrameJob): Promise<FrameJob> => {
    job.inferStartNs = clock.nowNs();
    job.result = await detector.infer(job.prepared as PreparedInput);
    return job;
  };

  // A result older than the limit is not published either: inference may have taken long.
  const toMessage = (job: FrameJob): DetectionSetMessage | undefined => {
    const { frame } = job;
    const result = job.result as InferenceResult;
    const publishTimeNs = clock.nowNs();
    if (publishTimeNs - frame.captureTimeNs > options.maxAgeNs(frame.sensorId)) {
      counters.outcome(frame.sensorId, "stale");
      return undefined;
    }
    counters.outcome(frame.sensorId, "processed");
    return {
      sensorId: frame.sensorId,
      seq: frame.seq,
      captureTimeNs: frame.captureTimeNs,
      publishTimeNs,
      // A swap between infer and here must not relabel the frame: the result names its model.
      modelName: result.model?.name ?? detector.modelName,
      modelVersion: result.model?.version ?? detector.modelVersion,
      backend: `${detector.backend}/${detector.provider}`,
      frameWidth: frame.width,
      frameHeight: frame.height,
      detections: result.detections,
      timings: {
        queue: job.preStartNs - frame.receivedNs,
        preprocess: job.preEndNs - job.preStartNs,
        wait: job.inferStartNs - job.preEndNs,
        inference: result.runNs,
        postprocess: result.postprocessNs,
        total: publishTimeNs - frame.receivedNs,
      },
    };
  };

  return (frames$) =>
    frames$.pipe(
      map((frame): FrameJob => ({ frame, preStartNs: 0n, preEndNs: 0n, inferStartNs: 0n })),
      latestWins<FrameJob>(
        [preprocess, infer],
        {
          key: (job) => job.frame.sensorId,
          maxKeys: options.maxSensors,
          onDrop: (job) => counters.outcome(job.frame.sensorId, "dropped"),
          admit: (job) => {
            const fresh = clock.nowNs() - job.frame.captureTimeNs <= options.maxAgeNs(job.frame.sensorId);
            if (!fresh) counters.outcome(job.frame.sensorId, "stale");
            return fresh;
          },
          onError: (job, err, stage) => {
            const sensorId = job.frame.sensorId;
            if (isVigilError(err) && err.code.startsWith("FRAME_")) {
              counters.rejectedAfterReceive(err.code as FrameRejectCode, sensorId);
              log.warn(err.code, { sensor: sensorId, seq: String(job.frame.seq), detail: err.message }, "frame rejected");
            } else {
              counters.outcome(sensorId, "failed");
              const code = isVigilError(err) ? err.code : "INFERENCE_FAILED";
              log.warn(code, { sensor: sensorId, stage, err: (err as Error).message }, "frame failed");
            }
          },
          onOverflow: (job) => {
            counters.rejectedAfterReceive("FRAME_UNKNOWN_SENSOR", job.frame.sensorId);
            log.warn("FRAME_UNKNOWN_SENSOR", { sensor: job.frame.sensorId }, "too many sensors waiting");
          },
        },
        options.gauge,
      ),
      map(toMessage),
      filter((m): m is DetectionSetMessage => m !== undefined),
    );
}
