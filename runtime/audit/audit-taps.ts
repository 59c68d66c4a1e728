import type { AuditKind } from "./audit-entry.js";
import type { AuditTrail } from "./audit-trail.js";
import { recordCommandTransitions, type AuditedCommand } from "./record-command-transitions.js";
import { recordModelReport, type AuditedModelReport } from "./record-model-report.js";

export interface AuditTaps {
  /** Give every command the arbiter publishes (RuntimePipelineDeps.onCommand). */
  onCommand: (command: AuditedCommand) => void;
  /** Give every device agent report (DeviceAgentDeps.report, beside the link). */
  onModelReport: (report: AuditedModelReport) => void;
}

/**
 * What `vigil run` feeds its audit trail from, as synchronous taps that never throw: safe
 * stop and operator transitions from the arbiter's output, model changes from the device
 * agent's reports. A failed entry goes to onError with its kind (log it with its code).
 * (The config is recorded once at start: recordConfig.)
 *   const taps = auditTaps(trail, { onError: (err, kind) => logger.error({ err, kind }, "audit entry not written") });
 */
export function auditTaps(trail: AuditTrail, options: { onError: (err: unknown, kind: AuditKind | "model_report") => void }): AuditTaps {
  const { onError } = options;
  return {
    onCommand: recordCommandTransitions(trail, { onError }),
    onModelReport: (report) => {
      recordModelReport(trail, report).catch((err: unknown) => onError(err, "model_report"));
    },
  };
}
