import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { bigintToLong, encodeActuationCommand, encodeHeartbeat, vigil, type ActuationCommandMessage, type HeartbeatMessage } from "../../proto/index.js";
import type { Clock } from "../clock/index.js";
import type { RecordConfig } from "../config/index.js";
import { VigilError } from "../errors/index.js";
import { encodeObjectList, encodeSensorFrame, type FrameItem, type ObjectsItem } from "../ingest/index.js";
import { RateLimitedLog, silentLogger, withComponent, type Logger } from "../observe/index.js";
import { encodeDetectionSet, type DetectionSetMessage } from "../publish/index.js";
import { encodeRiskAssessment, riskLevelFromName, type RiskAssessmentMessage, type RiskLevel } from "../risk/index.js";
import { encodeTrackSet, type TrackSetMessage } from "../tracking/index.js";
import { DiskQuota } from "./disk-quota.js";
import { EventClipper, type ClipStep, type ClipTrigger } from "./event-clipper.js";
import { encodeCompressedImage, encodeImageAnnotations } from "./foxglove-messages.js";
import { ANNOTATIONS_SCHEMA, IMAGE_SCHEMA, VIGIL_CHANNELS, annotationsTopic, imageTopic, type LogRecord, type VigilChannel } from "./log-channels.js";
import { clipFileName, logFileName } from "./log-file-names.js";
import { MESSAGE_OVERHEAD_BYTES, McapLogFile } from "./mcap-log-file.js";

/** Sensors that get their own Foxglove topics and model records; more are recorded on the /vigil channels only. */
export const MAX_RECORDED_SENSORS = 64;
/** Tries at a free file name when one is taken (two recorders, or a restart within the same millisecond). */
const NAME_ATTEMPTS = 1000;

export interface LogRecorderOptions {
  /** The pipeline file's `record` section (RecordConfigSchema); `dir` relative to the working directory. */
  config: RecordConfig;
  /** Log times come from here (ManualClock in tests and replay: the files are then byte-identical). */
  clock: Clock;
  logger?: Logger;
  /** Written into every file's "vigil" metadata record as `source` (the pipeline's name, or "vigil record"). */
  source?: string;
  /** Called once if a write fails and recording stops (RECORD_WRITE_FAILED). */
  onFailure?: (err: VigilError) => void;
}

/** What a recorder did: counts per topic (sorted), the files it wrote, what the quota deleted. */
export interface RecorderStats {
  /** Absolute path of the directory. */
  dir: string;
  /** Messages written to log files, per topic. */
  written: Record<string, number>;
  /** Messages written to clips, all topics together. */
  clipMessages: number;
  /** Writes dropped per topic (log and clip writes together): the queue was full (max_queue_bytes), the recorder had failed, or it was closed. */
  dropped: Record<string, number>;
  /** Log files and clips opened, by name, in order. */
  files: string[];
  clips: string[];
  /** Files the quota deleted, and their bytes. */
  deletedFiles: number;
  deletedBytes: number;
  /** Frames not written on /<sensor>/image: raw encodings (Foxglove's CompressedImage needs JPEG or PNG), or past MAX_RECORDED_SENSORS. */
  imagesSkipped: number;
  /** Why recording stopped early (RECORD_WRITE_FAILED), if it did. */
  failure?: string;
}

type Op =
  | { type: "log"; record: LogRecord; modelOf?: string }
  | { type: "clip-open"; trigger: ClipTrigger }
  | { type: "clip"; record: LogRecord }
  | { type: "clip-close"; reason: string }
  | { type: "end" };

