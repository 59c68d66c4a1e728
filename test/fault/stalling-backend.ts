// A backend whose runs stop answering on cue: the real onnx-node backend underneath, and a
// run() that returns a promise that never settles once the trigger fires. Use it as a plugin
// (detector.backend_modules: { stalling: test/fault/stalling-backend.ts }).
//   VIGIL_STALL_AFTER_RUNS=N  stall from run N+1 on, in the first session of the process
//   VIGIL_STALL_ALWAYS=1      later sessions (a retry's) stall too: counted over all sessions
//   VIGIL_STALL_FILE=/path    stall only while that file exists
import { FaultTrigger } from "./fault-trigger.js";
import { faultyBackend } from "./faulty-backend.js";

/** Decides which runs stall; a test in the same process may set() its own plan. */
export const stallTrigger = FaultTrigger.fromEnv("VIGIL_STALL");

// Stalled runs, so a test can let them go in teardown. Bounded by what the caller starts:
// a detector abandons at most two sessions per backend.
const stalled = new Set<(err: Error) => void>();

/** Stalled runs waiting now. */
export function stalledRuns(): number {
  return stalled.size;
}

/** Rejects every stalled run (as a hung run that finally errors), so its session can be disposed. */
export function releaseStalledRuns(): number {
  const n = stalled.size;
  for (const reject of stalled) reject(new Error("stalled run released"));
  stalled.clear();
  return n;
}

/**
 * onnx-node whose runs stall on cue (see stallTrigger): the run never settles; only
 * releaseStalledRuns() ends it, with an error.
 *   const d = await createDetector({ model, preset: "yolox", backends: ["stalling", "onnx-node"], backendModules: { stalling: STALLING_BACKEND } });
 */
export default faultyBackend("stalling", stallTrigger, () => new Promise((_resolve, reject) => void stalled.add(reject)));
