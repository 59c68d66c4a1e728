import { HEARTBEAT_COMPONENTS, NO_FRAME_YET, type ActuationCommandMessage, type HealthStateName, type HeartbeatComponent, type HeartbeatMessage } from "../proto/index.js";
import { VigilError } from "../runtime/errors/index.js";
import type { SupervisorSettings } from "./supervisor-settings.js";

/** Why the supervisor holds the machine in SAFE_STOP, most fundamental first (the order conditions are listed in). */
export const CONDITION_CODES = ["FALLBACK_STARTING", "FALLBACK_HEARTBEAT_MISSING", "FALLBACK_COMPONENT_FAILED", "FALLBACK_FRAME_AGE", "FALLBACK_COMMANDS_STOPPED"] as const;
export type ConditionCode = (typeof CONDITION_CODES)[number];

/** One reason, at one moment, to stop the machine. */
export interface Condition {
  code: ConditionCode;
  /** What it is about: "detect/demo" (component/instance), "detect" (no instance at all), a command endpoint, or "supervisor". */
  subject: string;
  detail: string;
}

/** A stretch of time during which the supervisor held the machine in SAFE_STOP. */
export interface Incident {
  id: number;
  /** The first condition's code... */
  cause: ConditionCode;
  /** ...and its detail, as they were when the incident started. */
  detail: string;
  startNs: bigint;
  /** Every code seen while it lasted, in the order first seen. */
  causes: ConditionCode[];
  endNs?: bigint;
  /** "auto", or "operator:<name>" for an accepted reset. */
  endedBy?: string;
}

export type SupervisorEvent =
  | { type: "incident_started"; atNs: bigint; incident: Incident; conditions: readonly Condition[] }
  | { type: "incident_ended"; atNs: bigint; incident: Incident }
  | { type: "conditions_changed"; atNs: bigint; conditions: readonly Condition[] };

export interface Evaluation {
  conditions: readonly Condition[];
  /** The active incident, if any (a copy). */
  incident: Incident | undefined;
  /** What changed since the previous evaluation, in order. */
  events: SupervisorEvent[];
}

export interface ResetOutcome {
  accepted: boolean;
  /** FALLBACK_RESET_REFUSED when refused. */
  code?: "FALLBACK_RESET_REFUSED";
  message: string;
  /** The incident the request was about (ended, when accepted). */
  incident?: Incident;
  /** Events of the evaluation the request ran (incident_ended when accepted). */
  events: SupervisorEvent[];
}

/** What became of one heartbeat: watched (new or known instance) or ignored because max_instances are watched. */
export type HeartbeatVerdict = "new" | "tracked" | "over_limit";
/** What became of one command: counted as life on its stream, or ignored (ours, another machine's, an unwatched endpoint). */
export type CommandVerdict = "counted" | "own" | "other_machine" | "unwatched";

export interface InstanceStatus {
  component: HeartbeatComponent;
  instance: string;
  state: HealthStateName;
  reason: string;
  seq: string;
  silenceMs: number;
  /** Estimated age of the newest frame now; null when it has handled none. */
  frameAgeMs: number | null;
  latencyMs: number;
  queueDepth: number;
}

/** The core's state as plain JSON (times as decimal strings of ns, durations in ms). */
export interface CoreStatus {
  nowNs: string;
  startNs: string;
  recovery: SupervisorSettings["fallback"]["recovery"];
  required: HeartbeatComponent[];
  holding: boolean;
  incident: (IncidentJson & { healthyForMs: number | null }) | null;
  conditions: Condition[];
  instances: InstanceStatus[];
  /** "component/instance: reasons" of every DEGRADED instance (not a trigger: the runtime slows down itself). */
  degraded: string[];
  commandStreams: Array<{ endpoint: string; received: number; silenceMs: number | null }>;
  counters: { heartbeats: number; commands: number; ownCommands: number; otherMachineCommands: number; instancesOverLimit: number; instancesForgotten: number; safeStops: number };
  incidents: IncidentJson[];
}

