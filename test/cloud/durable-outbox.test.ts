import { spawn } from "node:child_process";
import { mkdtemp, open, readdir, rm, stat, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DurableOutbox, OutboxError, type DurableOutboxOptions } from "../../runtime/cloud/index.js";
import { ManualClock } from "../../runtime/clock/index.js";
import { REPO_ROOT } from "../../runtime/cli/repo-paths.js";

let dir: string;
const opened: DurableOutbox[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "vigil-outbox-"));
});
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
  await rm(dir, { recursive: true, force: true });
});

async function openOutbox(options: Partial<DurableOutboxOptions> = {}): Promise<DurableOutbox> {
  const o = await DurableOutbox.open({ dir, maxBytes: 1 << 20, segmentBytes: 4096, clock: new ManualClock(1n), ...options });
  opened.push(o);
  return o;
}

async function reopen(o: DurableOutbox, options: Partial<DurableOutboxOptions> = {}): Promise<DurableOutbox> {
  await o.close();
  return openOutbox(options);
}

const segFiles = async (): Promise<string[]> => (await readdir(dir)).filter((n) => n.endsWith(".seg")).sort();
const body = (i: number): Buffer => Buffer.from(`payload-${i}`);
const codeOf = async (p: Promise<unknown>): Promise<string | undefined> => {
  try {
    await p;
  } catch (err) {
    if (err instanceof OutboxError) return err.code;
    throw err;
  }
  return undefined;
};

for (const fsync of ["always", "batch"] as const) {
  describe(`DurableOutbox (fsync ${fsync})`, () => {
    it("keeps 1,000 records across reopen, in order; acked ones stay gone; fully acked segments are deleted", async () => {
      let o = await openOutbox({ fsync });
      // "batch": concurrent appends share syncs
      await Promise.all(Array.from({ length: 1000 }, (_, i) => o.append({ id: `dev:${i}`, class: "telemetry", topic: "vigil/t", body: body(i) })));
      expect(o.counters()).toMatchObject({ appended: 1000, records: 1000 });
      const segmentsBefore = (await segFiles()).length;
      expect(segmentsBefore).toBeGreaterThan(5);

      o = await reopen(o, { fsync });
      const all = o.peek(10_000);
      expect(all.map((r) => r.id)).toEqual(Array.from({ length: 1000 }, (_, i) => `dev:${i}`));
      expect(all[7]).toMatchObject({ id: "dev:7", class: "telemetry", topic: "vigil/t", createdNs: 1n });
      expect(Buffer.from(all[7]!.body).toString()).toBe("payload-7");
      expect(o.counters()).toMatchObject({ records: 1000, tornTails: 0, segments: segmentsBefore });

      for (let i = 0; i < 500; i++) expect(await o.ack(`dev:${i}`)).toBe(true);
      expect(await o.ack("dev:0")).toBe(false); // a repeated ack
      expect(o.counters()).toMatchObject({ acked: 500, records: 500 });

      o = await reopen(o, { fsync });
      expect(o.peek(10_000).map((r) => r.id)).toEqual(Array.from({ length: 500 }, (_, i) => `dev:${500 + i}`));
      expect(o.next()?.id).toBe("dev:500");
      const segmentsAfter = await segFiles();
      expect(segmentsAfter.length).toBeLessThan(segmentsBefore);
      expect(segmentsAfter.length).toBe(o.counters().segments);
      // no ack file without its segment
      const acks = (await readdir(dir)).filter((n) => n.endsWith(".ack")).map((n) => n.replace(".ack", ".seg"));
      for (const a of acks) expect(segmentsAfter).toContain(a);

      for (let i = 500; i < 1000; i++) await o.ack(`dev:${i}`);
      expect(await readdir(dir)).toEqual([]);
      expect(o.counters()).toMatchObject({ records: 0, bytes: 0, segments: 0 });
      o = await reopen(o, { fsync });
      expect(o.peek(10)).toEqual([]);
      await o.append({ id: "dev:1000", class: "risk", topic: "t", body: body(1000) });
      expect(o.next()?.id).toBe("dev:1000");
    });
  });
}

describe("DurableOutbox torn tails", () => {
  const corruptions = {
    "truncated in the middle of the last record": async (path: string) => {
      const { size } = await stat(path);
      await truncate(path, size - 7);
    },
    "a flipped byte in the last record's payload": async (path: string) => {
      const { size } = await stat(path);
      const h = await open(path, "r+");
      const b = Buffer.alloc(1);
      await h.read(b, 0, 1, size - 3);
      b[0] = b[0]! ^ 0xff;
      await h.write(b, 0, 1, size - 3);
      await h.close();
    },
  };
  for (const [name, corrupt] of Object.entries(corruptions)) {
    it(`cuts ${name}, keeps everything before it, and appends after it`, async () => {
      let o = await openOutbox();
      for (let i = 0; i < 10; i++) await o.append({ id: `dev:${i}`, class: "risk", topic: "t", body: body(i) });
      const [last] = (await segFiles()).slice(-1);
      await o.close();
      await corrupt(join(dir, last!));

      o = await openOutbox();
      expect(o.counters()).toMatchObject({ tornTails: 1, records: 9 });
      expect(o.peek(100).map((r) => r.id)).toEqual(Array.from({ length: 9 }, (_, i) => `dev:${i}`));
      await o.append({ id: "dev:10", class: "risk", topic: "t", body: body(10) });
      o = await reopen(o);
      expect(o.counters().tornTails).toBe(0); // the cut tail is gone for good
      expect(o.peek(100).map((r) => r.id)).toEqual([...Array.from({ length: 9 }, (_, i) => `dev:${i}`), "dev:10"]);
    });
  }
});

