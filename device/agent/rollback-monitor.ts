import type { RollbackConfig } from "../../runtime/config/agent-config.js";
import { nsToMs } from "../../runtime/clock/index.js";
import { OutcomeWindow, type InferenceOutcome, type OutcomeFigures } from "./outcome-window.js";

/** What the watch after an activation measured, against the baseline before it. */
export interface WatchFigures {
  frames: number;
  errors: number;
  errorRate: number;
  /** NaN when no inference answered. */
  p99LatencyMs: number;
  fallbackTriggers: number;
  /** The previous model's p99 over its last window_frames inferences; NaN without any. */
  baselineP99LatencyMs: number;
  baselineFrames: number;
  watchedMs: number;
}

export type RollbackReason = "ROLLBACK_LATENCY" | "ROLLBACK_ERROR_RATE" | "ROLLBACK_FALLBACK";

export type RollbackDecision =
  | { kind: "confirmed"; figures: WatchFigures }
  | { kind: "regressed"; code: RollbackReason; detail: string; figures: WatchFigures };

// The watch keeps its latencies in a ring this big: p99 over the latest ones when a watch is long.
const WATCH_LATENCY_CAPACITY = 8192;

/**
 * Decides whether a newly activated model regressed, from the inference outcomes and fallback
 * triggers fed to it, against the previous model's last window. Pure: time comes in as
 * arguments (ns), nothing is read or scheduled here.
 *   const m = new RollbackMonitor(config.rollback);
 *   m.noteOutcome({ latencyMs: 30, ok: true }, now); ...; m.startWatch(now);
 *   const d = m.noteOutcome(o, now) ?? m.check(now); // undefined while still watching
 */
export class RollbackMonitor {
  readonly #config: RollbackConfig;
  /** The active model's latest outcomes: the baseline for the next activation, and status metrics. */
  readonly #recent: OutcomeWindow;
  #watch: { startNs: bigint; baseline: OutcomeFigures; latencies: OutcomeWindow; frames: number; errors: number; fallback: number } | undefined;
  #fallbackTotal = 0;

  constructor(config: RollbackConfig) {
    this.#config = config;
    this.#recent = new OutcomeWindow(config.window_frames);
  }

  get watching(): boolean {
    return this.#watch !== undefined;
  }

  /** Fallback triggers seen since this monitor started (status metric). */
  get fallbackTriggers(): number {
    return this.#fallbackTotal;
  }

  /** The latest window_frames outcomes of whichever model ran them. */
  recent(): OutcomeFigures {
    return this.#recent.figures();
  }

  /** Forget the recent window (the model changed outside a watch: its baseline starts afresh). */
  resetBaseline(): void {
    this.#recent.clear();
  }

  /** Starts watching a model activated now; the recent window becomes its baseline. */
  startWatch(nowNs: bigint): void {
    this.#watch = {
      startNs: nowNs,
      baseline: this.#recent.figures(),
      latencies: new OutcomeWindow(WATCH_LATENCY_CAPACITY),
      frames: 0,
      errors: 0,
      fallback: 0,
    };
  }

  /** Stops a watch without a decision (a rollback command took over). */
  cancel(): void {
    this.#watch = undefined;
  }

  /**
   * One active inference; returns the decision when this one completes the watch.
   * `watched` false: it ran on the model before the watched one (a call still finishing): it
   * goes to the recent window only.
   */
  noteOutcome(outcome: InferenceOutcome, nowNs: bigint, watched = true): RollbackDecision | undefined {
    this.#recent.add(outcome);
    const w = this.#watch;
    if (w === undefined || !watched) return undefined;
    w.frames++;
    if (!outcome.ok) w.errors++;
    w.latencies.add(outcome);
    return this.check(nowNs);
  }

  /** A fallback trigger (SAFE_STOP from the supervisor); too many during a watch regress at once. */
  noteFallbackTrigger(nowNs: bigint): RollbackDecision | undefined {
    this.#fallbackTotal++;
    const w = this.#watch;
    if (w === undefined) return undefined;
    w.fallback++;
    return this.check(nowNs);
  }

  /**
   * The decision once due: at once on too many fallback triggers; otherwise when watch_ms
   * has passed and min_frames inferences were seen. Undefined while watching goes on (or
   * without a watch). A decision ends the watch.
   */
  check(nowNs: bigint): RollbackDecision | undefined {
    const w = this.#watch;
    if (w === undefined) return undefined;
    const c = this.#config;
    const figures = this.#figures(nowNs);
    let decision: RollbackDecision | undefined;
    if (figures.fallbackTriggers > c.fallback_triggers_max) {
      decision = {
        kind: "regressed",
        code: "ROLLBACK_FALLBACK",
        detail: `${figures.fallbackTriggers} fallback trigger(s) after activation, at most ${c.fallback_triggers_max} allowed`,
        figures,
      };
    } else if (figures.watchedMs >= c.watch_ms && figures.frames >= c.min_frames) {
      decision = this.#judge(figures);
    }
    if (decision !== undefined) this.#watch = undefined;
    return decision;
  }

  #judge(f: WatchFigures): RollbackDecision {
    const c = this.#config;
    if (f.errorRate > c.error_rate_max) {
      return {
        kind: "regressed",
        code: "ROLLBACK_ERROR_RATE",
        detail: `error rate ${f.errorRate.toFixed(3)} (${f.errors} of ${f.frames}) over the limit ${c.error_rate_max}`,
        figures: f,
      };
    }
    // Without a baseline (nothing ran before) latency cannot regress against it.
    const limit = f.baselineP99LatencyMs * c.p99_latency_ratio_max;
    if (Number.isFinite(limit) && f.p99LatencyMs > limit && f.p99LatencyMs > c.p99_latency_min_ms) {
      return {
        kind: "regressed",
        code: "ROLLBACK_LATENCY",
        detail:
          `p99 latency ${f.p99LatencyMs.toFixed(1)} ms over ${f.frames} inferences, above ${c.p99_latency_ratio_max} x the previous ` +
          `model's ${f.baselineP99LatencyMs.toFixed(1)} ms (limit ${limit.toFixed(1)} ms)`,
        figures: f,
      };
    }
    return { kind: "confirmed", figures: f };
  }

  #figures(nowNs: bigint): WatchFigures {
    const w = this.#watch!;
    return {
      frames: w.frames,
      errors: w.errors,
      errorRate: w.frames === 0 ? 0 : w.errors / w.frames,
      p99LatencyMs: w.latencies.figures().p99LatencyMs,
      fallbackTriggers: w.fallback,
      baselineP99LatencyMs: w.baseline.p99LatencyMs,
      baselineFrames: w.baseline.frames,
      watchedMs: nsToMs(nowNs - w.startNs),
    };
  }
}
