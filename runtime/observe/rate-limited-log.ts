import type { Clock } from "../clock/index.js";
import type { Logger } from "./logger.js";

/**
 * Logs at most `perInterval` lines per key per interval; the next line after a quiet
 * interval reports how many were suppressed. Bounded: keys are the caller's reason codes.
 *   const log = new RateLimitedLog(logger, clock); log.warn("FRAME_MALFORMED", { sensor }, "rejected");
 */
export class RateLimitedLog {
  readonly #logger: Logger;
  readonly #clock: Clock;
  readonly #intervalNs: bigint;
  readonly #perInterval: number;
  readonly #windows = new Map<string, { startNs: bigint; logged: number; suppressed: number }>();
  static readonly MAX_KEYS = 256;

  constructor(logger: Logger, clock: Clock, { intervalMs = 5000, perInterval = 5 } = {}) {
    this.#logger = logger;
    this.#clock = clock;
    this.#intervalNs = BigInt(intervalMs) * 1_000_000n;
    this.#perInterval = perInterval;
  }

  warn(key: string, fields: Record<string, unknown>, message: string): void {
    const now = this.#clock.nowNs();
    let w = this.#windows.get(key);
    if (!w || now - w.startNs >= this.#intervalNs) {
      const suppressed = w?.suppressed ?? 0;
      if (!w && this.#windows.size >= RateLimitedLog.MAX_KEYS) this.#windows.clear();
      w = { startNs: now, logged: 0, suppressed: 0 };
      this.#windows.set(key, w);
      if (suppressed > 0) fields = { ...fields, suppressed };
    }
    if (w.logged < this.#perInterval) {
      w.logged++;
      this.#logger.warn({ code: key, ...fields }, message);
    } else {
      w.suppressed++;
    }
  }
}