export interface IncidentJson {
  id: number;
  cause: ConditionCode;
  causes: ConditionCode[];
  detail: string;
  startNs: string;
  endNs?: string;
  durationMs?: number;
  endedBy?: string;
}

/** Ended incidents kept for status. */
export const INCIDENT_HISTORY = 64;
/** Longest instance name accepted and reason/detail text kept: the wire format bounds nothing. */
const MAX_INSTANCE_CHARS = 128;
const MAX_TEXT_CHARS = 256;

interface WatchedInstance {
  readonly component: HeartbeatComponent;
  readonly instance: string;
  lastArrivalNs: bigint;
  seq: bigint;
  state: HealthStateName;
  reason: string;
  /** Arrival minus reported frame age: the newest frame's capture time on our clock; undefined before any frame. */
  frameCaptureNs: bigint | undefined;
  latencyNs: bigint;
  queueDepth: number;
}

interface CommandStream {
  lastArrivalNs: bigint | undefined;
  received: number;
}

interface ActiveIncident extends Incident {
  /** The first evaluation with no condition since the last one with any. */
  healthySinceNs: bigint | undefined;
  lastPublishNs: bigint | undefined;
}

const MS = 1_000_000n;
const ORDER = new Map<string, number>(CONDITION_CODES.map((c, i) => [c, i]));
const COMPONENT_ORDER = new Map<string, number>(HEARTBEAT_COMPONENTS.map((c, i) => [c, i]));

/**
 * The supervisor's decisions as a pure state machine: no sockets, no timers, no clock of its
 * own. Feed it what arrived (stamped with the supervisor's arrival time, never the sender's),
 * ask it what holds at a time, and what to publish. One instance per supervisor process.
 *   const core = new SupervisorCore(settings, clock.nowNs());
 *   core.onHeartbeat(beat, clock.nowNs()); const { events } = core.evaluate(clock.nowNs());
 *   const command = core.nextCommand(clock.nowNs()); if (command) publish(command);
 */
export class SupervisorCore {
  readonly #settings: SupervisorSettings;
  readonly #startNs: bigint;
  readonly #instances = new Map<string, WatchedInstance>();
  /** When each component was last heard from, kept after its instances are forgotten (five entries). */
  readonly #componentHeardNs = new Map<HeartbeatComponent, bigint>();
  readonly #streams = new Map<string, CommandStream>();
  readonly #history: Incident[] = [];
  #incident: ActiveIncident | undefined;
  #conditions: readonly Condition[] = [];
  #conditionKeys = "";
  #incidents = 0;
  #seq = 0n;
  #heardAny = false;
  readonly #counters = { heartbeats: 0, commands: 0, ownCommands: 0, otherMachineCommands: 0, instancesOverLimit: 0, instancesForgotten: 0, safeStops: 0 };

  constructor(settings: SupervisorSettings, startNs: bigint) {
    this.#settings = settings;
    this.#startNs = startNs;
    for (const endpoint of settings.commandEndpoints) this.#streams.set(endpoint, { lastArrivalNs: undefined, received: 0 });
  }

  /**
   * Records a heartbeat that arrived at arrivalNs. HEARTBEAT_MALFORMED when it decodes but
   * cannot be trusted (instance name too long, negative frame age other than NO_FRAME_YET).
   */
  onHeartbeat(beat: HeartbeatMessage, arrivalNs: bigint): HeartbeatVerdict {
    if (beat.instance.length > MAX_INSTANCE_CHARS) {
      throw new VigilError("HEARTBEAT_MALFORMED", `heartbeat instance is ${beat.instance.length} characters long; at most ${MAX_INSTANCE_CHARS}`);
    }
    if (beat.frameAgeNs < 0n && beat.frameAgeNs !== NO_FRAME_YET) {
      throw new VigilError("HEARTBEAT_MALFORMED", `heartbeat frame_age_ns ${beat.frameAgeNs} is negative (only ${NO_FRAME_YET}, no frame yet, is allowed)`);
    }
    this.#counters.heartbeats++;
    const key = `${beat.component}/${beat.instance}`;
    let watched = this.#instances.get(key);
    const verdict: HeartbeatVerdict = watched === undefined ? "new" : "tracked";
    if (watched === undefined) {
      if (this.#instances.size >= this.#settings.fallback.max_instances) {
        this.#counters.instancesOverLimit++;
        return "over_limit";
      }
      watched = { component: beat.component, instance: beat.instance, lastArrivalNs: arrivalNs, seq: 0n, state: "OK", reason: "", frameCaptureNs: undefined, latencyNs: 0n, queueDepth: 0 };
      this.#instances.set(key, watched);
    }
    watched.lastArrivalNs = arrivalNs;
    watched.seq = beat.seq;
    watched.state = beat.state;
    watched.reason = clip(beat.reason);
    watched.frameCaptureNs = beat.frameAgeNs === NO_FRAME_YET ? undefined : arrivalNs - beat.frameAgeNs;
    watched.latencyNs = beat.latencyNs;
    watched.queueDepth = beat.queueDepth;
    this.#componentHeardNs.set(beat.component, arrivalNs);
    this.#heardAny = true;
    return verdict;
  }

