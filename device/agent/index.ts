// The device agent: takes signed model deploys from the fleet into the running pipeline.
export { DeviceAgent, type DeviceAgentDeps, type AgentReport, type AgentStatus, type AgentCounters, type ModelState, type DeployMode } from "./device-agent.js";
export { ModelSlot, type ModelSlotOptions, type SlotListener, type SlotInference, type SlotShadowFrame, type ShadowCounters } from "./model-slot.js";
export { ModelStore, type ModelStoreOptions, type StoredModel, type ModelRef, type ActiveRecord, type StoreRecovery } from "./model-store.js";
export { ArtifactAssembler, type ArtifactAssemblerOptions, type ChunkOutcome, type AssemblerCounters } from "./artifact-assembler.js";
export { downloadArtifact, type ArtifactDownloadOptions } from "./artifact-download.js";
export { runSelfTest, type SelfTestResult, type GoldenResult } from "./self-test.js";
export { ShadowComparison, compareShadowFrame, type ShadowFrame, type FrameAgreement, type ShadowMetrics, type ShadowComparisonOptions } from "./shadow-comparison.js";
export { RollbackMonitor, type RollbackDecision, type RollbackReason, type WatchFigures } from "./rollback-monitor.js";
export { OutcomeWindow, type InferenceOutcome, type OutcomeFigures } from "./outcome-window.js";
export { COMMAND_TABLE, type CommandHandlers } from "./command-table.js";
