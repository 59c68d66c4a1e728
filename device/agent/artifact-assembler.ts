import { VigilError } from "../../runtime/errors/index.js";

export interface ArtifactAssemblerOptions {
  /** Largest artifact assembled; more bytes fail the deploy. */
  maxArtifactBytes: number;
  /** A deploy with no new chunk for this long fails (MODEL_ARTIFACT_INCOMPLETE). */
  chunkTimeoutMs: number;
  /** Artifacts assembled at once; chunks of a further deploy are refused. */
  maxPending: number;
}

/** What became of one chunk. */
export type ChunkOutcome =
  /** Taken; more are missing. */
  | "accepted"
  /** Taken, and the artifact is whole. */
  | "complete"
  /** An index already held (QoS 1 redelivery): ignored. */
  | "duplicate"
  /** For a deploy that is already assembled, failed or finished: ignored. */
  | "ignored"
  /** Out of bounds (index, count, size) or no room for another deploy: the deploy fails. */
  | "refused";

export interface AssemblerCounters {
  accepted: number;
  duplicate: number;
  ignored: number;
  refused: number;
  timedOut: number;
}

interface Assembly {
  deployId: string;
  count: number;
  /** Known once the DeployCommand is here (expect()); before, chunks are bounded by maxArtifactBytes. */
  sizeBytes?: number;
  chunks: (Uint8Array | undefined)[];
  received: number;
  bytes: number;
  timer: NodeJS.Timeout;
  waiter?: { resolve: (b: Uint8Array) => void; reject: (e: VigilError) => void };
  whole?: Uint8Array;
}

// Chunk counts above this are not a model artifact (256 MiB in 4 KiB chunks is 65,536).
const MAX_CHUNKS = 1 << 20;
// Finished deploy ids remembered, so late or redelivered chunks are ignored and not taken for a new deploy.
const MAX_FINISHED = 1024;

/**
 * Assembles chunked artifacts (ArtifactChunk) per deploy_id, in any order, with bounds: index
 * below count, count equal to the DeployCommand's chunk_count, total within the manifest's
 * size_bytes and maxArtifactBytes, at most maxPending deploys at once, and an inactivity
 * timeout. Duplicates (QoS 1 redelivers) are ignored. Chunks may arrive before their
 * DeployCommand; they wait for it within the same bounds.
 *   const bytes = assembler.expect(cmd.deployId, { chunkCount: cmd.chunkCount, sizeBytes }); // a promise
 *   assembler.add(chunk); ...; await bytes; // MODEL_ARTIFACT_INCOMPLETE when it cannot complete
 */
export class ArtifactAssembler {
  readonly #options: ArtifactAssemblerOptions;
  readonly #pending = new Map<string, Assembly>();
  /** deploy id -> why it ended (undefined: assembled and handed over). */
  readonly #finished = new Map<string, VigilError | undefined>();
  readonly #counters: AssemblerCounters = { accepted: 0, duplicate: 0, ignored: 0, refused: 0, timedOut: 0 };

  constructor(options: ArtifactAssemblerOptions) {
    this.#options = options;
  }

  get pending(): number {
    return this.#pending.size;
  }

