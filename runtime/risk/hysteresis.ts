import { RiskLevel } from "./risk-level.js";

export interface HysteresisOptions {
  /** A level is held at least this long (capture time) after the last frame at or above it. */
  holdNs: bigint;
  /** And until this many consecutive frames were below it. */
  clearFrames: number;
}

export interface HysteresisStep<C> {
  /** The level after hysteresis. */
  level: RiskLevel;
  /** True when `level` is above the raw level: it is being held. */
  held: boolean;
  /** While held: what last raised `level`, when, and how far its release has come. */
  hold?: { cause: C | undefined; sinceNs: bigint; framesBelow: number };
}

const LEVELS = [RiskLevel.RISK_LEVEL_CAUTION, RiskLevel.RISK_LEVEL_WARNING, RiskLevel.RISK_LEVEL_DANGER] as const;

interface LevelState<C> {
  lastAtOrAboveNs: bigint;
  framesBelow: number;
  cause: C | undefined;
}

/**
 * Escalate at once, release slowly: a level stays until `holdNs` has passed since the last
 * frame at or above it AND `clearFrames` consecutive frames were below it. Time is the frames'
 * capture time, never the wall clock. Releases step down to the highest level still held.
 *   const h = new RiskHysteresis({ holdNs: 1_000_000_000n, clearFrames: 5 }); h.update(raw, frame.captureTimeNs).level
 */
export class RiskHysteresis<C = unknown> {
  readonly #options: HysteresisOptions;
  /** Per level above CLEAR; undefined until that level is first raised. Bounded: three entries. */
  readonly #levels = new Map<RiskLevel, LevelState<C>>();

  constructor(options: HysteresisOptions) {
    if (options.holdNs < 0n || !Number.isInteger(options.clearFrames) || options.clearFrames < 1) {
      throw new RangeError(`RiskHysteresis: holdNs must be >= 0 and clearFrames an integer >= 1`);
    }
    this.#options = options;
  }

  /** Feeds one frame's raw level (and what caused it) at its capture time; returns the held level. */
  update(rawLevel: RiskLevel, timeNs: bigint, cause?: C): HysteresisStep<C> {
    let level: RiskLevel = RiskLevel.RISK_LEVEL_CLEAR;
    let hold: HysteresisStep<C>["hold"];
    for (const candidate of LEVELS) {
      let state = this.#levels.get(candidate);
      if (rawLevel >= candidate) {
        state = { lastAtOrAboveNs: timeNs, framesBelow: 0, cause };
        this.#levels.set(candidate, state);
      } else if (state !== undefined) {
        state.framesBelow += 1;
      }
      if (state === undefined) continue;
      // Capture time that runs backwards never counts towards the hold.
      const elapsed = timeNs - state.lastAtOrAboveNs;
      const released = state.framesBelow >= this.#options.clearFrames && elapsed >= this.#options.holdNs;
      if (released) {
        this.#levels.delete(candidate);
        continue;
      }
      level = candidate;
      hold = { cause: state.cause, sinceNs: state.lastAtOrAboveNs, framesBelow: state.framesBelow };
    }
    return hold !== undefined && level > rawLevel ? { level, held: true, hold } : { level, held: false };
  }

  /** Forgets every held level (a sensor restarted, say). */
  reset(): void {
    this.#levels.clear();
  }
}
