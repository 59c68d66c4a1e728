import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../runtime/clock/index.js";
import { AuditTrail, GENESIS_HASH, auditEntryHash, canonicalJson, parseAuditLine, rotatedAuditFiles, verifyAuditFile, type AuditEntry } from "../../runtime/audit/index.js";
import { START_NS, fileLines, openTrail, tempDir, writeLines } from "./audit-test-support.js";

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");
const entries = (path: string): AuditEntry[] => fileLines(path).map((l) => JSON.parse(l) as AuditEntry);

describe("canonicalJson", () => {
  it("sorts keys at every level, writes no spaces, and reads back to the same text", () => {
    const value = { b: 1, a: { d: [3, { z: true, y: null }], c: "x\ny" }, big: 12345678901234567890n, gone: undefined };
    const text = canonicalJson(value);
    expect(text).toBe('{"a":{"c":"x\\ny","d":[3,{"y":null,"z":true}]},"b":1,"big":"12345678901234567890"}');
    expect(canonicalJson(JSON.parse(text))).toBe(text);
    expect(canonicalJson({ y: 2, x: 1 })).toBe(canonicalJson({ x: 1, y: 2 }));
  });

  it.each([
    ["NaN", { a: Number.NaN }, "$.a"],
    ["Infinity", { a: [1, Number.POSITIVE_INFINITY] }, "$.a[1]"],
    ["a Date", { when: new Date(0) }, "$.when"],
    ["a function", { f: () => 1 }, "$.f"],
  ])("refuses %s with AUDIT_ENTRY_INVALID naming where it is", (_what, value, at) => {
    expect(() => canonicalJson(value)).toThrow(expect.objectContaining({ code: "AUDIT_ENTRY_INVALID", message: expect.stringContaining(at) }));
  });
});

