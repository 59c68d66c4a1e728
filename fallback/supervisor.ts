import { Publisher, Reply, Subscriber } from "zeromq";
import { decodeActuationCommand, decodeHeartbeat, encodeActuationCommand, type ActuationCommandMessage } from "../proto/index.js";
import { AuditTrail, recordOperatorOverride, recordSupervisorEvent } from "../runtime/audit/index.js";
import { SystemClock, type Clock } from "../runtime/clock/index.js";
import { VigilError, isVigilError } from "../runtime/errors/index.js";
import { MAX_CONTROL_REQUEST_BYTES, parseControlRequest, type ControlReply, type ControlRequest, type ResetReply, type SupervisorEndpoints, type SupervisorStatus } from "./control-protocol.js";
import { silentSupervisorLogger, type SupervisorLogger } from "./json-lines-logger.js";
import { RateLimitedLog } from "./rate-limited-log.js";
import { SupervisorCore, incidentJson, type SupervisorEvent } from "./supervisor-core.js";
import type { SupervisorSettings } from "./supervisor-settings.js";

export interface SupervisorOptions {
  /** All decisions use this clock's arrival times (default SystemClock). */
  clock?: Clock;
  /** Incidents, condition changes and rejected input, as JSON lines (default: silent). */
  logger?: SupervisorLogger;
}

export type SupervisorListener = (event: SupervisorEvent) => void;

/** Events replayed to a listener that subscribes late. */
export const EVENT_HISTORY = 64;

/** Heartbeats are ~100 bytes; libzmq drops the connection of anything larger than this instead of buffering it. */
const MAX_HEARTBEAT_BYTES = 64 * 1024;
const MAX_COMMAND_BYTES = 4096;
/** Messages libzmq queues per peer: small, a late heartbeat is worthless and silence is already the safe reading. */
const HEARTBEAT_RECEIVE_HWM = 128;
const COMMAND_RECEIVE_HWM = 32;
const PUBLISH_SEND_HWM = 16;
/** Codes a pending receive() gets when its socket is closed under it. */
const CLOSED_CODES = new Set(["EAGAIN", "ETERM"]);

/**
 * The fallback supervisor process's shell around SupervisorCore: SUB sockets on the
 * heartbeat and command endpoints, a PUB socket for its SAFE_STOPs, a REP control socket,
 * a tick every check_period_ms and a precise timer at the core's next deadline.
 *   const sup = await Supervisor.start(await loadSupervisorSettings("pipelines/demo.yaml"), { logger });
 *   sup.onEvent((e) => console.log(e.type)); ...; await sup.close();
 */
export class Supervisor {
  readonly settings: SupervisorSettings;
  readonly #core: SupervisorCore;
  readonly #clock: Clock;
  readonly #logger: SupervisorLogger;
  readonly #rejectLog: RateLimitedLog;
  readonly #heartbeatSockets: readonly Subscriber[];
  readonly #commandSockets: readonly Subscriber[];
  readonly #publisher: Publisher;
  readonly #control: Reply;
  readonly #audit: AuditTrail | undefined;
  readonly #endpoints: SupervisorEndpoints;
  readonly #loops: Promise<void>[] = [];
  readonly #listeners = new Set<SupervisorListener>();
  readonly #recent: SupervisorEvent[] = [];
  readonly #malformed = new Map<string, number>();
  readonly #tick: NodeJS.Timeout;
  #precise: NodeJS.Timeout | undefined;
  /** One send at a time (zeromq.js); a command made meanwhile waits here, the newest replacing an older one. */
  #sending = false;
  #waiting: ActuationCommandMessage | undefined;
  #published = 0;
  #dropped = 0;
  #closed = false;
  readonly #done: Promise<void>;
  #settle!: { resolve: () => void; reject: (err: unknown) => void };