/**
 * Writes what the pipeline sees and decides to MCAP files with protobuf schemas (Foxglove
 * and the MCAP tools read them): record*() stamps each message with the clock, queues it
 * (bounded by max_queue_bytes: beyond it a message is dropped and counted, the caller never
 * waits) and one writer drains the queue to disk. Files rotate at rotate_bytes or
 * rotate_seconds, the directory stays under max_total_bytes (oldest first), and risk at
 * clips.min_level or above cuts an event clip with pre- and post-roll. Same inputs and
 * clock, same bytes.
 *   const recorder = await LogRecorder.open({ config: config.record, clock, logger });
 *   recorder.recordDetections(detectionSet); ...; const stats = await recorder.close();
 */
export class LogRecorder {
  readonly dir: string;
  readonly #config: RecordConfig;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #warn: RateLimitedLog;
  readonly #source: string;
  readonly #onFailure: ((err: VigilError) => void) | undefined;
  readonly #quota: DiskQuota;
  readonly #clipper: EventClipper | undefined;
  readonly #rotateNs: bigint;

  // Recording side (synchronous, in the caller's turn).
  #lastLogTimeNs = 0n;
  readonly #modelKeys = new Map<string, string>();
  readonly #foxgloveSensors = new Set<string>();
  #imagesSkipped = 0;
  #closing = false;

  // The queue between the two sides.
  #queue: Op[] = [];
  #head = 0;
  #queuedBytes = 0;
  #draining = false;
  #drained: Promise<void> = Promise.resolve();
  #resolveDrained: () => void = () => undefined;

  // Writer side (asynchronous, one op at a time).
  #log: McapLogFile | undefined;
  #logStartNs = 0n;
  #logSeq = 0;
  #clip: McapLogFile | undefined;
  #clipSeq = 0;
  /** The newest ModelVersion record per sensor, as written: repeated at the start of each file. */
  readonly #models = new Map<string, LogRecord>();
  readonly #written = new Map<string, number>();
  readonly #dropped = new Map<string, number>();
  #clipMessages = 0;
  readonly #files: string[] = [];
  readonly #clips: string[] = [];
  #failure: VigilError | undefined;

  private constructor(dir: string, options: LogRecorderOptions) {
    const { config } = options;
    this.dir = dir;
    this.#config = config;
    this.#clock = options.clock;
    this.#logger = withComponent(options.logger ?? silentLogger, "record");
    this.#warn = new RateLimitedLog(this.#logger, options.clock);
    this.#source = options.source ?? "vigil";
    this.#onFailure = options.onFailure;
    this.#rotateNs = BigInt(Math.round(config.rotate_seconds * 1e9));
    this.#quota = new DiskQuota({ dir, prefix: config.prefix, maxTotalBytes: config.max_total_bytes, logger: this.#logger });
    const clips = config.clips;
    this.#clipper = clips.enabled
      ? new EventClipper({
          preRollNs: BigInt(clips.pre_roll_ms) * 1_000_000n,
          postRollNs: BigInt(clips.post_roll_ms) * 1_000_000n,
          maxClipNs: BigInt(clips.max_clip_ms) * 1_000_000n,
          minLevel: riskLevelFromName(clips.min_level),
          maxPreRollBytes: clips.max_pre_roll_bytes,
        })
      : undefined;
  }

  /** Creates the directory if needed and applies the quota to what is already there; RECORD_WRITE_FAILED when it cannot. */
  static async open(options: LogRecorderOptions): Promise<LogRecorder> {
    const dir = resolve(options.config.dir);
    const recorder = new LogRecorder(dir, options);
    try {
      await mkdir(dir, { recursive: true });
      await recorder.#quota.enforce(new Set(), options.config.rotate_bytes);
    } catch (err) {
      throw new VigilError("RECORD_WRITE_FAILED", `cannot record to ${dir}: ${(err as Error).message}`, { cause: err });
    }
    return recorder;
  }

