import type { CommandKindName } from "../../proto/index.js";
import { VigilError } from "../errors/index.js";
import type { RiskLevelName } from "../risk/index.js";

/** The least restrictive level that counts as an alarm for a labelled hazard. */
export type HazardLevel = "WARNING" | "DANGER";

/** A labelled hazard: from startNs to endNs the pipeline should have raised minLevel or more. */
export interface HazardLabel {
  id: string;
  startNs: number;
  endNs: number;
  minLevel: HazardLevel;
}

/** One risk assessment the pipeline made (one per processed frame). */
export interface RiskSample {
  timeNs: number;
  level: RiskLevelName | "UNSPECIFIED";
}

/** One actuation command the pipeline sent. */
export interface CommandSample {
  timeNs: number;
  kind: CommandKindName;
}

/** What happened to one labelled hazard. */
export interface HazardOutcome {
  id: string;
  minLevel: HazardLevel;
  startNs: number;
  endNs: number;
  detected: boolean;
  /** First alarm's time minus startNs; null when missed. */
  timeToAlarmNs: number | null;
}

/** Where alarms or stops were read from: see HazardScorer. */
export type DecisionSource = "assessments" | "commands" | "none";

/** One sequence's hazard result, from which hazard metrics are computed. Plain JSON, so shards can be merged. */
export interface HazardAccumulator {
  /** Length of the sequence (endNs - startNs), for the false-stop rate. */
  durationNs: number;
  /** By startNs, then id. */
  hazards: HazardOutcome[];
  alarmSource: DecisionSource;
  stopSource: DecisionSource;
  /** Stop episodes of any kind, inside hazards or not. */
  stopEpisodes: number;
  /** Start times of the stop episodes that began outside every hazard (false stops). */
  falseStopStartsNs: number[];
}

export interface HazardScorerOptions {
  /** When the sequence starts (the duration runs from here to finish's endNs). */
  startNs: number;
  /** Slack around hazards (default 1 s): alarms count up to endNs + grace, and a stop is false only if it begins more than grace before startNs or after endNs of every hazard. */
  graceNs?: number;
  /** Read stops from commands or assessments (default: commands if any command was seen, else assessments). */
  stopSource?: "assessments" | "commands";
}

/** A sequence held in memory: everything scoreHazards needs. */
export interface HazardSequenceInput {
  startNs: number;
  endNs: number;
  hazards: readonly HazardLabel[];
  assessments?: readonly RiskSample[];
  commands?: readonly CommandSample[];
}

const LEVEL_RANK: Record<RiskSample["level"], number> = { UNSPECIFIED: 0, CLEAR: 1, CAUTION: 2, WARNING: 3, DANGER: 4 };
/** The level a command stands for when a log has commands but no assessments. */
const COMMAND_LEVEL: Record<CommandKindName, RiskSample["level"]> = { PROCEED: "CLEAR", SLOW: "WARNING", STOP: "DANGER", SAFE_STOP: "DANGER" };
const STOP_KINDS: ReadonlySet<CommandKindName> = new Set(["STOP", "SAFE_STOP"]);

/**
 * Scores a sequence's decisions against labelled hazards, streaming (decisions in time
 * order per stream, as a log reader meets them):
 * - A hazard is detected by its first alarm: an assessment at minLevel or above whose time
 *   is in [startNs, endNs + grace]; time to alarm = that time - startNs. Assessments are
 *   discrete (no level is held between them). With no assessment in the whole sequence,
 *   commands stand in (SLOW = WARNING, STOP and SAFE_STOP = DANGER).
 * - A stop episode is a maximal run of consecutive stop decisions in one stream (commands
 *   STOP / SAFE_STOP, or assessments at DANGER): consecutive ones merge into one episode,
 *   any other decision ends it. It starts at its first decision. It is a false stop when it
 *   starts outside [startNs - grace, endNs + grace] of every hazard (of any level).
 *   const s = new HazardScorer(hazards, { startNs: 0 });
 *   s.addAssessment({ timeNs, level: "DANGER" }); s.addCommand({ timeNs, kind: "STOP" });
 *   const acc = s.finish(30 * 60e9);
 */
export class HazardScorer {
  readonly graceNs: number;
  readonly startNs: number;
  #hazards: HazardLabel[];
  #stopSource: HazardScorerOptions["stopSource"];
  #assessments = new StreamState("assessment");
  #commands = new StreamState("command");

  constructor(hazards: readonly HazardLabel[], { startNs, graceNs = 1e9, stopSource }: HazardScorerOptions) {
    if (!Number.isFinite(startNs)) throw new VigilError("EVAL_INPUT_INVALID", `startNs must be a finite number, got ${startNs}`);
    if (!(graceNs >= 0 && Number.isFinite(graceNs))) throw new VigilError("EVAL_INPUT_INVALID", `graceNs must be a finite number >= 0, got ${graceNs}`);
    const ids = new Set<string>();
    for (const h of hazards) {
      if (ids.has(h.id)) throw new VigilError("EVAL_INPUT_INVALID", `hazard id ${h.id} appears twice`);
      ids.add(h.id);
      if (!Number.isFinite(h.startNs) || !Number.isFinite(h.endNs) || h.endNs < h.startNs) {
        throw new VigilError("EVAL_INPUT_INVALID", `hazard ${h.id}: needs finite startNs <= endNs, got ${h.startNs} .. ${h.endNs}`);
      }
      if (h.minLevel !== "WARNING" && h.minLevel !== "DANGER") throw new VigilError("EVAL_INPUT_INVALID", `hazard ${h.id}: minLevel must be WARNING or DANGER, got ${String(h.minLevel)}`);
    }
    this.startNs = startNs;
    this.graceNs = graceNs;
    this.#stopSource = stopSource;
    this.#hazards = [...hazards].sort((a, b) => a.startNs - b.startNs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.#assessments.firstAlarm = new Array<number | null>(hazards.length).fill(null);
    this.#commands.firstAlarm = new Array<number | null>(hazards.length).fill(null);
  }

