import { Command } from "commander";
import { interval } from "rxjs";
import { loadPipeline, resolveConfigPath, type AuditConfig, type PipelineConfig } from "../config/index.js";
import { RuntimePipeline, SystemClock, combineTaps, type Clock } from "../graph/index.js";
import { RuntimeMetrics } from "../metrics/index.js";
import { startApiServer, type ApiServer } from "../api/index.js";
import { runtimeReadiness } from "./runtime-readiness.js";
import { driftEventFields, driftTaps, openDriftMonitor } from "../drift/index.js";
import { AuditTrail, auditTaps, recordConfig } from "../audit/index.js";
import { isVigilError } from "../errors/index.js";
import { createLogger, withComponent, type Logger } from "../observe/index.js";
import { createDetector, type Detector } from "../perception/index.js";
import { LogRecorder, recordingTaps } from "../record/index.js";
import { DeviceCloud } from "./device-cloud.js";
import { resolveModel } from "./resolve-model.js";

/** `vigil run`: a pipeline until SIGINT / SIGTERM. */
export function runCommand(): Command {
  return new Command("run")
    .description("run a pipeline until SIGINT or SIGTERM, then shut down cleanly and log the counters")
    .requiredOption("--config <file>", "pipeline file (YAML), e.g. pipelines/camera.yaml")
    .option("--model <path>", "model to use instead of the pipeline file's detector.model")
    .addHelpText(
      "after",
      "\nThe model: --model, else detector.model, else VIGIL_MODEL, else the fixtures' yolox_nano (VIGIL_FIXTURES).\n" +
        "Logs are JSON lines on stderr (VIGIL_LOG_LEVEL=debug for more).\n" +
        "With record.enabled in the pipeline file, everything is also written to MCAP files in record.dir.\n" +
        "Example:\n  vigil run --config pipelines/camera.yaml",
    )
    .action(async (opts: { config: string; model?: string }) => {
      await runPipelineUntilSignal(opts.config, { model: opts.model });
    });
}

