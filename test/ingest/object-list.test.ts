import { type Subscription } from "rxjs";
import { afterEach, describe, expect, it } from "vitest";
import { Push } from "zeromq";
import { bigintToLong, vigil } from "../../proto/index.js";
import { FRAME_REJECT_CODES, VigilError, type FrameRejectCode } from "../../runtime/errors/index.js";
import { ManualClock } from "../../runtime/clock/index.js";
import { PipelineCounters, RateLimitedLog } from "../../runtime/observe/index.js";
import {
  decodeObjectList,
  encodeObjectList,
  ingestObjectLists,
  ObjectListValidator,
  ZmqFrameSource,
  type ObjectsItem,
  type SensedObjectFields,
} from "../../runtime/ingest/index.js";
import { lineCountingLogger, seededBytes, within } from "./ingest-test-support.js";

const NOW = 1_700_000_000_000_000_000n;
const MAX_BYTES = 64 * 1024;
const PER_INTERVAL = 5;

/** Values exact in float32, so they survive the wire unchanged. */
const PERSON: SensedObjectFields = { objectId: 7, label: "person", classId: 0, score: 0.75, box: [100.5, 200.25, 160, 420], ground: { xM: -1.5, yM: 3, vxMps: 1.375, vyMps: -0.25 } };
const FORKLIFT: SensedObjectFields = { objectId: -1, label: "forklift", classId: 3, score: 1, box: [0, 0, 0, 0] };
const RADAR_ONLY: SensedObjectFields = { label: "unknown", score: 0.5, ground: { xM: 0, yM: 12.5, vxMps: 0, vyMps: -2 } };

/** Each bad kind, and the code it must be counted under. */
const BAD_KINDS: ReadonlyArray<readonly [string, FrameRejectCode, () => Uint8Array]> = [
  ["random bytes", "FRAME_MALFORMED", () => Uint8Array.of(0x07, ...seededBytes(3, 40))],
  ["truncated protobuf", "FRAME_MALFORMED", () => encodeObjectList({ sensorId: "obj0", objects: [PERSON, FORKLIFT] }).subarray(0, 30)],
  ["oversize", "FRAME_TOO_LARGE", () => encodeObjectList({ sensorId: "obj0", objects: [], tags: { pad: "x".repeat(MAX_BYTES) } })],
  ["empty sensor id", "FRAME_MISSING_SENSOR", () => encodeObjectList({ sensorId: "", objects: [PERSON] })],
  ["NaN box", "OBJECTS_INVALID", () => encodeObjectList({ sensorId: "obj0", objects: [{ ...PERSON, box: [Number.NaN, 1, 2, 3] }] })],
  ["inverted box", "OBJECTS_INVALID", () => encodeObjectList({ sensorId: "obj0", objects: [PERSON, { ...PERSON, box: [50, 10, 40, 20] }] })],
  ["3-number box", "OBJECTS_INVALID", () => encodeObjectList({ sensorId: "obj0", objects: [{ ...PERSON, box: [1, 2, 3] }] })],
  ["score above 1", "OBJECTS_INVALID", () => encodeObjectList({ sensorId: "obj0", objects: [{ ...PERSON, score: 1.5 }] })],
  ["negative score", "OBJECTS_INVALID", () => encodeObjectList({ sensorId: "obj0", objects: [{ ...PERSON, score: -0.25 }] })],
  ["NaN score", "OBJECTS_INVALID", () => encodeObjectList({ sensorId: "obj0", objects: [{ ...PERSON, score: Number.NaN }] })],
  ["infinite ground", "OBJECTS_INVALID", () => encodeObjectList({ sensorId: "obj0", objects: [{ ...RADAR_ONLY, ground: { xM: Infinity, yM: 0, vxMps: 0, vyMps: 0 } }] })],
  ["too many objects", "OBJECTS_INVALID", () => encodeObjectList({ sensorId: "obj0", objects: Array.from({ length: 9 }, () => FORKLIFT) })],
];

