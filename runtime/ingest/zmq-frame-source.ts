import { Pull, Subscriber } from "zeromq";
import { VigilError } from "../errors/index.js";
import type { MessageSource } from "./message-source.js";

/**
 * Where and how ZmqFrameSource listens; the pipeline maps its `ingest` config entry onto it.
 *   { endpoint: "tcp://0.0.0.0:5555", socket: "pull", mode: "bind", receiveHighWaterMark: 4, maxMessageBytes: 16 << 20 }
 */
export interface ZmqFrameSourceOptions {
  /** tcp://host:port (port * lets ZeroMQ choose a free one; see `endpoint`), ipc:///path.sock, inproc://name. */
  endpoint: string;
  /** pull: each frame goes to one reader and the sender waits at the high-water mark; sub: broadcast, the sender drops. */
  socket: "pull" | "sub";
  /** bind: listen here; connect: dial a sender that binds. */
  mode: "bind" | "connect";
  /**
   * Messages libzmq queues per connected peer before it stops reading that connection
   * (default 4). Past it the kernel buffers fill, then a PUSH sender's send() waits and a
   * PUB sender drops: at most this many stale frames wait per sensor, and the receive-side
   * memory is bounded by it times hardMaxMessageBytes per peer.
   */
  receiveHighWaterMark?: number;
  /** SUB topic prefixes; empty or absent subscribes to everything. Must be empty for pull. */
  topics?: readonly string[];
  /** The configured max_message_bytes: the validator rejects larger messages as FRAME_TOO_LARGE. */
  maxMessageBytes: number;
  /**
   * libzmq's own cap (ZMQ_MAXMSGSIZE), default 4 x maxMessageBytes. A message over it is
   * never delivered: libzmq drops the connection that carried it (a TCP sender reconnects),
   * so it cannot be counted. Keeping it well above maxMessageBytes means ordinary oversize
   * frames still arrive and are counted as FRAME_TOO_LARGE, while a hostile or broken
   * sender still cannot make libzmq allocate without bound.
   */
  hardMaxMessageBytes?: number;
}

/** receiveHighWaterMark when none is given: a few frames, so what waits is fresh (see the option). */
export const DEFAULT_RECEIVE_HIGH_WATER_MARK = 4;

/** Codes zeromq gives a pending receive() when the socket (or its context) is closed under it. */
const CLOSED_CODES = new Set(["EAGAIN", "ETERM"]);

interface Waiter {
  resolve(message: Uint8Array | null): void;
  reject(err: VigilError): void;
  cleanup(): void;
}

/**
 * A ZeroMQ PULL or SUB socket that reads one message only when asked (pull-driven, so
 * ZeroMQ's high-water mark pushes back on a PUSH sender). Multipart messages ([topic,
 * payload] from PUB) yield their last part. The caller owns the source and closes it.
 *   const source = await ZmqFrameSource.open({ endpoint: "tcp://0.0.0.0:5555", socket: "pull", mode: "bind", maxMessageBytes: 16 << 20 });
 *   for await (const message of source) validator.validate(message);   // ends after source.close()
 */
export class ZmqFrameSource implements MessageSource, AsyncIterable<Uint8Array> {
  readonly #socket: Pull | Subscriber;
  readonly #endpoint: string;
  /** The one receive() caller waiting for the read in flight. */
  #waiter: Waiter | null = null;
  /** A message read for a caller that gave up (aborted): handed to the next receive(). At most one. */
  #held: Uint8Array | null = null;
  #reading = false;
  #closed = false;
  #failure: VigilError | null = null;

  private constructor(socket: Pull | Subscriber, endpoint: string) {
    this.#socket = socket;
    this.#endpoint = endpoint;
  }