describe("AuditTrail and verifyAuditFile (real files)", () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  async function setup(options = {}) {
    const tmp = tempDir();
    const path = join(tmp.dir, "audit.jsonl");
    const t = await openTrail(path, options);
    cleanups.push(tmp.remove, () => t.trail.close());
    return { ...t, path, dir: tmp.dir };
  }

  it("chains N appends: seq 1..N, prev = the line before's hash (64 zeros first), hash = sha256 of the canonical line without hash; verify says OK", async () => {
    const { trail, append, path } = await setup();
    await append(50);
    const lines = fileLines(path);
    expect(lines).toHaveLength(50);
    const written = entries(path);
    written.forEach((e, i) => {
      expect(e.seq).toBe(i + 1);
      expect(e.prev).toBe(i === 0 ? GENESIS_HASH : written[i - 1]!.hash);
      const { hash, ...rest } = e;
      expect(hash).toBe(sha256(canonicalJson(rest)));
      expect(e.time_ns).toBe((START_NS + BigInt(i + 1) * 1_000_000n).toString());
      expect(e.time).toBe(new Date(Number(BigInt(e.time_ns) / 1_000_000n)).toISOString());
    });
    // The line is written in reading order, the detail canonical.
    expect(lines[0]).toMatch(/^\{"seq":1,"time":"2026-01-02T03:04:05\.001Z","time_ns":"\d+","kind":"operator_override","actor":"test","detail":\{"i":0,"note":"entry 0"\},"prev":"0{64}","hash":"[0-9a-f]{64}"\}$/);
    expect(trail.lastSeq).toBe(50);
    expect(trail.lastHash).toBe(written[49]!.hash);
    expect(await verifyAuditFile(path)).toEqual({ ok: true, lines: 50, lastHash: written[49]!.hash, lastSeq: 50, firstSeq: 1, firstPrev: GENESIS_HASH });
  });

  it("resolves an append only once its line is in the file, in call order, and keeps bigints as decimal strings", async () => {
    const { trail, path } = await setup();
    const appended = await Promise.all([1, 2, 3].map((n) => trail.append("safe_stop_started", "arbiter", { n, at_ns: 10n ** 18n + BigInt(n) })));
    expect(appended.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries(path).map((e) => e.detail)).toEqual([1, 2, 3].map((n) => ({ n, at_ns: (10n ** 18n + BigInt(n)).toString() })));
    expect(appended[2]).toEqual(entries(path)[2]);
  });

  describe("tampering is caught with its code and the line number", () => {
    async function tenLines() {
      const s = await setup();
      await s.append(10);
      await s.trail.close();
      return { path: s.path, lines: fileLines(s.path) };
    }

    it("an edited line: AUDIT_LINE_EDITED at that line", async () => {
      const { path, lines } = await tenLines();
      lines[3] = lines[3]!.replace('"note":"entry 3"', '"note":"entry 3 (fixed)"');
      writeLines(path, lines);
      expect(await verifyAuditFile(path)).toMatchObject({ ok: false, line: 4, code: "AUDIT_LINE_EDITED", file: path });
    });

    it("a deleted line: AUDIT_LINE_MISSING at the first line after the gap", async () => {
      const { path, lines } = await tenLines();
      lines.splice(5, 1);
      writeLines(path, lines);
      const v = await verifyAuditFile(path);
      expect(v).toMatchObject({ ok: false, line: 6, code: "AUDIT_LINE_MISSING" });
      expect(v.ok === false && v.message).toContain("seq 6 is missing before seq 7, and its prev does not match");
    });

    it("two swapped lines: AUDIT_LINE_REORDERED at the first line out of place", async () => {
      const { path, lines } = await tenLines();
      [lines[6], lines[7]] = [lines[7]!, lines[6]!];
      writeLines(path, lines);
      expect(await verifyAuditFile(path)).toMatchObject({ ok: false, line: 7, code: "AUDIT_LINE_REORDERED" });
    });

    it("a line moved far back (seq going backwards) and a repeated line: AUDIT_LINE_REORDERED", async () => {
      const { path, lines } = await tenLines();
      writeLines(path, [...lines.slice(0, 8), lines[2]!, ...lines.slice(8)]);
      expect(await verifyAuditFile(path)).toMatchObject({ ok: false, line: 9, code: "AUDIT_LINE_REORDERED" });
    });

    it("a line changed and re-hashed: its own hash holds, the next line's prev does not (AUDIT_CHAIN_BROKEN at the next line)", async () => {
      const { path, lines } = await tenLines();
      const forged = { ...(JSON.parse(lines[4]!) as AuditEntry), actor: "mallory" };
      forged.hash = auditEntryHash(forged);
      lines[4] = JSON.stringify(forged);
      writeLines(path, lines);
      expect(await verifyAuditFile(path)).toMatchObject({ ok: false, line: 6, code: "AUDIT_CHAIN_BROKEN" });
    });

    it("a line that is not an entry: AUDIT_LINE_INVALID", async () => {
      const { path, lines } = await tenLines();
      lines[2] = '{"seq":3,"kind":"x"}';
      writeLines(path, lines);
      expect(await verifyAuditFile(path)).toMatchObject({ ok: false, line: 3, code: "AUDIT_LINE_INVALID" });
      expect(parseAuditLine("not json")).toMatchObject({ ok: false });
    });

    it("a chain that must start at seq 1 but has its first line cut: AUDIT_LINE_MISSING at line 1", async () => {
      const { path, lines } = await tenLines();
      writeLines(path, lines.slice(1));
      expect(await verifyAuditFile(path)).toMatchObject({ ok: true, lines: 9, firstSeq: 2 });
      expect(await verifyAuditFile(path, { requireStart: true })).toMatchObject({ ok: false, line: 1, code: "AUDIT_LINE_MISSING" });
    });
  });

  it("rotates at maxBytes into FILE.1 ... FILE.<maxFiles>, deletes the oldest, and chains each new file to the last line of the one before", async () => {
    const { trail, append, path, dir } = await setup({ maxBytes: 1024, maxFiles: 2 });
    await append(40);
    const files = await rotatedAuditFiles(path);
    expect(files).toEqual([`${path}.2`, `${path}.1`, path]);
    expect(readdirSync(dir).filter((f) => !f.startsWith("."))).toHaveLength(3); // .3 was deleted; the lock is hidden
    for (const f of files) expect(statSync(f).size).toBeLessThanOrEqual(1024);
    // Each file's first line continues the previous file's last one.
    for (let i = 1; i < files.length; i++) {
      const before = entries(files[i - 1]!).at(-1)!;
      const first = entries(files[i]!)[0]!;
      expect(first.prev).toBe(before.hash);
      expect(first.seq).toBe(before.seq + 1);
    }
    const kept = files.reduce((n, f) => n + fileLines(f).length, 0);
    const v = await verifyAuditFile(files);
    expect(v).toMatchObject({ ok: true, lines: kept, lastSeq: 40, lastHash: trail.lastHash });
    expect(v.ok && v.firstSeq).toBe(41 - kept); // the oldest entries were rotated away
    // Leaving the middle file out shows as lines missing at the first line of the newest.
    expect(await verifyAuditFile([files[0]!, files[2]!])).toMatchObject({ ok: false, file: path, line: 1, code: "AUDIT_LINE_MISSING" });
    // Out of order: the newest file first.
    expect(await verifyAuditFile([...files].reverse())).toMatchObject({ ok: false, code: "AUDIT_LINE_REORDERED" });
  });

  it("reopening continues the chain, also when the crash came between a rotation's rename and the next line", async () => {
    const s = await setup();
    await s.append(3);
    await s.trail.close();
    const again = await openTrail(s.path);
    await again.append(2);
    expect(again.trail.lastSeq).toBe(5);
    await again.trail.close();
    // As if the process died right after renaming FILE to FILE.1.
    renameSync(s.path, `${s.path}.1`);
    const third = await openTrail(s.path);
    cleanups.push(() => third.trail.close());
    await third.append(1);
    expect(entries(s.path)[0]).toMatchObject({ seq: 6, prev: entries(`${s.path}.1`)[4]!.hash });
    expect(await verifyAuditFile(await rotatedAuditFiles(s.path))).toMatchObject({ ok: true, lines: 6, lastSeq: 6, firstSeq: 1 });
  });

  it("a torn last line (a crash mid-write): open refuses with AUDIT_CHAIN_BROKEN naming the line, and verify names it too", async () => {
    const s = await setup();
    await s.append(4);
    await s.trail.close();
    const size = statSync(s.path).size;
    const lastLength = Buffer.byteLength(fileLines(s.path)[3]!) + 1;
    truncateSync(s.path, size - Math.floor(lastLength / 2)); // half of line 4 survives, no newline
    const opening = AuditTrail.open({ path: s.path, clock: new ManualClock(START_NS) });
    await expect(opening).rejects.toMatchObject({ code: "AUDIT_CHAIN_BROKEN", message: expect.stringContaining("line 4 is incomplete") });
    expect(await verifyAuditFile(s.path)).toMatchObject({ ok: false, line: 4, code: "AUDIT_CHAIN_BROKEN" });
    // Nothing was appended after the torn line, and the lock was released: after moving the file aside a new chain starts.
    expect(statSync(s.path).size).toBe(size - Math.floor(lastLength / 2));
    renameSync(s.path, `${s.path}.broken`);
    const fresh = await openTrail(s.path);
    cleanups.push(() => fresh.trail.close());
    await fresh.append(1);
    expect(entries(s.path)[0]).toMatchObject({ seq: 1, prev: GENESIS_HASH });
  });

  it("a last line changed after it was written: open refuses with AUDIT_CHAIN_BROKEN", async () => {
    const s = await setup();
    await s.append(2);
    await s.trail.close();
    const lines = fileLines(s.path);
    lines[1] = lines[1]!.replace('"actor":"test"', '"actor":"someone"');
    writeLines(s.path, lines);
    await expect(AuditTrail.open({ path: s.path, clock: new ManualClock() })).rejects.toMatchObject({
      code: "AUDIT_CHAIN_BROKEN",
      message: expect.stringContaining("line 2 does not match its own hash"),
    });
  });

  it("refuses appends beyond maxPending with AUDIT_QUEUE_FULL, and writes the accepted ones", async () => {
    const { trail, path } = await setup({ maxPending: 2 });
    const results = await Promise.allSettled([1, 2, 3].map((n) => trail.append("operator_override", "test", { n })));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: "AUDIT_QUEUE_FULL" });
    expect(entries(path).map((e) => e.detail.n)).toEqual([1, 2]);
    expect(trail.pending).toBe(0);
  });

  it.each([
    ["a kind out of format", "Safe Stop", "test", {}],
    ["an empty actor", "operator_override", "", {}],
    ["a detail that is not plain data", "operator_override", "test", { n: Number.NaN }],
    ["a line over maxBytes", "operator_override", "test", { text: "x".repeat(2000) }],
  ])("refuses %s with AUDIT_ENTRY_INVALID and writes nothing", async (_what, kind, actor, detail) => {
    const { trail, path } = await setup({ maxBytes: 1024 });
    await expect(trail.append(kind, actor, detail)).rejects.toMatchObject({ code: "AUDIT_ENTRY_INVALID" });
    await trail.append("operator_override", "test", { ok: true });
    expect(entries(path).map((e) => e.seq)).toEqual([1]);
  });

  it("one writer per file: a second open is AUDIT_FILE_LOCKED; a lock left by a dead process is taken over", async () => {
    const { trail, path, dir } = await setup();
    await expect(AuditTrail.open({ path, clock: new ManualClock() })).rejects.toMatchObject({ code: "AUDIT_FILE_LOCKED" });
    await trail.close();
    await expect(trail.append("operator_override", "test", {})).rejects.toMatchObject({ code: "AUDIT_WRITE_FAILED" });
    // A crashed writer's lock: a pid that is not running.
    const lock = join(dir, ".audit.jsonl.lock");
    expect(existsSync(lock)).toBe(false);
    writeFileSync(lock, "2147483646\n");
    const again = await AuditTrail.open({ path, clock: new ManualClock() });
    expect(readFileSync(lock, "utf8")).toBe(`${process.pid}\n`);
    await again.close();
    expect(existsSync(lock)).toBe(false);
  });

  it("findLast searches the file, then rotated files newest first", async () => {
    const { trail, append, path } = await setup({ maxBytes: 1024, maxFiles: 10 });
    await trail.append("config_loaded", "vigil-run", { config_hash: "a".repeat(64) });
    await append(20);
    expect(await trail.findLast((e) => e.kind === "config_loaded")).toMatchObject({ seq: 1, detail: { config_hash: "a".repeat(64) } });
    expect(await trail.findLast((e) => e.kind === "operator_override")).toMatchObject({ seq: 21 });
    expect(await trail.findLast((e) => e.kind === "model_activated")).toBeUndefined();
    expect((await rotatedAuditFiles(path)).length).toBeGreaterThan(3); // it was found in an older file
  });

  it("verify reads lines split across its 64 KiB reads (2000 lines, about 500 KB)", async () => {
    const { append, path } = await setup({ maxBytes: 64 * 1024 * 1024 });
    await append(2000);
    expect(await verifyAuditFile(path)).toMatchObject({ ok: true, lines: 2000, lastSeq: 2000 });
  });
});
