import type { RiskLevel } from "../risk/index.js";
import type { LogRecord } from "./log-channels.js";
import { PreRollBuffer } from "./pre-roll-buffer.js";

export interface EventClipperOptions {
  /** Records logged this long before the triggering assessment open the clip. */
  preRollNs: bigint;
  /** The clip goes on until this long after the last assessment at minLevel or above. */
  postRollNs: bigint;
  /** ...but no longer than this after its trigger. */
  maxClipNs: bigint;
  /** Assessments at this level or above trigger or extend a clip. */
  minLevel: RiskLevel;
  /** The pre-roll kept in memory is bounded by this too. */
  maxPreRollBytes: number;
}

/** What the trigger of a clip was: the assessment's sensor, id and level, and its log time. */
export interface ClipTrigger {
  readonly sensorId: string;
  readonly assessmentId: string;
  readonly level: RiskLevel;
  readonly triggerNs: bigint;
}

/** What to do with the clip for one record: open one (then write its pre-roll), write, or close. */
export type ClipStep =
  | { readonly type: "open"; readonly trigger: ClipTrigger }
  | { readonly type: "write"; readonly record: LogRecord }
  | { readonly type: "close"; readonly reason: "post-roll" | "max-length" | "end" };

/**
 * Decides event clips, record by record, on log times only (so the same input gives the
 * same clips): an assessment at minLevel or above opens a clip with the pre-roll (what was
 * logged in the preRollNs before it), every record goes into the open clip, and the first
 * record logged more than postRollNs after the last such assessment (or maxClipNs after the
 * trigger) closes it. A clip therefore holds exactly the records logged in
 * [trigger - preRoll, last trigger + postRoll].
 *   const clipper = new EventClipper({ preRollNs, postRollNs, maxClipNs, minLevel: RiskLevel.RISK_LEVEL_WARNING, maxPreRollBytes });
 *   for (const step of clipper.offer(record, assessment)) apply(step);
 */
export class EventClipper {
  readonly #options: EventClipperOptions;
  readonly #preRoll: PreRollBuffer;
  #clip: { triggerNs: bigint; endNs: bigint } | undefined;

  constructor(options: EventClipperOptions) {
    this.#options = options;
    this.#preRoll = new PreRollBuffer({ keepNs: options.preRollNs, maxBytes: options.maxPreRollBytes });
  }

  /**
   * The steps for one record, in order; `risk` when the record is an assessment. With
   * `include` false the record only triggers (its channel is not recorded): it is neither
   * written nor kept for a pre-roll.
   */
  offer(record: LogRecord, risk?: { sensorId: string; assessmentId: string; level: RiskLevel }, include = true): ClipStep[] {
    const steps: ClipStep[] = [];
    const t = record.logTimeNs;
    const clip = this.#clip;
    if (clip !== undefined) {
      if (t > clip.endNs) steps.push(this.#close("post-roll"));
      else if (t - clip.triggerNs > this.#options.maxClipNs) steps.push(this.#close("max-length"));
    }
    if (risk !== undefined && risk.level >= this.#options.minLevel) {
      const open = this.#clip;
      if (open !== undefined) {
        open.endNs = t + this.#options.postRollNs;
      } else {
        steps.push({ type: "open", trigger: { sensorId: risk.sensorId, assessmentId: risk.assessmentId, level: risk.level, triggerNs: t } });
        for (const r of this.#preRoll.since(t - this.#options.preRollNs)) steps.push({ type: "write", record: r });
        this.#clip = { triggerNs: t, endNs: t + this.#options.postRollNs };
      }
    }
    if (!include) return steps;
    if (this.#clip !== undefined) steps.push({ type: "write", record });
    this.#preRoll.push(record);
    return steps;
  }

  /** Closes the open clip, if any (the recorder is closing). */
  end(): ClipStep[] {
    return this.#clip === undefined ? [] : [this.#close("end")];
  }

  get active(): boolean {
    return this.#clip !== undefined;
  }

  #close(reason: "post-roll" | "max-length" | "end"): ClipStep {
    this.#clip = undefined;
    return { type: "close", reason };
  }
}
