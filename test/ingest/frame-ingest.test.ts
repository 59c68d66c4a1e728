import { readdirSync, readFileSync } from "node:fs";
import { firstValueFrom, type Subscription } from "rxjs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { Push, XPublisher } from "zeromq";
import { bigintToLong, vigil } from "../../proto/index.js";
import { FRAME_REJECT_CODES, VigilError, type FrameRejectCode } from "../../runtime/errors/index.js";
import { ManualClock } from "../../runtime/clock/index.js";
import { PipelineCounters, RateLimitedLog } from "../../runtime/observe/index.js";
import { ingestFrames, type FrameItem, FrameValidator, encodeSensorFrame, ZmqFrameSource, type MessageSource } from "../../runtime/ingest/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";
import { lineCountingLogger, seededBytes, settlesWithin, TRANSPORTS, uniqueEndpoint, within } from "./ingest-test-support.js";

const PETS_DIR = "video/PETS09-S2L1";
const NOW = 1_700_000_000_000_000_000n;
const PER_INTERVAL = 5;

/** The bad kinds the issue lists, each with the code it must be counted under. */
const BAD_KINDS = [
  ["random bytes", "FRAME_MALFORMED"],
  ["truncated protobuf", "FRAME_MALFORMED"],
  ["unknown encoding", "FRAME_UNKNOWN_ENCODING"],
  ["rgb8 size mismatch", "FRAME_SIZE_MISMATCH"],
  ["640x480 declared on a 768x576 jpeg", "FRAME_DIMENSION_MISMATCH"],
  ["oversize", "FRAME_TOO_LARGE"],
  ["corrupt jpeg header", "FRAME_UNDECODABLE"],
  ["empty sensor id", "FRAME_MISSING_SENSOR"],
] as const satisfies ReadonlyArray<readonly [string, FrameRejectCode]>;

interface Harness {
  counters: PipelineCounters;
  lines: Array<Record<string, unknown>>;
  frames$: ReturnType<typeof ingestFrames>;
}

function harness(source: MessageSource, maxMessageBytes: number): Harness {
  const clock = new ManualClock(NOW); // the log's windows never roll over: exactly PER_INTERVAL lines per code
  const { logger, lines } = lineCountingLogger();
  const counters = new PipelineCounters();
  const log = new RateLimitedLog(logger, clock, { intervalMs: 5000, perInterval: PER_INTERVAL });
  const frames$ = ingestFrames(source, new FrameValidator({ maxMessageBytes, clock }), { counters, log });
  return { counters, lines, frames$ };
}

