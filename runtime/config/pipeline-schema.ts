import { z } from "zod";
import { AgentConfigSchema } from "./agent-config.js";
import { ApiConfigSchema } from "./api-config.js";
import { AuditConfigSchema } from "./audit-config.js";
import { CloudConfigSchema } from "./cloud-config.js";
import { DriftConfigSchema } from "./drift-config.js";
import { MetricsConfigSchema } from "./metrics-config.js";
import { FallbackConfigSchema } from "../../fallback/fallback-config.js";
import { ActuationConfigSchema } from "../actuation/actuation-config.js";
import { GROUND_VIEW_IMAGE_TO_GROUND } from "../graph/ground-view.js";
import { HealthConfigSchema, HeartbeatConfigSchema } from "../health/health-config.js";
import { RiskConfigSchema } from "../risk/risk-config.js";
import { TrackerConfigSchema } from "../tracking/tracker-config.js";

/**
 * The schema of a pipeline file, and the one place that holds every default.
 * Components receive the parsed, defaulted object; they never re-default a field.
 *   const config = PipelineSchema.parse(YAML.parse(text));
 */

const ENDPOINT = z
  .string()
  .regex(/^(tcp|ipc|inproc):\/\/.+/, "a ZeroMQ endpoint such as tcp://127.0.0.1:5555 or ipc:///tmp/vigil.sock");

const IngestSchema = z.object({
  /** Where messages arrive. */
  endpoint: ENDPOINT,
  /** frames: SensorFrames (camera images, run through the detector); objects: ObjectLists from smart sensors. */
  kind: z.enum(["frames", "objects"]).default("frames"),
  /** objects: lists with more objects are rejected. */
  max_objects: z.number().int().min(1).max(4096).default(256),
  /** pull: one consumer gets each frame and the sender blocks at the high-water mark; sub: broadcast, the sender drops. */
  socket: z.enum(["pull", "sub"]).default("pull"),
  /** bind: the runtime listens; connect: the runtime dials a camera gateway that binds. */
  mode: z.enum(["bind", "connect"]).default("bind"),
  /** SUB topic prefixes; empty means all. */
  topics: z.array(z.string()).default([]),
  /** Messages ZeroMQ queues before it pushes back on the sender: kept small so frames stay fresh. */
  receive_hwm: z.number().int().min(1).max(10_000).default(4),
  /** Larger messages are rejected as FRAME_TOO_LARGE. */
  max_message_bytes: z.number().int().min(1024).max(512 * 1024 * 1024).default(16 * 1024 * 1024),
});

const SensorSchema = z.object({
  /** Frames older than this when a stage would start on them are dropped as stale. */
  max_frame_age_ms: z.number().positive().optional(),
  /**
   * Object-list sensors: image places objects by their image box (smart cameras); ground by
   * their ground position (radar, lidar), tracked in a bird's-eye view whose homography the
   * risk section must name (risk.homographies.<id>: [[0.01, 0, 0], [0, -0.01, 0], [0, 0, 1]]).
   */
  view: z.enum(["image", "ground"]).default("image"),
  /** ground view: the square footprint each object is given, metres. */
  footprint_m: z.number().positive().max(50).default(0.6),
  /** The rate the sensor is specified to send at; when set, a sensor far above it is DEGRADED or FAILED (health.overrate_*). */
  nominal_fps: z.number().positive().max(10_000).optional(),
});

const DetectorSchema = z.object({
  /** ONNX file or TF.js model.json, relative to the pipeline file. Unset: VIGIL_MODEL, then the fixtures' yolox_nano. */
  model: z.string().optional(),
  /** Model spec YAML, relative to the pipeline file. Unset: preset, then the YAML beside the model. */
  spec: z.string().optional(),
  preset: z.enum(["yolov8", "yolox"]).optional(),
  /**
   * Backends in preference order: one that fails to load hands over to the next, and at run
   * time an inference error or timeout moves to the next one (DEGRADED) until the better one
   * passes a retry. Names: onnx-node, onnx-wasm, tfjs, or a key of backend_modules.
   */
  backends: z.array(z.string().min(1)).min(1).max(8).default(["onnx-node", "onnx-wasm"]),
  /** Extra backends by name: an ES module (path relative to the pipeline file) whose default or `backend` export is an InferenceBackend. */
  backend_modules: z.record(z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, "lower-case letters, digits and -"), z.string().min(1)).default({}),
  /** An inference call that has not returned after this long counts as failed: the next backend takes over. */
  inference_timeout_ms: z.number().int().min(1).max(600_000).default(1000),
  /** After a failover, the better backend is tried again (on a probe input) this long after it failed; doubles on each failed retry. */
  retry_primary_after_ms: z.number().int().min(100).max(86_400_000).default(30_000),
  /** Load (and warm up) the next backend at start, so a failover costs no load time; costs its memory (onnx-wasm: ~200 MB RSS). */
  preload_standby: z.boolean().default(true),
  /** onnx-node execution providers in preference order; absent ones are skipped with the reason logged. */
  providers: z.array(z.enum(["tensorrt", "cuda", "cpu"])).min(1).default(["cpu"]),
  /** Inference threads; 0 lets the runtime choose. */
  threads: z.number().int().min(0).max(256).default(0),
  /** Overrides the spec's thresholds when set. */
  conf_threshold: z.number().min(0).max(1).optional(),
  iou_threshold: z.number().min(0).max(1).optional(),
});

