import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { Observable } from "rxjs";
import { isVigilError, VigilError, type FrameRejectCode } from "../errors/index.js";
import type { PipelineCounters, RateLimitedLog } from "../observe/index.js";
import type { MessageSource } from "./message-source.js";

/**
 * Where an ingest stage reports what it did with each message.
 *   ingestFrames(source, validator, { counters: new PipelineCounters(), log: new RateLimitedLog(logger, clock) })
 */
export interface IngestOptions {
  /** Valid messages count as received(sensorId); rejects as rejected(code, sensorId?). */
  counters: PipelineCounters;
  /** Each reject is logged here, keyed by its code, so a flood of bad input costs a few lines. */
  log: RateLimitedLog;
}

/**
 * Messages read back-to-back before the loop lets timers and I/O run. A source that always
 * has a message ready resolves receive() at once, which would otherwise never leave the
 * microtask queue.
 */
const YIELD_EVERY = 64;

/** What a validator says about one message: the item, or why it was refused. */
export type MessageValidation<T> = { ok: true; item: T } | { ok: false; code: FrameRejectCode; detail: string; sensorId?: string };

export interface MessageValidator<T> {
  validate(message: Uint8Array): MessageValidation<T>;
}

/**
 * An ingest stage (frames, object lists): reads one message at a time from `source`,
 * validates it and emits the item synchronously before it reads the next (so a slow
 * synchronous consumer slows the reads, and ZeroMQ's high-water mark pushes back on the
 * sender). Bad input is counted
 * and logged, never an error; a socket failure errors the stream with its VigilError code
 * (INGEST_SOCKET_FAILED). The source ending (closed) completes the stream. Unsubscribing
 * stops the read loop but does not close the source: whoever opened the source closes it.
 *   const source = await ZmqFrameSource.open({ endpoint, socket: "pull", mode: "bind", maxMessageBytes });
 *   ingestFrames(source, new FrameValidator({ maxMessageBytes, clock }), { counters, log }).subscribe(onFrame);
 */
export function ingestMessages<T extends { sensorId: string }>(
  source: MessageSource,
  validator: MessageValidator<T>,
  { counters, log }: IngestOptions,
  what: string,
): Observable<T> {
  return new Observable<T>((subscriber) => {
    const stop = new AbortController();
    const { signal } = stop;

    const pump = async (): Promise<void> => {
      let sinceYield = 0;
      while (!signal.aborted) {
        const message = await source.receive(signal);
        if (message === null) {
          if (!signal.aborted) subscriber.complete();
          return;
        }
        const result = validator.validate(message);
        if (result.ok) {
          counters.received(result.item.sensorId);
          subscriber.next(result.item);
        } else {
          counters.rejected(result.code, result.sensorId);
          const fields = result.sensorId === undefined ? { detail: result.detail } : { sensor: result.sensorId, detail: result.detail };
          log.warn(result.code, fields, `${what} rejected`);
        }
        if (++sinceYield >= YIELD_EVERY) {
          sinceYield = 0;
          await yieldToEventLoop();
        }
      }
    };

    pump().catch((err: unknown) => {
      if (signal.aborted) return; // nobody is listening any more; the source's owner sees the failure on its next use
      subscriber.error(
        isVigilError(err) ? err : new VigilError("INGEST_SOCKET_FAILED", `${what} source failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err }),
      );
    });

    return () => stop.abort();
  });
}