/** Loads a pipeline, starts it, and stops it cleanly on the first SIGINT / SIGTERM. */
export async function runPipelineUntilSignal(configPath: string, overrides: { model?: string } = {}): Promise<void> {
  const { config, path } = await loadPipeline(configPath);
  const logger = createLogger(`vigil-${config.name}`);
  const clock = new SystemClock();
  const booted = config.ingest.some((i) => i.kind === "frames") ? await loadDetector(config, path, overrides, logger, clock) : undefined;
  let detector = booted;
  let recorder: LogRecorder | undefined;
  let cloud: DeviceCloud | undefined;
  let metrics: RuntimeMetrics | undefined;
  let api: ApiServer | undefined;
  let pipeline: RuntimePipeline | undefined;
  const trail = config.audit === undefined ? undefined : await openAuditTrail(config.audit, path, config, clock, logger);
  const audit =
    trail === undefined
      ? undefined
      : auditTaps(trail, { onError: (err, kind) => withComponent(logger, "audit").error({ err, code: isVigilError(err) ? err.code : "AUDIT_WRITE_FAILED", kind }, "audit entry not written") });
  try {
    if (config.cloud !== undefined) {
      cloud = await DeviceCloud.start({
        config,
        path,
        logger,
        clock,
        detector: booted,
        loadModel: (model, spec) => loadDetector(config, path, { model, spec }, logger, clock),
        onModelReport: audit?.onModelReport,
      });
      detector = cloud.detector;
      logger.info({ broker: config.cloud.broker_url, site: config.cloud.site, device: config.cloud.device, agent: cloud.agent !== undefined }, "cloud link started");
    }
    if (config.record.enabled) {
      recorder = await LogRecorder.open({ config: { ...config.record, dir: resolveConfigPath(path, config.record.dir) }, clock, logger, source: config.name });
      logger.info({ dir: recorder.dir, rotateBytes: config.record.rotate_bytes, rotateSeconds: config.record.rotate_seconds, maxTotalBytes: config.record.max_total_bytes }, "recording");
    }
    metrics = config.metrics.enabled ? new RuntimeMetrics({ config: config.metrics, clock }) : undefined;
    const drift =
      config.drift?.enabled === true
        ? await openDriftMonitor({
            config: config.drift,
            clock,
            logger: withComponent(logger, "drift"),
            registry: metrics?.registry,
            referenceFile: config.drift.reference.file === undefined ? undefined : resolveConfigPath(path, config.drift.reference.file),
            onAlarm: (e) => {
              cloud?.link.sendDriftEvent(driftEventFields(e)).catch((err: unknown) => logger.error({ err, component: "drift" }, "drift event not queued"));
            },
          })
        : undefined;
    const driftHooks = drift === undefined ? undefined : driftTaps(drift);
    const taps = combineTaps(metrics?.taps(), cloud?.taps(), driftHooks, audit === undefined ? undefined : { onCommand: audit.onCommand }, recorder === undefined ? undefined : recordingTaps(recorder));
    pipeline = await RuntimePipeline.start(config, { detector, clock, logger, ...taps, onImageStatistics: driftHooks?.onImageStatistics });
    const running = pipeline;
    const active = detector;
    cloud?.setCountersSource(() => running.counters.snapshot());
    metrics?.attachPipeline({
      counters: () => running.counters.snapshot(),
      queueDepth: () => running.gauge.waiting + running.gauge.inFlight,
      detector: active === undefined ? undefined : () => active,
      health: running.health,
    });
    const link = cloud?.link;
    if (link !== undefined) metrics?.attachCloud({ counters: () => link.counters() });
    if (config.api !== undefined) {
      // The API runs the active model directly, not through the agent's slot: its requests must
      // not count in a deploy's rollback watch or feed the shadow.
      const slot = cloud?.slot;
      const model = (): Detector | undefined => (slot === undefined ? active : slot.active);
      const needsModel = config.ingest.some((i) => i.kind === "frames");
      api = await startApiServer({
        config: config.api,
        logger,
        clock,
        registry: metrics?.registry,
        detector: model,
        ready: () => runtimeReadiness(running, model, clock, needsModel),
        status: () => ({
          name: config.name,
          counters: running.counters.snapshot(),
          health: running.health.reports(clock.nowNs()).map((r) => ({ component: r.component, instance: r.instance, state: r.state, reasons: r.reason === "" ? [] : r.reason.split(",") })),
          ...(link === undefined ? {} : { cloud: { state: link.counters().state, outbox_records: link.counters().outbox.records } }),
        }),
        models: () => {
          const m = model();
          const a = cloud?.agent?.status();
          return {
            active: m === undefined ? null : { name: m.modelName, version: m.modelVersion, backend: m.backend, provider: m.provider },
            shadow: a !== undefined && a.shadowVersion !== "" ? { name: a.activeModel, version: a.shadowVersion } : null,
            stored_versions: a?.storedVersions ?? [],
          };
        },
      });
      logger.info({ url: api.url }, "local API listening");
    }
  } catch (err) {
    await api?.close();
    await pipeline?.stop();
    await cloud?.close();
    await trail?.close();
    await recorder?.close();
    await detector?.dispose();
    throw err;
  }
  // Listen for signals before announcing the endpoints: whoever waits for that line may
  // signal at once, and a signal with no listener kills the process without draining.
  const signal = new Promise<NodeJS.Signals | "failed">((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
    pipeline.done.then(
      () => resolve("failed"),
      () => resolve("failed"),
    );
  });
  const endpoints = pipeline.endpoints;
  logger.info(
    { ...endpoints, model: detector ? `${detector.modelName}@${detector.modelVersion}` : "none", backend: detector ? `${detector.backend}/${detector.provider}` : "none" },
    "pipeline running",
  );
  const inputs = config.ingest.map((i, n) => `${i.kind === "frames" ? "SensorFrames" : "ObjectLists"} on ${endpoints.ingest[n]}`).join(", ");
  const extra = [
    endpoints.tracks ? `TrackSets on ${endpoints.tracks}` : "",
    endpoints.risk ? `RiskAssessments on ${endpoints.risk}` : "",
    endpoints.commands ? `ActuationCommands on ${endpoints.commands}` : "",
    endpoints.heartbeats ? `Heartbeats on ${endpoints.heartbeats}` : "",
  ].filter(Boolean);
  if (endpoints.heartbeats === undefined) {
    logger.warn("no heartbeat section: no fallback supervisor can watch this pipeline (add heartbeat: to the pipeline file and run vigil supervise)");
  }
  if (recorder !== undefined) extra.push(`recording to ${recorder.dir}`);
  if (api !== undefined) extra.push(`local API on ${api.url}`);
  process.stderr.write(`vigil: pipeline "${config.name}" listening for ${inputs}; DetectionSets on ${endpoints.detections}${extra.map((e) => `; ${e}`).join("")}\n`);
  const stats =
    config.logging.stats_interval_ms > 0
      ? interval(config.logging.stats_interval_ms).subscribe(() => logger.info({ counters: pipeline.counters.snapshot() }, "counters"))
      : undefined;

  const received = await signal;
  // A second signal while draining means "now".
  const force = (): never => {
    logger.warn("second signal: exiting without draining");
    process.exit(1);
  };
  process.once("SIGINT", force);
  process.once("SIGTERM", force);
  logger.info({ signal: received }, "stopping");
  stats?.unsubscribe();
  await api?.close();
  const summary = await pipeline.stop();
  const cloudSummary = await cloud?.close();
  await detector?.dispose();
  const recording = await recorder?.close();
  await trail?.close();
  logger.info({ ...summary, ...(recording === undefined ? {} : { recording }), ...(cloudSummary === undefined ? {} : { cloud: cloudSummary }) }, "stopped");
  process.removeListener("SIGINT", force);
  process.removeListener("SIGTERM", force);
  if (received === "failed") throw new Error("the pipeline stopped on its own; see the log above");
}

