import { Counter, Gauge } from "prom-client";
import type { CloudLinkCounters } from "../cloud/index.js";
import { LabelBound } from "./label-bound.js";
import { METRIC_NAMES, type MetricsTarget } from "./metric-names.js";

/** Outbox classes are few (risk, telemetry, status, model); the bound only guards against surprises. */
const MAX_OUTBOX_CLASSES = 16;

/**
 * The cloud link and its durable outbox, read from CloudLink.counters() at scrape time:
 * connected (1 online, 0 connecting or offline), connections, reconnects, connect errors,
 * records published, acknowledged and in flight, and the outbox's waiting records and bytes,
 * drops per class and refused appends. Registered only when `vigil run` has a cloud link.
 *   new CloudLinkMetrics(target, () => link.counters());
 */
export class CloudLinkMetrics {
  readonly classes = new LabelBound(METRIC_NAMES.outboxDropped, MAX_OUTBOX_CLASSES);

  constructor(target: MetricsTarget, read: () => CloudLinkCounters) {
    const { registry, prefix } = target;
    // One read per scrape, shared by every family (their collect()s run in one synchronous pass).
    let cached: CloudLinkCounters | undefined;
    const counters = (): CloudLinkCounters => {
      if (cached === undefined) {
        cached = read();
        queueMicrotask(() => {
          cached = undefined;
        });
      }
      return cached;
    };
    const gauges: readonly { name: string; help: string; value: (c: CloudLinkCounters) => number }[] = [
      { name: METRIC_NAMES.mqttConnected, help: "1 while the MQTT link to the fleet is connected, else 0", value: (c) => (c.state === "online" ? 1 : 0) },
      { name: METRIC_NAMES.mqttInflight, help: "Outbox records published and not yet acknowledged (PUBACK)", value: (c) => c.inflight },
      { name: METRIC_NAMES.outboxRecords, help: "Records waiting in the durable outbox", value: (c) => c.outbox.records },
      { name: METRIC_NAMES.outboxBytes, help: "Bytes of records waiting in the durable outbox (bounded by cloud.outbox.max_bytes)", value: (c) => c.outbox.bytes },
    ];
    for (const g of gauges) {
      const gauge: Gauge = new Gauge({
        name: prefix + g.name,
        help: g.help,
        registers: [registry],
        collect: () => gauge.set(g.value(counters())),
      });
    }
    const totals: readonly { name: string; help: string; value: (c: CloudLinkCounters) => number }[] = [
      { name: METRIC_NAMES.mqttConnects, help: "Successful MQTT connections, the first one included", value: (c) => c.connects },
      { name: METRIC_NAMES.mqttReconnects, help: "Successful MQTT connections after the first one", value: (c) => c.reconnects },
      { name: METRIC_NAMES.mqttConnectErrors, help: "Failed MQTT connection attempts and connection errors", value: (c) => c.connectErrors },
      { name: METRIC_NAMES.mqttPublished, help: "Outbox records handed to MQTT (published again after a reconnect counts again)", value: (c) => c.published },
      { name: METRIC_NAMES.mqttAcked, help: "Outbox records the broker acknowledged and the outbox removed", value: (c) => c.acked },
      { name: METRIC_NAMES.outboxRejectedFull, help: "Outbox appends refused with OUTBOX_FULL", value: (c) => c.outbox.rejectedFull },
    ];
    for (const t of totals) {
      const counter: Counter = new Counter({
        name: prefix + t.name,
        help: t.help,
        registers: [registry],
        collect: () => {
          counter.reset();
          counter.inc(t.value(counters()));
        },
      });
    }
    const dropped: Counter<"class"> = new Counter({
      name: prefix + METRIC_NAMES.outboxDropped,
      help: "Outbox records dropped by the full policy, per class (telemetry first, then status; never risk)",
      labelNames: ["class"],
      registers: [registry],
      collect: () => {
        dropped.reset();
        for (const [cls, n] of Object.entries(counters().outbox.droppedByClass)) dropped.inc({ class: this.classes.label(cls) }, n);
      },
    });
  }
}
