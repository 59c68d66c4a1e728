export { CameraSimulator, type CameraSimulatorOptions, type CameraSimulatorResult } from "./camera-simulator.js";
