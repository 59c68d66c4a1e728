import { Publisher } from "zeromq";

export interface ZmqPublisherOptions {
  endpoint: string;
  mode: "bind" | "connect";
  /** Messages ZeroMQ queues per subscriber before it drops them. */
  sendHighWaterMark: number;
  /** Messages waiting inside the process for the socket; beyond it the oldest is dropped and counted. */
  maxPending: number;
  /** Optional topic frame sent before each payload (subscribers filter on it). */
  topic?: string;
}

/**
 * A ZeroMQ PUB endpoint with a bounded in-process queue. zeromq.js allows one send at a
 * time, so messages published while a send is in progress wait here, at most maxPending.
 *   const pub = await ZmqPublisher.open({ endpoint: "tcp://127.0.0.1:5556", mode: "bind", sendHighWaterMark: 100, maxPending: 64 });
 *   pub.publish(bytes); await pub.close();
 */
export class ZmqPublisher {
  readonly #socket: Publisher;
  readonly #options: ZmqPublisherOptions;
  readonly #pending: Uint8Array[] = [];
  #sending: Promise<void> | undefined;
  #published = 0;
  #dropped = 0;
  #closed = false;
  #lastError: unknown;

  private constructor(socket: Publisher, options: ZmqPublisherOptions) {
    this.#socket = socket;
    this.#options = options;
  }

  static async open(options: ZmqPublisherOptions): Promise<ZmqPublisher> {
    const socket = new Publisher({ sendHighWaterMark: options.sendHighWaterMark, linger: 500 });
    if (options.mode === "bind") await socket.bind(options.endpoint);
    else socket.connect(options.endpoint);
    return new ZmqPublisher(socket, options);
  }

  /** The endpoint actually bound (resolves tcp://127.0.0.1:0 to the chosen port). */
  get endpoint(): string {
    return this.#socket.lastEndpoint ?? this.#options.endpoint;
  }

  get published(): number {
    return this.#published;
  }

  get dropped(): number {
    return this.#dropped;
  }

  publish(payload: Uint8Array): void {
    if (this.#closed) {
      this.#dropped++;
      return;
    }
    if (this.#pending.length >= this.#options.maxPending) {
      this.#pending.shift();
      this.#dropped++;
    }
    this.#pending.push(payload);
    this.#sending ??= this.#drain().catch((err: unknown) => {
      // A failed send (socket closed under it, context terminated) loses what was queued:
      // count it and keep the error for the owner; publishing must never throw into a stage.
      this.#dropped += this.#pending.length + 1;
      this.#pending.length = 0;
      this.#lastError = err;
    });
  }

  /** The last send failure, if any (published messages before it were delivered to ZeroMQ). */
  get lastError(): unknown {
    return this.#lastError;
  }

  async #drain(): Promise<void> {
    try {
      for (let next = this.#pending.shift(); next !== undefined; next = this.#pending.shift()) {
        const frames = this.#options.topic === undefined ? [next] : [this.#options.topic, next];
        await this.#socket.send(frames);
        this.#published++;
      }
    } finally {
      this.#sending = undefined;
    }
  }

  /** Sends what is pending, then closes the socket (linger lets queued messages leave). */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#sending;
    this.#socket.close();
  }
}
