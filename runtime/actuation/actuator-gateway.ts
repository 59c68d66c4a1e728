import { asyncScheduler, interval, ReplaySubject, type Observable, type SchedulerLike, type Subscription } from "rxjs";
import { VigilError } from "../errors/index.js";
import type { Clock } from "../clock/index.js";
import { RateLimitedLog, silentLogger, withComponent, type Logger } from "../observe/index.js";
import type { ActuationCommandMessage, CommandKindName } from "../../proto/index.js";
import { CommandSubscriber } from "./command-subscriber.js";
import { CommandTable, compareRestrictiveness } from "./command-table.js";

/** What the machine is doing: the kind it obeys, or SAFE when no command is valid. */
export type GatewayMode = CommandKindName | "SAFE";

export interface GatewayState {
  mode: GatewayMode;
  /** The speed limit while SLOW; 0 otherwise. */
  maxSpeedMps: number;
  /** The command obeyed; undefined while SAFE. */
  command: ActuationCommandMessage | undefined;
}

/** Why the state changed: a command arrived, the obeyed one expired, or (at start) none has come. */
export type TransitionCause = "command" | "expired" | "no command yet";

export interface GatewayTransition {
  atNs: bigint;
  /** START only for the first transition, into SAFE when the gateway opens. */
  from: GatewayMode | "START";
  to: GatewayMode;
  maxSpeedMps: number;
  cause: TransitionCause;
  /** The command now obeyed; absent when `to` is SAFE. */
  command?: ActuationCommandMessage;
  /** The command that was obeyed until it expired, when that is what happened. */
  expired?: ActuationCommandMessage;
}

export interface ActuatorGatewayOptions {
  /** PUB endpoints to subscribe to (arbiter, fallback supervisor, operator panel...). */
  endpoints: readonly string[];
  /** The gateway's own time: validity is judged by it, never by the sender's. */
  clock: Clock;
  /** How often validity is re-checked without any message (default 10 ms). */
  checkMs?: number;
  /** Drives the check timer (default asyncScheduler). */
  scheduler?: SchedulerLike;
  /** Transitions are logged here at info, as JSON lines (default: silent). */
  logger?: Logger;
  /** When set, commands for another machine are ignored and counted. */
  machineId?: string;
  /** A command is trusted at most this far past its arrival, whatever its valid_until says (default 1000 ms). */
  maxValidityMs?: number;
  /** Larger messages are never delivered by libzmq (default 4096 bytes; a command is ~100). */
  maxMessageBytes?: number;
  /** Commands libzmq queues per endpoint before it drops (default 16). */
  receiveHighWaterMark?: number;
}

/** Transitions that transitions$ replays to a late subscriber. */
export const TRANSITION_HISTORY = 64;

/**
 * The reference machine-side gateway: subscribes to command endpoints, keeps the latest
 * command per source, obeys the most restrictive one still valid by its own clock, and
 * goes SAFE when none is (checked every checkMs, so expiry is noticed even in silence).
 * Every transition is logged and emitted on transitions$.
 *   const gw = await ActuatorGateway.open({ endpoints: ["tcp://127.0.0.1:5560"], clock: new SystemClock() });
 *   gw.transitions$.subscribe((t) => console.log(t.from, "->", t.to)); ... await gw.close();
 */
export class ActuatorGateway {
  #subscriber: CommandSubscriber | undefined;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #rejectLog: RateLimitedLog;
  readonly #machineId: string | undefined;
  readonly #maxValidityNs: bigint;
  readonly #table = new CommandTable();
  readonly #transitions = new ReplaySubject<GatewayTransition>(TRANSITION_HISTORY);
  #state: GatewayState = { mode: "SAFE", maxSpeedMps: 0, command: undefined };
  #timer: Subscription | undefined;
  #received = 0;
  #ignored = 0;
  #closed = false;

  private constructor(options: ActuatorGatewayOptions) {
    this.#clock = options.clock;
    this.#logger = withComponent(options.logger ?? silentLogger, "actuation");
    this.#rejectLog = new RateLimitedLog(this.#logger, options.clock);
    this.#machineId = options.machineId;
    this.#maxValidityNs = BigInt(options.maxValidityMs ?? 1000) * 1_000_000n;
    this.#emit({ atNs: this.#clock.nowNs(), from: "START", to: "SAFE", maxSpeedMps: 0, cause: "no command yet" });
    this.#timer = interval(options.checkMs ?? 10, options.scheduler ?? asyncScheduler).subscribe(() => this.#evaluate());
  }

