import { afterEach, describe, expect, it } from "vitest";
import { Publisher, Push } from "zeromq";
import { ZmqFrameSource } from "../../runtime/ingest/zmq-frame-source.js";
import { settlesWithin, TRANSPORTS, uniqueEndpoint, within } from "./ingest-test-support.js";

const MB = 1 << 20;

/** A message whose first 4 bytes are its index, padded to `size`. */
function numbered(i: number, size = 16): Uint8Array {
  const m = new Uint8Array(size);
  new DataView(m.buffer).setUint32(0, i);
  return m;
}
const indexOf = (m: Uint8Array): number => new DataView(m.buffer, m.byteOffset, m.byteLength).getUint32(0);

for (const transport of TRANSPORTS) {
  describe(`ZmqFrameSource over ${transport}`, () => {
    const closers: Array<() => void> = [];
    afterEach(() => {
      for (const close of closers.splice(0).reverse()) close();
    });

    async function pullSource(options: { receiveHighWaterMark?: number; maxMessageBytes?: number; hardMaxMessageBytes?: number } = {}): Promise<ZmqFrameSource> {
      const source = await ZmqFrameSource.open({ endpoint: uniqueEndpoint(transport), socket: "pull", mode: "bind", maxMessageBytes: MB, ...options });
      closers.push(() => source.close());
      return source;
    }

    function pushTo(endpoint: string, sendHighWaterMark = 1000): Push {
      const push = new Push({ sendHighWaterMark, linger: 0 });
      closers.push(() => push.close());
      push.connect(endpoint);
      return push;
    }

    it("binds to a resolved endpoint and receives PUSHed messages in order", async () => {
      const source = await pullSource();
      if (transport === "tcp") expect(source.endpoint).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
      else expect(source.endpoint).toMatch(/^ipc:\/\/\/tmp\/vigil-test-/);
      const push = pushTo(source.endpoint);
      const sending = (async () => {
        for (let i = 0; i < 50; i++) await push.send(numbered(i));
      })();
      for (let i = 0; i < 50; i++) {
        const m = await within(source.receive(), 5000, `message ${i}`);
        expect(m && indexOf(m)).toBe(i);
      }
      await sending;
    });

    it("takes the last part of SUB messages: [topic, payload] and [payload]", async () => {
      const pub = new Publisher({ linger: 0 });
      closers.push(() => pub.close());
      await pub.bind(uniqueEndpoint(transport));
      const source = await ZmqFrameSource.open({ endpoint: pub.lastEndpoint as string, socket: "sub", mode: "connect", maxMessageBytes: MB });
      closers.push(() => source.close());
      // PUB drops until the subscription has arrived: publish a probe until one gets through (bounded).
      const first = source.receive();
      for (let tries = 0; !(await settlesWithin(first, 20)); tries++) {
        expect(tries, "subscription never reached the publisher").toBeLessThan(250);
        await pub.send(["probe", numbered(999)]);
      }
      expect(indexOf((await first) as Uint8Array)).toBe(999);
      // Drain probes that were still in flight, then check both framings.
      await pub.send(["marker", numbered(1000)]);
      for (let m = await source.receive(); m !== null && indexOf(m) !== 1000; m = await source.receive());
      await pub.send(["cam0", numbered(1)]);
      await pub.send(numbered(2));
      await pub.send(["a", "b", numbered(3)]);
      const got = [await source.receive(), await source.receive(), await source.receive()];
      expect(got.map((m) => m && indexOf(m))).toEqual([1, 2, 3]);
    });

    it("subscribes to the given topics only", async () => {
      const pub = new Publisher({ linger: 0 });
      closers.push(() => pub.close());
      await pub.bind(uniqueEndpoint(transport));
      const source = await ZmqFrameSource.open({ endpoint: pub.lastEndpoint as string, socket: "sub", mode: "connect", topics: ["cam1"], maxMessageBytes: MB });
      closers.push(() => source.close());
      const first = source.receive();
      for (let tries = 0; !(await settlesWithin(first, 20)); tries++) {
        expect(tries, "subscription never reached the publisher").toBeLessThan(250);
        await pub.send(["cam2", numbered(2)]);
        await pub.send(["cam1", numbered(1)]);
      }
      expect(indexOf((await first) as Uint8Array)).toBe(1);
    });

    it("close() ends a pending receive() and for-await iteration cleanly", async () => {
      const source = await pullSource();
      const push = pushTo(source.endpoint);
      await push.send(numbered(0));
      const seen: number[] = [];
      const iterating = (async () => {
        for await (const m of source) {
          seen.push(indexOf(m));
          if (seen.length === 1) queueMicrotask(() => source.close()); // close while the next receive waits
        }
      })();
      await within(iterating, 5000, "iteration did not end after close()");
      expect(seen).toEqual([0]);
      expect(source.closed).toBe(true);
      expect(await source.receive()).toBeNull();
    });

    it("an aborted receive() loses no message: the next call gets it", async () => {
      const source = await pullSource();
      const push = pushTo(source.endpoint);
      const stop = new AbortController();
      const pending = source.receive(stop.signal);
      stop.abort();
      expect(await pending).toBeNull();
      // The socket read it started is still in flight; a new call must not hit EBUSY.
      await push.send(numbered(7));
      const next = await within(source.receive(), 5000, "message after abort");
      expect(next && indexOf(next)).toBe(7);
    });

    it("rejects a second concurrent receive() with INGEST_SOURCE_BUSY", async () => {
      const source = await pullSource();
      const first = source.receive();
      await expect(source.receive()).rejects.toMatchObject({ code: "INGEST_SOURCE_BUSY" });
      source.close();
      expect(await first).toBeNull();
    });

    it("fails to bind an unusable endpoint with INGEST_SOCKET_FAILED", async () => {
      // tcp: the port is taken. ipc: libzmq would silently take over an existing path, so use one it can't create.
      const endpoint = transport === "tcp" ? (await pullSource()).endpoint : "ipc:///nonexistent-vigil-dir/x.sock";
      await expect(ZmqFrameSource.open({ endpoint, socket: "pull", mode: "bind", maxMessageBytes: MB })).rejects.toMatchObject({
        code: "INGEST_SOCKET_FAILED",
      });
    });

    it("refuses bad options with CONFIG_INVALID", async () => {
      const endpoint = uniqueEndpoint(transport);
      await expect(ZmqFrameSource.open({ endpoint, socket: "pull", mode: "bind", maxMessageBytes: MB, receiveHighWaterMark: 0 })).rejects.toMatchObject({ code: "CONFIG_INVALID" });
      await expect(ZmqFrameSource.open({ endpoint, socket: "pull", mode: "bind", maxMessageBytes: MB, topics: ["x"] })).rejects.toMatchObject({ code: "CONFIG_INVALID" });
      await expect(ZmqFrameSource.open({ endpoint, socket: "pull", mode: "bind", maxMessageBytes: MB, hardMaxMessageBytes: 10 })).rejects.toMatchObject({ code: "CONFIG_INVALID" });
    });

    it("a message over hardMaxMessageBytes is cut by libzmq (never delivered) and later messages still arrive", async () => {
      const source = await pullSource({ maxMessageBytes: MB, hardMaxMessageBytes: 2 * MB });
      const push = pushTo(source.endpoint);
      await push.send(numbered(1, 3 * MB)); // libzmq drops the connection that carries it; the sender reconnects
      await push.send(numbered(2));
      const next = await within(source.receive(), 10_000, "the message after the one over the hard cap");
      expect(next && [indexOf(next), next.byteLength]).toEqual([2, 16]);
    });

    it("reads are pull-driven: an unread source makes a PUSH sender's send() wait, pulling releases it", async () => {
      const source = await pullSource({ receiveHighWaterMark: 2 });
      const push = new Push({ sendHighWaterMark: 2, sendBufferSize: 64 * 1024, linger: 0 });
      closers.push(() => push.close());
      push.connect(source.endpoint);
      const size = 100 * 1024;
      // Nobody reads: after the high-water marks and the kernel buffers fill, send() stays pending
      // (here: for 600 ms, two checks, so a slow machine is not mistaken for back-pressure).
      let sent = 0;
      let blocked: Promise<void> | undefined;
      const limit = 2000; // 200 MB: far more than any loopback buffering
      while (sent < limit) {
        const sending = push.send(numbered(sent, size));
        if (!(await settlesWithin(sending, 300)) && !(await settlesWithin(sending, 300))) {
          blocked = sending;
          break;
        }
        sent++;
      }
      expect(blocked, `send() never waited in ${limit} messages`).toBeDefined();
      expect(sent).toBeGreaterThanOrEqual(2);
      // Pull (one message at a time) until the waiting send goes through; everything arrives in order.
      let read = 0;
      const released = blocked as Promise<void>;
      let done = false;
      void released.then(() => (done = true));
      while (!done) {
        const m = await within(source.receive(), 5000, `message ${read} while the sender waits`);
        expect(m && indexOf(m)).toBe(read);
        read++;
        await settlesWithin(released, 0);
      }
      expect(read).toBeGreaterThan(0);
      expect(read).toBeLessThanOrEqual(sent);
      for (; read <= sent; read++) {
        const m = await within(source.receive(), 5000, `message ${read} after the release`);
        expect(m && indexOf(m)).toBe(read);
      }
    });
  });
}
