import { merge, type Subscription } from "rxjs";
import type { PipelineConfig } from "../config/index.js";
import { FrameValidator, ZmqFrameSource, ingestFrames } from "../ingest/index.js";
import { PipelineCounters, RateLimitedLog, type CountersSnapshot, type Logger } from "../observe/index.js";
import type { Detector } from "../perception/index.js";
import { ZmqPublisher, encodeDetectionSet, type DetectionSetMessage } from "../publish/index.js";
import type { Clock } from "./clock.js";
import { msToNs } from "./clock.js";
import { detectFrames } from "./detect-frames.js";
import type { LatestWinsGauge } from "./latest-wins.js";
import { admitSensors } from "./sensor-admission.js";

export interface CameraPipelineDeps {
  detector: Detector;
  clock: Clock;
  logger: Logger;
  /** Sees every DetectionSet before it is published (tests, recorders). */
  onDetections?: (message: DetectionSetMessage) => void;
}

export interface PipelineSummary {
  counters: CountersSnapshot;
  published: number;
  publishDropped: number;
}

/**
 * The camera detection path: ZeroMQ sources → validation → sensor admission →
 * latest-wins detection → DetectionSet on a ZeroMQ PUB endpoint.
 *   const p = await CameraPipeline.start(config, { detector, clock, logger });
 *   ...; const summary = await p.stop();
 */
export class CameraPipeline {
  readonly counters = new PipelineCounters();
  readonly gauge: LatestWinsGauge = { waiting: 0, inFlight: 0 };
  readonly #sources: ZmqFrameSource[];
  readonly #publisher: ZmqPublisher;
  readonly #logger: Logger;
  #subscription: Subscription | undefined;
  readonly #done: Promise<void>;
  #resolveDone!: () => void;
  #rejectDone!: (err: unknown) => void;

  private constructor(sources: ZmqFrameSource[], publisher: ZmqPublisher, logger: Logger) {
    this.#sources = sources;
    this.#publisher = publisher;
    this.#logger = logger;
    this.#done = new Promise<void>((resolve, reject) => {
      this.#resolveDone = resolve;
      this.#rejectDone = reject;
    });
  }

  static async start(config: PipelineConfig, deps: CameraPipelineDeps): Promise<CameraPipeline> {
    const { clock, logger, detector } = deps;
    const out = config.output.detections;
    const publisher = await ZmqPublisher.open({
      endpoint: out.endpoint,
      mode: out.mode,
      sendHighWaterMark: out.send_hwm,
      maxPending: out.max_pending,
    });
    const sources: ZmqFrameSource[] = [];
    try {
      for (const ing of config.ingest) {
        sources.push(
          await ZmqFrameSource.open({
            endpoint: ing.endpoint,
            socket: ing.socket,
            mode: ing.mode,
            topics: ing.topics,
            receiveHighWaterMark: ing.receive_hwm,
            maxMessageBytes: ing.max_message_bytes,
          }),
        );
      }
    } catch (err) {
      for (const s of sources) s.close();
      await publisher.close();
      throw err;
    }
    const pipeline = new CameraPipeline(sources, publisher, logger);
    pipeline.#run(config, deps);
    return pipeline;
  }

  #run(config: PipelineConfig, deps: CameraPipelineDeps): void {
    const { clock, logger, detector } = deps;
    const log = new RateLimitedLog(logger, clock, {
      intervalMs: config.logging.reject_log_interval_ms,
      perInterval: config.logging.reject_log_per_interval,
    });
    const counters = this.counters;
    const defaultAge = msToNs(config.max_frame_age_ms);
    const ages = new Map(
      Object.entries(config.sensors).map(([id, s]) => [id, s.max_frame_age_ms === undefined ? defaultAge : msToNs(s.max_frame_age_ms)]),
    );
    const frames$ = merge(
      ...this.#sources.map((source, i) => {
        const ing = config.ingest[i]!;
        return ingestFrames(source, new FrameValidator({ maxMessageBytes: ing.max_message_bytes, clock }), { counters, log });
      }),
    );
    this.#subscription = frames$
      .pipe(
        admitSensors({ allow: Object.keys(config.sensors), maxSensors: config.max_sensors, counters, log }),
        detectFrames({
          detector,
          clock,
          counters,
          log,
          maxAgeNs: (id) => ages.get(id) ?? defaultAge,
          maxSensors: config.max_sensors,
          gauge: this.gauge,
        }),
      )
      .subscribe({
        next: (message) => {
          deps.onDetections?.(message);
          this.#publisher.publish(encodeDetectionSet(message));
        },
        error: (err: unknown) => {
          logger.error({ err }, "pipeline stopped on an error");
          this.#rejectDone(err);
        },
        complete: () => this.#resolveDone(),
      });
  }

  /** The endpoints actually in use (ports resolved). */
  get endpoints(): { ingest: string[]; detections: string } {
    return { ingest: this.#sources.map((s) => s.endpoint), detections: this.#publisher.endpoint };
  }

  /** Resolves when the pipeline has drained after stop(), or rejects if it failed. */
  get done(): Promise<void> {
    return this.#done;
  }

  /**
   * Stops reading, lets the frame in flight finish (waiting ones complete too), publishes
   * their results and closes every socket. Bounded by timeoutMs: past it, in-flight work is dropped.
   */
  async stop(timeoutMs = 5000): Promise<PipelineSummary> {
    for (const s of this.#sources) s.close();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    const outcome = await Promise.race([this.#done.then(() => "drained" as const, () => "failed" as const), timedOut]);
    clearTimeout(timer);
    if (outcome === "timeout") this.#logger.warn({ timeoutMs }, "in-flight frames did not finish in time; dropped");
    this.#subscription?.unsubscribe();
    await this.#publisher.close();
    return { counters: this.counters.snapshot(), published: this.#publisher.published, publishDropped: this.#publisher.dropped };
  }
}