const PublishSchema = z.object({
  endpoint: ENDPOINT,
  mode: z.enum(["bind", "connect"]).default("bind"),
  /** Messages ZeroMQ queues per subscriber before it drops. */
  send_hwm: z.number().int().min(1).max(100_000).default(100),
  /** Messages waiting for the socket inside the process; beyond that the oldest is dropped and counted. */
  max_pending: z.number().int().min(1).max(10_000).default(64),
});

const MiB = 1024 * 1024;

/**
 * The `record` section: MCAP logs of what the pipeline saw and decided (runtime/record/).
 * Sizes are bytes; a log file is closed and the next one opened at rotate_bytes or
 * rotate_seconds, whichever comes first.
 */
export const RecordConfigSchema = z
  .object({
    /** `vigil run` records only when true. */
    enabled: z.boolean().default(false),
    /** Where logs and clips go (created if missing); relative to the pipeline file. */
    dir: z.string().min(1).default("recordings"),
    /** Log files are named <prefix>-<UTC start>-<seq>.mcap (clips: clip-<UTC>-<sensor>-<seq>.mcap). */
    prefix: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "letters, digits, _ . - (starting with a letter or digit)")
      .refine((p) => p !== "clip", "clip is the clips' prefix")
      .default("vigil"),
    /** A log file is closed once its records reach this size (the index written at close adds a little). */
    rotate_bytes: z.number().int().min(1024).max(64 * 1024 * MiB).default(256 * MiB),
    /** ...or once it spans this long (log time). */
    rotate_seconds: z.number().positive().max(86_400).default(300),
    /** Logs and clips in dir together stay under this: the oldest files are deleted first (counted and logged). */
    max_total_bytes: z.number().int().min(1024).default(8 * 1024 * MiB),
    /** Records waiting for the disk; beyond this new ones are dropped (counted per channel), never blocking the pipeline. */
    max_queue_bytes: z.number().int().min(1024).max(4096 * MiB).default(64 * MiB),
    /** MCAP chunk size (uncompressed): what a crash can lose of the file being written. */
    chunk_bytes: z.number().int().min(1024).max(64 * MiB).default(MiB),
    /** Which channels are written (foxglove: /<sensor>/image and /<sensor>/annotations for Foxglove). */
    channels: z
      .object({
        frames: z.boolean().default(true),
        objects: z.boolean().default(true),
        detections: z.boolean().default(true),
        tracks: z.boolean().default(true),
        risk: z.boolean().default(true),
        commands: z.boolean().default(true),
        heartbeats: z.boolean().default(true),
        model: z.boolean().default(true),
        foxglove: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    /** Event clips: a separate file around each risk event, from pre_roll_ms before it to post_roll_ms after the last assessment at min_level or above. */
    clips: z
      .object({
        enabled: z.boolean().default(true),
        pre_roll_ms: z.number().int().min(0).max(600_000).default(5000),
        post_roll_ms: z.number().int().min(0).max(600_000).default(5000),
        min_level: z.enum(["CAUTION", "WARNING", "DANGER"]).default("WARNING"),
        /** The pre-roll kept in memory is bounded by this too (oldest records leave first). */
        max_pre_roll_bytes: z.number().int().min(1024).max(4096 * MiB).default(64 * MiB),
        /** A clip is closed after this long even if the event goes on; the next assessment at min_level starts another. */
        max_clip_ms: z.number().int().min(1000).max(86_400_000).default(600_000),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .refine((r) => r.max_total_bytes >= r.rotate_bytes, { message: "max_total_bytes must be at least rotate_bytes", path: ["max_total_bytes"] });

export type RecordConfig = z.infer<typeof RecordConfigSchema>;

export const PipelineSchema = z
  .object({
    name: z.string().min(1).default("camera"),
    /** Accepted sensors and their overrides. Empty: any sensor id, up to max_sensors. */
    sensors: z.record(z.string().min(1), SensorSchema).default({}),
    max_sensors: z.number().int().min(1).max(64).default(16),
    max_frame_age_ms: z.number().positive().default(500),
    ingest: z.array(IngestSchema).min(1),
    detector: DetectorSchema.prefault({}),
    /** ByteTrack-class tracker, one per sensor, on every DetectionSet. */
    tracker: TrackerConfigSchema.prefault({}),
    /** Zones, rules and hysteresis; with no rules every assessment is CLEAR. */
    risk: RiskConfigSchema.prefault({}),
    /** When set, the arbiter publishes expiring ActuationCommands from the risk level. */
    actuation: ActuationConfigSchema.optional(),
    /** When set, every stage publishes Heartbeats for the fallback supervisor (`vigil supervise`). */
    heartbeat: HeartbeatConfigSchema.optional(),
    /** When a sensor or a stage is DEGRADED or FAILED. */
    health: HealthConfigSchema.prefault({}),
    /** Read by `vigil supervise`, not by the runtime: deadlines, SAFE_STOP endpoint, recovery. */
    fallback: FallbackConfigSchema.prefault({}),
    output: z.object({
      detections: PublishSchema,
      /** TrackSets, when set. */
      tracks: PublishSchema.optional(),
      /** RiskAssessments, when set. */
      risk: PublishSchema.optional(),
    }),
    /** MCAP recording (`vigil run`; `vigil record` takes the same settings). Off by default. */
    record: RecordConfigSchema.prefault({}),
    /** When set, `vigil run` serves the local HTTP API (health, readiness, /metrics, status, models, /v1/infer) on 127.0.0.1. */
    api: ApiConfigSchema.optional(),
    /** When set, input and output drift against a reference profile (PSI, KS): alarms as metrics, logs and MQTT events. */
    drift: DriftConfigSchema.optional(),
    /** When set, a hash-chained JSONL audit trail: config loads and changes, model activations and rollbacks, safe stops, operator overrides. */
    audit: AuditConfigSchema.optional(),
    /** Prometheus metrics (prom-client): served by the local API at /metrics. On by default. */
    metrics: MetricsConfigSchema.prefault({}),
    /** When set, `vigil run` links the device to the fleet over MQTT: status, risk events, telemetry, commands. */
    cloud: CloudConfigSchema.optional(),
    /** When set (needs cloud), the device agent takes signed model deploys: store, self-test, shadow, activate, roll back. */
    agent: AgentConfigSchema.optional(),
    logging: z
      .object({
        /** Counters are logged this often while running; 0 turns it off. */
        stats_interval_ms: z.number().int().min(0).default(5000),
        /** At most this many lines per reject code per interval. */
        reject_log_interval_ms: z.number().int().min(100).default(5000),
        reject_log_per_interval: z.number().int().min(1).default(5),
      })
      .prefault({}),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.agent !== undefined && c.cloud === undefined) {
      ctx.addIssue({ code: "custom", path: ["agent"], message: "the device agent takes its deploys over the cloud link: add a cloud: section (broker_url, site, device)" });
    }
    if (c.agent !== undefined && !c.ingest.some((i) => i.kind === "frames")) {
      ctx.addIssue({ code: "custom", path: ["agent"], message: "the device agent deploys detection models, but no ingest endpoint carries camera frames (kind: frames)" });
    }
    const known = new Set(["onnx-node", "onnx-wasm", "tfjs", ...Object.keys(c.detector.backend_modules)]);
    c.detector.backends.forEach((name, i) => {
      if (!known.has(name)) {
        ctx.addIssue({ code: "custom", path: ["detector", "backends", i], message: `unknown backend "${name}": use onnx-node, onnx-wasm, tfjs or a key of detector.backend_modules` });
      }
    });
    for (const [id, sensor] of Object.entries(c.sensors)) {
      if (sensor.view !== "ground") continue;
      const h = c.risk.homographies[id];
      const expected = GROUND_VIEW_IMAGE_TO_GROUND;
      if (h === undefined || h.some((row, i) => row.some((v, j) => Math.abs(v - expected[i]![j]!) > 1e-12))) {
        ctx.addIssue({
          code: "custom",
          path: ["risk", "homographies", id],
          message: `sensor ${id} has view: ground, so its risk homography must be the bird's-eye one: ${JSON.stringify(expected)}`,
        });
      }
    }
  });

export type PipelineConfig = z.infer<typeof PipelineSchema>;
export type IngestConfig = PipelineConfig["ingest"][number];
export type DetectorConfig = PipelineConfig["detector"];
export type PublishConfig = PipelineConfig["output"]["detections"];
