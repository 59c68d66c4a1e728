import type { Observable } from "rxjs";
import type { FrameItem } from "./frame-item.js";
import type { FrameValidator } from "./frame-validator.js";
import type { MessageSource } from "./message-source.js";
import { ingestMessages, type IngestOptions } from "./message-ingest.js";

export type IngestFramesOptions = IngestOptions;

/**
 * The camera ingest stage: SensorFrames read one at a time (pull-driven), validated,
 * counted and emitted; bad input is counted and logged, never an error (ingestMessages).
 *   ingestFrames(source, new FrameValidator({ maxMessageBytes, clock }), { counters, log }).subscribe(onFrame);
 */
export function ingestFrames(source: MessageSource, validator: FrameValidator, options: IngestFramesOptions): Observable<FrameItem> {
  return ingestMessages(source, validator, options, "frame");
}
