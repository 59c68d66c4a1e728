import { map, merge, share, Subject, tap, type Observable, type Subscription } from "rxjs";
import { arbitrate, CommandPublisher, CommandSubscriber, riskToCommand, type ActuationCommandMessage } from "../actuation/index.js";
import type { PipelineConfig, PublishConfig } from "../config/index.js";
import { HeartbeatPublisher, RuntimeHealth, type ImageStatisticsListener } from "../health/index.js";
import { FrameValidator, ObjectListValidator, ZmqFrameSource, ingestFrames, ingestObjectLists, type FrameItem, type ObjectsItem } from "../ingest/index.js";
import { PipelineCounters, RateLimitedLog, withComponent, type CountersSnapshot, type Logger } from "../observe/index.js";
import type { Detector } from "../perception/index.js";
import { ZmqPublisher, encodeDetectionSet, type DetectionSetMessage } from "../publish/index.js";
import { assessRisk, encodeRiskAssessment, type RiskAssessmentMessage } from "../risk/index.js";
import { encodeTrackSet, trackFrames, type TrackSetMessage } from "../tracking/index.js";
import { VigilError } from "../errors/index.js";
import type { HeartbeatMessage } from "../../proto/index.js";
import type { Clock } from "../clock/index.js";
import { msToNs } from "../clock/index.js";
import type { DetectionSetMessage as DetectionSet } from "../publish/index.js";
import { detectFrames } from "./detect-frames.js";
import type { LatestWinsGauge } from "./latest-wins.js";
import { objectsToDetections, sensorViews } from "./objects-to-detections.js";
import { admitSensors } from "./sensor-admission.js";

export interface RuntimePipelineDeps {
  /** Needed when an ingest endpoint carries frames; object-list sensors need none. */
  detector?: Detector;
  clock: Clock;
  logger: Logger;
  /** See every message before it is published (tests, recorders). */
  onDetections?: (message: DetectionSetMessage) => void;
  onTracks?: (message: TrackSetMessage) => void;
  onRisk?: (message: RiskAssessmentMessage) => void;
  onCommand?: (message: ActuationCommandMessage) => void;
  /** Every camera frame and object list that passed validation and sensor admission (recorders). */
  onFrame?: (item: FrameItem | ObjectsItem) => void;
  /** Every heartbeat as it is published, when the pipeline has a heartbeat section. */
  onHeartbeat?: (message: HeartbeatMessage) => void;
  /** Brightness and contrast of each frame the image checks ran on (drift). */
  onImageStatistics?: ImageStatisticsListener;
}

export interface PipelineSummary {
  counters: CountersSnapshot;
  /** DetectionSets published, and dropped at the publisher's bounded queue. */
  published: number;
  publishDropped: number;
  /** ActuationCommands published, when actuation is configured. */
  commandsPublished?: number;
  /** Heartbeats published, when heartbeats are configured. */
  heartbeatsPublished?: number;
}

/** The optional PUB endpoints beside DetectionSets. */
interface Outputs {
  detections: ZmqPublisher;
  tracks?: ZmqPublisher;
  risk?: ZmqPublisher;
  commands?: CommandPublisher;
  /** Commands of other sources (fallback supervisor, operator) merged into the arbiter. */
  commandInputs?: CommandSubscriber;
  heartbeats?: HeartbeatPublisher;
}

/**
 * The runtime graph: ZeroMQ sources → validation → sensor admission → latest-wins
 * detection → tracking → risk → (when configured) the actuation arbiter, each stage's
 * messages on its ZeroMQ PUB endpoint.
 *   const p = await RuntimePipeline.start(config, { detector, clock, logger });
 *   ...; const summary = await p.stop();
 */
export class RuntimePipeline {
  readonly counters: PipelineCounters;
  readonly gauge: LatestWinsGauge;
  /** Per-sensor link and image checks and per-stage progress: what the heartbeats report. */
  readonly health: RuntimeHealth;
  readonly #otherCommands = new Subject<ActuationCommandMessage>();
  readonly #sources: ZmqFrameSource[];
  readonly #outputs: Outputs;
  readonly #logger: Logger;
  #subscription: Subscription | undefined;
  #commandSubscription: Subscription | undefined;
  readonly #done: Promise<void>;
  #resolveDone!: () => void;
  #rejectDone!: (err: unknown) => void;

