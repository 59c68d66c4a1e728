// Admission alone: slots, the queue in arrival order, refusals beyond it, aborts while waiting.
import { describe, expect, it } from "vitest";
import { InferenceSlots } from "../../runtime/api/inference-slots.js";

describe("InferenceSlots", () => {
  it("grants max_concurrent slots, queues max_queue, refuses the rest, and hands freed slots on in order", async () => {
    const slots = new InferenceSlots({ maxConcurrent: 2, maxQueue: 2 });
    const signal = new AbortController().signal;
    const r1 = await slots.acquire(signal)!;
    const r2 = await slots.acquire(signal)!;
    const order: number[] = [];
    const w3 = slots.acquire(signal)!.then((r) => (order.push(3), r));
    const w4 = slots.acquire(signal)!.then((r) => (order.push(4), r));
    expect(slots.acquire(signal)).toBeUndefined();
    expect([slots.running, slots.queued]).toEqual([2, 2]);
    r1();
    r1(); // twice: no effect
    const r3 = await w3;
    expect([slots.running, slots.queued]).toEqual([2, 1]);
    r2();
    const r4 = await w4;
    expect(order).toEqual([3, 4]);
    r3();
    r4();
    expect([slots.running, slots.queued]).toEqual([0, 0]);
  });

  it("a waiter whose signal aborts leaves the queue with the abort reason", async () => {
    const slots = new InferenceSlots({ maxConcurrent: 1, maxQueue: 1 });
    const release = await slots.acquire(new AbortController().signal)!;
    const ac = new AbortController();
    const waiting = slots.acquire(ac.signal)!;
    expect(slots.queued).toBe(1);
    const reason = new Error("deadline");
    ac.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    expect(slots.queued).toBe(0);
    release();
    expect(slots.running).toBe(0);
  });
});
