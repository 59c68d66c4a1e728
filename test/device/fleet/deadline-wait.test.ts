import { describe, expect, it, vi } from "vitest";
import { DeadlineWait } from "../../../device/fleet/index.js";
import { ManualClock, msToNs } from "../../../runtime/clock/index.js";

describe("DeadlineWait", () => {
  it("resolves true when a poke finds the condition met, false once the injected clock passes the deadline", async () => {
    const clock = new ManualClock(1_000n);
    const waits = new DeadlineWait(clock, { tickMs: 5 });
    let ready = false;
    const met = waits.until(() => ready, clock.nowNs() + msToNs(1000));
    const late = waits.until(() => false, clock.nowNs() + msToNs(500));
    let lateResult: boolean | undefined;
    void late.then((v) => (lateResult = v));
    // time stands still: nothing ends however long the timer ticks
    await new Promise((r) => setTimeout(r, 30));
    expect(lateResult).toBeUndefined();
    clock.advanceMs(500);
    await vi.waitFor(() => expect(lateResult).toBe(false), { timeout: 5000, interval: 5 });
    ready = true;
    waits.poke();
    expect(await met).toBe(true);
    // already met, or already past: no wait at all
    expect(await waits.until(() => true, 0n)).toBe(true);
    expect(await waits.until(() => false, 0n)).toBe(false);
  });

  it("cancel() ends every wait as not met", async () => {
    const clock = new ManualClock(0n);
    const waits = new DeadlineWait(clock);
    const w = waits.until(() => false, msToNs(60_000));
    waits.cancel();
    expect(await w).toBe(false);
  });
});