  /** Creates the socket, sets its options and binds or connects; INGEST_SOCKET_FAILED when that fails. */
  static async open(options: ZmqFrameSourceOptions): Promise<ZmqFrameSource> {
    const { endpoint, mode, maxMessageBytes } = options;
    const receiveHighWaterMark = options.receiveHighWaterMark ?? DEFAULT_RECEIVE_HIGH_WATER_MARK;
    const hardMaxMessageBytes = options.hardMaxMessageBytes ?? 4 * maxMessageBytes;
    const topics = options.topics ?? [];
    if (!Number.isSafeInteger(maxMessageBytes) || maxMessageBytes <= 0) {
      throw new VigilError("CONFIG_INVALID", `maxMessageBytes must be a positive integer, got ${maxMessageBytes}`);
    }
    if (!Number.isSafeInteger(hardMaxMessageBytes) || hardMaxMessageBytes < maxMessageBytes) {
      throw new VigilError("CONFIG_INVALID", `hardMaxMessageBytes (${hardMaxMessageBytes}) must be an integer >= maxMessageBytes (${maxMessageBytes})`);
    }
    // 0 would mean "no limit" to libzmq: never allowed here.
    if (!Number.isSafeInteger(receiveHighWaterMark) || receiveHighWaterMark < 1) {
      throw new VigilError("CONFIG_INVALID", `receiveHighWaterMark must be an integer >= 1, got ${receiveHighWaterMark}`);
    }
    if (options.socket === "pull" && topics.length > 0) {
      throw new VigilError("CONFIG_INVALID", `topics apply to sub sockets only; ${endpoint} is pull`);
    }
    const socketOptions = { receiveHighWaterMark, maxMessageSize: hardMaxMessageBytes, linger: 0 };
    const socket = options.socket === "pull" ? new Pull(socketOptions) : new Subscriber(socketOptions);
    try {
      if (socket instanceof Subscriber) {
        if (topics.length === 0) socket.subscribe();
        else socket.subscribe(...topics);
      }
      if (mode === "bind") await socket.bind(endpoint);
      else socket.connect(endpoint);
    } catch (err) {
      socket.close();
      throw new VigilError("INGEST_SOCKET_FAILED", `cannot ${mode} ${options.socket} socket to ${endpoint}: ${describe(err)}`, { cause: err });
    }
    return new ZmqFrameSource(socket, mode === "bind" ? (socket.lastEndpoint ?? endpoint) : endpoint);
  }

  /** The endpoint in use; for a bind to tcp://host:* it names the port ZeroMQ chose. */
  get endpoint(): string {
    return this.#endpoint;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /**
   * The next message, read from the socket now; null once the source is closed. Aborting
   * resolves this call with null; the socket read it started finishes later and its
   * message waits (one at most) for the next call, so nothing is lost. One call at a time:
   * a second concurrent call rejects with INGEST_SOURCE_BUSY.
   */
  receive(signal?: AbortSignal): Promise<Uint8Array | null> {
    if (this.#closed) return Promise.resolve(null);
    if (this.#failure !== null) return Promise.reject(this.#failure);
    const held = this.#held;
    if (held !== null) {
      this.#held = null;
      return Promise.resolve(held);
    }
    if (signal?.aborted) return Promise.resolve(null);
    if (this.#waiter !== null) {
      return Promise.reject(new VigilError("INGEST_SOURCE_BUSY", `${this.#endpoint}: receive() called while another receive() is waiting; read from one consumer at a time`));
    }
    return new Promise<Uint8Array | null>((resolve, reject) => {
      const onAbort = (): void => {
        if (this.#waiter !== waiter) return;
        this.#waiter = null;
        resolve(null);
      };
      const waiter: Waiter = { resolve, reject, cleanup: () => signal?.removeEventListener("abort", onAbort) };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#waiter = waiter;
      if (!this.#reading) this.#read();
    });
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    for (let message = await this.receive(); message !== null; message = await this.receive()) yield message;
  }

  /**
   * Closes the socket: a waiting receive() resolves null, later ones return null at once.
   * Messages still queued in libzmq (and one held for an aborted call) are discarded.
   */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#held = null;
    this.#socket.close();
  }

  #read(): void {
    this.#reading = true;
    this.#socket.receive().then(
      (parts) => {
        this.#reading = false;
        this.#deliver(parts[parts.length - 1] ?? new Uint8Array(0));
      },
      (err: unknown) => {
        this.#reading = false;
        this.#fail(err);
      },
    );
  }

  #deliver(message: Uint8Array): void {
    const waiter = this.#waiter;
    if (waiter === null) {
      if (!this.#closed) this.#held = message;
      return;
    }
    this.#waiter = null;
    waiter.cleanup();
    waiter.resolve(message);
  }

  #fail(err: unknown): void {
    const waiter = this.#waiter;
    this.#waiter = null;
    waiter?.cleanup();
    const code = (err as { code?: unknown } | null)?.code;
    if ((this.#closed || this.#socket.closed) && typeof code === "string" && CLOSED_CODES.has(code)) {
      // close() ended the read in flight: the normal end of the stream, not a failure.
      this.#closed = true;
      waiter?.resolve(null);
      return;
    }
    this.#failure = new VigilError("INGEST_SOCKET_FAILED", `receive on ${this.#endpoint} failed: ${describe(err)}`, { cause: err });
    waiter?.reject(this.#failure);
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return typeof code === "string" ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}
