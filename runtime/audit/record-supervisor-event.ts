import type { AuditEntry } from "./audit-entry.js";
import type { AuditTrail } from "./audit-trail.js";

/** The fields of the fallback supervisor's Incident (fallback/supervisor-core.ts); structural, so runtime/audit imports nothing from fallback/. */
export interface AuditedIncident {
  id: number;
  cause: string;
  detail: string;
  causes: readonly string[];
  startNs: bigint;
  endNs?: bigint;
  /** "auto" or "operator:<name>". */
  endedBy?: string;
}

/** A SupervisorEvent, as far as the audit reads it. */
export type AuditedSupervisorEvent = { type: "incident_started" | "incident_ended"; incident: AuditedIncident } | { type: "conditions_changed" };

/** An operator's reset request and the supervisor's answer (ResetOutcome / ResetReply). */
export interface AuditedReset {
  operator: string;
  accepted: boolean;
  message: string;
  code?: string;
  incident?: { id: number };
}

const MS = 1_000_000n;

/**
 * Records the supervisor's safe stops: incident_started as `safe_stop_started` (id, cause
 * and its detail), incident_ended as `safe_stop_ended` (every cause seen, duration, and
 * who ended it: actor "operator:<name>" for an accepted reset). Condition changes are not
 * recorded (they are logged): resolves undefined for them.
 *   sup.onEvent((e) => void recordSupervisorEvent(trail, e).catch(logError));
 */
export async function recordSupervisorEvent(trail: AuditTrail, event: AuditedSupervisorEvent, actor = "vigil-supervisor"): Promise<AuditEntry | undefined> {
  if (event.type === "conditions_changed") return undefined;
  const i = event.incident;
  const detail = { incident_id: i.id, cause: i.cause, cause_detail: i.detail, causes: [...i.causes], start_ns: i.startNs.toString() };
  if (event.type === "incident_started") return trail.append("safe_stop_started", actor, detail);
  const endNs = i.endNs ?? i.startNs;
  return trail.append("safe_stop_ended", i.endedBy?.startsWith("operator:") ? i.endedBy : actor, {
    ...detail,
    end_ns: endNs.toString(),
    duration_ms: Number((endNs - i.startNs) / MS),
    ended_by: i.endedBy ?? null,
  });
}

/**
 * Records an operator's reset request, accepted or refused, as `operator_override` by
 * "operator:<name>" (an accepted one also ends the incident: recordSupervisorEvent).
 *   recordOperatorOverride(trail, { operator: "alice", ...reply });
 */
export function recordOperatorOverride(trail: AuditTrail, reset: AuditedReset): Promise<AuditEntry> {
  return trail.append("operator_override", `operator:${reset.operator}`, {
    request: "reset",
    operator: reset.operator,
    accepted: reset.accepted,
    code: reset.code ?? null,
    message: reset.message,
    incident_id: reset.incident?.id ?? null,
  });
}
