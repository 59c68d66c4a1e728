// When an injected backend fault fires: after N runs, while a file exists, in the first
// session only or in every one. Set from environment variables (for a spawned `vigil run`)
// or in-process by a test.
import { existsSync } from "node:fs";

/** What makes a fault fire. Neither afterRuns nor file set: it never fires. */
export interface FaultPlan {
  /** Fire from run N+1 on: counted in the first session, or over all sessions with `always`. */
  afterRuns?: number;
  /** Later sessions (a retry's fresh one) fault too; without it they work normally. */
  always?: boolean;
  /** Fire only while this file exists (checked on every run). */
  file?: string;
}

/**
 * Decides, run by run, whether a fault fires. Env scheme for prefix P: P_AFTER_RUNS=N,
 * P_ALWAYS=1, P_FILE=/path.
 *   const trigger = FaultTrigger.fromEnv("VIGIL_STALL"); const s = trigger.openSession();
 *   if (trigger.fires(s)) ...; trigger.set({ afterRuns: 1 }); // a test takes over
 */
export class FaultTrigger {
  #plan: FaultPlan;
  #sessions = 0;
  #runs = 0;
  readonly #runsBySession: number[] = [];

  constructor(plan: FaultPlan = {}) {
    this.#plan = { ...plan };
  }

  static fromEnv(prefix: string, env: NodeJS.ProcessEnv = process.env): FaultTrigger {
    const after = env[`${prefix}_AFTER_RUNS`];
    const plan: FaultPlan = { always: env[`${prefix}_ALWAYS`] === "1" };
    if (after !== undefined && after !== "") {
      const n = Number(after);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${prefix}_AFTER_RUNS must be a whole number >= 0, got "${after}"`);
      plan.afterRuns = n;
    }
    const file = env[`${prefix}_FILE`];
    if (file !== undefined && file !== "") plan.file = file;
    return new FaultTrigger(plan);
  }

  /** Replaces the plan and starts counting sessions and runs from zero. */
  set(plan: FaultPlan): void {
    this.#plan = { ...plan };
    this.#sessions = 0;
    this.#runs = 0;
    this.#runsBySession.length = 0;
  }

  /** Sessions opened since the last set(). */
  get sessions(): number {
    return this.#sessions;
  }

  /** Registers a new session; returns its index (0 for the first). */
  openSession(): number {
    this.#runsBySession.push(0);
    return this.#sessions++;
  }

  /** Counts one run of `session` and says whether it faults. */
  fires(session: number): boolean {
    const run = (this.#runsBySession[session] = (this.#runsBySession[session] ?? 0) + 1);
    this.#runs++;
    const { afterRuns, always = false, file } = this.#plan;
    if (afterRuns === undefined && file === undefined) return false;
    const counted = afterRuns === undefined || (always ? this.#runs > afterRuns : session === 0 && run > afterRuns);
    return counted && (file === undefined || existsSync(file));
  }
}
