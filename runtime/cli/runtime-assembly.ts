import { AuditTrail, auditTaps, recordConfig } from "../audit/index.js";
import { startApiServer, type ApiServer } from "../api/index.js";
import type { Clock } from "../clock/index.js";
import { resolveConfigPath, type AuditConfig, type PipelineConfig } from "../config/index.js";
import { driftEventFields, driftTaps, openDriftMonitor } from "../drift/index.js";
import { isVigilError } from "../errors/index.js";
import { RuntimePipeline, combineTaps } from "../graph/index.js";
import { RuntimeMetrics } from "../metrics/index.js";
import { withComponent, type Logger } from "../observe/index.js";
import type { Detector } from "../perception/index.js";
import { LogRecorder, recordingTaps } from "../record/index.js";
import { DeviceCloud } from "./device-cloud.js";
import { loadDetector } from "./load-detector.js";
import { runtimeReadiness } from "./runtime-readiness.js";

/** Everything `vigil run` started for one pipeline file, and how to stop it in order. */
export interface RuntimeAssembly {
  pipeline: RuntimePipeline;
  /** What the pipeline runs: the agent's slot, or the booted detector (none for object lists). */
  detector: Detector | undefined;
  recorder: LogRecorder | undefined;
  cloud: DeviceCloud | undefined;
  api: ApiServer | undefined;
  /** Stops the API, the pipeline, the cloud link, the detector, the recorder and the audit trail; returns the fields of the "stopped" log line. */
  stop(): Promise<Record<string, unknown>>;
}

/**
 * Starts what a pipeline file asks for around the RuntimePipeline: the audit trail (with this
 * config recorded), the cloud link and device agent, the recorder, metrics, drift, and the
 * local API, their pipeline taps combined. Anything started is stopped again when a later part
 * fails to start.
 *   const rt = await assembleRuntime(config, path, { model }, logger, clock); ...; logger.info(await rt.stop(), "stopped");
 */
export async function assembleRuntime(config: PipelineConfig, path: string, overrides: { model?: string }, logger: Logger, clock: Clock): Promise<RuntimeAssembly> {
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
    const driftLog = withComponent(logger, "drift");
    const drift =
      config.drift?.enabled === true
        ? await openDriftMonitor({
            config: config.drift,
            clock,
            logger: driftLog,
            registry: metrics?.registry,
            referenceFile: config.drift.reference.file === undefined ? undefined : resolveConfigPath(path, config.drift.reference.file),
            onAlarm: (e) => {
              cloud?.link.sendDriftEvent(driftEventFields(e)).catch((err: unknown) => driftLog.error({ err }, "drift event not queued"));
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
  const running = pipeline;
  return {
    pipeline: running,
    detector,
    recorder,
    cloud,
    api,
    async stop() {
      await api?.close();
      const summary = await running.stop();
      const cloudSummary = await cloud?.close();
      await detector?.dispose();
      const recording = await recorder?.close();
      await trail?.close();
      return { ...summary, ...(recording === undefined ? {} : { recording }), ...(cloudSummary === undefined ? {} : { cloud: cloudSummary }) };
    },
  };
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
