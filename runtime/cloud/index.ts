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
// The MQTT side: the device's link (outbox pump, retained status, commands) and the consumer.
export { CloudLink, type CloudLinkOptions, type CommandHandler } from "./mqtt-link.js";
export type { CloudLinkCounters, CloudLinkError, CloudLinkState } from "./cloud-link-counters.js";
export { MQTT_DEFAULTS, brokerSession, mqttClientOptions, mqttConnectOptions, readPem, type CloudTlsOptions, type MqttBrokerOptions, type MqttSessionOptions } from "./mqtt-connect-options.js";
export {
  CloudSubscriber,
  type CloudDelivery,
  type CloudSubscriberCounters,
  type CloudSubscriberOptions,
  type DeliveryHandler,
} from "./cloud-subscriber.js";
export { MESSAGE_ID_FILE, cloudLinkOptionsFromConfig, type CloudLinkDeps } from "./cloud-link-options-from-config.js";
export { RiskEventFilter, type RiskEventFilterOptions } from "./risk-event-filter.js";