/** The pipeline's detector: --model, else detector.model, else VIGIL_MODEL, else the fixtures' yolox_nano. */
export async function loadDetector(config: PipelineConfig, path: string, overrides: { model?: string; spec?: string }, logger: Logger, clock: Clock): Promise<Detector> {
  const d = config.detector;
  // A stored model version (the device agent) comes with its own spec.
  const choice =
    overrides.spec !== undefined && overrides.model !== undefined
      ? { model: overrides.model, spec: overrides.spec, preset: undefined, from: "model store" }
      : resolveModel({
          flagModel: overrides.model,
          configModel: d.model === undefined ? undefined : resolveConfigPath(path, d.model),
          spec: d.spec === undefined ? undefined : resolveConfigPath(path, d.spec),
          preset: d.preset,
        });
  logger.info({ model: choice.model, from: choice.from, spec: choice.spec ?? choice.preset ?? "beside the model" }, "loading model");
  return createDetector({
    model: choice.model,
    spec: choice.spec,
    preset: choice.preset,
    // Names were checked against the built-ins and backend_modules by the schema.
    backends: d.backends,
    backendModules: Object.fromEntries(Object.entries(d.backend_modules).map(([name, module]) => [name, resolveConfigPath(path, module)])),
    inferenceTimeoutMs: d.inference_timeout_ms,
    retryPrimaryAfterMs: d.retry_primary_after_ms,
    preloadStandby: d.preload_standby,
    providers: d.providers,
    threads: d.threads,
    specOverrides: { conf_threshold: d.conf_threshold, iou_threshold: d.iou_threshold },
    logger,
    clock,
  });
}

/**
 * The audit trail of `vigil run`, with this start's config recorded (config_loaded, and
 * config_changed when it differs from the last one in the trail). A trail that does not open
 * (a torn last line after a power cut, another writer) is logged with its code and the
 * pipeline runs without one: a safety device must not stay down for its audit file; the
 * operator moves the file aside and `vigil audit verify` tells what happened.
 */
async function openAuditTrail(a: AuditConfig, path: string, config: PipelineConfig, clock: Clock, logger: Logger): Promise<AuditTrail | undefined> {
  const log = withComponent(logger, "audit");
  let trail: AuditTrail | undefined;
  try {
    trail = await AuditTrail.open({ path: resolveConfigPath(path, a.file), clock, maxBytes: a.max_bytes, maxFiles: a.max_files, maxPending: a.max_pending });
    await recordConfig(trail, path, config);
    log.info({ file: resolveConfigPath(path, a.file), seq: trail.lastSeq }, "audit trail open");
    return trail;
  } catch (err) {
    await trail?.close();
    log.error({ err, code: isVigilError(err) ? err.code : "AUDIT_WRITE_FAILED", file: a.file }, "audit trail not open: running without one (move the file aside; vigil audit verify names the bad line)");
    return undefined;
  }
}