  addAssessment({ timeNs, level }: RiskSample): void {
    if (!(level in LEVEL_RANK)) throw new VigilError("EVAL_INPUT_INVALID", `assessment at ${timeNs} ns has unknown level ${String(level)}`);
    this.#add(this.#assessments, timeNs, LEVEL_RANK[level], level === "DANGER");
  }

  addCommand({ timeNs, kind }: CommandSample): void {
    if (!(kind in COMMAND_LEVEL)) throw new VigilError("EVAL_INPUT_INVALID", `command at ${timeNs} ns has unknown kind ${String(kind)}`);
    this.#add(this.#commands, timeNs, LEVEL_RANK[COMMAND_LEVEL[kind]], STOP_KINDS.has(kind));
  }

  /** The result, with the sequence ending at endNs. */
  finish(endNs: number): HazardAccumulator {
    if (!(Number.isFinite(endNs) && endNs > this.startNs)) throw new VigilError("EVAL_INPUT_INVALID", `the sequence must end after it starts (${this.startNs} ns), got ${endNs}`);
    const alarms = this.#assessments.seen ? this.#assessments : this.#commands.seen ? this.#commands : undefined;
    const stopSource = this.#stopSource ?? (this.#commands.seen ? "commands" : this.#assessments.seen ? "assessments" : undefined);
    const stops = stopSource === "commands" ? this.#commands : stopSource === "assessments" ? this.#assessments : undefined;
    const episodeStarts = stops?.episodeStarts ?? [];
    return {
      durationNs: endNs - this.startNs,
      hazards: this.#hazards.map((h, k) => {
        const first = alarms?.firstAlarm[k] ?? null;
        return { id: h.id, minLevel: h.minLevel, startNs: h.startNs, endNs: h.endNs, detected: first !== null, timeToAlarmNs: first === null ? null : first - h.startNs };
      }),
      alarmSource: alarms === this.#assessments ? "assessments" : alarms === this.#commands ? "commands" : "none",
      stopSource: stopSource ?? "none",
      stopEpisodes: episodeStarts.length,
      falseStopStartsNs: episodeStarts.filter((t) => !this.#hazards.some((h) => t >= h.startNs - this.graceNs && t <= h.endNs + this.graceNs)),
    };
  }

  #add(stream: StreamState, timeNs: number, rank: number, isStop: boolean): void {
    if (!Number.isFinite(timeNs)) throw new VigilError("EVAL_INPUT_INVALID", `${stream.name} time must be a finite number, got ${timeNs}`);
    if (timeNs < stream.lastNs) throw new VigilError("EVAL_INPUT_INVALID", `${stream.name} at ${timeNs} ns comes after one at ${stream.lastNs} ns: give them in time order`);
    stream.lastNs = timeNs;
    stream.seen = true;
    if (isStop && !stream.stopping) stream.episodeStarts.push(timeNs);
    stream.stopping = isStop;
    this.#hazards.forEach((h, k) => {
      if (stream.firstAlarm[k] !== null) return;
      if (timeNs >= h.startNs && timeNs <= h.endNs + this.graceNs && rank >= LEVEL_RANK[h.minLevel]) stream.firstAlarm[k] = timeNs;
    });
  }
}

/**
 * Scores a sequence held in memory (each stream sorted by time here).
 *   scoreHazards({ startNs: 0, endNs: 1800e9, hazards, assessments, commands }).falseStopStartsNs.length
 */
export function scoreHazards(input: HazardSequenceInput, options: Omit<HazardScorerOptions, "startNs"> = {}): HazardAccumulator {
  const scorer = new HazardScorer(input.hazards, { ...options, startNs: input.startNs });
  for (const a of [...(input.assessments ?? [])].sort((x, y) => x.timeNs - y.timeNs)) scorer.addAssessment(a);
  for (const c of [...(input.commands ?? [])].sort((x, y) => x.timeNs - y.timeNs)) scorer.addCommand(c);
  return scorer.finish(input.endNs);
}

/** What HazardScorer tracks of one decision stream (assessments or commands). */
class StreamState {
  lastNs = Number.NEGATIVE_INFINITY;
  seen = false;
  /** Whether the last decision was a stop (an episode is open). */
  stopping = false;
  episodeStarts: number[] = [];
  /** Per hazard (in HazardScorer's order), the time of its first alarm in this stream. */
  firstAlarm: (number | null)[] = [];
  constructor(readonly name: string) {}
}
