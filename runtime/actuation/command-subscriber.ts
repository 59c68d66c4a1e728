import { decodeActuationCommand, type ActuationCommandMessage } from "../../proto/index.js";
import type { Clock } from "../clock/index.js";
import { isVigilError, VigilError } from "../errors/index.js";
import { ZmqFrameSource } from "../ingest/index.js";
import { RateLimitedLog, silentLogger, withComponent, type Logger } from "../observe/index.js";

export interface CommandSubscriberOptions {
  /** Command PUB endpoints to connect to. */
  endpoints: readonly string[];
  /** Every valid command, as it arrives. */
  onCommand: (command: ActuationCommandMessage) => void;
  /** Rate-limits the reject log. */
  clock: Clock;
  logger?: Logger;
  /** Larger messages are never delivered by libzmq (default 4096 bytes; a command is ~100). */
  maxMessageBytes?: number;
  /** Commands libzmq queues per endpoint before it drops (default 16). */
  receiveHighWaterMark?: number;
}

/**
 * Subscribes to ActuationCommand PUB endpoints and hands each valid command to onCommand;
 * bytes that are not a valid command are counted (COMMAND_MALFORMED) and logged, rate-limited.
 * A socket that fails is logged; its commands stop, so they expire downstream.
 *   const sub = await CommandSubscriber.open({ endpoints: ["tcp://127.0.0.1:5561"], clock, onCommand: (c) => table.offer(c) });
 *   ...; await sub.close();
 */
export class CommandSubscriber {
  readonly #sources: ZmqFrameSource[];
  readonly #options: CommandSubscriberOptions;
  readonly #logger: Logger;
  readonly #rejectLog: RateLimitedLog;
  readonly #loops: Promise<void>[];
  #received = 0;
  #rejected = 0;

  private constructor(sources: ZmqFrameSource[], options: CommandSubscriberOptions) {
    this.#sources = sources;
    this.#options = options;
    this.#logger = withComponent(options.logger ?? silentLogger, "actuation");
    this.#rejectLog = new RateLimitedLog(this.#logger, options.clock);
    this.#loops = sources.map((source) => this.#readLoop(source));
  }

  /** Connects to every endpoint; ACTUATION_SOCKET_FAILED (USAGE for a bad endpoint) when a socket cannot be set up. */
  static async open(options: CommandSubscriberOptions): Promise<CommandSubscriber> {
    const sources: ZmqFrameSource[] = [];
    try {
      for (const endpoint of options.endpoints) {
        sources.push(
          await ZmqFrameSource.open({
            endpoint,
            socket: "sub",
            mode: "connect",
            maxMessageBytes: options.maxMessageBytes ?? 4096,
            hardMaxMessageBytes: options.maxMessageBytes ?? 4096,
            receiveHighWaterMark: options.receiveHighWaterMark ?? 16,
          }),
        );
      }
    } catch (err) {
      for (const source of sources) source.close();
      const code = isVigilError(err, "CONFIG_INVALID") ? "USAGE" : "ACTUATION_SOCKET_FAILED";
      throw new VigilError(code, `command subscriber: ${(err as Error).message}`, { cause: err });
    }
    return new CommandSubscriber(sources, options);
  }

  /** Valid commands received. */
  get received(): number {
    return this.#received;
  }

  /** Messages that were not a valid command (COMMAND_MALFORMED). */
  get rejected(): number {
    return this.#rejected;
  }

  async close(): Promise<void> {
    for (const source of this.#sources) source.close();
    await Promise.all(this.#loops);
  }

  async #readLoop(source: ZmqFrameSource): Promise<void> {
    try {
      for (let message = await source.receive(); message !== null; message = await source.receive()) this.#onMessage(message);
    } catch (err) {
      const code = isVigilError(err) ? err.code : "ACTUATION_SOCKET_FAILED";
      this.#logger.error({ code, endpoint: source.endpoint, err }, "command socket failed; its commands will expire");
    }
  }

  #onMessage(bytes: Uint8Array): void {
    let command: ActuationCommandMessage;
    try {
      command = decodeActuationCommand(bytes);
    } catch (err) {
      if (!isVigilError(err, "COMMAND_MALFORMED")) throw err;
      this.#rejected++;
      this.#rejectLog.warn(err.code, { bytes: bytes.byteLength, detail: err.message }, "command rejected");
      return;
    }
    this.#received++;
    this.#options.onCommand(command);
  }
}