  get counters(): AssemblerCounters {
    return { ...this.#counters };
  }

  /**
   * The artifact of a deploy once all its chunks are in. Rejects MODEL_ARTIFACT_INCOMPLETE when
   * a chunk breaks a bound, no chunk comes for chunkTimeoutMs, or maxPending deploys assemble already.
   */
  expect(deployId: string, { chunkCount, sizeBytes }: { chunkCount: number; sizeBytes: number }): Promise<Uint8Array> {
    const ended = this.#finished.get(deployId);
    if (ended !== undefined) return Promise.reject(ended);
    if (this.#finished.has(deployId)) return Promise.reject(incomplete(`deploy ${deployId}: its artifact was already handed over`));
    if (!Number.isInteger(chunkCount) || chunkCount < 1 || chunkCount > MAX_CHUNKS) {
      return Promise.reject(this.#end(deployId, incomplete(`deploy ${deployId}: chunk_count ${chunkCount} must be 1 to ${MAX_CHUNKS}`)));
    }
    if (sizeBytes > this.#options.maxArtifactBytes) {
      return Promise.reject(
        this.#end(deployId, incomplete(`deploy ${deployId}: the artifact is ${sizeBytes} bytes, over agent.max_artifact_bytes ${this.#options.maxArtifactBytes}`)),
      );
    }
    let a = this.#pending.get(deployId);
    if (a === undefined) {
      if (this.#pending.size >= this.#options.maxPending) {
        return Promise.reject(
          this.#end(deployId, incomplete(`deploy ${deployId}: ${this.#pending.size} artifacts are being assembled already (agent.max_pending_deploys): send it again later`)),
        );
      }
      a = this.#open(deployId, chunkCount);
    } else if (a.count !== chunkCount) {
      return Promise.reject(this.#fail(a, `deploy ${deployId}: the DeployCommand says ${chunkCount} chunks, its chunks say ${a.count}`));
    } else if (a.bytes > sizeBytes) {
      return Promise.reject(this.#fail(a, `deploy ${deployId}: ${a.bytes} bytes of chunks already, the manifest says ${sizeBytes}`));
    }
    a.sizeBytes = sizeBytes;
    if (a.whole !== undefined) {
      const whole = a.whole;
      this.#close(a, undefined);
      return Promise.resolve(whole);
    }
    const assembly = a;
    return new Promise((resolve, reject) => {
      assembly.waiter = { resolve, reject };
    });
  }

  /** Takes one chunk; never throws (a bad chunk fails its deploy, which expect() reports). */
  add(chunk: { deployId?: string | null; index?: number | null; count?: number | null; data?: Uint8Array | null }): ChunkOutcome {
    const deployId = chunk.deployId ?? "";
    const index = chunk.index ?? 0;
    const count = chunk.count ?? 0;
    const data = chunk.data ?? new Uint8Array(0);
    if (deployId === "" || this.#finished.has(deployId)) return this.#count("ignored");
    let a = this.#pending.get(deployId);
    if (a === undefined) {
      if (this.#pending.size >= this.#options.maxPending) return this.#count("refused");
      if (!Number.isInteger(count) || count < 1 || count > MAX_CHUNKS) {
        this.#end(deployId, incomplete(`deploy ${deployId}: chunk count ${count} must be 1 to ${MAX_CHUNKS}`));
        return this.#count("refused");
      }
      a = this.#open(deployId, count);
    }
    if (a.whole !== undefined) return this.#count("duplicate");
    if (count !== a.count) {
      this.#fail(a, `deploy ${deployId}: chunk ${index} says ${count} chunks, the deploy has ${a.count}`);
      return this.#count("refused");
    }
    if (!Number.isInteger(index) || index < 0 || index >= a.count) {
      this.#fail(a, `deploy ${deployId}: chunk index ${index} is outside 0..${a.count - 1}`);
      return this.#count("refused");
    }
    if (a.chunks[index] !== undefined) return this.#count("duplicate");
    const limit = Math.min(a.sizeBytes ?? Number.POSITIVE_INFINITY, this.#options.maxArtifactBytes);
    if (a.bytes + data.length > limit) {
      this.#fail(a, `deploy ${deployId}: chunks add up to more than ${limit} bytes (${a.sizeBytes === undefined ? "agent.max_artifact_bytes" : "the manifest's size_bytes"})`);
      return this.#count("refused");
    }
    // Copy: a chunk's data may be a view into a reused network buffer.
    a.chunks[index] = Uint8Array.from(data);
    a.received++;
    a.bytes += data.length;
    a.timer.refresh();
    this.#counters.accepted++;
    if (a.received < a.count) return "accepted";
    const whole = Buffer.concat(a.chunks as Uint8Array[]);
    a.chunks = [];
    if (a.waiter !== undefined) {
      a.waiter.resolve(whole);
      this.#close(a, undefined);
    } else {
      a.whole = whole; // the DeployCommand has not come yet; the timer still bounds the wait
    }
    return "complete";
  }

  /** Gives up on a deploy (refused before its artifact was needed); later chunks are ignored. */
  cancel(deployId: string, why: string): void {
    const a = this.#pending.get(deployId);
    if (a !== undefined) this.#fail(a, why);
    else this.#end(deployId, incomplete(why));
  }

  /** Fails every deploy still assembling; used on shutdown. */
  close(): void {
    for (const a of [...this.#pending.values()]) this.#fail(a, `deploy ${a.deployId}: the agent is closing`);
  }

  #open(deployId: string, count: number): Assembly {
    const timer = setTimeout(() => {
      const a = this.#pending.get(deployId);
      if (a === undefined) return;
      this.#counters.timedOut++;
      const missing = a.chunks.length === 0 ? [] : missingIndexes(a);
      this.#fail(
        a,
        `deploy ${deployId}: ${a.whole !== undefined ? "its DeployCommand did not come" : `${a.received} of ${a.count} chunks (missing ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", ..." : ""})`} ` +
          `within ${this.#options.chunkTimeoutMs} ms (agent.chunk_timeout_ms)`,
      );
    }, this.#options.chunkTimeoutMs);
    timer.unref();
    const a: Assembly = { deployId, count, chunks: new Array<Uint8Array | undefined>(count), received: 0, bytes: 0, timer };
    this.#pending.set(deployId, a);
    return a;
  }

  #fail(a: Assembly, why: string): VigilError {
    const err = incomplete(why);
    a.waiter?.reject(err);
    this.#close(a, err);
    return err;
  }

  #close(a: Assembly, err: VigilError | undefined): void {
    clearTimeout(a.timer);
    a.chunks = [];
    a.whole = undefined;
    this.#pending.delete(a.deployId);
    this.#end(a.deployId, err);
  }

  #end(deployId: string, err: VigilError | undefined): VigilError {
    this.#finished.set(deployId, err);
    while (this.#finished.size > MAX_FINISHED) this.#finished.delete(this.#finished.keys().next().value as string);
    return err ?? incomplete(`deploy ${deployId}: finished`);
  }

  #count(outcome: "ignored" | "refused" | "duplicate"): ChunkOutcome {
    this.#counters[outcome]++;
    return outcome;
  }
}

function missingIndexes(a: Assembly): number[] {
  const missing: number[] = [];
  for (let i = 0; i < a.count && missing.length <= 10; i++) if (a.chunks[i] === undefined) missing.push(i);
  return missing;
}

const incomplete = (detail: string): VigilError => new VigilError("MODEL_ARTIFACT_INCOMPLETE", detail);
