import { map, NEVER, take, type Observable } from "rxjs";
import { TestScheduler } from "rxjs/testing";
import { describe, expect, it } from "vitest";
import {
  ActuationConfigSchema,
  arbitrate,
  NO_VALID_COMMAND,
  riskToCommand,
  schedulerClock,
  type ActuationCommandMessage,
  type CommandKindName,
  type CommandSourceName,
} from "../../runtime/actuation/index.js";

const MS = 1_000_000n;
const config = ActuationConfigSchema.parse({ machine_id: "forklift-7", publish_period_ms: 100, validity_ms: 300 });

/** An input command, valid until `validUntilMs` of marble time. */
function cmd(kind: CommandKindName, source: CommandSourceName, validUntilMs: number, extra: Partial<ActuationCommandMessage> = {}): ActuationCommandMessage {
  return {
    machineId: "forklift-7",
    seq: 1n,
    issuedTimeNs: 0n,
    validUntilNs: BigInt(validUntilMs) * MS,
    kind,
    source,
    maxSpeedMps: 0,
    reason: `${source.toLowerCase()} says ${kind}`,
    assessmentId: "",
    origin: "test",
    ...extra,
  };
}

/** What a marble compares: kind, source, speed and reason of each published command. */
const summary = (c: ActuationCommandMessage): string => `${c.kind}/${c.source}/${c.maxSpeedMps}/${c.reason}`;

function newScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

function arbiterOf(scheduler: TestScheduler, inputs$: Observable<ActuationCommandMessage>, overrides: Partial<typeof config> = {}) {
  return inputs$.pipe(arbitrate({ config: { ...config, ...overrides }, clock: schedulerClock(scheduler), scheduler }));
}

const SAFE = `SAFE_STOP/FALLBACK/0/${NO_VALID_COMMAND}`;

