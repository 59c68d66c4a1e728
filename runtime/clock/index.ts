// Time, injected: stages, the gateway and the fallback supervisor read it from a Clock.
export { SystemClock, ManualClock, nsToMs, msToNs, type Clock } from "./clock.js";
