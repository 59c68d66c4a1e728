import { asyncScheduler, Observable, timer, type OperatorFunction, type SchedulerLike } from "rxjs";
import type { Clock } from "../clock/index.js";
import type { ActuationConfig } from "./actuation-config.js";
import type { ActuationCommandMessage } from "../../proto/index.js";
import { CommandTable, compareRestrictiveness } from "./command-table.js";

/** The reason of the SAFE_STOP the arbiter issues itself when no source has a valid command. */
export const NO_VALID_COMMAND = "no valid command";

export interface ArbiterOptions {
  config: ActuationConfig;
  /** Where "now" comes from: expiry checks and issue times. Must agree with the scheduler's time. */
  clock: Clock;
  /** Drives the fixed publish rate (default asyncScheduler; TestScheduler in marble tests). */
  scheduler?: SchedulerLike;
}

/**
 * The actuation arbiter as an operator: takes commands from every source (perception,
 * operator, fallback; merge them first), keeps the latest per source, and publishes the
 * most restrictive valid one at subscription and every publish_period_ms, re-stamped with
 * issue time = now and valid_until = now + validity_ms, under its own machine id, seq and
 * origin, keeping the winner's source, kind, speed, reason and assessment id. With no
 * valid command it publishes SAFE_STOP from source FALLBACK, reason "no valid command":
 * silence means stop. A decision that becomes more restrictive is published at once when
 * escalate_immediately is set. An input error is passed on (the output then stops, and
 * receivers go safe when the last command expires).
 *   merge(perception$, fallback$).pipe(arbitrate({ config, clock })).subscribe((c) => publisher.publish(c));
 */
export function arbitrate(options: ArbiterOptions): OperatorFunction<ActuationCommandMessage, ActuationCommandMessage> {
  const { config, clock, scheduler = asyncScheduler } = options;
  const validityNs = BigInt(config.validity_ms) * 1_000_000n;
  return (inputs$) =>
    new Observable<ActuationCommandMessage>((subscriber) => {
      const table = new CommandTable();
      let seq = 0n;
      let last: ActuationCommandMessage | undefined;

      const issue = (): void => {
        const now = clock.nowNs();
        const winner = table.winner(now);
        last = {
          machineId: config.machine_id,
          seq: ++seq,
          issuedTimeNs: now,
          validUntilNs: now + validityNs,
          kind: winner?.kind ?? "SAFE_STOP",
          source: winner?.source ?? "FALLBACK",
          maxSpeedMps: winner?.kind === "SLOW" ? winner.maxSpeedMps : 0,
          reason: winner?.reason ?? NO_VALID_COMMAND,
          assessmentId: winner?.assessmentId ?? "",
          origin: config.origin,
        };
        subscriber.next(last);
      };

      const ticks = timer(0, config.publish_period_ms, scheduler).subscribe(issue);
      const inputs = inputs$.subscribe({
        next: (command) => {
          table.offer(command);
          if (!config.escalate_immediately || last === undefined) return;
          const winner = table.winner(clock.nowNs());
          // Compare what the machine is told to do, not who said it.
          if (winner !== undefined && compareRestrictiveness({ ...winner, source: "PERCEPTION" }, { ...last, source: "PERCEPTION" }) > 0) issue();
        },
        error: (err: unknown) => subscriber.error(err),
      });
      return () => {
        ticks.unsubscribe();
        inputs.unsubscribe();
        table.clear();
      };
    });
}

/**
 * A Clock that reads an RxJS scheduler's time (milliseconds) as nanoseconds, so expiry and
 * the publish rate share one time base; with TestScheduler, marble time drives both.
 *   arbitrate({ config, clock: schedulerClock(testScheduler), scheduler: testScheduler })
 */
export function schedulerClock(scheduler: SchedulerLike, epochNs = 0n): Clock {
  return { nowNs: () => epochNs + BigInt(Math.round(scheduler.now() * 1e6)) };
}