  private constructor(settings: SupervisorSettings, sockets: OpenSockets, clock: Clock, logger: SupervisorLogger) {
    this.settings = settings;
    this.#clock = clock;
    this.#logger = logger;
    this.#rejectLog = new RateLimitedLog(logger, clock);
    this.#heartbeatSockets = sockets.heartbeats;
    this.#commandSockets = sockets.commands;
    this.#publisher = sockets.publisher;
    this.#control = sockets.control;
    this.#audit = sockets.audit;
    this.#endpoints = {
      heartbeats: [...settings.heartbeatEndpoints],
      commands: [...settings.commandEndpoints],
      publish: sockets.publisher.lastEndpoint ?? settings.fallback.publish.endpoint,
      control: sockets.control.lastEndpoint ?? settings.fallback.control.endpoint,
    };
    this.#done = new Promise((resolve, reject) => (this.#settle = { resolve, reject }));
    // done rejects only for the caller who awaits it; the failure itself is logged where it happens.
    this.#done.catch((err: unknown) => void err);
    this.#core = new SupervisorCore(settings, clock.nowNs());
    sockets.heartbeats.forEach((socket, i) => this.#loops.push(this.#readLoop(socket, settings.heartbeatEndpoints[i]!, (bytes, at) => this.#onHeartbeat(bytes, at))));
    sockets.commands.forEach((socket, i) => {
      const endpoint = settings.commandEndpoints[i]!;
      this.#loops.push(this.#readLoop(socket, endpoint, (bytes, at) => this.#onCommand(bytes, at, endpoint)));
    });
    this.#loops.push(this.#controlLoop());
    this.#tick = setInterval(() => this.#step(), settings.fallback.check_period_ms);
    // Held in SAFE_STOP from the first moment: the first step starts the FALLBACK_STARTING incident.
    this.#step();
  }

  /**
   * Opens every socket and starts supervising; FALLBACK_SOCKET_FAILED when a socket cannot
   * be bound or connected (an endpoint in use, say).
   */
  static async start(settings: SupervisorSettings, options: SupervisorOptions = {}): Promise<Supervisor> {
    const opened: Array<Publisher | Reply | Subscriber> = [];
    const open = async <S extends Publisher | Reply | Subscriber>(socket: S, what: string, endpoint: string, mode: "bind" | "connect"): Promise<S> => {
      opened.push(socket);
      try {
        if (mode === "bind") await socket.bind(endpoint);
        else socket.connect(endpoint);
      } catch (err) {
        throw new VigilError("FALLBACK_SOCKET_FAILED", `supervisor cannot ${mode} its ${what} socket to ${endpoint}: ${describe(err)}`, { cause: err });
      }
      return socket;
    };
    const subscriber = (maxMessageSize: number, receiveHighWaterMark: number): Subscriber => {
      const socket = new Subscriber({ maxMessageSize, receiveHighWaterMark, linger: 0 });
      socket.subscribe();
      return socket;
    };
    const f = settings.fallback;
    const [clock, logger] = [options.clock ?? new SystemClock(), options.logger ?? silentSupervisorLogger];
    // Supervising matters more than its record: a trail that cannot open (AUDIT_CHAIN_BROKEN, AUDIT_FILE_LOCKED) is logged and left out.
    const audit = f.audit_file === undefined ? undefined : await AuditTrail.open({ path: f.audit_file, clock }).catch((err: unknown) => void logger.error({ code: (err as VigilError).code, err }, `audit trail ${f.audit_file} not written: ${describe(err)}`));
    try {
      const publisher = await open(new Publisher({ sendHighWaterMark: PUBLISH_SEND_HWM, linger: 0 }), "SAFE_STOP publish", f.publish.endpoint, f.publish.mode);
      const control = await open(new Reply({ maxMessageSize: MAX_CONTROL_REQUEST_BYTES, linger: 0, sendTimeout: 1000 }), "control", f.control.endpoint, "bind");
      const heartbeats: Subscriber[] = [];
      for (const endpoint of settings.heartbeatEndpoints) heartbeats.push(await open(subscriber(MAX_HEARTBEAT_BYTES, HEARTBEAT_RECEIVE_HWM), "heartbeat", endpoint, "connect"));
      const commands: Subscriber[] = [];
      for (const endpoint of settings.commandEndpoints) commands.push(await open(subscriber(MAX_COMMAND_BYTES, COMMAND_RECEIVE_HWM), "command", endpoint, "connect"));
      return new Supervisor(settings, { publisher, control, heartbeats, commands, audit }, clock, logger);
    } catch (err) {
      for (const socket of opened) socket.close();
      await audit?.close();
      throw err;
    }
  }

  /** The endpoints in use (a bind to tcp://host:* names the chosen port). */
  get endpoints(): SupervisorEndpoints {
    return this.#endpoints;
  }

  /** Settles when the supervisor closes; rejects (FALLBACK_SOCKET_FAILED) when it can no longer publish SAFE_STOPs. */
  get done(): Promise<void> {
    return this.#done;
  }

