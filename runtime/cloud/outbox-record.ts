/** What a message is for; decides what the full-outbox policy may drop. "risk" is never dropped. */
export type OutboxClass = "risk" | "status" | "telemetry" | (string & {});

export interface OutboxMessage {
  /** Unique while the message waits (e.g. `${deviceId}:${seq}` from MessageIdSequence). */
  id: string;
  class: OutboxClass;
  topic: string;
  body: Uint8Array;
}

export interface OutboxRecord extends OutboxMessage {
  /** When it was appended (the outbox clock, ns since the Unix epoch). */
  createdNs: bigint;
}

const VERSION = 1;

/**
 * Payload layout (little endian): u8 version, u8 class length, class, u16 topic length, topic,
 * u16 id length, id, i64 createdNs, body (the rest).
 */
export function encodeRecord(r: OutboxRecord): Buffer {
  const cls = Buffer.from(r.class, "utf8");
  const topic = Buffer.from(r.topic, "utf8");
  const id = Buffer.from(r.id, "utf8");
  if (cls.byteLength > 0xff) throw new RangeError(`class "${r.class.slice(0, 40)}..." is over 255 bytes`);
  if (topic.byteLength > 0xffff) throw new RangeError("topic is over 65535 bytes");
  if (id.byteLength > 0xffff || id.byteLength === 0) throw new RangeError("id must be 1 to 65535 bytes");
  const out = Buffer.allocUnsafe(1 + 1 + cls.byteLength + 2 + topic.byteLength + 2 + id.byteLength + 8 + r.body.byteLength);
  let o = 0;
  o = out.writeUInt8(VERSION, o);
  o = out.writeUInt8(cls.byteLength, o);
  o += cls.copy(out, o);
  o = out.writeUInt16LE(topic.byteLength, o);
  o += topic.copy(out, o);
  o = out.writeUInt16LE(id.byteLength, o);
  o += id.copy(out, o);
  o = out.writeBigInt64LE(r.createdNs, o);
  out.set(r.body, o);
  return out;
}

/** The record in a payload, or undefined when the bytes are not one (wrong version, lengths past the end). */
export function decodeRecord(p: Buffer): OutboxRecord | undefined {
  let o = 0;
  const need = (n: number): boolean => o + n <= p.byteLength;
  if (!need(2) || p.readUInt8(0) !== VERSION) return undefined;
  const clsLen = p.readUInt8(1);
  o = 2;
  if (!need(clsLen + 2)) return undefined;
  const cls = p.toString("utf8", o, (o += clsLen));
  const topicLen = p.readUInt16LE(o);
  o += 2;
  if (!need(topicLen + 2)) return undefined;
  const topic = p.toString("utf8", o, (o += topicLen));
  const idLen = p.readUInt16LE(o);
  o += 2;
  if (idLen === 0 || !need(idLen + 8)) return undefined;
  const id = p.toString("utf8", o, (o += idLen));
  const createdNs = p.readBigInt64LE(o);
  o += 8;
  return { id, class: cls, topic, createdNs, body: Buffer.from(p.subarray(o)) };
}