  /** Records a command that arrived at arrivalNs on a watched command endpoint. */
  onCommand(command: ActuationCommandMessage, arrivalNs: bigint, endpoint: string): CommandVerdict {
    // Our own SAFE_STOPs (looped back through a shared endpoint) prove nothing about the runtime.
    if (command.origin === this.#settings.fallback.origin) {
      this.#counters.ownCommands++;
      return "own";
    }
    if (command.machineId !== this.#settings.machineId) {
      this.#counters.otherMachineCommands++;
      return "other_machine";
    }
    const stream = this.#streams.get(endpoint);
    if (stream === undefined) return "unwatched";
    this.#counters.commands++;
    stream.lastArrivalNs = arrivalNs;
    stream.received++;
    return "counted";
  }

  /** What holds at nowNs, and the incident and condition changes since the last evaluation. */
  evaluate(nowNs: bigint): Evaluation {
    this.#forget(nowNs);
    const conditions = this.#evaluateConditions(nowNs);
    const events: SupervisorEvent[] = [];
    const keys = conditions.map((c) => `${c.code} ${c.subject}`).join("\n");
    if (keys !== this.#conditionKeys) events.push({ type: "conditions_changed", atNs: nowNs, conditions });
    this.#conditionKeys = keys;
    this.#conditions = conditions;

    const incident = this.#incident;
    if (conditions.length > 0) {
      if (incident === undefined) {
        const first = conditions[0]!;
        const started: ActiveIncident = { id: ++this.#incidents, cause: first.code, detail: first.detail, startNs: nowNs, causes: [], healthySinceNs: undefined, lastPublishNs: undefined };
        this.#incident = started;
        this.#noteCauses(started, conditions);
        events.push({ type: "incident_started", atNs: nowNs, incident: snapshot(started), conditions });
      } else {
        this.#noteCauses(incident, conditions);
        incident.healthySinceNs = undefined;
      }
    } else if (incident !== undefined) {
      incident.healthySinceNs ??= nowNs;
      const { mode, healthy_ms } = this.#settings.fallback.recovery;
      if (mode === "auto" && nowNs - incident.healthySinceNs >= BigInt(healthy_ms) * MS) events.push(this.#end(nowNs, "auto"));
    }
    return { conditions, incident: this.#incident && snapshot(this.#incident), events };
  }

  /**
   * An operator's request to end the incident. Refused (FALLBACK_RESET_REFUSED) while any
   * condition holds or before recovery.healthy_ms of continuous health; accepted (and a
   * no-op) when there is no incident. Evaluates at nowNs first.
   */
  requestReset(operator: string, nowNs: bigint): ResetOutcome {
    const { conditions, events } = this.evaluate(nowNs);
    const incident = this.#incident;
    if (incident === undefined) return { accepted: true, message: "no incident to reset: the supervisor is not holding the machine", events };
    const refuse = (message: string): ResetOutcome => ({ accepted: false, code: "FALLBACK_RESET_REFUSED", message, incident: snapshot(incident), events });
    const first = conditions[0];
    if (first !== undefined) {
      const more = conditions.length > 1 ? ` (and ${conditions.length - 1} more)` : "";
      return refuse(`incident ${incident.id} cannot be reset while ${first.code} holds: ${first.detail}${more}`);
    }
    const healthyNs = BigInt(this.#settings.fallback.recovery.healthy_ms) * MS;
    const healthyFor = nowNs - (incident.healthySinceNs ?? nowNs);
    if (healthyFor < healthyNs) {
      return refuse(`incident ${incident.id}: healthy for ${ms(healthyFor)} of the ${ms(healthyNs)} ms needed before a reset; try again shortly`);
    }
    const ended = this.#end(nowNs, `operator:${clip(operator, MAX_INSTANCE_CHARS)}`);
    return { accepted: true, message: `incident ${incident.id} (${incident.cause}) ended by ${ended.incident.endedBy}`, incident: ended.incident, events: [...events, ended] };
  }

  /**
   * The SAFE_STOP to publish at nowNs, or undefined: one at once when an incident starts,
   * then one every publish_period_ms while it lasts. Call after evaluate(nowNs).
   */
  nextCommand(nowNs: bigint): ActuationCommandMessage | undefined {
    const incident = this.#incident;
    if (incident === undefined) return undefined;
    const { publish_period_ms, validity_ms, origin } = this.#settings.fallback;
    if (incident.lastPublishNs !== undefined && nowNs - incident.lastPublishNs < BigInt(publish_period_ms) * MS) return undefined;
    incident.lastPublishNs = nowNs;
    this.#counters.safeStops++;
    return {
      machineId: this.#settings.machineId,
      seq: ++this.#seq,
      issuedTimeNs: nowNs,
      validUntilNs: nowNs + BigInt(validity_ms) * MS,
      kind: "SAFE_STOP",
      source: "FALLBACK",
      maxSpeedMps: 0,
      reason: clip(this.#reason(incident, nowNs)),
      assessmentId: "",
      origin,
    };
  }

  /**
   * The earliest time after nowNs at which evaluate() or nextCommand() may answer
   * differently with no new message (a deadline passing, a publish falling due, recovery
   * completing, an instance being forgotten); undefined when only a message can change
   * anything. The shell arms a timer for it, so reaction does not wait for the next tick.
   */
  nextDeadlineNs(nowNs: bigint): bigint | undefined {
    const f = this.#settings.fallback;
    let next: bigint | undefined;
    const consider = (t: bigint): void => {
      if (next === undefined || t < next) next = t;
    };
    const forgetNs = BigInt(f.forget_after_ms) * MS;
    for (const w of this.#instances.values()) {
      const deadlines = f.components[w.component];
      const missingAt = w.lastArrivalNs + BigInt(deadlines.heartbeat_deadline_ms) * MS + 1n;
      if (missingAt > nowNs) {
        consider(missingAt);
        if (w.frameCaptureNs !== undefined) {
          const staleAt = w.frameCaptureNs + BigInt(deadlines.max_frame_age_ms) * MS + 1n;
          if (staleAt > nowNs) consider(staleAt);
        }
      }
      consider(w.lastArrivalNs + forgetNs + 1n);
    }
    const commandDeadlineNs = BigInt(f.command_deadline_ms) * MS;
    for (const stream of this.#streams.values()) {
      const stoppedAt = (stream.lastArrivalNs ?? this.#startNs) + commandDeadlineNs + 1n;
      if (stoppedAt > nowNs) consider(stoppedAt);
    }
    const incident = this.#incident;
    if (incident !== undefined) {
      consider(incident.lastPublishNs === undefined ? nowNs : incident.lastPublishNs + BigInt(f.publish_period_ms) * MS);
      if (incident.healthySinceNs !== undefined && f.recovery.mode === "auto") consider(incident.healthySinceNs + BigInt(f.recovery.healthy_ms) * MS);
    }
    return next;
  }

  /** The conditions of the last evaluation. */
  get conditions(): readonly Condition[] {
    return this.#conditions;
  }

  /** The active incident (a copy), if any. */
  get incident(): Incident | undefined {
    return this.#incident && snapshot(this.#incident);
  }

  /** Ended incidents, oldest first, at most INCIDENT_HISTORY (copies). */
  get history(): Incident[] {
    return this.#history.map(snapshot);
  }

  /** Everything watched, as plain JSON, as of nowNs (conditions as of the last evaluation). */
  status(nowNs: bigint): CoreStatus {
    const f = this.#settings.fallback;
    const incident = this.#incident;
    const instances = this.#sortedInstances().map(
      (w): InstanceStatus => ({
        component: w.component,
        instance: w.instance,
        state: w.state,
        reason: w.reason,
        seq: w.seq.toString(),
        silenceMs: ms(nowNs - w.lastArrivalNs),
        frameAgeMs: w.frameCaptureNs === undefined ? null : ms(nowNs - w.frameCaptureNs),
        latencyMs: ms(w.latencyNs),
        queueDepth: w.queueDepth,
      }),
    );
    return {
      nowNs: nowNs.toString(),
      startNs: this.#startNs.toString(),
      recovery: f.recovery,
      required: [...this.#settings.required],
      holding: incident !== undefined,
      incident: incident === undefined ? null : { ...incidentJson(incident), healthyForMs: incident.healthySinceNs === undefined ? null : ms(nowNs - incident.healthySinceNs) },
      conditions: [...this.#conditions],
      instances,
      degraded: instances.filter((i) => i.state === "DEGRADED").map((i) => `${i.component}/${i.instance}: ${i.reason || "no reason given"}`),
      commandStreams: [...this.#streams].map(([endpoint, s]) => ({ endpoint, received: s.received, silenceMs: s.lastArrivalNs === undefined ? null : ms(nowNs - s.lastArrivalNs) })),
      counters: { ...this.#counters },
      incidents: this.#history.map(incidentJson),
    };
  }

  #evaluateConditions(nowNs: bigint): Condition[] {
    const f = this.#settings.fallback;
    const found: Condition[] = [];
    if (!this.#heardAny) {
      found.push({ code: "FALLBACK_STARTING", subject: "supervisor", detail: `no heartbeat received yet, ${ms(nowNs - this.#startNs)} ms after start` });
    } else {
      const present = new Set([...this.#instances.values()].map((w) => w.component));
      for (const component of this.#settings.required) {
        if (present.has(component)) continue;
        const heard = this.#componentHeardNs.get(component);
        const detail = heard === undefined ? `no heartbeat from ${component} yet` : `no heartbeat from ${component} for ${ms(nowNs - heard)} ms`;
        found.push({ code: "FALLBACK_HEARTBEAT_MISSING", subject: component, detail });
      }
    }
    for (const w of this.#sortedInstances()) {
      const subject = `${w.component}/${w.instance}`;
      const deadlines = f.components[w.component];
      const silence = nowNs - w.lastArrivalNs;
      if (silence > BigInt(deadlines.heartbeat_deadline_ms) * MS) {
        found.push({ code: "FALLBACK_HEARTBEAT_MISSING", subject, detail: `no heartbeat from ${subject} for ${ms(silence)} ms (deadline ${deadlines.heartbeat_deadline_ms} ms)` });
        continue;
      }
      if (w.state === "FAILED") found.push({ code: "FALLBACK_COMPONENT_FAILED", subject, detail: `${subject} reports FAILED: ${w.reason || "no reason given"}` });
      if (w.frameCaptureNs === undefined) {
        found.push({ code: "FALLBACK_FRAME_AGE", subject, detail: `${subject} has handled no frame yet` });
      } else {
        const age = nowNs - w.frameCaptureNs;
        if (age > BigInt(deadlines.max_frame_age_ms) * MS) {
          found.push({ code: "FALLBACK_FRAME_AGE", subject, detail: `${subject}: newest frame is ${ms(age)} ms old (max ${deadlines.max_frame_age_ms} ms)` });
        }
      }
    }
    const commandDeadlineNs = BigInt(f.command_deadline_ms) * MS;
    for (const [endpoint, stream] of this.#streams) {
      const silence = nowNs - (stream.lastArrivalNs ?? this.#startNs);
      if (silence <= commandDeadlineNs) continue;
      const detail =
        stream.lastArrivalNs === undefined
          ? `no command on ${endpoint} yet, ${ms(silence)} ms after start (deadline ${f.command_deadline_ms} ms)`
          : `no command on ${endpoint} for ${ms(silence)} ms (deadline ${f.command_deadline_ms} ms)`;
      found.push({ code: "FALLBACK_COMMANDS_STOPPED", subject: endpoint, detail });
    }
    // Stable sort: by code, keeping pipeline order within a code.
    return found.sort((a, b) => ORDER.get(a.code)! - ORDER.get(b.code)!);
  }

  /** Forgets instances not heard for forget_after_ms; a required component then shows as missing, so a stop is never released by forgetting. */
  #forget(nowNs: bigint): void {
    const forgetNs = BigInt(this.#settings.fallback.forget_after_ms) * MS;
    for (const [key, w] of this.#instances) {
      if (nowNs - w.lastArrivalNs <= forgetNs) continue;
      this.#instances.delete(key);
      this.#counters.instancesForgotten++;
    }
  }

  #sortedInstances(): WatchedInstance[] {
    return [...this.#instances.values()].sort(
      (a, b) => COMPONENT_ORDER.get(a.component)! - COMPONENT_ORDER.get(b.component)! || (a.instance < b.instance ? -1 : a.instance > b.instance ? 1 : 0),
    );
  }

  #noteCauses(incident: ActiveIncident, conditions: readonly Condition[]): void {
    for (const c of conditions) if (!incident.causes.includes(c.code)) incident.causes.push(c.code);
  }

  #end(nowNs: bigint, endedBy: string): SupervisorEvent & { type: "incident_ended" } {
    const incident = this.#incident!;
    incident.endNs = nowNs;
    incident.endedBy = endedBy;
    this.#incident = undefined;
    const ended = snapshot(incident);
    this.#history.push(ended);
    if (this.#history.length > INCIDENT_HISTORY) this.#history.shift();
    return { type: "incident_ended", atNs: nowNs, incident: ended };
  }

  #reason(incident: ActiveIncident, nowNs: bigint): string {
    const first = this.#conditions[0];
    if (first !== undefined) return `${first.code}: ${first.detail}${this.#conditions.length > 1 ? ` (+${this.#conditions.length - 1} more)` : ""}`;
    const { mode, healthy_ms } = this.#settings.fallback.recovery;
    const healthy = ms(nowNs - (incident.healthySinceNs ?? nowNs));
    if (mode === "operator" && healthy >= healthy_ms) return `awaiting operator reset: ${incident.cause} (healthy for ${healthy} ms)`;
    return `holding: ${incident.cause} (recovering, healthy for ${healthy} of ${healthy_ms} ms${mode === "operator" ? ", then an operator reset" : ""})`;
  }
}

/**
 * An incident as JSON (times as decimal ns strings): the log line and status shape.
 *   logger.info({ event: "incident_ended", ...incidentJson(incident) }, "incident ended");
 */
export function incidentJson(incident: Incident): IncidentJson {
  return {
    id: incident.id,
    cause: incident.cause,
    causes: [...incident.causes],
    detail: incident.detail,
    startNs: incident.startNs.toString(),
    ...(incident.endNs !== undefined ? { endNs: incident.endNs.toString(), durationMs: ms(incident.endNs - incident.startNs) } : {}),
    ...(incident.endedBy !== undefined ? { endedBy: incident.endedBy } : {}),
  };
}

/** A copy without the internal fields, so callers cannot change the core's state. */
function snapshot({ healthySinceNs: _h, lastPublishNs: _p, ...incident }: Incident & Partial<ActiveIncident>): Incident {
  return { ...incident, causes: [...incident.causes] };
}

/** Whole milliseconds, rounded: for messages and status. */
function ms(ns: bigint): number {
  return Math.round(Number(ns) / 1e6);
}

function clip(text: string, max = MAX_TEXT_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
