import { dirname } from "node:path";
import { interval, type Subscription } from "rxjs";
import { DeviceAgent, ModelSlot, type AgentReport } from "../../device/agent/index.js";
import { loadTrustedKeys } from "../../device/manifest/index.js";
import { vigil } from "../../proto/index.js";
import type { ActuationCommandMessage } from "../actuation/index.js";
import type { Clock } from "../clock/index.js";
import { CloudLink, RiskEventFilter, cloudLinkOptionsFromConfig } from "../cloud/index.js";
import { resolveConfigPath, type PipelineConfig } from "../config/index.js";
import { withComponent, type CountersSnapshot, type Logger } from "../observe/index.js";
import type { Detector } from "../perception/index.js";
import { encodeRiskAssessment, type RiskAssessmentMessage } from "../risk/index.js";

export interface DeviceCloudOptions {
  config: PipelineConfig;
  /** The pipeline file: relative paths in cloud and agent resolve against its folder. */
  path: string;
  logger: Logger;
  clock: Clock;
  /** The detector the pipeline booted with (absent for object-list pipelines). */
  detector: Detector | undefined;
  /** Loads a stored model version with the pipeline's backends and timeouts. */
  loadModel: (modelPath: string, specPath: string) => Promise<Detector>;
  /** Sees every agent report after it is queued for the fleet (the audit trail). */
  onModelReport?: (report: AgentReport) => void;
}

/** Risk events that may wait for the outbox at once; beyond, an event is logged and counted, not queued. */
const MAX_PENDING_RISK_EVENTS = 10_000;

/**
 * What `vigil run` adds when the pipeline has a `cloud:` section: the MQTT link (risk events on
 * level changes, periodic telemetry, the retained status), and with `agent:` the device agent
 * whose ModelSlot becomes the pipeline's detector.
 *   const cloud = await DeviceCloud.start({ config, path, logger, clock, detector, loadModel });
 *   RuntimePipeline.start(config, { detector: cloud.detector, ...cloud.taps() }); ...; await cloud.close();
 */
export class DeviceCloud {
  readonly link: CloudLink;
  readonly agent: DeviceAgent | undefined;
  /** What the pipeline must run: the agent's slot, or the detector it was given. */
  readonly detector: Detector | undefined;
  /** The agent's slot (when there is an agent): its `active` is the model running now. */
  readonly slot: ModelSlot | undefined;
  readonly #logger: Logger;
  readonly #filter = new RiskEventFilter();
  #counters: (() => CountersSnapshot) | undefined;
  #telemetry: Subscription | undefined;
  #pendingRisk = 0;
  #lastSource: string | undefined;
  readonly stats = { riskEventsQueued: 0, riskEventsFailed: 0, telemetryFailed: 0, fallbackTriggers: 0 };

  private constructor(link: CloudLink, agent: DeviceAgent | undefined, detector: Detector | undefined, slot: ModelSlot | undefined, logger: Logger) {
    this.link = link;
    this.agent = agent;
    this.detector = detector;
    this.slot = slot;
    this.#logger = logger;
  }

  static async start(o: DeviceCloudOptions): Promise<DeviceCloud> {
    const cloud = o.config.cloud;
    if (cloud === undefined) throw new Error("DeviceCloud needs a cloud section");
    const baseDir = dirname(o.path);
    const logger = withComponent(o.logger, "cloud");
    const a = o.config.agent;
    // Keys first: a device that cannot verify deploys must not start, and must leave nothing on disk.
    const trustedKeys =
      a === undefined ? undefined : await loadTrustedKeys((typeof a.trusted_keys === "string" ? [a.trusted_keys] : a.trusted_keys).map((p) => resolveConfigPath(o.path, p)));
    const link = new CloudLink(await cloudLinkOptionsFromConfig(cloud, { baseDir, clock: o.clock, logger }));
    let agent: DeviceAgent | undefined;
    let detector = o.detector;
    let theSlot: ModelSlot | undefined;
    const statusChanged: { to?: () => void } = {}; // the DeviceCloud does not exist yet
    if (a !== undefined && trustedKeys !== undefined) {
      const slot = new ModelSlot({ clock: o.clock, logger: withComponent(o.logger, "agent"), initial: o.detector });
      agent = new DeviceAgent({
        config: { ...a, store_dir: resolveConfigPath(o.path, a.store_dir) },
        site: cloud.site,
        device: cloud.device,
        clock: o.clock,
        logger: withComponent(o.logger, "agent"),
        trustedKeys,
        slot,
        loadDetector: o.loadModel,
        report: async (r) => {
          await link.sendModelStatus(r);
          o.onModelReport?.(r);
        },
        onStatusChange: () => statusChanged.to?.(),
      });
      detector = slot;
      theSlot = slot;
    }
    const self = new DeviceCloud(link, agent, detector, theSlot, logger);
    statusChanged.to = () => self.#publishStatus();
    try {
      if (agent !== undefined) {
        const theAgent = agent;
        link.onCommand((topic, payload) => theAgent.handleCommand(topic, payload));
        await agent.start(); // boots into the last activated model before any frame
      }
      self.#publishStatus();
      await link.connect();
    } catch (err) {
      await agent?.close();
      await link.close(); // closes the outbox it opened
      throw err;
    }
    const period = cloud.telemetry_period_ms;
    if (period > 0) self.#telemetry = interval(period).subscribe(() => self.#tick());
    return self;
  }