describe("ObjectListValidator", () => {
  const clock = new ManualClock(NOW);
  const validator = new ObjectListValidator({ maxMessageBytes: MAX_BYTES, maxObjects: 8, clock });

  it("keeps every field, and stamps the receive time when capture time is 0", () => {
    const r = validator.validate(encodeObjectList({ sensorId: "obj0", seq: 3n, objects: [RADAR_ONLY] }));
    if (!r.ok) throw new Error(r.detail);
    expect(r.item.captureTimeNs).toBe(NOW);
    expect(r.item.sentTimeNs).toBe(0n);
    expect(r.item.objects).toEqual([{ objectId: -1, label: "unknown", classId: 0, score: 0.5, ground: RADAR_ONLY.ground }]);
    expect(r.item.objects[0]).not.toHaveProperty("box");
    expect(r.item.tags).toEqual({});
  });

  it.each(BAD_KINDS.map(([kind, code, make]) => [kind, code, make] as const))("rejects %s as %s", (_kind, code, make) => {
    const r = validator.validate(make());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.detail.length).toBeGreaterThan(0);
    // The sensor is known once the message decodes with a sensor id.
    expect(r.sensorId).toBe(code === "OBJECTS_INVALID" ? "obj0" : undefined);
  });

  it("refuses nonsense settings with CONFIG_INVALID", () => {
    expect(() => new ObjectListValidator({ maxMessageBytes: 0, clock })).toThrow(VigilError);
    expect(() => new ObjectListValidator({ maxMessageBytes: 10, maxObjects: 1.5, clock })).toThrow(/maxObjects/);
    expect(new ObjectListValidator({ maxMessageBytes: 10, clock }).maxObjects).toBe(256);
  });

  it("decodeObjectList round-trips encodeObjectList with bigint times", () => {
    const d = decodeObjectList(encodeObjectList({ sensorId: "s", seq: 2n ** 63n + 5n, captureTimeNs: -5n, sentTimeNs: NOW, objects: [PERSON], tags: { a: "b" } }));
    expect(d.seq).toBe(2n ** 63n + 5n);
    expect(d.captureTimeNs).toBe(-5n);
    expect(d.sentTimeNs).toBe(NOW);
    expect(d.objects[0]).toEqual({ ...PERSON, box: [...(PERSON.box ?? [])] });
    expect(d.tags).toEqual({ a: "b" });
  });

  it("refuses an object id beyond 2^53", () => {
    const bytes = vigil.v1.ObjectList.encode({ sensorId: "obj0", objects: [{ objectId: bigintToLong(2n ** 60n), label: "x", score: 0.5 }] }).finish();
    const r = validator.validate(bytes);
    expect(r.ok ? "ok" : r.code).toBe("OBJECTS_INVALID");
  });
});