describeWithFixtures("ingestFrames", [PETS_DIR, "images/bus.jpg"], () => {
  let pets: Buffer[];
  let bus: Buffer;
  beforeAll(() => {
    const files = readdirSync(fixture(PETS_DIR)).filter((f) => f.endsWith(".jpg")).sort();
    pets = files.map((f) => readFileSync(fixture(PETS_DIR, f)));
    bus = readFileSync(fixture("images/bus.jpg"));
  });

  const VALID = 200;
  const BAD = 1000;
  const MAX_BYTES = 128 * 1024; // PETS frames are <= 80 kB; bus.jpg (137 kB) makes an oversize message

  /** 1,200 messages: every 6th is valid (seq 1..200), the rest cycle through the bad kinds. */
  function mixedStream(): { messages: Uint8Array[]; expected: Record<FrameRejectCode, number> } {
    const expected = Object.fromEntries(FRAME_REJECT_CODES.map((c) => [c, 0])) as Record<FrameRejectCode, number>;
    const messages: Uint8Array[] = [];
    let valid = 0;
    let bad = 0;
    for (let i = 0; i < VALID + BAD; i++) {
      const jpeg = pets[i % pets.length] as Buffer;
      if (i % 6 === 0) {
        valid++;
        messages.push(encodeSensorFrame({ sensorId: "cam0", seq: BigInt(valid), captureTimeNs: NOW + BigInt(valid), encoding: "jpeg", data: jpeg, tags: { clip: "pets09" } }));
        continue;
      }
      const [kind, code] = BAD_KINDS[bad++ % BAD_KINDS.length] as (typeof BAD_KINDS)[number];
      expected[code]++;
      switch (kind) {
        case "random bytes": {
          const b = seededBytes(i, 64 + (i % 500));
          b[0] = 0x07; // field 0, wire type 7: can never parse
          messages.push(b);
          break;
        }
        case "truncated protobuf": {
          const whole = encodeSensorFrame({ sensorId: "cam0", seq: 1n, encoding: "jpeg", data: jpeg });
          messages.push(whole.subarray(0, whole.length >> 1));
          break;
        }
        case "unknown encoding":
          messages.push(vigil.v1.SensorFrame.encode({ sensorId: "cam0", seq: bigintToLong(BigInt(i), true), encoding: (i % 2 ? 99 : 0) as vigil.v1.Encoding, data: jpeg }).finish());
          break;
        case "rgb8 size mismatch":
          messages.push(encodeSensorFrame({ sensorId: "cam0", encoding: "rgb8", width: 4, height: 4, data: new Uint8Array(47) }));
          break;
        case "640x480 declared on a 768x576 jpeg":
          messages.push(encodeSensorFrame({ sensorId: "cam0", encoding: "jpeg", width: 640, height: 480, data: jpeg }));
          break;
        case "oversize":
          messages.push(encodeSensorFrame({ sensorId: "cam0", encoding: "jpeg", data: bus }));
          break;
        case "corrupt jpeg header": {
          const corrupt = Buffer.from(jpeg);
          corrupt[2] = 0x00;
          messages.push(encodeSensorFrame({ sensorId: "cam0", encoding: "jpeg", data: corrupt }));
          break;
        }
        case "empty sensor id":
          messages.push(encodeSensorFrame({ sensorId: "", encoding: "jpeg", data: jpeg }));
          break;
      }
    }
    expect(valid).toBe(VALID);
    expect(bad).toBe(BAD);
    return { messages, expected };
  }

  /** The last message: a valid frame from "end". When it comes out, everything before it has been handled (both patterns keep order). */
  const sentinel = (): Uint8Array => encodeSensorFrame({ sensorId: "end", encoding: "gray8", width: 1, height: 1, data: Uint8Array.of(0) });

  for (const transport of TRANSPORTS) {
    describe(`over ${transport}`, () => {
      const closers: Array<() => void> = [];
      const subscriptions: Subscription[] = [];
      afterEach(() => {
        for (const s of subscriptions.splice(0)) s.unsubscribe();
        for (const close of closers.splice(0).reverse()) close();
      });

      async function collect(h: Harness): Promise<FrameItem[]> {
        const items: FrameItem[] = [];
        await within(
          new Promise<void>((resolve, reject) => {
            subscriptions.push(
              h.frames$.subscribe({
                next: (item) => (item.sensorId === "end" ? resolve() : items.push(item)),
                error: reject,
                complete: () => reject(new Error("stream completed before the sentinel")),
              }),
            );
          }),
          60_000,
          "the sentinel frame never came out of ingestFrames",
        );
        return items;
      }

      function checkAccounting(h: Harness, items: FrameItem[], expected: Record<FrameRejectCode, number>, sent: number): void {
        const snap = h.counters.snapshot();
        expect(snap.rejectedByReason).toEqual(expected);
        const rejects = Object.values(snap.rejectedByReason).reduce((a, b) => a + b, 0);
        expect(rejects).toBe(BAD);
        // Every message is either a received frame or a reject: per-sensor received includes attributed rejects.
        const receivedIncludingAttributed = Object.values(snap.sensors).reduce((a, s) => a + s.received, 0);
        const validFrames = Object.values(snap.sensors).reduce((a, s) => a + s.received - s.rejected, 0);
        expect(receivedIncludingAttributed + snap.rejectedUnattributed).toBe(sent);
        expect(validFrames + rejects).toBe(sent);
        expect(validFrames).toBe(items.length + 1); // + the sentinel
        // Unattributed: the rejects that have no sensor id (not decodable, oversize, or empty id).
        expect(snap.rejectedUnattributed).toBe(expected.FRAME_MALFORMED + expected.FRAME_TOO_LARGE + expected.FRAME_MISSING_SENSOR);
        // The rate-limited log: PER_INTERVAL lines per code, far fewer than the rejects.
        const codesSeen = Object.values(expected).filter((n) => n > 0).length;
        expect(h.lines.length).toBe(PER_INTERVAL * codesSeen);
        expect(h.lines.length).toBeLessThan(BAD / 20);
        for (const code of FRAME_REJECT_CODES) {
          expect(h.lines.filter((l) => l.code === code).length, code).toBe(expected[code] > 0 ? PER_INTERVAL : 0);
        }
      }

      it("1,000 malformed messages mixed into a valid stream, PUSH -> PULL: every valid frame out, in order, every reject counted", async () => {
        const source = await ZmqFrameSource.open({ endpoint: uniqueEndpoint(transport), socket: "pull", mode: "bind", maxMessageBytes: MAX_BYTES });
        closers.push(() => source.close());
        const push = new Push({ linger: 0 });
        closers.push(() => push.close());
        push.connect(source.endpoint);
        const h = harness(source, MAX_BYTES);
        const { messages, expected } = mixedStream();
        const collecting = collect(h);
        for (const m of messages) await push.send(m);
        await push.send(sentinel());
        const items = await collecting;

        expect(items.length).toBe(VALID);
        expect(items.map((f) => f.seq)).toEqual(Array.from({ length: VALID }, (_, k) => BigInt(k + 1)));
        for (const f of items) {
          expect(f).toMatchObject({ type: "frame", sensorId: "cam0", encoding: "jpeg", width: 768, height: 576, captureTimeNs: NOW + f.seq, receivedNs: NOW, tags: { clip: "pets09" } });
        }
        checkAccounting(h, items, expected, messages.length + 1);
      });

      it("1,000 malformed messages mixed into a valid stream, PUB -> SUB: same accounting, [topic, payload] and [payload] framings", async () => {
        // XPUB is a PUB that also shows when the subscription arrived (no probe loop). A PUB never
        // waits for a slow subscriber, it drops past the high-water marks; so that the count is
        // exact, both marks here hold the whole burst (the source still reads one at a time).
        const burst = VALID + BAD + 1;
        const pub = new XPublisher({ sendHighWaterMark: burst, linger: 0 });
        closers.push(() => pub.close());
        await pub.bind(uniqueEndpoint(transport));
        const source = await ZmqFrameSource.open({
          endpoint: pub.lastEndpoint as string,
          socket: "sub",
          mode: "connect",
          receiveHighWaterMark: burst,
          maxMessageBytes: MAX_BYTES,
        });
        closers.push(() => source.close());
        const [subscription] = await within(pub.receive(), 10_000, "the SUB's subscription never reached the publisher");
        expect(subscription?.[0]).toBe(1); // 1 = subscribe, then the (empty) prefix: everything
        const h = harness(source, MAX_BYTES);
        const { messages, expected } = mixedStream();
        const collecting = collect(h);
        for (const [i, m] of messages.entries()) await pub.send(i % 2 === 0 ? ["cam0", m] : m);
        await pub.send(["end", sentinel()]);
        const items = await collecting;

        expect(items.length).toBe(VALID);
        expect(items.map((f) => f.seq)).toEqual(Array.from({ length: VALID }, (_, k) => BigInt(k + 1)));
        checkAccounting(h, items, expected, messages.length + 1);
      });

      it("a 3 MB message with maxMessageBytes 1 MB is counted as FRAME_TOO_LARGE and the next frame still arrives", async () => {
        const maxMessageBytes = 1 << 20;
        const source = await ZmqFrameSource.open({ endpoint: uniqueEndpoint(transport), socket: "pull", mode: "bind", maxMessageBytes });
        closers.push(() => source.close());
        const push = new Push({ linger: 0 });
        closers.push(() => push.close());
        push.connect(source.endpoint);
        const h = harness(source, maxMessageBytes);
        const next = firstValueFrom(h.frames$);
        await push.send(encodeSensorFrame({ sensorId: "cam0", seq: 1n, encoding: "gray8", width: 1024, height: 3072, data: new Uint8Array(3 << 20) }));
        await push.send(encodeSensorFrame({ sensorId: "cam0", seq: 2n, encoding: "jpeg", data: pets[0] as Buffer }));
        const frame = await within(next, 10_000, "the frame after the oversize message");
        expect(frame).toMatchObject({ sensorId: "cam0", seq: 2n, width: 768, height: 576 });
        expect(h.counters.snapshot().rejectedByReason.FRAME_TOO_LARGE).toBe(1);
        expect(h.counters.snapshot().rejectedUnattributed).toBe(1);
        expect(h.lines.map((l) => l.code)).toEqual(["FRAME_TOO_LARGE"]);
      });

      it("unsubscribing stops the read loop without closing the source or losing the message in flight", async () => {
        const source = await ZmqFrameSource.open({ endpoint: uniqueEndpoint(transport), socket: "pull", mode: "bind", maxMessageBytes: MAX_BYTES });
        closers.push(() => source.close());
        const push = new Push({ linger: 0 });
        closers.push(() => push.close());
        push.connect(source.endpoint);
        const h = harness(source, MAX_BYTES);
        const seen: bigint[] = [];
        const first = new Promise<void>((resolve) => {
          const sub = h.frames$.subscribe((f) => {
            seen.push(f.seq);
            resolve();
          });
          subscriptions.push(sub);
        });
        await push.send(encodeSensorFrame({ sensorId: "cam0", seq: 1n, encoding: "jpeg", data: pets[0] as Buffer }));
        await within(first, 5000, "frame 1");
        subscriptions.splice(0).forEach((s) => s.unsubscribe()); // the loop is now waiting in receive(): it stops
        expect(source.closed).toBe(false);
        await push.send(encodeSensorFrame({ sensorId: "cam0", seq: 2n, encoding: "jpeg", data: pets[1] as Buffer }));
        await push.send(encodeSensorFrame({ sensorId: "cam0", seq: 3n, encoding: "jpeg", data: pets[2] as Buffer }));
        // A new subscriber picks up where the last one stopped: frame 2 was read for nobody and is not lost.
        const again = harness(source, MAX_BYTES);
        const rest: bigint[] = [];
        await within(
          new Promise<void>((resolve, reject) => {
            subscriptions.push(again.frames$.subscribe({ next: (f) => rest.push(f.seq) === 2 && resolve(), error: reject }));
          }),
          5000,
          "frames 2 and 3 after resubscribing",
        );
        expect(seen).toEqual([1n]);
        expect(rest).toEqual([2n, 3n]);
      });

      it("completes when the source is closed, with no error", async () => {
        const source = await ZmqFrameSource.open({ endpoint: uniqueEndpoint(transport), socket: "pull", mode: "bind", maxMessageBytes: MAX_BYTES });
        closers.push(() => source.close());
        const h = harness(source, MAX_BYTES);
        const ended = new Promise<string>((resolve) => {
          subscriptions.push(h.frames$.subscribe({ error: () => resolve("error"), complete: () => resolve("complete") }));
        });
        expect(await settlesWithin(ended, 50)).toBe(false);
        source.close();
        expect(await within(ended, 5000, "the stream did not end after close()")).toBe("complete");
      });
    });
  }

  it("a source failure ends the stream with an error carrying a code", async () => {
    let calls = 0;
    const failing: MessageSource = {
      receive: async () => {
        calls++;
        if (calls === 1) return encodeSensorFrame({ sensorId: "cam0", encoding: "jpeg", data: pets[0] as Buffer });
        throw Object.assign(new Error("Socket is in a bad state"), { code: "EFSM" });
      },
    };
    const h = harness(failing, MAX_BYTES);
    const items: FrameItem[] = [];
    const err = await within(
      new Promise<unknown>((resolve) => {
        h.frames$.subscribe({ next: (f) => items.push(f), error: resolve, complete: () => resolve(new Error("completed")) });
      }),
      5000,
      "the stream did not error",
    );
    expect(items.length).toBe(1);
    expect(err).toBeInstanceOf(VigilError);
    expect(err).toMatchObject({ code: "INGEST_SOCKET_FAILED" });
  });

  it("a socket error from ZmqFrameSource keeps its code", async () => {
    const failure = new VigilError("INGEST_SOCKET_FAILED", "receive on tcp://x failed: EFSM");
    const h = harness({ receive: () => Promise.reject(failure) }, MAX_BYTES);
    await expect(firstValueFrom(h.frames$)).rejects.toBe(failure);
  });
});