  /** Connects to every endpoint; USAGE for bad options, ACTUATION_SOCKET_FAILED when a socket cannot be set up. */
  static async open(options: ActuatorGatewayOptions): Promise<ActuatorGateway> {
    const checkMs = options.checkMs ?? 10;
    const maxValidityMs = options.maxValidityMs ?? 1000;
    if (options.endpoints.length === 0) throw new VigilError("USAGE", "the actuator gateway needs at least one endpoint to connect to");
    if (!Number.isSafeInteger(checkMs) || checkMs < 1) throw new VigilError("USAGE", `checkMs must be a whole number >= 1, got ${checkMs}`);
    if (!Number.isFinite(maxValidityMs) || maxValidityMs <= 0) throw new VigilError("USAGE", `maxValidityMs must be above 0, got ${maxValidityMs}`);
    const gateway = new ActuatorGateway({ ...options, checkMs, maxValidityMs });
    try {
      gateway.#subscriber = await CommandSubscriber.open({
        endpoints: options.endpoints,
        clock: options.clock,
        logger: options.logger,
        maxMessageBytes: options.maxMessageBytes,
        receiveHighWaterMark: options.receiveHighWaterMark,
        onCommand: (command) => gateway.#onCommand(command),
      });
    } catch (err) {
      await gateway.close();
      throw new VigilError((err as VigilError).code, `actuator gateway: ${(err as Error).message}`, { cause: err });
    }
    return gateway;
  }

  /** What the machine is doing now (as of the last check or message). */
  get state(): GatewayState {
    return this.#state;
  }

  /** Every transition, the last TRANSITION_HISTORY replayed to late subscribers; completes on close(). */
  get transitions$(): Observable<GatewayTransition> {
    return this.#transitions.asObservable();
  }

  /** Commands decoded and accepted. */
  get received(): number {
    return this.#received;
  }

  /** Messages that were not a valid command (COMMAND_MALFORMED). */
  get rejected(): number {
    return this.#subscriber?.rejected ?? 0;
  }

  /** Valid commands addressed to another machine. */
  get ignored(): number {
    return this.#ignored;
  }

  /** Stops the check timer and closes every socket. The last state stays readable. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#timer?.unsubscribe();
    this.#timer = undefined;
    await this.#subscriber?.close();
    this.#transitions.complete();
  }

  #onCommand(command: ActuationCommandMessage): void {
    if (this.#machineId !== undefined && command.machineId !== this.#machineId) {
      this.#ignored++;
      this.#rejectLog.warn("COMMAND_OTHER_MACHINE", { machineId: command.machineId, expected: this.#machineId }, "command for another machine ignored");
      return;
    }
    this.#received++;
    const horizon = this.#clock.nowNs() + this.#maxValidityNs;
    const stored = command.validUntilNs > horizon ? { ...command, validUntilNs: horizon } : command;
    this.#table.offer(stored);
    this.#evaluate(stored);
  }

  /** Re-decides after `arrived` was stored, or (undefined) on the check timer. */
  #evaluate(arrived?: ActuationCommandMessage): void {
    if (this.#closed) return;
    const now = this.#clock.nowNs();
    const winner = this.#table.winner(now);
    const previous = this.#state;
    const next: GatewayState = {
      mode: winner?.kind ?? "SAFE",
      maxSpeedMps: winner?.kind === "SLOW" ? winner.maxSpeedMps : 0,
      command: winner,
    };
    this.#state = next;
    if (next.mode === previous.mode && next.maxSpeedMps === previous.maxSpeedMps) return;
    const expired = previous.command !== undefined && previous.command.validUntilNs < now ? previous.command : undefined;
    this.#emit({
      atNs: now,
      from: previous.mode,
      to: next.mode,
      maxSpeedMps: next.maxSpeedMps,
      cause: causeOf(arrived, winner, expired),
      ...(winner !== undefined ? { command: winner } : {}),
      ...(expired !== undefined ? { expired } : {}),
    });
  }

  #emit(transition: GatewayTransition): void {
    this.#logger.info(
      {
        event: "actuator_transition",
        atNs: transition.atNs.toString(),
        from: transition.from,
        to: transition.to,
        maxSpeedMps: transition.maxSpeedMps,
        cause: transition.cause,
        ...(transition.command ? { command: describeCommand(transition.command) } : {}),
        ...(transition.expired ? { expired: describeCommand(transition.expired) } : {}),
      },
      `actuator ${transition.from} -> ${transition.to} (${transition.cause})`,
    );
    this.#transitions.next(transition);
  }
}

/**
 * Why a transition happened. On the timer only time moved: an expiry. On a message: the
 * message, unless the obeyed command had lapsed and the message merely refreshed a less
 * restrictive one that would have taken over anyway.
 */
function causeOf(arrived: ActuationCommandMessage | undefined, winner: ActuationCommandMessage | undefined, expired: ActuationCommandMessage | undefined): TransitionCause {
  if (arrived === undefined) return "expired";
  if (expired === undefined) return "command";
  return winner === arrived && compareRestrictiveness(arrived, expired) > 0 ? "command" : "expired";
}

/**
 * A command as plain JSON (bigints as decimal strings): for logs and `vigil actuator --json`.
 *   logger.info({ command: describeCommand(c) }, "obeying");
 */
export function describeCommand(c: ActuationCommandMessage): Record<string, string | number> {
  return {
    source: c.source,
    kind: c.kind,
    seq: c.seq.toString(),
    machineId: c.machineId,
    maxSpeedMps: c.maxSpeedMps,
    reason: c.reason,
    assessmentId: c.assessmentId,
    origin: c.origin,
    issuedTimeNs: c.issuedTimeNs.toString(),
    validUntilNs: c.validUntilNs.toString(),
  };
}
