// The cloud link's durable side: a crash-safe outbox for QoS 1 delivery and its helpers.
export { DurableOutbox, type DurableOutboxOptions, type OutboxCounters } from "./durable-outbox.js";
export type { OutboxClass, OutboxMessage, OutboxRecord } from "./outbox-record.js";
export { OutboxError, OutboxErrorCode } from "./outbox-error.js";
export { DedupeWindow, type DedupeWindowOptions } from "./dedupe-window.js";
export { MessageIdSequence, type MessageIdSequenceOptions } from "./message-id-sequence.js";
export {
  ALL_MODEL_STATUS_FILTER,
  ALL_STATUS_FILTER,
  FLEET_TOPIC_FILTER,
  TOPIC_ROOT,
  assertTopicLevel,
  deviceTopics,
  parseDeviceTopic,
  targetMatches,
  type DeviceTopics,
} from "./topics.js";
