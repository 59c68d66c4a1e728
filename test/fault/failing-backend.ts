// A backend whose runs throw on cue: the real onnx-node backend underneath, and a run() that
// rejects once the trigger fires. Use it as a plugin (detector.backend_modules).
//   VIGIL_FAIL_AFTER_RUNS=N  fail from run N+1 on, in the first session of the process
//   VIGIL_FAIL_ALWAYS=1      later sessions (a retry's) fail too: counted over all sessions
//   VIGIL_FAIL_FILE=/path    fail only while that file exists
import { FaultTrigger } from "./fault-trigger.js";
import { faultyBackend } from "./faulty-backend.js";

/** Decides which runs fail; a test in the same process may set() its own plan. */
export const failTrigger = FaultTrigger.fromEnv("VIGIL_FAIL");

/**
 * onnx-node whose runs fail on cue (see failTrigger).
 *   const d = await createDetector({ model, preset: "yolox", backends: ["failing", "onnx-node"], backendModules: { failing: FAILING_BACKEND } });
 */
export default faultyBackend("failing", failTrigger, (session) => Promise.reject(new Error(`injected inference failure (session ${session})`)));
