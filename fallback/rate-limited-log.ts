import type { Clock } from "../runtime/clock/index.js";
import type { SupervisorLogger } from "./json-lines-logger.js";

/** Keys tracked at once; the callers' keys are reason codes, so this is never reached in practice. */
const MAX_KEYS = 64;

/**
 * Logs at most `perInterval` warnings per key per interval; the first line after that
 * reports how many were suppressed. A flood of bad input cannot flood the log.
 *   const log = new RateLimitedLog(logger, clock); log.warn("HEARTBEAT_MALFORMED", { bytes: 3 }, "heartbeat rejected");
 */
export class RateLimitedLog {
  readonly #logger: SupervisorLogger;
  readonly #clock: Clock;
  readonly #intervalNs: bigint;
  readonly #perInterval: number;
  readonly #windows = new Map<string, { startNs: bigint; logged: number; suppressed: number }>();

  constructor(logger: SupervisorLogger, clock: Clock, { intervalMs = 5000, perInterval = 5 } = {}) {
    this.#logger = logger;
    this.#clock = clock;
    this.#intervalNs = BigInt(intervalMs) * 1_000_000n;
    this.#perInterval = perInterval;
  }

  warn(key: string, fields: Record<string, unknown>, message: string): void {
    const now = this.#clock.nowNs();
    let window = this.#windows.get(key);
    let suppressed = 0;
    if (window === undefined || now - window.startNs >= this.#intervalNs) {
      suppressed = window?.suppressed ?? 0;
      if (window === undefined && this.#windows.size >= MAX_KEYS) this.#windows.clear();
      window = { startNs: now, logged: 0, suppressed: 0 };
      this.#windows.set(key, window);
    }
    if (window.logged >= this.#perInterval) {
      window.suppressed++;
      return;
    }
    window.logged++;
    this.#logger.warn({ code: key, ...fields, ...(suppressed > 0 ? { suppressed } : {}) }, message);
  }
}
