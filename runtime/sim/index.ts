export { CameraSimulator, type CameraSimulatorOptions, type CameraSimulatorResult } from "./camera-simulator.js";
export { ScenarioSchema, parseScenario, loadScenarioFile, type Scenario, type ScenarioActor, type ScenarioEvent } from "./scenario-schema.js";
export { ScenarioPlayer, type ActorGroundState } from "./scenario-player.js";
export { ScenarioSimulator, type ScenarioSimulatorOptions, type ScenarioSimulatorResult } from "./scenario-simulator.js";
export { mulberry32 } from "./seeded-random.js";
