import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../runtime/clock/index.js";
import { isVigilError } from "../../runtime/errors/index.js";
import { decodeDetectionSet } from "../../runtime/publish/index.js";
import { LogRecorder, readMcapLog } from "../../runtime/record/index.js";
import { T0, recordConfig, recordStep, tempDir } from "./record-test-support.js";

const out = tempDir("read-log");
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** A log of 60 steps (9 messages each, plus the model record) in small chunks, and its path. */
let runs = 0;
async function recordLog(): Promise<{ path: string; total: number }> {
  const clock = new ManualClock(T0);
  const recorder = await LogRecorder.open({ config: recordConfig(join(out, `run${++runs}`), { chunk_bytes: 2048, clips: { enabled: false } }), clock });
  for (let i = 1; i <= 60; i++) {
    recordStep(recorder, i, clock.nowNs());
    clock.advanceMs(50);
  }
  const stats = await recorder.close();
  return { path: join(stats.dir, stats.files[0]!), total: 60 * 9 + 1 };
}

describe("readMcapLog", () => {
  it("reads a complete log through its index", async () => {
    const { path, total } = await recordLog();
    const log = await readMcapLog(path);
    expect(log.problem).toBeUndefined();
    expect(log.indexed).toBe(true);
    expect(log.messages).toHaveLength(total);
    expect(log.readableBytes).toBe(readFileSync(path).byteLength);
  });

  it("reads the part of a truncated log before the cut, and says LOG_TRUNCATED at which byte", async () => {
    const { path, total } = await recordLog();
    const bytes = readFileSync(path);
    const cutAt = Math.floor(bytes.byteLength * 0.6);
    const cut = join(out, "cut.mcap");
    writeFileSync(cut, bytes.subarray(0, cutAt));

    const log = await readMcapLog(cut);
    expect(log.indexed).toBe(false);
    expect(isVigilError(log.problem, "LOG_TRUNCATED")).toBe(true);
    expect(log.readableBytes).toBeGreaterThan(0);
    expect(log.readableBytes).toBeLessThanOrEqual(cutAt);
    expect(log.problem!.message).toContain(`byte ${log.readableBytes} of ${cutAt}`);
    expect(log.problem!.message).toContain(cut);
    // The readable prefix: whole chunks, in time order, the first messages of the file.
    expect(log.messages.length).toBeGreaterThan(0);
    expect(log.messages.length).toBeLessThan(total);
    for (let i = 1; i < log.messages.length; i++) expect(log.messages[i]!.logTimeNs).toBeGreaterThanOrEqual(log.messages[i - 1]!.logTimeNs);
    const seqs = log.messages.filter((m) => m.topic === "/vigil/detections").map((m) => Number(decodeDetectionSet(m.data).seq));
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    // What it read is what the complete file holds, message for message.
    const full = await readMcapLog(path);
    log.messages.forEach((m, i) => {
      expect(m.topic).toBe(full.messages[i]!.topic);
      expect(Buffer.compare(m.data, full.messages[i]!.data)).toBe(0);
    });
    // The channels it saw carry their schemas, so the prefix still decodes (replay).
    expect(log.channels.find((c) => c.topic === "/vigil/detections")?.schemaName).toBe("vigil.v1.DetectionSet");
  });

  it("says LOG_INVALID for a file that is not MCAP, and for a corrupt record, naming the offset", async () => {
    const notMcap = join(out, "not.mcap");
    writeFileSync(notMcap, "this is not an MCAP file at all, just text");
    const a = await readMcapLog(notMcap);
    expect(a.problem?.code).toBe("LOG_INVALID");
    expect(a.problem?.message).toContain("byte 0");
    expect(a.messages).toEqual([]);

    const { path } = await recordLog();
    const bytes = Buffer.from(readFileSync(path));
    // Damage a byte in the middle of the data: the chunk there fails its CRC (or its framing).
    const at = Math.floor(bytes.byteLength * 0.5);
    bytes[at] = bytes[at]! ^ 0xff;
    const damaged = join(out, "damaged.mcap");
    writeFileSync(damaged, bytes);
    const b = await readMcapLog(damaged);
    expect(b.problem?.code).toBe("LOG_INVALID");
    expect(b.problem?.message).toMatch(/byte \d+/);
    expect(b.messages.length).toBeGreaterThan(0);
  });

  it("throws LOG_INVALID only when the file cannot be opened", async () => {
    await expect(readMcapLog(join(out, "missing.mcap"))).rejects.toMatchObject({ code: "LOG_INVALID" });
  });
});