describe("arbitrate", () => {
  it("publishes at a fixed rate from subscription, SAFE_STOP until a source speaks", () => {
    const ts = newScheduler();
    ts.run(({ hot, expectObservable }) => {
      const inputs = hot("-a", { a: cmd("PROCEED", "PERCEPTION", 10_000) });
      expectObservable(arbiterOf(ts, inputs).pipe(map(summary)), "^ 450ms !").toBe("s 99ms p 99ms p 99ms p 99ms p", {
        s: SAFE,
        p: "PROCEED/PERCEPTION/0/perception says PROCEED",
      });
    });
  });

  it("stamps each command with issue time = now, valid_until = now + validity_ms, its own seq, machine id and origin", () => {
    const ts = newScheduler();
    const out: ActuationCommandMessage[] = [];
    ts.run(({ hot }) => {
      const inputs = hot("-a", { a: cmd("SLOW", "OPERATOR", 10_000, { maxSpeedMps: 0.5, assessmentId: "as-1", seq: 99n }) });
      arbiterOf(ts, inputs).pipe(take(4)).subscribe((c) => out.push(c));
    });
    expect(out.map((c) => c.issuedTimeNs)).toEqual([0n, 100n * MS, 200n * MS, 300n * MS]);
    expect(out.map((c) => c.validUntilNs - c.issuedTimeNs)).toEqual([300n * MS, 300n * MS, 300n * MS, 300n * MS]);
    expect(out.map((c) => c.seq)).toEqual([1n, 2n, 3n, 4n]);
    expect(out[1]).toEqual({
      machineId: "forklift-7",
      seq: 2n,
      issuedTimeNs: 100n * MS,
      validUntilNs: 400n * MS,
      kind: "SLOW",
      source: "OPERATOR",
      maxSpeedMps: 0.5,
      reason: "operator says SLOW",
      assessmentId: "as-1",
      origin: "vigil-arbiter",
    });
  });

  it("publishes the most restrictive valid command: kind first, then the lower speed limit, and escalates at once", () => {
    const ts = newScheduler();
    ts.run(({ hot, expectObservable }) => {
      const inputs = hot("10ms a 9ms b 9ms c 119ms d", {
        a: cmd("PROCEED", "PERCEPTION", 10_000),
        b: cmd("SLOW", "OPERATOR", 10_000, { maxSpeedMps: 0.5 }),
        c: cmd("SLOW", "PERCEPTION", 10_000, { maxSpeedMps: 0.3 }), // replaces perception's PROCEED
        d: cmd("STOP", "PERCEPTION", 10_000),
      });
      expectObservable(arbiterOf(ts, inputs).pipe(map(summary)), "^ 250ms !").toBe("s 99ms a 49ms b 49ms b", {
        s: SAFE,
        a: "SLOW/PERCEPTION/0.3/perception says SLOW",
        b: "STOP/PERCEPTION/0/perception says STOP",
      });
    });
  });

  it("lets a FALLBACK SAFE_STOP override perception's PROCEED, published the moment it arrives", () => {
    const ts = newScheduler();
    ts.run(({ hot, expectObservable }) => {
      const inputs = hot("10ms a 119ms f", {
        a: cmd("PROCEED", "PERCEPTION", 10_000),
        f: cmd("SAFE_STOP", "FALLBACK", 10_000, { reason: "perception heartbeat late" }),
      });
      expectObservable(arbiterOf(ts, inputs).pipe(map(summary)), "^ 250ms !").toBe("s 99ms p 29ms f 69ms f", {
        s: SAFE,
        p: "PROCEED/PERCEPTION/0/perception says PROCEED",
        f: "SAFE_STOP/FALLBACK/0/perception heartbeat late",
      });
    });
  });

  it("breaks ties of the same kind by source: FALLBACK > OPERATOR > PERCEPTION", () => {
    const ts = newScheduler();
    ts.run(({ hot, expectObservable }) => {
      const inputs = hot("10ms a b 198ms c", {
        a: cmd("STOP", "PERCEPTION", 10_000),
        b: cmd("STOP", "OPERATOR", 10_000),
        c: cmd("STOP", "FALLBACK", 10_000),
      });
      expectObservable(arbiterOf(ts, inputs).pipe(map((c) => c.source)), "^ 350ms !").toBe("s 99ms o 99ms o 99ms f", {
        s: "FALLBACK",
        o: "OPERATOR",
        f: "FALLBACK",
      });
    });
  });

  it("drops a source once its command expires and falls back to the next valid one", () => {
    const ts = newScheduler();
    ts.run(({ hot, expectObservable }) => {
      const inputs = hot("10ms a b", {
        a: cmd("PROCEED", "PERCEPTION", 10_000),
        b: cmd("STOP", "OPERATOR", 250), // expires between the ticks at 200 and 300
      });
      expectObservable(arbiterOf(ts, inputs).pipe(map(summary)), "^ 350ms !").toBe("s 99ms o 99ms o 99ms p", {
        s: SAFE,
        o: "STOP/OPERATOR/0/operator says STOP",
        p: "PROCEED/PERCEPTION/0/perception says PROCEED",
      });
    });
  });

  it("publishes SAFE_STOP 'no valid command' within one period once the last command expires (silence means stop)", () => {
    const ts = newScheduler();
    ts.run(({ hot, expectObservable }) => {
      // Perception decided at 10 ms: valid until 10 + validity_ms = 310 ms; nothing follows.
      const assessment = { assessmentId: "as-9", level: "CLEAR" as const, decisionTimeNs: 10n * MS, factors: [] };
      const inputs = hot("10ms a", { a: riskToCommand(assessment, config) });
      expectObservable(arbiterOf(ts, inputs).pipe(map((c) => `${c.kind}/${c.reason}/${c.assessmentId}`)), "^ 450ms !").toBe(
        "s 99ms p 99ms p 99ms p 99ms s",
        { s: `SAFE_STOP/${NO_VALID_COMMAND}/`, p: "PROCEED/CLEAR: no risk factors/as-9" },
      );
    });
  });

  it("keeps publishing SAFE_STOP with no input at all", () => {
    const ts = newScheduler();
    ts.run(({ expectObservable }) => {
      expectObservable(arbiterOf(ts, NEVER).pipe(map(summary)), "^ 250ms !").toBe("s 99ms s 99ms s", { s: SAFE });
    });
  });

  it("waits for the next tick to escalate when escalate_immediately is off", () => {
    const ts = newScheduler();
    ts.run(({ hot, expectObservable }) => {
      const inputs = hot("10ms a 119ms f", { a: cmd("PROCEED", "PERCEPTION", 10_000), f: cmd("STOP", "FALLBACK", 10_000) });
      expectObservable(arbiterOf(ts, inputs, { escalate_immediately: false }).pipe(map((c) => c.kind)), "^ 250ms !").toBe("s 99ms p 99ms f", {
        s: "SAFE_STOP",
        p: "PROCEED",
        f: "STOP",
      });
    });
  });

  it("passes an input error on and stops its timer", () => {
    const ts = newScheduler();
    ts.run(({ cold, expectObservable }) => {
      const inputs = cold<ActuationCommandMessage>("150ms #", undefined, new Error("risk stage failed"));
      expectObservable(arbiterOf(ts, inputs).pipe(map((c) => c.kind))).toBe("s 99ms s 49ms #", { s: "SAFE_STOP" }, new Error("risk stage failed"));
    });
  });
});
