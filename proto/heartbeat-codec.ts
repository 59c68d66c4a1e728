import { vigil } from "./gen/vigil.js";
import { bigintToLong, longToBigint } from "./int64.js";
import { VigilError } from "../runtime/errors/index.js";

/** The stages that publish heartbeats, in pipeline order. */
export const HEARTBEAT_COMPONENTS = ["ingest", "detect", "track", "risk", "arbiter"] as const;
export type HeartbeatComponent = (typeof HEARTBEAT_COMPONENTS)[number];

/** HealthState without its prefix. */
export type HealthStateName = "OK" | "DEGRADED" | "FAILED";

/** frame_age_ns of a component that has not handled any frame yet. */
export const NO_FRAME_YET = -1n;

/** A Heartbeat inside the process: bigint nanoseconds, named state. */
export interface HeartbeatMessage {
  component: HeartbeatComponent;
  /** What the component serves: a sensor id for ingest ("*" for all of them), else the pipeline name. */
  instance: string;
  seq: bigint;
  timeNs: bigint;
  state: HealthStateName;
  /** Stable codes, comma-separated, of why it is DEGRADED or FAILED; "" when OK. */
  reason: string;
  /** Age at timeNs of the newest frame the component handled; NO_FRAME_YET when none. */
  frameAgeNs: bigint;
  /** The last per-frame latency through the component. */
  latencyNs: bigint;
  queueDepth: number;
  counters: Record<string, number>;
}

const STATE_TO_WIRE: Record<HealthStateName, vigil.v1.HealthState> = {
  OK: vigil.v1.HealthState.HEALTH_STATE_OK,
  DEGRADED: vigil.v1.HealthState.HEALTH_STATE_DEGRADED,
  FAILED: vigil.v1.HealthState.HEALTH_STATE_FAILED,
};
const STATE_FROM_WIRE = new Map<number, HealthStateName>(Object.entries(STATE_TO_WIRE).map(([k, v]) => [v, k as HealthStateName]));
const COMPONENTS = new Set<string>(HEARTBEAT_COMPONENTS);

/**
 * Heartbeat wire encoding (vigil.v1.Heartbeat).
 *   publisher.publish(encodeHeartbeat(beat)); const beat = decodeHeartbeat(bytes);
 */
export function encodeHeartbeat(m: HeartbeatMessage): Uint8Array {
  return vigil.v1.Heartbeat.encode({
    component: m.component,
    instance: m.instance,
    seq: bigintToLong(m.seq, true),
    timeNs: bigintToLong(m.timeNs),
    state: STATE_TO_WIRE[m.state],
    reason: m.reason,
    frameAgeNs: bigintToLong(m.frameAgeNs),
    latencyNs: bigintToLong(m.latencyNs),
    queueDepth: m.queueDepth,
    counters: m.counters,
  }).finish();
}

/**
 * Decodes and checks one heartbeat; HEARTBEAT_MALFORMED when the bytes are not a Heartbeat,
 * its component is not one of HEARTBEAT_COMPONENTS, its state is unspecified or unknown, or
 * its instance is empty. A supervisor treats a heartbeat it cannot read as no heartbeat.
 *   try { watch(decodeHeartbeat(bytes)); } catch (err) { if (isVigilError(err, "HEARTBEAT_MALFORMED")) rejected++; else throw err; }
 */
export function decodeHeartbeat(bytes: Uint8Array): HeartbeatMessage {
  let d: vigil.v1.Heartbeat;
  try {
    d = vigil.v1.Heartbeat.decode(bytes);
  } catch (err) {
    throw new VigilError("HEARTBEAT_MALFORMED", `not a vigil.v1.Heartbeat (${bytes.byteLength} bytes): ${(err as Error).message}`, { cause: err });
  }
  if (!COMPONENTS.has(d.component)) {
    throw new VigilError("HEARTBEAT_MALFORMED", `heartbeat component "${d.component}" is not one of ${HEARTBEAT_COMPONENTS.join(", ")}`);
  }
  const state = STATE_FROM_WIRE.get(d.state);
  if (state === undefined) throw new VigilError("HEARTBEAT_MALFORMED", `heartbeat state ${d.state} is unspecified or unknown`);
  if (d.instance === "") throw new VigilError("HEARTBEAT_MALFORMED", "heartbeat instance is empty");
  return {
    component: d.component as HeartbeatComponent,
    instance: d.instance,
    seq: longToBigint(d.seq),
    timeNs: longToBigint(d.timeNs),
    state,
    reason: d.reason,
    frameAgeNs: longToBigint(d.frameAgeNs),
    latencyNs: longToBigint(d.latencyNs),
    queueDepth: d.queueDepth,
    counters: { ...d.counters },
  };
}
