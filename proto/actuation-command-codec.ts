import { vigil } from "./gen/vigil.js";
import { bigintToLong, longToBigint } from "./int64.js";
import { VigilError } from "../runtime/errors/index.js";

/** CommandKind without its prefix, least restrictive first (the proto's order). */
export type CommandKindName = "PROCEED" | "SLOW" | "STOP" | "SAFE_STOP";
/** CommandSource without its prefix, lowest rank first: FALLBACK wins ties. */
export type CommandSourceName = "PERCEPTION" | "OPERATOR" | "FALLBACK";

/** An ActuationCommand inside the process: bigint nanosecond times, named enums. */
export interface ActuationCommandMessage {
  machineId: string;
  seq: bigint;
  issuedTimeNs: bigint;
  /** Absolute (Unix epoch) time after which the command must not be obeyed. */
  validUntilNs: bigint;
  kind: CommandKindName;
  source: CommandSourceName;
  /** The speed limit of a SLOW command; 0 for the other kinds. */
  maxSpeedMps: number;
  reason: string;
  assessmentId: string;
  origin: string;
}

const KIND_TO_WIRE: Record<CommandKindName, vigil.v1.CommandKind> = {
  PROCEED: vigil.v1.CommandKind.COMMAND_KIND_PROCEED,
  SLOW: vigil.v1.CommandKind.COMMAND_KIND_SLOW,
  STOP: vigil.v1.CommandKind.COMMAND_KIND_STOP,
  SAFE_STOP: vigil.v1.CommandKind.COMMAND_KIND_SAFE_STOP,
};
const SOURCE_TO_WIRE: Record<CommandSourceName, vigil.v1.CommandSource> = {
  PERCEPTION: vigil.v1.CommandSource.COMMAND_SOURCE_PERCEPTION,
  OPERATOR: vigil.v1.CommandSource.COMMAND_SOURCE_OPERATOR,
  FALLBACK: vigil.v1.CommandSource.COMMAND_SOURCE_FALLBACK,
};
const KIND_FROM_WIRE = new Map<number, CommandKindName>(Object.entries(KIND_TO_WIRE).map(([k, v]) => [v, k as CommandKindName]));
const SOURCE_FROM_WIRE = new Map<number, CommandSourceName>(Object.entries(SOURCE_TO_WIRE).map(([k, v]) => [v, k as CommandSourceName]));

/**
 * ActuationCommand wire encoding (vigil.v1.ActuationCommand).
 *   publisher.publish(encodeActuationCommand(command)); const c = decodeActuationCommand(bytes);
 */
export function encodeActuationCommand(m: ActuationCommandMessage): Uint8Array {
  return vigil.v1.ActuationCommand.encode({
    machineId: m.machineId,
    seq: bigintToLong(m.seq, true),
    issuedTimeNs: bigintToLong(m.issuedTimeNs),
    validUntilNs: bigintToLong(m.validUntilNs),
    kind: KIND_TO_WIRE[m.kind],
    source: SOURCE_TO_WIRE[m.source],
    maxSpeedMps: m.maxSpeedMps,
    reason: m.reason,
    assessmentId: m.assessmentId,
    origin: m.origin,
  }).finish();
}

/**
 * Decodes and checks one command; COMMAND_MALFORMED when the bytes are not an
 * ActuationCommand, or its kind or source is unspecified or unknown, or its speed is not a
 * finite number >= 0. A receiver must never obey a command it cannot fully read.
 *   try { table.offer(decodeActuationCommand(bytes)); } catch (err) { if (isVigilError(err, "COMMAND_MALFORMED")) rejected++; else throw err; }
 */
export function decodeActuationCommand(bytes: Uint8Array): ActuationCommandMessage {
  let d: vigil.v1.ActuationCommand;
  try {
    d = vigil.v1.ActuationCommand.decode(bytes);
  } catch (err) {
    throw new VigilError("COMMAND_MALFORMED", `not a vigil.v1.ActuationCommand (${bytes.byteLength} bytes): ${(err as Error).message}`, { cause: err });
  }
  const kind = KIND_FROM_WIRE.get(d.kind);
  if (kind === undefined) throw new VigilError("COMMAND_MALFORMED", `command kind ${d.kind} is unspecified or unknown`);
  const source = SOURCE_FROM_WIRE.get(d.source);
  if (source === undefined) throw new VigilError("COMMAND_MALFORMED", `command source ${d.source} is unspecified or unknown`);
  if (!Number.isFinite(d.maxSpeedMps) || d.maxSpeedMps < 0) {
    throw new VigilError("COMMAND_MALFORMED", `max_speed_mps must be a finite number >= 0, got ${d.maxSpeedMps}`);
  }
  return {
    machineId: d.machineId,
    seq: longToBigint(d.seq),
    issuedTimeNs: longToBigint(d.issuedTimeNs),
    validUntilNs: longToBigint(d.validUntilNs),
    kind,
    source,
    maxSpeedMps: d.maxSpeedMps,
    reason: d.reason,
    assessmentId: d.assessmentId,
    origin: d.origin,
  };
}
