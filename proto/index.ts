// The contracts: the only types that cross a process or file boundary.
// Generated code lives in ./gen (npm run proto:gen); beside it, the int64 time helpers and
// the codecs of the messages that the fallback supervisor shares with the runtime (it
// imports nothing else from the runtime, so they live here).
export { vigil } from "./gen/vigil.js";
// Foxglove's image and annotation messages (what the recorder writes for Foxglove's Image panel),
// and every .proto file's FileDescriptorProto (MCAP protobuf schemas).
export { foxglove } from "./gen/foxglove.js";
export { FILE_DESCRIPTORS, type FileDescriptorEntry } from "./gen/descriptor-set.js";
export { longToBigint, bigintToLong, type Long } from "./int64.js";
export {
  encodeActuationCommand,
  decodeActuationCommand,
  type ActuationCommandMessage,
  type CommandKindName,
  type CommandSourceName,
} from "./actuation-command-codec.js";
export {
  encodeHeartbeat,
  decodeHeartbeat,
  HEARTBEAT_COMPONENTS,
  NO_FRAME_YET,
  type HeartbeatMessage,
  type HeartbeatComponent,
  type HealthStateName,
} from "./heartbeat-codec.js";
