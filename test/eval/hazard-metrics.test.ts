// Hazard scoring on a synthetic 30-minute timeline: missed hazards, time to first alarm,
// stop episodes and false stops per hour.
import { describe, expect, it } from "vitest";
import { HazardScorer, combineHazards, scoreHazards, type CommandSample, type HazardLabel, type RiskSample } from "../../runtime/eval/index.js";
import { codeOf } from "../error-code-of.js";

const S = 1e9;
const MINUTES_30 = 30 * 60 * S;

const hazards: HazardLabel[] = [
  { id: "h1-forklift", startNs: 100 * S, endNs: 110 * S, minLevel: "DANGER" },
  { id: "h2-walker", startNs: 500 * S, endNs: 505 * S, minLevel: "WARNING" },
  { id: "h3-reversing", startNs: 900 * S, endNs: 902 * S, minLevel: "DANGER" },
];

const a = (seconds: number, level: RiskSample["level"]): RiskSample => ({ timeNs: seconds * S, level });
const assessments: RiskSample[] = [
  a(0, "CLEAR"),
  a(99.5, "DANGER"), // before h1 starts: no alarm for it, but a stop episode within the grace (not false)
  a(99.8, "CLEAR"),
  a(100.2, "WARNING"), // below h1's DANGER
  a(100.5, "DANGER"), // h1's first alarm: 500 ms; a second episode, inside h1
  a(101, "DANGER"), // same episode
  a(111.5, "CLEAR"),
  a(501, "WARNING"), // h2's first alarm: 1000 ms
  a(502, "CLEAR"),
  a(901, "WARNING"), // h3 needs DANGER: missed
  a(903, "CLEAR"),
  a(1200, "DANGER"), // a false stop ...
  a(1200.1, "DANGER"), // ... one episode with the previous
  a(1200.2, "CLEAR"),
  a(1799, "CLEAR"),
];