  private constructor(sources: ZmqFrameSource[], outputs: Outputs, logger: Logger, health: RuntimeHealth, gauge: LatestWinsGauge) {
    this.health = health;
    this.gauge = gauge;
    this.counters = new PipelineCounters(health.counterListener);
    this.#sources = sources;
    this.#outputs = outputs;
    this.#logger = logger;
    this.#done = new Promise<void>((resolve, reject) => {
      this.#resolveDone = resolve;
      this.#rejectDone = reject;
    });
  }

  static async start(config: PipelineConfig, deps: RuntimePipelineDeps): Promise<RuntimePipeline> {
    if (deps.detector === undefined && config.ingest.some((i) => i.kind === "frames")) {
      throw new VigilError("USAGE", "the pipeline ingests camera frames but no detector was given: configure detector.model, or use kind: objects");
    }
    const gauge: LatestWinsGauge = { waiting: 0, inFlight: 0 };
    const healthLogger = withComponent(deps.logger, "health");
    const health = new RuntimeHealth({
      name: config.name,
      config: config.health,
      clock: deps.clock,
      sensors: config.sensors,
      maxFrameAgeMs: config.max_frame_age_ms,
      maxSensors: config.max_sensors,
      stages: { detect: config.ingest.some((i) => i.kind === "frames"), arbiter: config.actuation !== undefined },
      detector: deps.detector,
      detectQueueDepth: () => gauge.waiting + gauge.inFlight,
      onImageCheckError: (sensor, err) => healthLogger.warn({ sensor, err }, "image health check failed"),
    });
    // The pipeline object does not exist yet when the sockets open: route through a holder.
    const forward: { to?: (c: ActuationCommandMessage) => void } = {};
    const outputs = await openOutputs(config, deps, health, (c) => forward.to?.(c));
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
      await closeOutputs(outputs);
      throw err;
    }
    const pipeline = new RuntimePipeline(sources, outputs, withComponent(deps.logger, "graph"), health, gauge);
    forward.to = (c) => pipeline.#otherCommands.next(c);
    pipeline.#run(config, deps);
    outputs.heartbeats?.start();
    return pipeline;
  }

  #run(config: PipelineConfig, deps: RuntimePipelineDeps): void {
    const { clock, detector } = deps;
    const logger = this.#logger;
    // One rate-limited log per folder, so each line names the component that refused the input.
    const limits = { intervalMs: config.logging.reject_log_interval_ms, perInterval: config.logging.reject_log_per_interval };
    const log = new RateLimitedLog(logger, clock, limits);
    const ingestLog = new RateLimitedLog(withComponent(deps.logger, "ingest"), clock, limits);
    const trackLog = new RateLimitedLog(withComponent(deps.logger, "tracking"), clock, limits);
    const riskLog = new RateLimitedLog(withComponent(deps.logger, "risk"), clock, limits);
    const counters = this.counters;
    const defaultAge = msToNs(config.max_frame_age_ms);
    const ages = new Map(
      Object.entries(config.sensors).map(([id, s]) => [id, s.max_frame_age_ms === undefined ? defaultAge : msToNs(s.max_frame_age_ms)]),
    );
    const health = this.health;
    const admitted = admitSensors({ allow: Object.keys(config.sensors), maxSensors: config.max_sensors, counters, log });
    const admit = <T extends { sensorId: string; captureTimeNs: bigint; receivedNs: bigint }>(in$: Observable<T>) =>
      in$.pipe(admitted, tap((item) => health.noteAccepted(item.sensorId, item.captureTimeNs, item.receivedNs)));
    const frameSources = this.#sources.flatMap((source, i) => (config.ingest[i]!.kind === "frames" ? [{ source, ing: config.ingest[i]! }] : []));
    const objectSources = this.#sources.flatMap((source, i) => (config.ingest[i]!.kind === "objects" ? [{ source, ing: config.ingest[i]! }] : []));
    const cameraDetections$ = merge(
      ...frameSources.map(({ source, ing }) =>
        ingestFrames(source, new FrameValidator({ maxMessageBytes: ing.max_message_bytes, clock }), { counters, log: ingestLog }),
      ),
    ).pipe(
      admit,
      tap((frame) => deps.onFrame?.(frame)),
      detectFrames({
        detector: detector as Detector, // checked in start()
        clock,
        counters,
        log,
        maxAgeNs: (id) => ages.get(id) ?? defaultAge,
        maxSensors: config.max_sensors,
        gauge: this.gauge,
        checkImage: (frame) => health.startImageCheck(frame.sensorId, frame),
      }),
      map((m) => withDegradedReasons(m, health.degradedReasons(m.sensorId, true))),
      tap((m) => health.noteStage("detect", m.captureTimeNs, m.timings.total ?? 0n, m.degradedReasons)),
    );
    const objectDetections$ = merge(
      ...objectSources.map(({ source, ing }) =>
        ingestObjectLists(source, new ObjectListValidator({ maxMessageBytes: ing.max_message_bytes, maxObjects: ing.max_objects, clock }), { counters, log: ingestLog }),
      ),
    ).pipe(
      admit,
      tap((list) => deps.onFrame?.(list)),
      objectsToDetections({
        clock,
        counters,
        viewOf: sensorViews(config.sensors),
      }),
      map((m) => withDegradedReasons(m, health.degradedReasons(m.sensorId, false))),
    );
    const out = this.#outputs;
    const risk$ = merge(cameraDetections$, objectDetections$).pipe(
      tap((m) => {
        deps.onDetections?.(m);
        out.detections.publish(encodeDetectionSet(m));
      }),
      trackFrames({ config: config.tracker, clock, maxSensors: config.max_sensors, log: trackLog }),
      tap((m) => {
        health.noteStage("track", m.captureTimeNs, m.timings.tracking ?? 0n);
        deps.onTracks?.(m);
        out.tracks?.publish(encodeTrackSet(m));
      }),
      assessRisk({
        config: config.risk,
        clock,
        onRejected: (input, code) => riskLog.warn(code, { sensor: input.sensorId }, "risk stage refused a sensor"),
      }),
      tap((m) => {
        health.noteStage("risk", m.captureTimeNs, m.decisionTimeNs - m.captureTimeNs);
        deps.onRisk?.(m);
        out.risk?.publish(encodeRiskAssessment(m));
      }),
      share(),
    );
    const actuation = config.actuation;
    if (actuation !== undefined && out.commands !== undefined) {
      // The arbiter runs until stop(): when perception falls silent its commands expire and
      // the arbiter itself publishes SAFE_STOP.
      const perception$ = risk$.pipe(
        tap((a) => health.noteStage("arbiter", a.captureTimeNs, 0n)),
        map((a) => riskToCommand(a, actuation)),
      );
      const commands$ = merge(perception$, this.#otherCommands).pipe(
        arbitrate({ config: actuation, clock }),
        tap((c) => deps.onCommand?.(c)),
      );
      this.#commandSubscription = commands$.subscribe({
        next: (c) => out.commands?.publish(c),
        error: (err: unknown) => logger.error({ err }, "actuation arbiter stopped on an error"),
      });
    }
    this.#subscription = risk$.subscribe({
      error: (err: unknown) => {
        logger.error({ err }, "pipeline stopped on an error");
        this.#rejectDone(err);
      },
      complete: () => this.#resolveDone(),
    });
  }

  /** The endpoints actually in use (ports resolved). */
  get endpoints(): { ingest: string[]; detections: string; tracks?: string; risk?: string; commands?: string; heartbeats?: string } {
    return {
      heartbeats: this.#outputs.heartbeats?.endpoint,
      ingest: this.#sources.map((s) => s.endpoint),
      detections: this.#outputs.detections.endpoint,
      tracks: this.#outputs.tracks?.endpoint,
      risk: this.#outputs.risk?.endpoint,
      commands: this.#outputs.commands?.endpoint,
    };
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
    // Stop commanding last: from here the machine sees silence and goes safe on expiry.
    this.#commandSubscription?.unsubscribe();
    const { detections, commands, heartbeats } = this.#outputs;
    const summary: PipelineSummary = { counters: this.counters.snapshot(), published: detections.published, publishDropped: detections.dropped };
    if (commands !== undefined) summary.commandsPublished = commands.published;
    if (heartbeats !== undefined) summary.heartbeatsPublished = heartbeats.published;
    await closeOutputs(this.#outputs);
    return summary;
  }
}

