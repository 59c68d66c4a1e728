import { map } from "rxjs";
import { TestScheduler } from "rxjs/testing";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../runtime/clock/index.js";
import { HOLD_RULE, RiskHysteresis, RiskLevel, assessRisk, parseRiskConfig, riskLevelName, type RiskInput } from "../../runtime/risk/index.js";
import { frame, personAt } from "./risk-fixtures.js";

const { RISK_LEVEL_CLEAR: C, RISK_LEVEL_CAUTION: K, RISK_LEVEL_WARNING: W, RISK_LEVEL_DANGER: D } = RiskLevel;
const MS = 1_000_000n;

/** Feeds [raw, timeMs] pairs and returns the held levels. */
function drive(h: RiskHysteresis, steps: [RiskLevel, number][]): RiskLevel[] {
  return steps.map(([raw, t]) => h.update(raw, BigInt(t) * MS).level);
}

describe("RiskHysteresis", () => {
  const options = { holdNs: 300n * MS, clearFrames: 3 };

  it("escalates at once", () => {
    expect(drive(new RiskHysteresis(options), [[C, 0], [K, 100], [D, 200]])).toEqual([C, K, D]);
  });

  it("releases only after hold_ms AND clear_frames", () => {
    // Many fast frames: 3 below after 20 ms, but the hold lasts until 300 ms.
    const fast = drive(new RiskHysteresis(options), [[D, 0], [C, 10], [C, 20], [C, 30], [C, 290], [C, 300]]);
    expect(fast).toEqual([D, D, D, D, D, C]);
    // Slow frames: 300 ms passes after one frame, but three are needed.
    const slow = drive(new RiskHysteresis(options), [[D, 0], [C, 400], [C, 800], [C, 1200]]);
    expect(slow).toEqual([D, D, D, C]);
  });

  it("a brief dip does not release, and restarts the hold", () => {
    const levels = drive(new RiskHysteresis(options), [[D, 0], [C, 100], [C, 200], [D, 250], [C, 300], [C, 400], [C, 500], [C, 549], [C, 550]]);
    expect(levels).toEqual([D, D, D, D, D, D, D, D, C]);
  });

  it("steps down to the highest level still held", () => {
    const levels = drive(new RiskHysteresis(options), [[D, 0], [W, 100], [W, 200], [C, 300], [C, 400], [C, 500], [C, 600]]);
    // DANGER: 3 frames below it and 300 ms at 300 → WARNING, last raised at 200: 3 frames below and 300 ms at 500.
    expect(levels).toEqual([D, D, D, W, W, C, C]);
  });

  it("never counts capture time that runs backwards", () => {
    expect(drive(new RiskHysteresis(options), [[D, 1000], [C, 900], [C, 950], [C, 1000], [C, 1300]])).toEqual([D, D, D, D, C]);
  });

  it("reports what it holds and how far the release has come", () => {
    const h = new RiskHysteresis<string>(options);
    h.update(D, 0n, "person 1 in zone danger");
    expect(h.update(C, 100n * MS, undefined)).toEqual({ level: D, held: true, hold: { cause: "person 1 in zone danger", sinceNs: 0n, framesBelow: 1 } });
  });
});

describe("assessRisk hysteresis (marbles)", () => {
  const config = parseRiskConfig({
    zones: [{ name: "z", polygon: [[0, 0], [640, 0], [640, 400], [0, 400]] }],
    rules: [{ name: "person-in-z", labels: ["person"], zone: "z", level: "DANGER" }],
    hysteresis: { hold_ms: 300, clear_frames: 2 },
  });
  // Image-frame zone: a person whose box bottom is at y = 300 px is in, at y = 600 px is out.
  const inside = { trackId: 1, label: "person", box: [300, 200, 340, 300], velocity: [0, 0], state: "confirmed" } as const;
  const outside = { ...inside, box: [300, 500, 340, 600] } as const;
  const letter = (a: { level: RiskLevel }) => (riskLevelName(a.level) === "DANGER" ? "D" : "c");

  /** One frame per marble letter, 100 ms of capture time apart: I = person in the zone, o = out. */
  function frames(pattern: string): Record<string, RiskInput> {
    const values: Record<string, RiskInput> = {};
    [...pattern].forEach((kind, i) => {
      values[String.fromCharCode(97 + i)] = frame(i, i * 100, [kind === "I" ? inside : outside]);
    });
    return values;
  }

  function expectLevels(pattern: string, source: string, expected: string): void {
    new TestScheduler((actual, wanted) => expect(actual).toEqual(wanted)).run(({ cold, expectObservable }) => {
      const out$ = cold(source, frames(pattern)).pipe(assessRisk({ config, clock: new ManualClock(0n) }), map(letter));
      expectObservable(out$).toBe(expected);
    });
  }

  it("escalates on the first frame in the zone", () => {
    expectLevels("oI", "-a-b-|", "-c-D-|");
  });

  it("releases after 300 ms and 2 frames out, not before", () => {
    // In at 0 ms; out at 100, 200 (2 frames, 200 ms: held), 300 (300 ms: released).
    expectLevels("Ioooo", "-a-b-c-d-e-|", "-D-D-D-c-c-|");
  });

  it("a brief dip out of the zone does not release", () => {
    expectLevels("IoIoooo", "-a-b-c-d-e-f-g-|", "-D-D-D-D-D-c-c-|");
  });

  it("while held, the first factor names what raised the level", () => {
    const seen: { rule: string; trackId: bigint; detail: string }[] = [];
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ cold, expectObservable }) => {
      const out$ = cold("-a-b-|", frames("Io")).pipe(
        assessRisk({ config, clock: new ManualClock(0n) }),
        map((a) => {
          if (a.factors[0] !== undefined) seen.push(a.factors[0]);
          return letter(a);
        }),
      );
      expectObservable(out$).toBe("-D-D-|");
    });
    expect(seen.map((f) => [f.rule, f.trackId])).toEqual([
      ["person-in-z", 1n],
      [HOLD_RULE, 1n],
    ]);
    expect(seen[1]?.detail).toBe("holding DANGER raised at seq 0 by rule person-in-z (person 1 in zone z): 1/2 frames below, 100/300 ms");
  });
});
