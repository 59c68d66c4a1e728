import type { Observable, Subscription } from "rxjs";
import { VigilError } from "../errors/index.js";
import { ZmqPublisher } from "../publish/index.js";
import type { ActuationConfig } from "./actuation-config.js";
import { encodeActuationCommand, type ActuationCommandMessage } from "../../proto/index.js";

/**
 * Publishes ActuationCommands on a ZeroMQ PUB socket (the bounded ZmqPublisher: at most
 * `max_pending` wait in the process, the oldest dropped and counted).
 *   const pub = await CommandPublisher.open(config.publish); pub.attach(commands$); ... await pub.close();
 */
export class CommandPublisher {
  readonly #publisher: ZmqPublisher;
  #subscription: Subscription | undefined;

  private constructor(publisher: ZmqPublisher) {
    this.#publisher = publisher;
  }

  /** Binds or connects; ACTUATION_SOCKET_FAILED when that fails. */
  static async open(options: ActuationConfig["publish"]): Promise<CommandPublisher> {
    try {
      const publisher = await ZmqPublisher.open({
        endpoint: options.endpoint,
        mode: options.mode,
        sendHighWaterMark: options.send_hwm,
        maxPending: options.max_pending,
      });
      return new CommandPublisher(publisher);
    } catch (err) {
      throw new VigilError("ACTUATION_SOCKET_FAILED", `cannot ${options.mode} command publisher to ${options.endpoint}: ${(err as Error).message}`, { cause: err });
    }
  }

  /** The endpoint in use; for a bind to tcp://host:* it names the port ZeroMQ chose. */
  get endpoint(): string {
    return this.#publisher.endpoint;
  }

  get published(): number {
    return this.#publisher.published;
  }

  get dropped(): number {
    return this.#publisher.dropped;
  }

  publish(command: ActuationCommandMessage): void {
    this.#publisher.publish(encodeActuationCommand(command));
  }

  /** Publishes every command of `commands$` (one stream at a time) until close(); its error is passed to onError. */
  attach(commands$: Observable<ActuationCommandMessage>, onError: (err: unknown) => void): void {
    if (this.#subscription !== undefined) throw new VigilError("USAGE", "CommandPublisher.attach: a command stream is already attached");
    this.#subscription = commands$.subscribe({ next: (c) => this.publish(c), error: onError });
  }

  /** Stops the attached stream, sends what is pending, closes the socket. */
  async close(): Promise<void> {
    this.#subscription?.unsubscribe();
    await this.#publisher.close();
  }
}
