// The fallback supervisor (`vigil supervise`): heartbeats, deadlines, SAFE_STOP policy.
// Its import graph is audited (test/fallback/import-audit.test.ts): contracts, config
// schema, errors, clock, zeromq, zod, yaml, commander - nothing from the ML runtime.
export { FallbackConfigSchema, type FallbackConfig, type ComponentDeadlines } from "./fallback-config.js";
export { supervisorSettings, loadSupervisorSettings, type SupervisorSettings } from "./supervisor-settings.js";
export {
  SupervisorCore,
  incidentJson,
  CONDITION_CODES,
  INCIDENT_HISTORY,
  type Condition,
  type ConditionCode,
  type CommandVerdict,
  type CoreStatus,
  type Evaluation,
  type HeartbeatVerdict,
  type Incident,
  type IncidentJson,
  type InstanceStatus,
  type ResetOutcome,
  type SupervisorEvent,
} from "./supervisor-core.js";
export { Supervisor, EVENT_HISTORY, type SupervisorListener, type SupervisorOptions } from "./supervisor.js";
export {
  sendControlRequest,
  parseControlRequest,
  ControlRequestSchema,
  type ControlReply,
  type ControlRequest,
  type ResetReply,
  type SupervisorEndpoints,
  type SupervisorStatus,
} from "./control-protocol.js";
export { createJsonLinesLogger, silentSupervisorLogger, parseLogLevel, type JsonLinesLoggerOptions, type LogLevel, type SupervisorLogger } from "./json-lines-logger.js";
export { superviseCommand, type SuperviseCommandIo } from "./supervise-command.js";
