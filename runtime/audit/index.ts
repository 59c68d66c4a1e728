// The audit trail: an append-only, hash-chained JSONL file of what changed what the machine
// does (configs, models, safe stops, operator overrides), and its verifier. Imports only
// node: modules, errors and clock, so the fallback supervisor may load it
// (test/fallback/import-audit.test.ts).
export { AuditTrail, AUDIT_TRAIL_DEFAULTS, type AuditTrailOptions } from "./audit-trail.js";
export { AUDIT_KINDS, GENESIS_HASH, MAX_AUDIT_LINE_BYTES, auditEntryHash, parseAuditLine, type AuditEntry, type AuditKind } from "./audit-entry.js";
export { canonicalJson } from "./canonical-json.js";
export { readAuditLines, type AuditLine } from "./audit-line-reader.js";
export { rotatedAuditFiles } from "./rotated-audit-files.js";
export { verifyAuditFile, type AuditFailureCode, type AuditVerdict, type VerifyAuditOptions } from "./verify-audit-file.js";
export { configHash, recordConfig } from "./record-config.js";
export { recordModelReport, type AuditedModelReport } from "./record-model-report.js";
export { recordCommandTransitions, type AuditedCommand, type CommandTransitionOptions } from "./record-command-transitions.js";
export { recordSupervisorEvent, recordOperatorOverride, type AuditedIncident, type AuditedReset, type AuditedSupervisorEvent } from "./record-supervisor-event.js";
export { auditTaps, type AuditTaps } from "./audit-taps.js";