  /** A camera frame: /vigil/frames (the received bytes when given, else the frame re-encoded) and /<sensor>/image. */
  recordFrame(frame: FrameItem, received?: Uint8Array): void {
    this.#safely(VIGIL_CHANNELS.frames.topic, () => {
      const t = this.#logTime();
      if (this.#config.channels.frames) {
        const data = received ?? encodeSensorFrame({ ...frame, tags: { ...frame.tags } });
        this.#add(this.#vigil("frames", t, frame.captureTimeNs, data));
      }
      if (this.#config.channels.foxglove) {
        const image = this.#foxgloveAllowed(frame.sensorId) ? encodeCompressedImage(frame) : undefined;
        if (image === undefined) this.#imagesSkipped++;
        else this.#add({ topic: imageTopic(frame.sensorId), schemaName: IMAGE_SCHEMA, logTimeNs: t, publishTimeNs: frame.captureTimeNs, data: image });
      }
    });
  }

  /** A smart sensor's ObjectList on /vigil/objects (the received bytes when given). */
  recordObjects(list: ObjectsItem, received?: Uint8Array): void {
    if (!this.#config.channels.objects) return;
    this.#safely(VIGIL_CHANNELS.objects.topic, () => {
      const data =
        received ??
        encodeObjectList({
          sensorId: list.sensorId,
          seq: list.seq,
          captureTimeNs: list.captureTimeNs,
          sentTimeNs: list.sentTimeNs,
          objects: list.objects,
          tags: { ...list.tags },
        });
      this.#add(this.#vigil("objects", this.#logTime(), list.captureTimeNs, data));
    });
  }

  /** Whatever ingest admitted (the pipeline's onFrame hook). */
  recordIngest(item: FrameItem | ObjectsItem): void {
    if (item.type === "frame") this.recordFrame(item);
    else this.recordObjects(item);
  }

  /** A DetectionSet on /vigil/detections, its boxes on /<sensor>/annotations, and /vigil/model when the sensor's model changed. */
  recordDetections(m: DetectionSetMessage, received?: Uint8Array): void {
    this.#safely(VIGIL_CHANNELS.detections.topic, () => {
      const t = this.#logTime();
      if (this.#config.channels.model) this.#noteModel(m, t);
      if (this.#config.channels.detections) this.#add(this.#vigil("detections", t, m.publishTimeNs, received ?? encodeDetectionSet(m)));
      if (this.#config.channels.foxglove && this.#foxgloveAllowed(m.sensorId)) {
        this.#add({ topic: annotationsTopic(m.sensorId), schemaName: ANNOTATIONS_SCHEMA, logTimeNs: t, publishTimeNs: m.captureTimeNs, data: encodeImageAnnotations(m) });
      }
    });
  }

  recordTracks(m: TrackSetMessage, received?: Uint8Array): void {
    if (!this.#config.channels.tracks) return;
    this.#safely(VIGIL_CHANNELS.tracks.topic, () => this.#add(this.#vigil("tracks", this.#logTime(), m.publishTimeNs, received ?? encodeTrackSet(m))));
  }

  /** A RiskAssessment on /vigil/risk; at clips.min_level or above it starts or extends an event clip. */
  recordRisk(m: RiskAssessmentMessage, received?: Uint8Array): void {
    this.#safely(VIGIL_CHANNELS.risk.topic, () => {
      const record = this.#vigil("risk", this.#logTime(), m.decisionTimeNs, received ?? encodeRiskAssessment(m));
      this.#add(record, { sensorId: m.sensorId, assessmentId: m.assessmentId, level: m.level }, this.#config.channels.risk);
    });
  }

  recordCommand(m: ActuationCommandMessage, received?: Uint8Array): void {
    if (!this.#config.channels.commands) return;
    this.#safely(VIGIL_CHANNELS.commands.topic, () =>
      this.#add(this.#vigil("commands", this.#logTime(), m.issuedTimeNs, received ?? encodeActuationCommand(m))),
    );
  }

  recordHeartbeat(m: HeartbeatMessage, received?: Uint8Array): void {
    if (!this.#config.channels.heartbeats) return;
    this.#safely(VIGIL_CHANNELS.heartbeats.topic, () => this.#add(this.#vigil("heartbeats", this.#logTime(), m.timeNs, received ?? encodeHeartbeat(m))));
  }

  /** Bytes of records waiting for the disk. */
  get queuedBytes(): number {
    return this.#queuedBytes;
  }

  stats(): RecorderStats {
    const sorted = (m: Map<string, number>): Record<string, number> => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const stats: RecorderStats = {
      dir: this.dir,
      written: sorted(this.#written),
      clipMessages: this.#clipMessages,
      dropped: sorted(this.#dropped),
      files: [...this.#files],
      clips: [...this.#clips],
      deletedFiles: this.#quota.deletedFiles,
      deletedBytes: this.#quota.deletedBytes,
      imagesSkipped: this.#imagesSkipped,
    };
    if (this.#failure !== undefined) stats.failure = this.#failure.message;
    return stats;
  }

  /**
   * Stops taking records (later ones are dropped and counted), writes what is queued, closes
   * the open clip and log file with their footers, applies the quota once more.
   */
  async close(): Promise<RecorderStats> {
    if (!this.#closing) {
      this.#closing = true;
      for (const step of this.#clipper?.end() ?? []) this.#enqueueClipStep(step);
      this.#enqueue({ type: "end" }, 0);
    }
    await this.#drained;
    return this.stats();
  }

  // --- recording side ---

  /** Log times never go back, even if the clock does: files stay in time order. */
  #logTime(): bigint {
    const now = this.#clock.nowNs();
    if (now > this.#lastLogTimeNs) this.#lastLogTimeNs = now;
    return this.#lastLogTimeNs;
  }

  #vigil(channel: VigilChannel, logTimeNs: bigint, publishTimeNs: bigint, data: Uint8Array): LogRecord {
    const { topic, schemaName } = VIGIL_CHANNELS[channel];
    return { topic, schemaName, logTimeNs, publishTimeNs: publishTimeNs === 0n ? logTimeNs : publishTimeNs, data };
  }

  /** Runs one record call; an encoding failure is counted as a drop and logged, never thrown at the pipeline. */
  #safely(topic: string, body: () => void): void {
    try {
      body();
    } catch (err) {
      this.#countDrop(topic);
      this.#warn.warn("RECORD_ENCODE_FAILED", { topic, err }, "recorder could not encode a message; dropped");
    }
  }

  #foxgloveAllowed(sensorId: string): boolean {
    if (this.#foxgloveSensors.has(sensorId)) return true;
    if (this.#foxgloveSensors.size >= MAX_RECORDED_SENSORS) {
      this.#warn.warn("RECORD_TOO_MANY_SENSORS", { sensor: sensorId, max: MAX_RECORDED_SENSORS }, "recorder: no Foxglove topics for more sensors");
      return false;
    }
    this.#foxgloveSensors.add(sensorId);
    return true;
  }

  /** A /vigil/model record when this sensor's model, version or backend differs from the last one recorded. */
  #noteModel(m: DetectionSetMessage, t: bigint): void {
    const key = `${m.modelName}\u0000${m.modelVersion}\u0000${m.backend}`;
    if (this.#modelKeys.get(m.sensorId) === key) return;
    if (!this.#modelKeys.has(m.sensorId) && this.#modelKeys.size >= MAX_RECORDED_SENSORS) return;
    this.#modelKeys.set(m.sensorId, key);
    const data = vigil.v1.ModelVersion.encode({
      timeNs: bigintToLong(t),
      sensorId: m.sensorId,
      modelName: m.modelName,
      modelVersion: m.modelVersion,
      backend: m.backend,
    }).finish();
    this.#add(this.#vigil("model", t, t, data), undefined, true, m.sensorId);
  }

  /** Queues a record for the log (when `toLog`) and hands it to the clipper. */
  #add(record: LogRecord, risk?: { sensorId: string; assessmentId: string; level: RiskLevel }, toLog = true, modelOf?: string): void {
    if (toLog) this.#enqueue(modelOf === undefined ? { type: "log", record } : { type: "log", record, modelOf }, record.data.byteLength);
    if (this.#clipper === undefined || this.#closing) return;
    // A channel switched off is not in clips either; its risk records still trigger them.
    for (const step of this.#clipper.offer(record, risk, toLog)) this.#enqueueClipStep(step);
  }

  #enqueueClipStep(step: ClipStep): void {
    if (step.type === "open") this.#enqueue({ type: "clip-open", trigger: step.trigger }, 0);
    else if (step.type === "write") this.#enqueue({ type: "clip", record: step.record }, step.record.data.byteLength);
    else this.#enqueue({ type: "clip-close", reason: step.reason }, 0);
  }

  #enqueue(op: Op, bytes: number): void {
    if (op.type === "log" || op.type === "clip") {
      if (this.#closing && op.type === "log") return this.#countDrop(op.record.topic);
      if (this.#failure !== undefined || this.#queuedBytes + bytes > this.#config.max_queue_bytes) return this.#countDrop(op.record.topic);
      this.#queuedBytes += bytes;
    }
    this.#queue.push(op);
    if (!this.#draining) {
      this.#draining = true;
      this.#drained = new Promise((r) => (this.#resolveDrained = r));
      void this.#drain();
    }
  }

  #countDrop(topic: string): void {
    this.#dropped.set(topic, (this.#dropped.get(topic) ?? 0) + 1);
  }

  // --- writer side ---

  async #drain(): Promise<void> {
    while (this.#head < this.#queue.length) {
      const op = this.#queue[this.#head]!;
      this.#queue[this.#head++] = undefined as unknown as Op;
      if (this.#head > 4096 && this.#head * 2 > this.#queue.length) {
        this.#queue = this.#queue.slice(this.#head);
        this.#head = 0;
      }
      if (op.type === "log" || op.type === "clip") this.#queuedBytes -= op.record.data.byteLength;
      if (this.#failure !== undefined) {
        if (op.type === "log" || op.type === "clip") this.#countDrop(op.record.topic);
        continue;
      }
      try {
        await this.#apply(op);
      } catch (err) {
        if (op.type === "log" || op.type === "clip") this.#countDrop(op.record.topic); // it never reached the file
        await this.#fail(err);
      }
    }
    // No await between the last check and here: a record queued from now on starts a new drain.
    this.#draining = false;
    this.#resolveDrained();
  }

  async #apply(op: Op): Promise<void> {
    switch (op.type) {
      case "log": {
        const { record } = op;
        const log = this.#log;
        if (
          log !== undefined &&
          log.messages > 0 &&
          (record.logTimeNs - this.#logStartNs >= this.#rotateNs || log.recordBytes + MESSAGE_OVERHEAD_BYTES + record.data.byteLength > this.#config.rotate_bytes)
        ) {
          await this.#closeLog();
        }
        const file = this.#log ?? (await this.#openLog(record.logTimeNs));
        await file.add(record);
        this.#written.set(record.topic, (this.#written.get(record.topic) ?? 0) + 1);
        if (op.modelOf !== undefined) this.#models.set(op.modelOf, record);
        return;
      }
      case "clip-open":
        if (this.#clip !== undefined) await this.#closeClip("replaced");
        await this.#openClip(op.trigger);
        return;
      case "clip":
        if (this.#clip !== undefined) {
          await this.#clip.add(op.record);
          this.#clipMessages++;
        }
        return;
      case "clip-close":
        if (this.#clip !== undefined) await this.#closeClip(op.reason);
        return;
      case "end":
        if (this.#clip !== undefined) await this.#closeClip("end");
        if (this.#log !== undefined) await this.#closeLog();
        await this.#quota.enforce(new Set(), 0);
        return;
    }
  }

  #openNames(): Set<string> {
    const names = new Set<string>();
    if (this.#log !== undefined) names.add(this.#log.name);
    if (this.#clip !== undefined) names.add(this.#clip.name);
    return names;
  }

  async #openLog(startNs: bigint): Promise<McapLogFile> {
    await this.#quota.enforce(this.#openNames(), this.#config.rotate_bytes);
    const file = await this.#create((seq) => logFileName(this.#config.prefix, startNs, seq), () => ++this.#logSeq, { kind: "log" });
    this.#log = file;
    this.#logStartNs = startNs;
    this.#files.push(file.name);
    this.#logger.info({ file: file.path }, "recording to a new log file");
    // Every file says which model produced what follows, even when it changed files ago.
    for (const model of this.#models.values()) {
      await file.add({ ...model, logTimeNs: startNs });
      this.#written.set(model.topic, (this.#written.get(model.topic) ?? 0) + 1);
    }
    return file;
  }

  async #closeLog(): Promise<void> {
    const file = this.#log!;
    this.#log = undefined;
    const bytes = await file.close();
    this.#logger.info({ file: file.path, bytes, messages: file.messages }, "log file closed");
    await this.#quota.enforce(this.#openNames(), 0);
  }

  async #openClip(trigger: ClipTrigger): Promise<void> {
    await this.#quota.enforce(this.#openNames(), 0);
    const file = await this.#create((seq) => clipFileName(trigger.triggerNs, trigger.sensorId, seq), () => ++this.#clipSeq, {
      kind: "clip",
      sensor_id: trigger.sensorId,
      assessment_id: trigger.assessmentId,
      level: String(trigger.level),
      trigger_ns: String(trigger.triggerNs),
    });
    this.#clip = file;
    this.#clips.push(file.name);
    this.#logger.info({ file: file.path, sensor: trigger.sensorId, assessment: trigger.assessmentId }, "risk event: recording a clip");
    const startNs = trigger.triggerNs - BigInt(this.#config.clips.pre_roll_ms) * 1_000_000n;
    for (const model of this.#models.values()) {
      await file.add({ ...model, logTimeNs: model.logTimeNs > startNs ? model.logTimeNs : startNs });
      this.#clipMessages++;
    }
  }

  async #closeClip(reason: string): Promise<void> {
    const file = this.#clip!;
    this.#clip = undefined;
    const bytes = await file.close();
    this.#logger.info({ file: file.path, bytes, messages: file.messages, reason }, "clip closed");
    await this.#quota.enforce(this.#openNames(), 0);
  }

  /** Creates a file under the first free name (seq counts on past names that are taken). */
  async #create(name: (seq: number) => string, nextSeq: () => number, metadata: Record<string, string>): Promise<McapLogFile> {
    for (let attempt = 0; ; attempt++) {
      const candidate = name(nextSeq());
      try {
        return await McapLogFile.create(this.dir, candidate, { chunkBytes: this.#config.chunk_bytes, metadata: { ...metadata, source: this.#source } });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= NAME_ATTEMPTS) throw err;
      }
    }
  }

  /** A write failed: recording stops (counted drops from here), the pipeline goes on. */
  async #fail(err: unknown): Promise<void> {
    this.#failure = new VigilError("RECORD_WRITE_FAILED", `recording to ${this.dir} stopped: ${(err as Error)?.message ?? String(err)}`, { cause: err });
    this.#logger.error({ code: this.#failure.code, err }, this.#failure.message);
    const open = [this.#log, this.#clip];
    this.#log = undefined;
    this.#clip = undefined;
    for (const file of open) {
      const closeErr = await file?.abandon();
      if (closeErr !== undefined) this.#logger.warn({ file: file?.name, err: closeErr }, "could not close a log file after the write error");
    }
    this.#onFailure?.(this.#failure);
  }

  /** Why recording stopped (RECORD_WRITE_FAILED), once it has. */
  get failure(): VigilError | undefined {
    return this.#failure;
  }
}