describe("ingestObjectLists over ZeroMQ PUSH -> PULL (tcp loopback)", () => {
  const closers: Array<() => void> = [];
  const subscriptions: Subscription[] = [];
  afterEach(() => {
    for (const s of subscriptions.splice(0)) s.unsubscribe();
    for (const close of closers.splice(0).reverse()) close();
  });

  async function open(): Promise<{ push: Push; counters: PipelineCounters; lines: Array<Record<string, unknown>>; lists$: ReturnType<typeof ingestObjectLists> }> {
    const source = await ZmqFrameSource.open({ endpoint: "tcp://127.0.0.1:*", socket: "pull", mode: "bind", maxMessageBytes: MAX_BYTES });
    closers.push(() => source.close());
    const push = new Push({ linger: 0, sendHighWaterMark: 1000 });
    closers.push(() => push.close());
    push.connect(source.endpoint);
    const clock = new ManualClock(NOW);
    const { logger, lines } = lineCountingLogger();
    const counters = new PipelineCounters();
    const log = new RateLimitedLog(logger, clock, { intervalMs: 5000, perInterval: PER_INTERVAL });
    const lists$ = ingestObjectLists(source, new ObjectListValidator({ maxMessageBytes: MAX_BYTES, maxObjects: 8, clock }), { counters, log });
    return { push, counters, lines, lists$ };
  }

  /** Collects lists until one from sensor "end" arrives (everything before it has been handled: PUSH/PULL keeps order). */
  async function collectUntilEnd(lists$: ReturnType<typeof ingestObjectLists>): Promise<ObjectsItem[]> {
    const items: ObjectsItem[] = [];
    await within(
      new Promise<void>((resolve, reject) => {
        subscriptions.push(
          lists$.subscribe({
            next: (item) => (item.sensorId === "end" ? resolve() : items.push(item)),
            error: reject,
            complete: () => reject(new Error("stream completed before the sentinel")),
          }),
        );
      }),
      20_000,
      "the sentinel list never came out of ingestObjectLists",
    );
    return items;
  }
  const sentinel = (): Uint8Array => encodeObjectList({ sensorId: "end", objects: [] });

  it("passes valid lists with exact fields", async () => {
    const h = await open();
    const done = collectUntilEnd(h.lists$);
    await h.push.send(encodeObjectList({ sensorId: "obj0", seq: 1n, captureTimeNs: NOW - 40_000_000n, sentTimeNs: NOW - 1_000_000n, objects: [PERSON, FORKLIFT, RADAR_ONLY], tags: { scenario: "crossing" } }));
    await h.push.send(encodeObjectList({ sensorId: "obj0", seq: 2n, captureTimeNs: NOW, objects: [] }));
    await h.push.send(sentinel());
    const items = await done;
    expect(items).toEqual([
      {
        type: "objects",
        sensorId: "obj0",
        seq: 1n,
        captureTimeNs: NOW - 40_000_000n,
        sentTimeNs: NOW - 1_000_000n,
        receivedNs: NOW,
        objects: [
          { objectId: 7, label: "person", classId: 0, score: 0.75, box: [100.5, 200.25, 160, 420], ground: { xM: -1.5, yM: 3, vxMps: 1.375, vyMps: -0.25 } },
          { objectId: -1, label: "forklift", classId: 3, score: 1, box: [0, 0, 0, 0] },
          { objectId: -1, label: "unknown", classId: 0, score: 0.5, ground: { xM: 0, yM: 12.5, vxMps: 0, vyMps: -2 } },
        ],
        tags: { scenario: "crossing" },
      },
      { type: "objects", sensorId: "obj0", seq: 2n, captureTimeNs: NOW, sentTimeNs: 0n, receivedNs: NOW, objects: [], tags: {} },
    ]);
    expect(h.counters.sensor("obj0").received).toBe(2);
    expect(h.counters.snapshot().rejectedUnattributed).toBe(0);
  });

  it.each(BAD_KINDS.map(([kind, code, make]) => [kind, code, make] as const))("counts %s as %s and keeps going", async (_kind, code, make) => {
    const h = await open();
    const done = collectUntilEnd(h.lists$);
    await h.push.send(make());
    await h.push.send(encodeObjectList({ sensorId: "obj0", seq: 9n, objects: [PERSON] }));
    await h.push.send(sentinel());
    const items = await done;
    expect(items.map((i) => i.seq)).toEqual([9n]);
    const snap = h.counters.snapshot();
    expect(snap.rejectedByReason[code]).toBe(1);
    expect(Object.values(snap.rejectedByReason).reduce((a, b) => a + b, 0)).toBe(1);
    expect(h.lines.filter((l) => l.code === code)).toHaveLength(1);
  });

  it("keeps all 100 valid lists, in order, in a stream of 100 valid + 100 bad", async () => {
    const h = await open();
    const done = collectUntilEnd(h.lists$);
    const expected = Object.fromEntries(FRAME_REJECT_CODES.map((c) => [c, 0])) as Record<FrameRejectCode, number>;
    for (let i = 0; i < 200; i++) {
      if (i % 2 === 0) {
        const seq = BigInt(i / 2 + 1);
        await h.push.send(encodeObjectList({ sensorId: "obj0", seq, captureTimeNs: NOW + seq, objects: [{ ...PERSON, objectId: i }] }));
      } else {
        const [, code, make] = BAD_KINDS[(i >> 1) % BAD_KINDS.length] as (typeof BAD_KINDS)[number];
        expected[code]++;
        await h.push.send(make());
      }
    }
    await h.push.send(sentinel());
    const items = await done;
    expect(items.map((i) => i.seq)).toEqual(Array.from({ length: 100 }, (_, i) => BigInt(i + 1)));
    expect(items.map((i) => i.objects[0]?.objectId)).toEqual(Array.from({ length: 100 }, (_, i) => 2 * i));
    const snap = h.counters.snapshot();
    expect(snap.rejectedByReason).toEqual(expected);
    expect(snap.rejectedUnattributed).toBe(expected.FRAME_MALFORMED + expected.FRAME_TOO_LARGE + expected.FRAME_MISSING_SENSOR);
    // obj0: 100 valid + every reject that decoded with its id.
    expect(h.counters.sensor("obj0").received).toBe(100 + expected.OBJECTS_INVALID);
    expect(h.counters.sensor("obj0").rejected).toBe(expected.OBJECTS_INVALID);
    // Rate-limited: at most PER_INTERVAL lines per code in one window.
    for (const code of FRAME_REJECT_CODES) expect(h.lines.filter((l) => l.code === code).length).toBe(Math.min(PER_INTERVAL, expected[code]));
  });
});