async function openOutputs(
  config: PipelineConfig,
  deps: RuntimePipelineDeps,
  health: RuntimeHealth,
  onOtherCommand: (c: ActuationCommandMessage) => void,
): Promise<Outputs> {
  const open = (o: PublishConfig) =>
    ZmqPublisher.open({ endpoint: o.endpoint, mode: o.mode, sendHighWaterMark: o.send_hwm, maxPending: o.max_pending });
  const outputs: Outputs = { detections: await open(config.output.detections) };
  try {
    if (config.output.tracks) outputs.tracks = await open(config.output.tracks);
    if (config.output.risk) outputs.risk = await open(config.output.risk);
    if (config.actuation) outputs.commands = await CommandPublisher.open(config.actuation.publish);
    if (config.actuation && config.actuation.inputs.length > 0) {
      outputs.commandInputs = await CommandSubscriber.open({ endpoints: config.actuation.inputs, clock: deps.clock, logger: deps.logger, onCommand: onOtherCommand });
    }
    if (config.heartbeat) {
      outputs.heartbeats = await HeartbeatPublisher.open({ config: config.heartbeat, clock: deps.clock, reports: (nowNs) => health.reports(nowNs), onBeat: deps.onHeartbeat });
    }
  } catch (err) {
    await closeOutputs(outputs);
    throw err;
  }
  return outputs;
}

async function closeOutputs(outputs: Outputs): Promise<void> {
  await Promise.all([
    outputs.detections.close(),
    outputs.tracks?.close(),
    outputs.risk?.close(),
    outputs.commands?.close(),
    outputs.commandInputs?.close(),
    outputs.heartbeats?.close(),
  ]);
}

/** The set with the reasons attached, or as it is when there are none. */
function withDegradedReasons(m: DetectionSet, reasons: readonly string[]): DetectionSet {
  return reasons.length === 0 ? m : { ...m, degradedReasons: reasons };
}
