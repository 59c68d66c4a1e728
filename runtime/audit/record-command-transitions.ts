import type { AuditKind } from "./audit-entry.js";
import type { AuditTrail } from "./audit-trail.js";

/** The fields of an ActuationCommandMessage (proto/) the audit needs; structural, so runtime/audit imports no contracts. */
export interface AuditedCommand {
  machineId: string;
  seq: bigint | number;
  issuedTimeNs: bigint;
  kind: string;
  source: string;
  maxSpeedMps: number;
  reason: string;
  origin?: string;
}

export interface CommandTransitionOptions {
  /** An entry that could not be written (AUDIT_QUEUE_FULL, AUDIT_WRITE_FAILED, ...): log it, never drop it silently. */
  onError: (err: unknown, kind: AuditKind) => void;
  /** Who decides: default "arbiter". */
  actor?: string;
}

const MS = 1_000_000n;

/**
 * Watches the arbiter's output (every command it publishes, re-publishes included) and
 * records the transitions, not each command: into source FALLBACK + SAFE_STOP
 * (`safe_stop_started`, with its reason: the supervisor's cause, or the arbiter's own "no
 * valid command"), out of it (`safe_stop_ended`, with what replaced it and how long it
 * lasted), and each new OPERATOR decision (`operator_override`: a new kind, speed or reason
 * from source OPERATOR). Constant memory. Returns the tap to call with each command.
 *   const tap = recordCommandTransitions(trail, { onError: (err, kind) => logger.error({ err, kind }, "audit entry lost") });
 *   RuntimePipeline.start(config, { ..., onCommand: tap });
 */
export function recordCommandTransitions(trail: AuditTrail, options: CommandTransitionOptions): (command: AuditedCommand) => void {
  const { onError, actor = "arbiter" } = options;
  let stop: { sinceNs: bigint; reason: string } | undefined;
  let operator: string | undefined;
  const write = (kind: AuditKind, who: string, detail: Record<string, unknown>): void => {
    trail.append(kind, who, detail).catch((err: unknown) => onError(err, kind));
  };
  return (c) => {
    const common = { machine_id: c.machineId, command_seq: String(c.seq), issued_time_ns: c.issuedTimeNs.toString() };
    const safeStop = c.source === "FALLBACK" && c.kind === "SAFE_STOP";
    if (safeStop && stop === undefined) {
      stop = { sinceNs: c.issuedTimeNs, reason: c.reason };
      write("safe_stop_started", actor, { ...common, reason: c.reason, origin: c.origin });
    } else if (!safeStop && stop !== undefined) {
      write("safe_stop_ended", actor, { ...common, stop_reason: stop.reason, duration_ms: Number((c.issuedTimeNs - stop.sinceNs) / MS), now_source: c.source, now_kind: c.kind, now_reason: c.reason });
      stop = undefined;
    }
    if (c.source !== "OPERATOR") {
      operator = undefined;
      return;
    }
    const decision = `${c.kind} ${c.maxSpeedMps} ${c.reason}`;
    if (decision === operator) return;
    operator = decision;
    write("operator_override", "operator", { ...common, command_kind: c.kind, max_speed_mps: c.maxSpeedMps, reason: c.reason });
  };
}
