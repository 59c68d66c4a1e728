import { describe, expect, it } from "vitest";
import { ManualClock } from "../../../runtime/clock/index.js";
import { AgentConfigSchema } from "../../../runtime/config/agent-config.js";
import { RollbackMonitor, type RollbackDecision } from "../../../device/agent/index.js";

const config = (rollback: Record<string, number> = {}) =>
  AgentConfigSchema.parse({ store_dir: "/x", trusted_keys: "/k", rollback: { watch_ms: 1000, min_frames: 5, window_frames: 10, ...rollback } }).rollback;

/** Feeds `n` outcomes of `ms` each, 10 ms of clock apart; returns the first decision. */
function feed(m: RollbackMonitor, clock: ManualClock, n: number, ms: number, ok = true): RollbackDecision | undefined {
  let d: RollbackDecision | undefined;
  for (let i = 0; i < n; i++) {
    clock.advanceMs(10);
    d ??= m.noteOutcome({ latencyMs: ms, ok }, clock.nowNs());
  }
  return d;
}

describe("RollbackMonitor", () => {
  it("has the documented defaults", () => {
    expect(AgentConfigSchema.parse({ store_dir: "/x", trusted_keys: ["/k"] }).rollback).toEqual({
      watch_ms: 60_000,
      min_frames: 30,
      window_frames: 100,
      p99_latency_ratio_max: 1.5,
      p99_latency_min_ms: 20,
      error_rate_max: 0.05,
      fallback_triggers_max: 0,
    });
  });

  it("rolls back on p99 latency above ratio x baseline and above the floor, once watch_ms and min_frames are reached", () => {
    const clock = new ManualClock();
    const m = new RollbackMonitor(config());
    feed(m, clock, 20, 30); // baseline: last 10 at 30 ms
    m.startWatch(clock.nowNs());
    expect(feed(m, clock, 50, 100)).toBeUndefined(); // 500 ms: not yet watch_ms
    const d = feed(m, clock, 60, 100);
    expect(d).toMatchObject({ kind: "regressed", code: "ROLLBACK_LATENCY", figures: { frames: 100, p99LatencyMs: 100, baselineP99LatencyMs: 30, baselineFrames: 10, errorRate: 0 } });
    expect(d?.figures.watchedMs).toBe(1000);
    expect(m.watching).toBe(false);
  });

  it("confirms a slowdown under the floor (noise on a fast model) or under the ratio", () => {
    const clock = new ManualClock();
    const m = new RollbackMonitor(config());
    feed(m, clock, 10, 5);
    m.startWatch(clock.nowNs());
    expect(feed(m, clock, 200, 15)).toMatchObject({ kind: "confirmed", figures: { p99LatencyMs: 15, baselineP99LatencyMs: 5 } }); // 3x but under 20 ms

    const m2 = new RollbackMonitor(config());
    feed(m2, clock, 10, 100);
    m2.startWatch(clock.nowNs());
    expect(feed(m2, clock, 200, 140)).toMatchObject({ kind: "confirmed" }); // 1.4x
  });

  it("waits for min_frames after watch_ms, and judges the error rate first", () => {
    const clock = new ManualClock();
    const m = new RollbackMonitor(config({ min_frames: 30 }));
    feed(m, clock, 10, 30);
    m.startWatch(clock.nowNs());
    clock.advanceMs(5000);
    expect(m.check(clock.nowNs())).toBeUndefined(); // no frames yet
    expect(feed(m, clock, 27, 30)).toBeUndefined();
    expect(feed(m, clock, 2, 300, false)).toBeUndefined();
    const d = feed(m, clock, 1, 300);
    expect(d).toMatchObject({ kind: "regressed", code: "ROLLBACK_ERROR_RATE", figures: { frames: 30, errors: 2 } });
    expect(d?.figures.errorRate).toBeCloseTo(2 / 30);
  });

  it("rolls back at once on a fallback trigger, and ignores outcomes of the previous model during the watch", () => {
    const clock = new ManualClock();
    const m = new RollbackMonitor(config({ fallback_triggers_max: 1 }));
    m.startWatch(clock.nowNs());
    m.noteOutcome({ latencyMs: 9999, ok: false }, clock.nowNs(), false);
    expect(m.noteFallbackTrigger(clock.nowNs())).toBeUndefined();
    expect(m.noteFallbackTrigger(clock.nowNs())).toMatchObject({ kind: "regressed", code: "ROLLBACK_FALLBACK", figures: { fallbackTriggers: 2, frames: 0 } });
    expect(m.fallbackTriggers).toBe(2);
    expect(m.recent()).toMatchObject({ frames: 1, errors: 1 });
  });

  it("without a baseline (nothing ran before) latency alone never rolls back", () => {
    const clock = new ManualClock();
    const m = new RollbackMonitor(config());
    m.startWatch(clock.nowNs());
    expect(feed(m, clock, 200, 5000)).toMatchObject({ kind: "confirmed", figures: { baselineFrames: 0 } });
  });
});