describe("hazard scoring", () => {
  it("finds the missed hazard, the times to alarm and one false stop in 30 minutes (2 per hour)", () => {
    const acc = scoreHazards({ startNs: 0, endNs: MINUTES_30, hazards, assessments });
    expect(acc.hazards.map((h) => [h.id, h.detected, h.timeToAlarmNs])).toEqual([
      ["h1-forklift", true, 0.5 * S],
      ["h2-walker", true, 1 * S],
      ["h3-reversing", false, null],
    ]);
    expect(acc).toMatchObject({ durationNs: MINUTES_30, alarmSource: "assessments", stopSource: "assessments", stopEpisodes: 3, falseStopStartsNs: [1200 * S] });

    const m = combineHazards([acc]);
    expect(m).toEqual({
      hazards: 3,
      detected: 2,
      missed: 1,
      miss_rate: expect.closeTo(1 / 3, 12),
      time_to_alarm_mean_ms: 750,
      time_to_alarm_median_ms: 750,
      time_to_alarm_p90_ms: expect.closeTo(950, 9),
      false_stops: 1,
      hours: 0.5,
      false_stops_per_hour: 2,
    });
  });

  it("counts alarms up to end + grace and not before the start", () => {
    const h: HazardLabel[] = [{ id: "h", startNs: 10 * S, endNs: 20 * S, minLevel: "WARNING" }];
    const late = scoreHazards({ startNs: 0, endNs: 60 * S, hazards: h, assessments: [a(9.9, "DANGER"), a(21, "WARNING")] });
    expect(late.hazards[0]).toMatchObject({ detected: true, timeToAlarmNs: 11 * S });
    const tooLate = scoreHazards({ startNs: 0, endNs: 60 * S, hazards: h, assessments: [a(9.9, "DANGER"), a(21.001, "WARNING")] });
    expect(tooLate.hazards[0]!.detected).toBe(false);
    const graceZero = scoreHazards({ startNs: 0, endNs: 60 * S, hazards: h, assessments: [a(21, "WARNING")] }, { graceNs: 0 });
    expect(graceZero.hazards[0]!.detected).toBe(false);
  });

  it("reads stops from commands when there are any: consecutive STOP / SAFE_STOP are one episode", () => {
    const c = (seconds: number, kind: CommandSample["kind"]): CommandSample => ({ timeNs: seconds * S, kind });
    const commands = [c(1, "PROCEED"), c(300, "STOP"), c(300.1, "SAFE_STOP"), c(300.2, "STOP"), c(301, "PROCEED"), c(400, "SAFE_STOP"), c(401, "SLOW"), c(499.5, "STOP"), c(500.5, "STOP"), c(600, "PROCEED")];
    const acc = scoreHazards({ startNs: 0, endNs: 3600 * S, hazards, assessments, commands });
    expect(acc.stopSource).toBe("commands");
    expect(acc.alarmSource).toBe("assessments");
    // 300 and 400 are false; 499.5 starts within the grace before h2 (500 s).
    expect(acc.stopEpisodes).toBe(3);
    expect(acc.falseStopStartsNs).toEqual([300 * S, 400 * S]);
    expect(combineHazards([acc]).false_stops_per_hour).toBe(2);
    // With no assessment at all, commands raise the alarms too (SLOW = WARNING, STOP = DANGER).
    const commandsOnly = scoreHazards({ startNs: 0, endNs: 3600 * S, hazards, commands });
    expect(commandsOnly.alarmSource).toBe("commands");
    expect(commandsOnly.hazards.map((h) => h.detected)).toEqual([false, true, false]);
    expect(commandsOnly.hazards[1]!.timeToAlarmNs).toBe(0.5 * S);
  });

  it("a stop just past the grace after a hazard is false; one within it is not", () => {
    const base = { startNs: 0, endNs: 3600 * S, hazards };
    expect(scoreHazards({ ...base, assessments: [a(110.9, "DANGER")] }).falseStopStartsNs).toEqual([]);
    expect(scoreHazards({ ...base, assessments: [a(111.2, "DANGER")] }).falseStopStartsNs).toEqual([111.2 * S]);
  });

  it("pools sequences: counts and hours add up, times to alarm are pooled", () => {
    const one = scoreHazards({ startNs: 0, endNs: MINUTES_30, hazards, assessments });
    const quiet = scoreHazards({ startNs: 5 * S, endNs: 5 * S + MINUTES_30, hazards: [] });
    const m = combineHazards([one, quiet, null]);
    expect(m).toMatchObject({ hazards: 3, missed: 1, false_stops: 1, hours: 1, false_stops_per_hour: 1 });
    const weighted = combineHazards([one, quiet], [2, 0]);
    expect(weighted).toMatchObject({ hazards: 6, missed: 2, false_stops: 2, hours: 1, time_to_alarm_median_ms: 750, time_to_alarm_p90_ms: 1000 });
    expect(combineHazards([quiet])).toMatchObject({ hazards: 0, miss_rate: Number.NaN, time_to_alarm_mean_ms: Number.NaN, false_stops_per_hour: 0 });
  });

  it("rejects decisions out of time order, bad hazards and an empty sequence with EVAL_INPUT_INVALID", async () => {
    const s = new HazardScorer(hazards, { startNs: 0 });
    s.addAssessment(a(5, "CLEAR"));
    const attempt = (f: () => unknown) => codeOf(Promise.resolve().then(f));
    expect(await attempt(() => s.addAssessment(a(4, "CLEAR")))).toBe("EVAL_INPUT_INVALID");
    expect(await attempt(() => s.finish(0))).toBe("EVAL_INPUT_INVALID");
    expect(await attempt(() => new HazardScorer([{ id: "x", startNs: 5, endNs: 4, minLevel: "DANGER" }], { startNs: 0 }))).toBe("EVAL_INPUT_INVALID");
    expect(await attempt(() => new HazardScorer([hazards[0]!, hazards[0]!], { startNs: 0 }))).toBe("EVAL_INPUT_INVALID");
    expect(await attempt(() => s.addAssessment({ timeNs: 6 * S, level: "RED" as RiskSample["level"] }))).toBe("EVAL_INPUT_INVALID");
  });
});