describe("DurableOutbox when full", () => {
  it("drops telemetry oldest first, then status, never risk; rejects OUTBOX_FULL when only risk remains", async () => {
    // each record below frames to the same size; room for exactly 6
    const frame = 8 + 2 + "telemetry".length + 2 + 1 + 2 + "dev:00".length + 8 + 10;
    const pad = (cls: string): Buffer => Buffer.alloc(10 + "telemetry".length - cls.length);
    let o = await openOutbox({ maxBytes: frame * 6, segmentBytes: frame * 2 });
    const add = (id: string, cls: string): Promise<void> => o.append({ id, class: cls, topic: "t", body: pad(cls) });
    await add("dev:00", "telemetry");
    await add("dev:01", "risk");
    await add("dev:02", "status");
    await add("dev:03", "telemetry");
    await add("dev:04", "telemetry");
    await add("dev:05", "risk");
    expect(o.counters().bytes).toBe(frame * 6);

    await add("dev:06", "risk"); // drops dev:00
    await add("dev:07", "risk"); // drops dev:03
    expect(o.peek(10).map((r) => r.id)).toEqual(["dev:01", "dev:02", "dev:04", "dev:05", "dev:06", "dev:07"]);
    await add("dev:08", "telemetry"); // drops dev:04 (telemetry still first)
    await add("dev:09", "risk"); // drops dev:08
    await add("dev:10", "risk"); // no telemetry left: drops status dev:02
    expect(o.peek(10).map((r) => r.id)).toEqual(["dev:01", "dev:05", "dev:06", "dev:07", "dev:09", "dev:10"]);
    expect(o.counters()).toMatchObject({ droppedByClass: { telemetry: 4, status: 1 }, rejectedFull: 0, bytes: frame * 6 });

    expect(await codeOf(add("dev:11", "risk"))).toBe("OUTBOX_FULL");
    expect(await codeOf(add("dev:12", "telemetry"))).toBe("OUTBOX_FULL");
    expect(o.counters()).toMatchObject({ rejectedFull: 2, records: 6 });

    // drops are persisted: they do not come back after a restart
    o = await reopen(o, { maxBytes: frame * 6, segmentBytes: frame * 2 });
    expect(o.peek(10).map((r) => r.id)).toEqual(["dev:01", "dev:05", "dev:06", "dev:07", "dev:09", "dev:10"]);
    await o.ack("dev:01");
    await add("dev:13", "risk");
    expect(o.peek(10).map((r) => r.id)).toEqual(["dev:05", "dev:06", "dev:07", "dev:09", "dev:10", "dev:13"]);
  });

  it("rejects a duplicate waiting id, an oversized record, and a dropOrder naming risk", async () => {
    const o = await openOutbox({ maxBytes: 1000, segmentBytes: 500 });
    await o.append({ id: "a", class: "risk", topic: "t", body: Buffer.alloc(1) });
    expect(await codeOf(o.append({ id: "a", class: "risk", topic: "t", body: Buffer.alloc(1) }))).toBe("OUTBOX_DUPLICATE_ID");
    expect(await codeOf(o.append({ id: "b", class: "risk", topic: "t", body: Buffer.alloc(600) }))).toBe("OUTBOX_RECORD_TOO_LARGE");
    expect(await codeOf(DurableOutbox.open({ dir, maxBytes: 1000, dropOrder: ["telemetry", "risk"] }))).toBe("OUTBOX_CONFIG_INVALID");
    await o.close();
    expect(await codeOf(o.append({ id: "c", class: "risk", topic: "t", body: Buffer.alloc(1) }))).toBe("OUTBOX_CLOSED");
  });
});

describe("DurableOutbox crash safety", () => {
  for (const [fsync, concurrency] of [["always", 1], ["batch", 8]] as const) {
    it(`loses nothing that was reported written when the writer is SIGKILLed (fsync ${fsync}, ${concurrency} in flight)`, async () => {
      const child = spawn(process.execPath, ["--import", "tsx", join("test", "cloud", "outbox-writer-child.ts"), dir, fsync, String(concurrency)], {
        cwd: REPO_ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      let err = "";
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`child wrote too little; stderr:\n${err}`)), 30_000);
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          if (out.split("\n").length > 1500) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      const reported = out.split("\n").slice(0, -1); // complete lines only

      const o = await openOutbox({ maxBytes: 64 << 20, segmentBytes: 16 << 10 });
      const present = new Set(o.peek(1e6).map((r) => r.id));
      expect(reported.length).toBeGreaterThanOrEqual(1500);
      expect(reported.filter((id) => !present.has(id))).toEqual([]);
      expect(o.counters().tornTails).toBeLessThanOrEqual(1);
      await o.append({ id: "after-crash", class: "risk", topic: "t", body: Buffer.alloc(1) });
      expect(o.peek(1e6).at(-1)?.id).toBe("after-crash");
    });
  }
});