  /**
   * Calls `listener` with every incident and condition change: first the last
   * EVENT_HISTORY already emitted, then new ones as they happen. Returns the unsubscribe.
   */
  onEvent(listener: SupervisorListener): () => void {
    for (const event of this.#recent) listener(event);
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  /** Everything the supervisor watches and decided, as plain JSON (re-evaluated now). */
  status(): SupervisorStatus {
    this.#step();
    return {
      pipeline: this.settings.pipeline,
      machineId: this.settings.machineId,
      endpoints: this.#endpoints,
      ...this.#core.status(this.#clock.nowNs()),
      malformed: Object.fromEntries(this.#malformed),
      published: this.#published,
      dropped: this.#dropped,
    };
  }

  /** An operator's reset (what the control socket's {"op":"reset"} calls); see SupervisorCore.requestReset. */
  requestReset(operator: string): ResetReply {
    const outcome = this.#core.requestReset(operator, this.#clock.nowNs());
    for (const event of outcome.events) this.#emit(event);
    this.#record((trail) => recordOperatorOverride(trail, { operator, ...outcome }));
    const fields = { event: outcome.accepted ? "reset_accepted" : "reset_refused", operator, message: outcome.message, ...(outcome.incident ? { id: outcome.incident.id } : {}) };
    if (outcome.accepted) this.#logger.info(fields, `reset by ${operator} accepted`);
    else this.#logger.warn({ ...fields, code: outcome.code }, `reset by ${operator} refused: ${outcome.message}`);
    this.#step();
    return {
      accepted: outcome.accepted,
      ...(outcome.code !== undefined ? { code: outcome.code } : {}),
      message: outcome.message,
      ...(outcome.incident !== undefined ? { incident: incidentJson(outcome.incident) } : {}),
    };
  }

  /** Stops the timers and closes every socket (a SAFE_STOP in flight may be lost; the last one expires on its own). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#tick);
    clearTimeout(this.#precise);
    for (const socket of [...this.#heartbeatSockets, ...this.#commandSockets, this.#control, this.#publisher]) socket.close();
    await Promise.all(this.#loops);
    await this.#audit?.close();
    this.#listeners.clear();
    this.#settle.resolve();
  }

  /** Evaluates now, reports what changed, publishes what is due, and re-arms the precise timer. */
  #step(): void {
    if (this.#closed) return;
    const now = this.#clock.nowNs();
    for (const event of this.#core.evaluate(now).events) this.#emit(event);
    const command = this.#core.nextCommand(now);
    if (command !== undefined) this.#publish(command);
    clearTimeout(this.#precise);
    this.#precise = undefined;
    const next = this.#core.nextDeadlineNs(now);
    if (next === undefined) return;
    // At least 1 ms (never a busy loop); setTimeout fires at or after it, and the core decides by the clock anyway.
    const delayMs = Math.max(1, Math.ceil(Number(next - now) / 1e6));
    this.#precise = setTimeout(() => this.#step(), Math.min(delayMs, 2_147_483_647));
  }

  #onHeartbeat(bytes: Uint8Array, arrivalNs: bigint): void {
    try {
      const verdict = this.#core.onHeartbeat(decodeHeartbeat(bytes), arrivalNs);
      if (verdict === "over_limit") {
        this.#rejectLog.warn("INSTANCE_OVER_LIMIT", { maxInstances: this.settings.fallback.max_instances }, "heartbeat from a new instance ignored: max_instances are watched already");
      }
    } catch (err) {
      if (!isVigilError(err, "HEARTBEAT_MALFORMED")) throw err;
      this.#reject(err, bytes);
    }
    this.#step();
  }

  #onCommand(bytes: Uint8Array, arrivalNs: bigint, endpoint: string): void {
    try {
      const verdict = this.#core.onCommand(decodeActuationCommand(bytes), arrivalNs, endpoint);
      if (verdict === "other_machine") {
        this.#rejectLog.warn("COMMAND_OTHER_MACHINE", { endpoint, expected: this.settings.machineId }, "command for another machine does not count as a live command stream");
      }
    } catch (err) {
      if (!isVigilError(err, "COMMAND_MALFORMED")) throw err;
      this.#reject(err, bytes, endpoint);
    }
    this.#step();
  }

  #reject(err: VigilError, bytes: Uint8Array, endpoint?: string): void {
    this.#malformed.set(err.code, (this.#malformed.get(err.code) ?? 0) + 1);
    this.#rejectLog.warn(err.code, { bytes: bytes.byteLength, detail: err.message, ...(endpoint ? { endpoint } : {}) }, "message rejected");
  }

  async #readLoop(socket: Subscriber, endpoint: string, handle: (bytes: Uint8Array, arrivalNs: bigint) => void): Promise<void> {
    for (;;) {
      let parts: Uint8Array[];
      try {
        parts = await socket.receive();
      } catch (err) {
        if (this.#closed && isClosedError(err)) return;
        // Nothing more arrives from this endpoint: its silence becomes a condition, so the machine stops.
        this.#logger.error({ code: "FALLBACK_SOCKET_FAILED", endpoint, err }, `receive on ${endpoint} failed; treating it as silent`);
        return;
      }
      try {
        // A PUB may send [topic, payload]: the payload is the last part.
        handle(parts[parts.length - 1] ?? new Uint8Array(0), this.#clock.nowNs());
      } catch (err) {
        // A bug, not bad input (that is counted above): log it and keep watching.
        this.#logger.error({ endpoint, err }, "unexpected error while handling a message; the supervisor goes on");
      }
    }
  }

  async #controlLoop(): Promise<void> {
    for (;;) {
      let request: Uint8Array[];
      try {
        request = await this.#control.receive();
      } catch (err) {
        if (this.#closed && isClosedError(err)) return;
        this.#logger.error({ code: "FALLBACK_SOCKET_FAILED", endpoint: this.#endpoints.control, err }, "control socket failed; resets are no longer possible");
        return;
      }
      const reply = this.#answer(request[request.length - 1] ?? new Uint8Array(0));
      try {
        await this.#control.send(JSON.stringify(reply));
      } catch (err) {
        if (this.#closed && isClosedError(err)) return;
        this.#logger.error({ code: "FALLBACK_SOCKET_FAILED", endpoint: this.#endpoints.control, err }, "control reply could not be sent; resets are no longer possible");
        return;
      }
    }
  }

  #answer(bytes: Uint8Array): ControlReply {
    let request: ControlRequest;
    try {
      request = parseControlRequest(bytes);
    } catch (err) {
      if (!isVigilError(err, "USAGE")) throw err;
      this.#rejectLog.warn("CONTROL_REQUEST_INVALID", { bytes: bytes.byteLength, detail: err.message }, "control request rejected");
      return { op: "error", code: "USAGE", message: err.message };
    }
    switch (request.op) {
      case "status":
        return { op: "status", status: this.status() };
      case "reset":
        return { op: "reset", ...this.requestReset(request.operator) };
    }
  }

  #publish(command: ActuationCommandMessage): void {
    if (this.#sending) {
      if (this.#waiting !== undefined) this.#dropped++;
      this.#waiting = command;
      return;
    }
    this.#sending = true;
    this.#publisher.send(encodeActuationCommand(command)).then(
      () => {
        this.#published++;
        this.#sending = false;
        const next = this.#waiting;
        this.#waiting = undefined;
        if (next !== undefined && !this.#closed) this.#publish(next);
      },
      (err: unknown) => {
        this.#sending = false;
        this.#dropped++;
        if (this.#closed && isClosedError(err)) return;
        const failure = new VigilError("FALLBACK_SOCKET_FAILED", `cannot publish SAFE_STOP on ${this.#endpoints.publish}: ${describe(err)}`, { cause: err });
        this.#logger.error({ code: failure.code, endpoint: this.#endpoints.publish, err }, failure.message);
        this.#settle.reject(failure);
      },
    );
  }

  /** Appends to the audit trail, if any; a lost entry is logged with its code. */
  #record(write: (trail: AuditTrail) => Promise<unknown>): void {
    if (this.#audit !== undefined) write(this.#audit).catch((err: unknown) => this.#logger.error({ code: (err as VigilError).code, err }, `audit entry not written: ${describe(err)}`));
  }

  #emit(event: SupervisorEvent): void {
    this.#recent.push(event);
    if (this.#recent.length > EVENT_HISTORY) this.#recent.shift();
    this.#record((trail) => recordSupervisorEvent(trail, event));
    switch (event.type) {
      case "incident_started": {
        const { incident } = event;
        this.#logger.warn({ event: "incident_started", ...incidentJson(incident), conditions: event.conditions }, `SAFE_STOP: incident ${incident.id} started: ${incident.cause}: ${incident.detail}`);
        break;
      }
      case "incident_ended": {
        const json = incidentJson(event.incident);
        this.#logger.info({ event: "incident_ended", ...json }, `incident ${json.id} (${json.cause}) ended by ${json.endedBy} after ${json.durationMs} ms`);
        break;
      }
      case "conditions_changed":
        this.#logger.info({ event: "conditions_changed", atNs: event.atNs, conditions: event.conditions }, `${event.conditions.length} condition(s) hold`);
        break;
    }
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (err) {
        this.#logger.error({ err, event: event.type }, "a supervisor event listener threw; the supervisor goes on");
      }
    }
  }
}

interface OpenSockets {
  publisher: Publisher;
  control: Reply;
  heartbeats: Subscriber[];
  commands: Subscriber[];
  audit: AuditTrail | undefined;
}

function isClosedError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && CLOSED_CODES.has(code);
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" ? `${code}: ${err.message}` : err.message;
}
