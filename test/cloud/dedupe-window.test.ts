import { describe, expect, it } from "vitest";
import { ManualClock } from "../../runtime/clock/index.js";
import { DedupeWindow } from "../../runtime/cloud/index.js";

describe("DedupeWindow", () => {
  it("reports redeliveries within the window as duplicates", () => {
    const w = new DedupeWindow({ maxIds: 100 });
    expect(w.seen("dev:1")).toBe(false);
    expect(w.seen("dev:2")).toBe(false);
    expect(w.seen("dev:1")).toBe(true);
    expect(w.seen("dev:2")).toBe(true);
    expect(w.size).toBe(2);
  });

  it("never holds more than maxIds and forgets the oldest first", () => {
    const w = new DedupeWindow({ maxIds: 1000 });
    for (let i = 0; i < 5000; i++) {
      expect(w.seen(`dev:${i}`)).toBe(false);
      expect(w.size).toBeLessThanOrEqual(1000);
    }
    expect(w.size).toBe(1000);
    expect(w.seen("dev:4999")).toBe(true);
    expect(w.seen("dev:4000")).toBe(true); // oldest still held
    expect(w.seen("dev:3999")).toBe(false); // evicted, so it counts as new (and evicts dev:4000)
    expect(w.seen("dev:4000")).toBe(false);
    expect(w.size).toBe(1000);
  });

  it("forgets ids older than maxAgeMs on the injected clock", () => {
    const clock = new ManualClock(0n);
    const w = new DedupeWindow({ maxIds: 100, maxAgeMs: 1000, clock });
    w.seen("a");
    clock.advanceMs(600);
    w.seen("b");
    clock.advanceMs(600); // a is 1200 ms old, b 600 ms
    expect(w.seen("b")).toBe(true);
    expect(w.seen("a")).toBe(false);
    expect(w.size).toBe(2);
  });
});
