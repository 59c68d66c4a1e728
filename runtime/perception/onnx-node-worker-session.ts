import { Worker } from "node:worker_threads";
import type { InferenceSession } from "onnxruntime-node";
import { VigilError } from "../errors/index.js";
import type { Logger } from "../observe/index.js";
import type { BackendSession, ModelIO, Tensor } from "./backend.js";

/** Session options as they cross to the worker (structured-clonable). */
export type WorkerSessionOptions = Pick<
  InferenceSession.SessionOptions,
  "executionProviders" | "graphOptimizationLevel" | "intraOpNumThreads"
>;

/** Main thread -> worker; the worker answers load and run with one WorkerReply each, in order. */
export type WorkerRequest =
  | { type: "load"; id: number; path: string; options: WorkerSessionOptions }
  | { type: "run"; id: number; inputs: Record<string, Tensor> }
  | { type: "dispose" };

/** Worker -> main thread. */
export type WorkerReply =
  | { type: "loaded"; id: number; io: ModelIO }
  | { type: "ran"; id: number; outputs: Record<string, Tensor> }
  | { type: "failed"; id: number; message: string };

const WORKER_URL = new URL("./onnx-node-worker.js", import.meta.url);

// How long dispose() waits for an in-flight run to finish and the worker to release its
// session and exit. Generous: a CPU run takes 10-260 ms on the target boards.
const DISPOSE_GRACE_MS = 5_000;

interface Pending {
  id: number;
  kind: "load" | "run";
  resolve: (reply: WorkerReply) => void;
  reject: (reason: Error) => void;
}

/**
 * An onnx-node session that lives in its own worker thread, so a native run (which blocks
 * its thread) leaves the caller's event loop free. One run at a time: a run while another
 * is in flight rejects with INFERENCE_FAILED "busy" (the graph never overlaps runs).
 *   const s = new OnnxNodeWorkerSession(logger); await s.load(path, "cpu", { executionProviders: ["cpu"] });
 *   const out = await s.run({ images: { data, dims: [1, 3, 416, 416] } }); await s.dispose();
 */
export class OnnxNodeWorkerSession implements BackendSession {
  readonly backend = "onnx-node" as const;
  readonly #worker: Worker;
  readonly #logger: Logger;
  readonly #exited: Promise<void>;
  #provider = "none";
  #io: ModelIO | undefined;
  #nextId = 1;
  #pending: Pending | undefined;
  /** Why the worker can no longer serve requests; undefined while it can. */
  #dead: string | undefined;
  #disposing: Promise<void> | undefined;
  #hasExited = false;

