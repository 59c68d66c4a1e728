// Shared by the audit tests: a temporary folder per test, and line-level tampering with real files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManualClock } from "../../runtime/clock/index.js";
import { AuditTrail, type AuditTrailOptions } from "../../runtime/audit/index.js";

/** 2026-01-02T03:04:05.000Z, as epoch nanoseconds. */
export const START_NS = BigInt(Date.UTC(2026, 0, 2, 3, 4, 5)) * 1_000_000n;

/** A fresh folder; remove() deletes it. */
export function tempDir(prefix = "vigil-audit-"): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens a trail on a ManualClock that moves 1 ms per append (through the returned `append`). */
export async function openTrail(path: string, options: Partial<AuditTrailOptions> = {}) {
  const clock = new ManualClock(START_NS);
  const trail = await AuditTrail.open({ path, clock, ...options });
  const append = async (n: number, kind = "operator_override") => {
    for (let i = 0; i < n; i++) {
      clock.advanceMs(1);
      await trail.append(kind, "test", { i, note: `entry ${i}` });
    }
  };
  return { trail, clock, append };
}

/** The file's lines without the final newline. */
export function fileLines(path: string): string[] {
  const text = readFileSync(path, "utf8");
  return text.endsWith("\n") ? text.slice(0, -1).split("\n") : text.split("\n");
}

/** Rewrites the file from lines (each ends with a newline). */
export function writeLines(path: string, lines: string[]): void {
  writeFileSync(path, lines.map((l) => `${l}\n`).join(""));
}
