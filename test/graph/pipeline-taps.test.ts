import { describe, expect, it } from "vitest";
import { combineTaps } from "../../runtime/graph/index.js";
import type { RiskAssessmentMessage } from "../../runtime/risk/index.js";

describe("combineTaps", () => {
  it("calls every part's hook in order and leaves hooks nobody set undefined", () => {
    const calls: string[] = [];
    const taps = combineTaps({ onRisk: () => calls.push("a") }, undefined, { onRisk: () => calls.push("b"), onTracks: () => calls.push("t") }, {});
    taps.onRisk?.({} as RiskAssessmentMessage);
    expect(calls).toEqual(["a", "b"]);
    expect(taps.onFrame).toBeUndefined();
    expect(typeof taps.onTracks).toBe("function");
  });
});
