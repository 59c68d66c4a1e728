// The fleet side: rolling signed models out in gated waves over MQTT, the fleet status table,
// and a simulated device for tests and benchmarks.
export { RolloutController, type RolloutArtifact, type RolloutControllerOptions, type RolloutDeviceOutcome, type RolloutProgress, type RolloutResult, type WaveFailure, type WaveResult } from "./rollout-controller.js";
export { GATE_AGGREGATES, RolloutGatesSchema, evaluateRolloutGates, parseRolloutGates, parseRolloutGatesYaml, type GateAggregate, type GateOutcome, type RolloutGate, type RolloutGates } from "./rollout-gates.js";
export { checkWaveFractions, parseWaveFractions, planWaves, type WavePlan } from "./wave-plan.js";
export { fleetStatusRows, fleetStatusTable, formatAge, type FleetStatusRow } from "./fleet-status.js";
export { DeviceStatusFeed, byDevice, type DeviceStatusFeedOptions } from "./device-status-feed.js";
export { ModelReportFeed, type FleetReport, type ModelReportFeedCounters, type ModelReportFeedOptions } from "./model-report-feed.js";
export { sendRollbacks, type RollbackOutcome, type RollbackTarget, type SendRollbacksOptions } from "./rollback-sender.js";
export { ROLLOUT_STATE_KIND, ROLLOUT_STATE_VERSION, readRolloutState, writeRolloutState, type RolloutDeviceState, type RolloutState } from "./rollout-state-file.js";
export { connectFleetClient, createFleetClient, endFleetClient, fleetClientOptions, readBrokerTls, type FleetBrokerOptions, type FleetSessionOptions } from "./fleet-broker.js";
export { DeadlineWait } from "./deadline-wait.js";
export { formatFigure, formatTextTable } from "./text-table.js";
export { SimulatedDevice, type SimulatedBehaviour, type SimulatedDeviceCounters, type SimulatedDeviceOptions } from "./simulated-device.js";
export { ArtifactDownloadCache, sharedArtifactCache, type ArtifactDownloadCacheOptions } from "./artifact-download-cache.js";
