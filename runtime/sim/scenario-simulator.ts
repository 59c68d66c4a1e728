import { Publisher, Push } from "zeromq";
import { VigilError } from "../errors/index.js";
import type { Clock } from "../graph/index.js";
import { encodeObjectList } from "../ingest/index.js";
import type { Logger } from "../observe/index.js";
import { ScenarioPlayer } from "./scenario-player.js";
import type { Scenario } from "./scenario-schema.js";
import { abortableSleep } from "./abortable-sleep.js";

/**
 * Where and how fast ScenarioSimulator publishes; `vigil sim scenario` fills it from its flags.
 *   { scenario, endpoint: "tcp://127.0.0.1:5556", mode: "connect", socket: "push", clock, speed: 1, logger }
 */
export interface ScenarioSimulatorOptions {
  scenario: Scenario;
  endpoint: string;
  mode: "bind" | "connect";
  /** push: one consumer, send waits at the high-water mark; pub: broadcast, drops at it. */
  socket: "push" | "pub";
  /** Stamps the start time and sent times, and paces the slots. */
  clock: Clock;
  /** 1 = real time, 2 = twice as fast, "max" = as fast as the socket takes them. Default 1. */
  speed?: number | "max";
  /** Play the scenario again after its end, until aborted (seq and capture time count on). */
  loop?: boolean;
  logger: Logger;
  /** Messages ZeroMQ queues before a PUSH send waits (PUB drops instead). Default 16. */
  sendHighWaterMark?: number;
}

/**
 * What one run did: ObjectLists sent, slots skipped while silenced, messages sent later
 * than one period after their slot (the socket pushed back), and passes completed.
 */
export interface ScenarioSimulatorResult {
  sent: number;
  silent: number;
  late: number;
  passes: number;
}

/**
 * A smart sensor stand-in: plays a scenario and publishes its ObjectLists over ZeroMQ at
 * rate_hz (scaled by speed), silent where the scenario's events say so. Capture times are
 * the run's start plus scenario time; seq is the slot number from 1.
 *   const sim = await ScenarioSimulator.open({ scenario, endpoint, mode: "connect", socket: "push", clock, speed: "max", logger });
 *   const { sent } = await sim.run(abort.signal); sim.close();
 */
export class ScenarioSimulator {
  readonly #options: ScenarioSimulatorOptions;
  readonly #socket: Push | Publisher;
  readonly #player: ScenarioPlayer;
  #closed = false;

  private constructor(options: ScenarioSimulatorOptions, socket: Push | Publisher) {
    this.#options = options;
    this.#socket = socket;
    this.#player = new ScenarioPlayer(options.scenario);
  }

  /** Creates the socket and binds or connects it; USAGE when the speed is bad or the bind fails. */
  static async open(options: ScenarioSimulatorOptions): Promise<ScenarioSimulator> {
    const speed = options.speed ?? 1;
    if (speed !== "max" && !(Number.isFinite(speed) && speed > 0)) throw new VigilError("USAGE", `speed must be above 0 or "max", got ${speed}`);
    const hwm = options.sendHighWaterMark ?? 16;
    if (!Number.isSafeInteger(hwm) || hwm < 1) throw new VigilError("USAGE", `sendHighWaterMark must be an integer >= 1, got ${hwm}`);
    const socketOptions = { sendHighWaterMark: hwm, linger: 2000 };
    const socket = options.socket === "push" ? new Push(socketOptions) : new Publisher(socketOptions);
    try {
      if (options.mode === "bind") await socket.bind(options.endpoint);
      else socket.connect(options.endpoint);
    } catch (err) {
      socket.close();
      throw new VigilError("USAGE", `cannot ${options.mode} ${options.socket} socket to ${options.endpoint}: ${(err as Error).message}`, { cause: err });
    }
    return new ScenarioSimulator(options, socket);
  }

  get player(): ScenarioPlayer {
    return this.#player;
  }

  /** Publishes one pass (or passes until aborted with loop); resolves with the counts. */
  async run(signal?: AbortSignal): Promise<ScenarioSimulatorResult> {
    const { clock, logger } = this.#options;
    const speed = this.#options.speed ?? 1;
    const player = this.#player;
    const slots = player.slotCount;
    const startNs = clock.nowNs();
    const wallPerSlotNs = speed === "max" ? 0n : BigInt(Math.round(1e9 / player.scenario.rate_hz / speed));
    const result: ScenarioSimulatorResult = { sent: 0, silent: 0, late: 0, passes: 0 };
    let index = 0; // slots since start, across passes: paces the wall clock
    while (!signal?.aborted) {
      const pass = Math.floor(index / slots);
      const slot = index % slots;
      if (pass > 0 && slot === 0 && this.#options.loop !== true) break;
      if (wallPerSlotNs > 0n) {
        const dueNs = startNs + BigInt(index) * wallPerSlotNs;
        const waitNs = dueNs - clock.nowNs();
        if (waitNs > 0n) await abortableSleep(waitNs, signal);
        if (signal?.aborted) break;
        if (clock.nowNs() - dueNs > wallPerSlotNs) result.late++;
      }
      const list = player.listAt(slot, startNs, pass);
      if (list === null) {
        result.silent++;
      } else {
        const bytes = encodeObjectList({ ...list, sentTimeNs: clock.nowNs() });
        try {
          await this.#socket.send(bytes);
        } catch (err) {
          if (this.#closed || signal?.aborted) break; // close() under a waiting send: the run is over
          throw err;
        }
        result.sent++;
        if (result.sent % 100 === 0) logger.info({ ...result, seq: String(list.seq) }, "sim scenario progress");
      }
      index++;
      if (index % slots === 0) result.passes++;
    }
    return result;
  }

  /** Closes the socket; queued messages get up to 2 s (linger) to leave. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#socket.close();
  }
}
