import { bigintToLong, longToBigint, vigil } from "../../proto/index.js";
import type { GroundState } from "./object-list-item.js";

/**
 * One SensedObject in plain fields. objectId defaults to -1 (none), classId to 0; box is
 * x1, y1, x2, y2 in image pixels (any length decodes; the validator insists on 4).
 *   { label: "person", classId: 0, score: 0.9, box: [10, 20, 50, 120], ground: { xM: 1, yM: 3, vxMps: 1.4, vyMps: 0 } }
 */
export interface SensedObjectFields {
  objectId?: number;
  label: string;
  classId?: number;
  score: number;
  box?: readonly number[];
  ground?: GroundState;
}

/**
 * An ObjectList in plain fields: bigint nanosecond times; unset numbers are 0.
 *   encodeObjectList({ sensorId: "cam0", seq: 1n, captureTimeNs: clock.nowNs(), objects: [] })
 */
export interface ObjectListFields {
  sensorId: string;
  seq?: bigint;
  captureTimeNs?: bigint;
  sentTimeNs?: bigint;
  objects: readonly SensedObjectFields[];
  tags?: Record<string, string>;
}

/** What decodeObjectList returns: every field present, exactly as the sender wrote it (not validated). */
export interface DecodedObjectList {
  sensorId: string;
  seq: bigint;
  captureTimeNs: bigint;
  sentTimeNs: bigint;
  objects: Array<Required<Omit<SensedObjectFields, "ground">> & { ground?: GroundState }>;
  tags: Record<string, string>;
}

/**
 * Encodes an ObjectList for senders (the scenario simulator, tests, benchmarks). Scores,
 * boxes and ground values travel as float32, so they come back rounded to float32.
 *   await push.send(encodeObjectList({ sensorId: "cam0", seq: 1n, captureTimeNs: now, objects }));
 */
export function encodeObjectList(fields: ObjectListFields): Uint8Array {
  return vigil.v1.ObjectList.encode({
    sensorId: fields.sensorId,
    seq: bigintToLong(fields.seq ?? 0n, true),
    captureTimeNs: bigintToLong(fields.captureTimeNs ?? 0n),
    sentTimeNs: bigintToLong(fields.sentTimeNs ?? 0n),
    objects: fields.objects.map((o) => ({
      objectId: bigintToLong(BigInt(Math.trunc(o.objectId ?? -1))),
      label: o.label,
      classId: o.classId ?? 0,
      score: o.score,
      box: o.box === undefined ? [] : [...o.box],
      xM: o.ground?.xM ?? 0,
      yM: o.ground?.yM ?? 0,
      vxMps: o.ground?.vxMps ?? 0,
      vyMps: o.ground?.vyMps ?? 0,
      hasGround: o.ground !== undefined,
    })),
    tags: fields.tags ?? {},
  }).finish();
}

/**
 * Decodes an ObjectList into plain fields with bigint times, without judging the values
 * (ObjectListValidator does that). Throws protobufjs's error on bytes that do not parse.
 *   const list = decodeObjectList(bytes); list.objects[0]?.box // [] when the sensor sent none
 */
export function decodeObjectList(message: Uint8Array): DecodedObjectList {
  const list = vigil.v1.ObjectList.decode(message);
  return {
    sensorId: list.sensorId,
    seq: longToBigint(list.seq),
    captureTimeNs: longToBigint(list.captureTimeNs),
    sentTimeNs: longToBigint(list.sentTimeNs),
    objects: list.objects.map((o) => {
      const decoded = {
        // Beyond 2^53 the id loses precision; Number() of it is then not a safe integer, which the validator refuses.
        objectId: Number(longToBigint(o.objectId)),
        label: o.label ?? "",
        classId: o.classId ?? 0,
        score: o.score ?? 0,
        box: o.box ?? [],
      };
      return o.hasGround === true ? { ...decoded, ground: { xM: o.xM ?? 0, yM: o.yM ?? 0, vxMps: o.vxMps ?? 0, vyMps: o.vyMps ?? 0 } } : decoded;
    }),
    // Without tags, decode leaves the prototype's shared frozen empty object: give each list its own.
    tags: Object.isFrozen(list.tags) ? {} : list.tags,
  };
}