  /** Pipeline taps: risk events from level changes, fallback triggers from the arbiter's output. */
  taps(): { onRisk: (m: RiskAssessmentMessage) => void; onCommand: (m: ActuationCommandMessage) => void } {
    return {
      onRisk: (m) => this.#onRisk(m),
      onCommand: (m) => {
        // A trigger is the arbiter switching to the supervisor's SAFE_STOP, not each re-publish of it.
        if (m.source === "FALLBACK" && this.#lastSource !== "FALLBACK") {
          this.stats.fallbackTriggers++;
          this.agent?.noteFallbackTrigger();
        }
        this.#lastSource = m.source;
      },
    };
  }

  /** Where telemetry reads the pipeline's counters (set once the pipeline runs). */
  setCountersSource(counters: () => CountersSnapshot): void {
    this.#counters = counters;
  }

  #onRisk(m: RiskAssessmentMessage): void {
    if (!this.#filter.isEvent(m)) return;
    if (this.#pendingRisk >= MAX_PENDING_RISK_EVENTS) {
      this.stats.riskEventsFailed++;
      this.#logger.error({ assessment: m.assessmentId, code: "OUTBOX_FULL" }, "risk event not queued: too many wait for the outbox");
      return;
    }
    this.#pendingRisk++;
    const assessment = vigil.v1.RiskAssessment.decode(encodeRiskAssessment(m));
    this.link.sendRiskEvent(assessment).then(
      () => {
        this.#pendingRisk--;
        this.stats.riskEventsQueued++;
      },
      (err: unknown) => {
        this.#pendingRisk--;
        this.stats.riskEventsFailed++;
        this.#logger.error({ err, assessment: m.assessmentId }, "risk event not queued in the outbox");
      },
    );
  }

  #tick(): void {
    this.#publishStatus();
    this.link.sendTelemetry(this.#telemetryValues()).catch((err: unknown) => {
      this.stats.telemetryFailed++;
      this.#logger.warn({ err }, "telemetry not queued");
    });
  }

  #publishStatus(): void {
    const a = this.agent?.status();
    const d = this.detector;
    this.link.setStatus({
      state: "running",
      activeModel: a?.activeModel ?? d?.modelName ?? "",
      activeVersion: a?.activeVersion ?? d?.modelVersion ?? "",
      shadowVersion: a?.shadowVersion ?? "",
      deployId: a?.deployId ?? "",
      storedVersions: a?.storedVersions ?? [],
      metrics: a?.metrics ?? {},
    });
  }

  #telemetryValues(): Record<string, number> {
    const values: Record<string, number> = {};
    const snapshot = this.#counters?.();
    if (snapshot !== undefined) {
      for (const key of ["received", "processed", "dropped", "stale", "rejected", "failed"] as const) {
        values[`frames_${key}`] = Object.values(snapshot.sensors).reduce((sum, s) => sum + s[key], 0);
      }
    }
    const c = this.link.counters();
    values.outbox_records = c.outbox.records;
    values.outbox_bytes = c.outbox.bytes;
    values.outbox_dropped = Object.values(c.outbox.droppedByClass).reduce((s, n) => s + n, 0);
    values.risk_events = this.stats.riskEventsQueued;
    values.risk_events_failed = this.stats.riskEventsFailed;
    values.fallback_triggers = this.stats.fallbackTriggers;
    for (const [k, v] of Object.entries(this.agent?.metrics() ?? {})) values[`model_${k}`] = v;
    return values;
  }

  /**
   * Stops telemetry, closes the agent (the slot stays with the caller), then the link (retained
   * offline status, outbox closed); returns what was sent, for the "stopped" log line.
   */
  async close(): Promise<{ riskEventsQueued: number; riskEventsFailed: number; telemetryFailed: number; fallbackTriggers: number; published: number; acked: number; outboxRecords: number }> {
    this.#telemetry?.unsubscribe();
    await this.agent?.close();
    await this.link.close();
    const c = this.link.counters();
    return { ...this.stats, published: c.published, acked: c.acked, outboxRecords: c.outbox.records };
  }
}
