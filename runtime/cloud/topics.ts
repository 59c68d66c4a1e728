/**
 * The MQTT topic tree (DESIGN.md "Cloud link and fleet"). Device topics live under
 * `vigil/<site>/<device>/`; fleet-wide ones under `vigil/fleet/`. Site and device ids are one
 * topic level each, so they may not hold "/", "+", "#" or NUL.
 *   const t = deviceTopics("dock-3", "forklift-7"); t.status; // "vigil/dock-3/forklift-7/status"
 */
export interface DeviceTopics {
  /** Retained DeviceStatus; the last will (online false) goes here too. */
  status: string;
  /** RiskEvent, QoS 1, from the outbox. */
  riskEvents: string;
  /** Telemetry, QoS 1, from the outbox (dropped first when the outbox is full). */
  telemetry: string;
  /** ModelStatusReport, QoS 1, from the outbox. */
  modelStatus: string;
  /** DriftEvent, QoS 1, from the outbox. */
  driftEvents: string;
  /** Filter for every command to this device. */
  commands: string;
  /** DeployCommand. */
  deploy: string;
  /** ArtifactChunk of a chunked deploy. */
  artifact: string;
  /** RollbackCommand. */
  rollback: string;
}

export const TOPIC_ROOT = "vigil";
/** Fleet-wide topics (commands to every device). */
export const FLEET_TOPIC_FILTER = "vigil/fleet/#";
/** Every device's retained status, for fleet status tables and rollout discovery. */
export const ALL_STATUS_FILTER = "vigil/+/+/status";
export const ALL_MODEL_STATUS_FILTER = "vigil/+/+/models/status";

const BAD_LEVEL = /[/+#\u0000]/;

/** Throws a RangeError naming the problem when `id` cannot be one topic level. */
export function assertTopicLevel(kind: string, id: string): void {
  if (id.length === 0 || BAD_LEVEL.test(id)) {
    throw new RangeError(`${kind} id "${id}" must be non-empty and hold no "/", "+", "#" or NUL`);
  }
}

export function deviceTopics(site: string, device: string): DeviceTopics {
  assertTopicLevel("site", site);
  assertTopicLevel("device", device);
  const base = `${TOPIC_ROOT}/${site}/${device}`;
  return {
    status: `${base}/status`,
    riskEvents: `${base}/events/risk`,
    telemetry: `${base}/telemetry`,
    modelStatus: `${base}/models/status`,
    driftEvents: `${base}/events/drift`,
    commands: `${base}/cmd/#`,
    deploy: `${base}/cmd/deploy`,
    artifact: `${base}/cmd/artifact`,
    rollback: `${base}/cmd/rollback`,
  };
}

/** Site and device of a device topic, or undefined when `topic` is not under `vigil/<site>/<device>/`. */
export function parseDeviceTopic(topic: string): { site: string; device: string; rest: string } | undefined {
  const parts = topic.split("/");
  if (parts.length < 4 || parts[0] !== TOPIC_ROOT || parts[1] === "fleet") return undefined;
  return { site: parts[1] as string, device: parts[2] as string, rest: parts.slice(3).join("/") };
}

/**
 * Whether `<site>/<device>` matches a target such as "site/+", "+/+", "dock-3/forklift-7" or
 * "dock-3/#" (MQTT filter rules over the two levels).
 */
export function targetMatches(target: string, site: string, device: string): boolean {
  const want = target.split("/");
  const have = [site, device];
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    if (w === "#") return true;
    if (i >= have.length) return false;
    if (w !== "+" && w !== have[i]) return false;
  }
  return want.length === have.length;
}
