import { Observable, type OperatorFunction } from "rxjs";

/** One step of a job's processing (preprocess, infer, ...). */
export type Stage<J> = (job: J) => Promise<J>;

export interface LatestWinsOptions<J> {
  /** The queue a job waits in: one slot per key (per sensor). */
  key: (job: J) => string;
  /** At most this many keys hold a waiting job; a job for a new key beyond it goes to onOverflow. */
  maxKeys: number;
  /** A newer job for the same key replaced this waiting one. */
  onDrop: (job: J) => void;
  /** Asked before a stage starts on a job; false discards it (the caller counts why, e.g. stale). */
  admit: (job: J, stage: number) => boolean;
  /** A stage threw; the job is discarded and the pipeline goes on. */
  onError: (job: J, err: unknown, stage: number) => void;
  onOverflow: (job: J) => void;
}

/** Live occupancy, for heartbeats and tests. */
export interface LatestWinsGauge {
  /** Jobs waiting to start stage 0, over all keys (at most one per key). */
  waiting: number;
  /** Jobs inside the stages or handed between them. */
  inFlight: number;
}

/**
 * Runs jobs through a chain of async stages, latest-wins: each key has one waiting slot
 * and a newer job replaces the waiting one (onDrop). Each stage works on one job at a time
 * and starts only when the next stage can take its result, so stage k of job n+1 overlaps
 * stage k+1 of job n, nothing queues unboundedly, and slots are served round-robin by key.
 * Completion waits for in-flight and waiting jobs; unsubscribing abandons them.
 *   frames$.pipe(latestWins([preprocess, infer], { key: (j) => j.sensorId, ... }))
 */
export function latestWins<J>(
  stages: readonly Stage<J>[],
  options: LatestWinsOptions<J>,
  gauge: LatestWinsGauge = { waiting: 0, inFlight: 0 },
): OperatorFunction<J, J> {
  if (stages.length === 0) throw new Error("latestWins needs at least one stage");
  return (source) =>
    new Observable<J>((subscriber) => {
      const waiting = new Map<string, J>();
      const busy: boolean[] = stages.map(() => false);
      // handoff[k] holds a finished job of stage k - 1 waiting for stage k (k >= 1).
      const handoff: (J | undefined)[] = stages.map(() => undefined);
      let sourceDone = false;
      let closed = false;

      const idle = (): boolean => waiting.size === 0 && busy.every((b) => !b) && handoff.every((h) => h === undefined);

      const take = (k: number): J | undefined => {
        if (k > 0) {
          const job = handoff[k];
          handoff[k] = undefined;
          return job;
        }
        const first = waiting.entries().next();
        if (first.done) return undefined;
        const [key, job] = first.value;
        waiting.delete(key); // a key re-enters at the end: round-robin between sensors
        gauge.waiting = waiting.size;
        gauge.inFlight++;
        return job;
      };

      const pump = (): void => {
        if (closed) return;
        // From the last stage back, so a stage that frees its handoff slot lets the one before start.
        for (let k = stages.length - 1; k >= 0; k--) {
          const nextFree = k === stages.length - 1 || handoff[k + 1] === undefined;
          while (!busy[k] && nextFree && (k === 0 ? waiting.size > 0 : handoff[k] !== undefined)) {
            const job = take(k) as J;
            if (!options.admit(job, k)) {
              gauge.inFlight--;
              continue;
            }
            start(k, job);
          }
        }
        if (sourceDone && idle()) subscriber.complete();
      };

      const start = (k: number, job: J): void => {
        busy[k] = true;
        const stage = stages[k] as Stage<J>;
        stage(job).then(
          (out) => {
            busy[k] = false;
            if (closed) return;
            if (k === stages.length - 1) {
              gauge.inFlight--;
              subscriber.next(out);
            } else {
              handoff[k + 1] = out;
            }
            pump();
          },
          (err: unknown) => {
            busy[k] = false;
            gauge.inFlight--;
            if (closed) return;
            options.onError(job, err, k);
            pump();
          },
        );
      };

      const subscription = source.subscribe({
        next: (job) => {
          const key = options.key(job);
          const previous = waiting.get(key);
          if (previous !== undefined) {
            waiting.set(key, job);
            options.onDrop(previous);
          } else if (waiting.size >= options.maxKeys) {
            options.onOverflow(job);
          } else {
            waiting.set(key, job);
            gauge.waiting = waiting.size;
          }
          pump();
        },
        error: (err: unknown) => subscriber.error(err),
        complete: () => {
          sourceDone = true;
          pump();
        },
      });

      return () => {
        closed = true;
        subscription.unsubscribe();
      };
    });
}