  constructor(logger: Logger) {
    this.#logger = logger;
    // Plain JS entry and no inherited flags: tsx's hooks and vitest's transform do not
    // reach worker threads, and a parent's --import would load them there for nothing.
    this.#worker = new Worker(WORKER_URL, { execArgv: [], name: "vigil-onnx-node" });
    // Idle, it must not keep the process alive; #request refs it while a reply is due.
    this.#worker.unref();
    this.#worker.on("message", (reply: WorkerReply) => this.#onReply(reply));
    this.#worker.on("messageerror", (err: Error) => this.#fail(`unreadable reply from worker: ${err.message}`));
    this.#worker.on("error", (err: Error) => this.#fail(`worker failed: ${err.message}`));
    this.#exited = new Promise((resolve) => {
      this.#worker.once("exit", (code: number) => {
        this.#hasExited = true;
        this.#fail(`worker exited with code ${code}`);
        resolve();
      });
    });
  }

  /** For tests only: the thread behind a session, so a test can make it fail. */
  static workerOf(session: OnnxNodeWorkerSession): Worker {
    return session.#worker;
  }

  get provider(): string {
    return this.#provider;
  }

  /** Opens the model in the worker; rejects with the runtime's reason (the caller falls back). */
  async load(path: string, provider: string, options: WorkerSessionOptions): Promise<void> {
    const reply = await this.#request({ type: "load", id: this.#nextId++, path, options }, "load", []);
    if (reply.type !== "loaded") throw new Error(`unexpected ${reply.type} reply to load`);
    this.#io = reply.io;
    this.#provider = provider;
  }

  describe(): ModelIO {
    const io = this.#io;
    if (io === undefined) throw new VigilError("INFERENCE_FAILED", "onnx-node worker session has no model loaded");
    return { inputs: io.inputs.map((t) => ({ ...t })), outputs: io.outputs.map((t) => ({ ...t })) };
  }

  async run(inputs: Record<string, Tensor>): Promise<Record<string, Tensor>> {
    const failed = (why: string, cause?: unknown): VigilError =>
      new VigilError("INFERENCE_FAILED", `onnx-node (${this.#provider}) run failed: ${why}`, { cause });
    if (this.#disposing !== undefined) throw failed("session is disposed");
    if (this.#dead !== undefined) throw failed(this.#dead);
    if (this.#pending !== undefined) throw failed("busy: a run is already in flight on this session");
    const wire: Record<string, Tensor> = {};
    const transfer = new Set<ArrayBuffer>();
    for (const [name, t] of Object.entries(inputs)) {
      const need = t.dims.reduce((n, d) => n * d, 1);
      if (t.data.length !== need) {
        // A zero-length view is most often a buffer an earlier run took (transferred).
        const hint = t.data.length === 0 ? " (its buffer was detached: pass each input to run() once)" : "";
        throw failed(`input ${name} has ${t.data.length} values, dims [${t.dims.join(", ")}] need ${need}${hint}`);
      }
      // Transfer whole buffers (zero-copy; the caller's view is detached). A view into a
      // larger buffer is copied, so memory the caller still uses is never taken.
      const whole = t.data.buffer instanceof ArrayBuffer && t.data.byteOffset === 0 && t.data.byteLength === t.data.buffer.byteLength;
      const data = whole ? t.data : t.data.slice();
      transfer.add(data.buffer as ArrayBuffer);
      wire[name] = { data, dims: [...t.dims] };
    }
    let reply: WorkerReply;
    try {
      reply = await this.#request({ type: "run", id: this.#nextId++, inputs: wire }, "run", [...transfer]);
    } catch (err) {
      throw failed((err as Error).message, err);
    }
    if (reply.type !== "ran") throw failed(`unexpected ${reply.type} reply to run`);
    return reply.outputs;
  }

  dispose(): Promise<void> {
    return (this.#disposing ??= this.#shutdown());
  }

  async #shutdown(): Promise<void> {
    if (this.#hasExited) return;
    if (this.#dead !== undefined) {
      // Failed but still running (a protocol fault): it is not inside a run, so ending it is safe.
      await this.#worker.terminate();
      return;
    }
    // The worker answers an in-flight run first, then releases the session and exits.
    this.#worker.ref();
    this.#worker.postMessage({ type: "dispose" } satisfies WorkerRequest);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      this.#exited.then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(resolve, DISPOSE_GRACE_MS, true))),
    ]);
    clearTimeout(timer);
    if (!timedOut) return;
    if (this.#pending?.kind === "run") {
      // Terminating a worker inside a native run aborts the whole process (onnxruntime-node
      // 1.30 throws from its binding): abandon it instead. The queued dispose still releases
      // the session and ends the thread when the run returns.
      this.#logger.warn(
        { backend: "onnx-node", provider: this.#provider, graceMs: DISPOSE_GRACE_MS },
        "onnx-node: worker still inside a run at dispose; abandoning it",
      );
      this.#fail(`run did not finish within ${DISPOSE_GRACE_MS} ms of dispose`);
      this.#worker.unref();
      return;
    }
    await this.#worker.terminate();
  }

  #request(message: WorkerRequest & { id: number }, kind: Pending["kind"], transfer: ArrayBuffer[]): Promise<WorkerReply> {
    if (this.#dead !== undefined) return Promise.reject(new Error(this.#dead));
    return new Promise<WorkerReply>((resolve, reject) => {
      try {
        this.#worker.postMessage(message, transfer);
      } catch (err) {
        reject(new Error(`cannot send ${kind} to worker: ${(err as Error).message}`, { cause: err }));
        return;
      }
      this.#pending = { id: message.id, kind, resolve, reject };
      this.#worker.ref();
    });
  }

  #onReply(reply: WorkerReply): void {
    const pending = this.#pending;
    if (pending === undefined || reply.id !== pending.id) {
      this.#fail(`worker answered request ${reply.id}, which is not pending`);
      return;
    }
    this.#settled();
    if (reply.type === "failed") pending.reject(new Error(reply.message));
    else pending.resolve(reply);
  }

  /** Marks the worker unusable and rejects the request in flight, if any. */
  #fail(reason: string): void {
    const pending = this.#pending;
    if (this.#dead === undefined) {
      this.#dead = reason;
      // An exit after dispose asked for it is the normal end; anything else is a fault.
      if (this.#disposing === undefined) this.#logger.error({ backend: "onnx-node", provider: this.#provider, reason }, "onnx-node worker lost");
    }
    if (pending === undefined) return;
    this.#settled();
    pending.reject(new Error(reason));
  }

  #settled(): void {
    this.#pending = undefined;
    this.#worker.unref();
  }
}
