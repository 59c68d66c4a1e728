import type { Observable } from "rxjs";
import type { MessageSource } from "./message-source.js";
import { ingestMessages, type IngestOptions } from "./message-ingest.js";
import type { ObjectsItem } from "./object-list-item.js";
import type { ObjectListValidator } from "./object-list-validator.js";

export type IngestObjectListsOptions = IngestOptions;

/**
 * The ingest stage for smart sensors (ObjectList instead of pixels), the same pull-driven
 * loop as ingestFrames (ingestMessages).
 *   ingestObjectLists(source, new ObjectListValidator({ maxMessageBytes, clock }), { counters, log }).subscribe(onObjects);
 */
export function ingestObjectLists(source: MessageSource, validator: ObjectListValidator, options: IngestObjectListsOptions): Observable<ObjectsItem> {
  return ingestMessages(source, validator, options, "object list");
}
