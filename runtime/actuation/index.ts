// Actuation: risk → command, the arbiter that merges command sources into expiring
// commands, their ZeroMQ publisher, and the reference machine-side gateway.
export { ActuationConfigSchema, type ActuationConfig, type CommandRule } from "./actuation-config.js";
export {
  encodeActuationCommand,
  decodeActuationCommand,
  type ActuationCommandMessage,
  type CommandKindName,
  type CommandSourceName,
} from "../../proto/index.js";
export { CommandTable, compareRestrictiveness } from "./command-table.js";
export { arbitrate, schedulerClock, NO_VALID_COMMAND, type ArbiterOptions } from "./arbiter.js";
export {
  riskToCommand,
  MAX_REASON_CHARS,
  MAX_REASON_FACTORS,
  type RiskAssessmentInput,
  type RiskFactorInput,
  type RiskLevelName,
} from "./risk-to-command.js";
export { CommandPublisher } from "./command-publisher.js";
export {
  ActuatorGateway,
  describeCommand,
  TRANSITION_HISTORY,
  type ActuatorGatewayOptions,
  type GatewayMode,
  type GatewayState,
  type GatewayTransition,
  type TransitionCause,
} from "./actuator-gateway.js";
export { CommandSubscriber, type CommandSubscriberOptions } from "./command-subscriber.js";
