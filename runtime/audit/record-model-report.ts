import type { AuditEntry, AuditKind } from "./audit-entry.js";
import type { AuditTrail } from "./audit-trail.js";

/**
 * The fields of the device agent's AgentReport (device/agent) the audit needs. Structural,
 * so runtime/audit imports nothing from the agent (the supervisor may load runtime/audit).
 */
export interface AuditedModelReport {
  state: string;
  deployId: string;
  modelName: string;
  version: string;
  reasonCode: string;
  detail: string;
  previousVersion: string;
  site?: string;
  device?: string;
  /** The report's time: a Long, number or bigint of epoch nanoseconds. */
  timeNs?: unknown;
  metrics?: Record<string, number>;
}

/** Agent report states that change what the device runs (or refuse to), and the entry each becomes. */
const KIND_OF_STATE: Readonly<Record<string, AuditKind>> = {
  active: "model_activated",
  confirmed: "model_confirmed",
  rolled_back: "model_rolled_back",
  refused: "model_refused",
  self_test_failed: "model_refused",
};

/**
 * Records a device agent report that changes the running model: "active" as
 * model_activated, "confirmed" as model_confirmed, "rolled_back" as model_rolled_back (with
 * its ROLLBACK_* reason), "refused" and "self_test_failed" as model_refused; other states
 * (received, verified, shadow, ...) are steps, not changes: resolves undefined for them.
 *   report: async (r) => { await link.sendModelStatus(r); await recordModelReport(trail, r); }
 */
export async function recordModelReport(trail: AuditTrail, report: AuditedModelReport, actor = "device-agent"): Promise<AuditEntry | undefined> {
  const kind = KIND_OF_STATE[report.state];
  if (kind === undefined) return undefined;
  return trail.append(kind, actor, {
    state: report.state,
    deploy_id: report.deployId,
    model: report.modelName,
    version: report.version,
    previous_version: report.previousVersion,
    reason_code: report.reasonCode,
    detail: report.detail,
    metrics: report.metrics,
    site: report.site,
    device: report.device,
    report_time_ns: timeText(report.timeNs),
  });
}

function timeText(t: unknown): string | undefined {
  if (typeof t === "bigint" || typeof t === "number") return String(t);
  // protobufjs Long: its toString() is the decimal value.
  if (typeof t === "object" && t !== null && typeof (t as { toString?: unknown }).toString === "function") return String(t);
  return undefined;
}
