import { VigilError, type FrameRejectCode } from "../errors/index.js";
import type { Clock } from "../clock/index.js";
import { decodeObjectList, type DecodedObjectList } from "./object-list-codec.js";
import type { ObjectsItem, SensedObjectItem } from "./object-list-item.js";

/** Objects per list when none is configured: far more than a sensor reports in one scene. */
export const DEFAULT_MAX_OBJECTS = 256;

/**
 * ObjectListValidator's settings; the pipeline passes ingest.max_message_bytes from its config.
 *   new ObjectListValidator({ maxMessageBytes: 1 << 20, maxObjects: 256, clock })
 */
export interface ObjectListValidatorOptions {
  /** Messages larger than this are rejected as FRAME_TOO_LARGE before decoding. */
  maxMessageBytes: number;
  /** Lists with more objects are rejected as OBJECTS_INVALID (default 256). */
  maxObjects?: number;
  /** Stamps receivedNs on every accepted list. */
  clock: Clock;
}

/**
 * What validate() says about one message: an object list, or why it was refused (sensorId when known).
 *   const r = validator.validate(bytes); if (!r.ok) counters.rejected(r.code, r.sensorId);
 */
export type ObjectListValidationResult =
  | { ok: true; item: ObjectsItem }
  | { ok: false; code: FrameRejectCode; detail: string; sensorId?: string };

/**
 * Turns one received message into an ObjectsItem or a reject with a stable code:
 * FRAME_TOO_LARGE, FRAME_MALFORMED, FRAME_MISSING_SENSOR, or OBJECTS_INVALID (too many
 * objects, a score outside [0, 1], a box that is not 4 finite numbers with x1 <= x2 and
 * y1 <= y2, a non-finite ground state or an id beyond 2^53). One bad object refuses the
 * whole list: a list is one observation. Never throws on bad input.
 *   const v = new ObjectListValidator({ maxMessageBytes: 1 << 20, clock });
 *   const r = v.validate(bytes); if (r.ok) use(r.item); else counters.rejected(r.code, r.sensorId);
 */
export class ObjectListValidator {
  readonly #maxMessageBytes: number;
  readonly #maxObjects: number;
  readonly #clock: Clock;

  constructor({ maxMessageBytes, maxObjects = DEFAULT_MAX_OBJECTS, clock }: ObjectListValidatorOptions) {
    if (!Number.isSafeInteger(maxMessageBytes) || maxMessageBytes <= 0) {
      throw new VigilError("CONFIG_INVALID", `maxMessageBytes must be a positive integer, got ${maxMessageBytes}`);
    }
    if (!Number.isSafeInteger(maxObjects) || maxObjects <= 0) {
      throw new VigilError("CONFIG_INVALID", `maxObjects must be a positive integer, got ${maxObjects}`);
    }
    this.#maxMessageBytes = maxMessageBytes;
    this.#maxObjects = maxObjects;
    this.#clock = clock;
  }

  get maxMessageBytes(): number {
    return this.#maxMessageBytes;
  }

  get maxObjects(): number {
    return this.#maxObjects;
  }

  validate(message: Uint8Array): ObjectListValidationResult {
    if (message.byteLength > this.#maxMessageBytes) {
      return reject("FRAME_TOO_LARGE", `message of ${message.byteLength} bytes exceeds max_message_bytes ${this.#maxMessageBytes}`);
    }
    let list: DecodedObjectList;
    try {
      list = decodeObjectList(message);
    } catch (err) {
      return reject("FRAME_MALFORMED", `not an ObjectList: ${err instanceof Error ? err.message : String(err)}`);
    }
    const sensorId = list.sensorId;
    if (sensorId === "") return reject("FRAME_MISSING_SENSOR", "sensor_id is empty");
    if (list.objects.length > this.#maxObjects) {
      return reject("OBJECTS_INVALID", `${list.objects.length} objects exceed max_objects ${this.#maxObjects}`, sensorId);
    }

    const objects: SensedObjectItem[] = [];
    for (const [i, o] of list.objects.entries()) {
      const problem = objectProblem(o);
      if (problem !== undefined) return reject("OBJECTS_INVALID", `object ${i} (${o.label || "no label"}): ${problem}`, sensorId);
      const { objectId, label, classId, score, box, ground } = o;
      const base = { objectId, label, classId, score };
      const withBox = box.length === 4 ? { ...base, box: [box[0], box[1], box[2], box[3]] as [number, number, number, number] } : base;
      objects.push(ground === undefined ? withBox : { ...withBox, ground });
    }

    const receivedNs = this.#clock.nowNs();
    const item: ObjectsItem = {
      type: "objects",
      sensorId,
      seq: list.seq,
      // As for frames: a sender that does not know when it saw the scene gets the receive time.
      captureTimeNs: list.captureTimeNs === 0n ? receivedNs : list.captureTimeNs,
      sentTimeNs: list.sentTimeNs,
      receivedNs,
      objects,
      tags: list.tags,
    };
    return { ok: true, item };
  }
}

/** Why one decoded object is unusable, or undefined when it is fine. */
function objectProblem(o: DecodedObjectList["objects"][number]): string | undefined {
  if (!Number.isSafeInteger(o.objectId)) return `object_id ${o.objectId} is not an integer within 2^53`;
  if (!(o.score >= 0 && o.score <= 1)) return `score ${o.score} is outside [0, 1]`;
  const { box } = o;
  if (box.length !== 0) {
    if (box.length !== 4) return `box has ${box.length} numbers, needs 4 (x1, y1, x2, y2)`;
    if (!box.every(Number.isFinite)) return `box [${box.join(", ")}] is not finite`;
    const [x1, y1, x2, y2] = box as [number, number, number, number];
    if (x2 < x1 || y2 < y1) return `box [${box.join(", ")}] is inverted`;
  }
  const g = o.ground;
  if (g !== undefined && ![g.xM, g.yM, g.vxMps, g.vyMps].every(Number.isFinite)) {
    return `ground state (${g.xM}, ${g.yM}, ${g.vxMps}, ${g.vyMps}) is not finite`;
  }
  return undefined;
}

function reject(code: FrameRejectCode, detail: string, sensorId?: string): ObjectListValidationResult {
  return sensorId === undefined ? { ok: false, code, detail } : { ok: false, code, detail, sensorId };
}
