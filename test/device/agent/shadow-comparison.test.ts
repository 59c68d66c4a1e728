import { describe, expect, it } from "vitest";
import type { Detection } from "../../../runtime/perception/index.js";
import { ShadowComparison, compareShadowFrame } from "../../../device/agent/index.js";

const det = (label: string, box: [number, number, number, number], score = 0.9): Detection => ({ classId: 0, label, score, box });

describe("shadow comparison", () => {
  it("scores one frame: F1 at IoU 0.5 per label, and whether the label sets above the decision score agree", () => {
    const active = [det("person", [0, 0, 100, 200]), det("person", [300, 0, 400, 200]), det("car", [500, 500, 700, 600])];
    const shifted = [det("person", [10, 0, 110, 200]), det("person", [300, 150, 400, 350]), det("car", [500, 500, 700, 600], 0.3)];
    // person 1: IoU 0.82 (match); person 2: IoU 0.14 (no); car matches by box, its score is under the decision score.
    expect(compareShadowFrame(active, shifted)).toEqual({ matched: 2, activeCount: 3, shadowCount: 3, f1: 4 / 6, decisionAgrees: false });
    expect(compareShadowFrame(active, [det("dog", [0, 0, 100, 200]), ...active.slice(1)])).toMatchObject({ matched: 2, decisionAgrees: false });
    expect(compareShadowFrame([], [])).toEqual({ matched: 0, activeCount: 0, shadowCount: 0, f1: 1, decisionAgrees: true });
    expect(compareShadowFrame(active, active)).toMatchObject({ f1: 1, decisionAgrees: true });
  });

  it("pools F1 over frames and keeps p99 latencies of both models in bounded rings", () => {
    const cmp = new ShadowComparison({ latencyCapacity: 4 });
    const a = [det("person", [0, 0, 100, 200])];
    cmp.add({ active: a, shadow: a, activeMs: 30, shadowMs: 300 });
    cmp.add({ active: [...a, det("person", [300, 0, 400, 200]), det("person", [600, 0, 700, 200])], shadow: [], activeMs: 40, shadowMs: 900 });
    for (let i = 0; i < 10; i++) cmp.add({ active: [], shadow: [], activeMs: 35, shadowMs: 250 });
    const metrics = cmp.metrics(7, 1);
    expect(metrics).toEqual({
      shadow_f1: 2 / 5,
      shadow_decision_agreement: 11 / 12,
      shadow_latency_p99_ms: 250, // the ring holds the last 4
      active_latency_p99_ms: 35,
      shadow_frames: 12,
      shadow_skipped: 7,
      shadow_errors: 1,
    });
    expect(new ShadowComparison().metrics(3, 0)).toMatchObject({ shadow_frames: 0, shadow_f1: 0, shadow_latency_p99_ms: 0 });
  });
});
