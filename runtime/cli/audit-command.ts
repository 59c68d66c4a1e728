import { Command } from "commander";
import { auditEntryHash, canonicalJson, parseAuditLine, readAuditLines, rotatedAuditFiles, verifyAuditFile, type AuditEntry } from "../audit/index.js";
import { VigilError } from "../errors/index.js";

/** Where the audit commands print; tests pass their own. */
export interface AuditCommandIo {
  stdout?: { write(text: string): unknown };
  stderr?: { write(text: string): unknown };
}

const FORMAT_HELP = `
The audit file is JSON lines, one entry each, appended and fsync'd by \`vigil run\` (pipeline
section audit:) and \`vigil supervise\` (fallback.audit_file):
  {"seq":N,"time":ISO,"time_ns":"...","kind":K,"actor":A,"detail":{...},"prev":P,"hash":H}
hash is the sha256 of the line's canonical JSON without hash (keys sorted, no spaces); prev
is the previous line's hash (64 zeros for seq 1), so each line vouches for every line before it.
Rotated files are FILE.1 (newest) ... FILE.N; the first line of a new FILE chains to the last
line of FILE.1, so give the files oldest first (or --rotated) to check across them.

Kinds: config_loaded, config_changed, model_activated, model_confirmed, model_rolled_back,
model_refused, safe_stop_started, safe_stop_ended, operator_override.`;

const VERIFY_HELP = `${FORMAT_HELP}

Prints "OK: N lines, chain intact (last hash H)" and exits 0, or "FAIL line N: CODE: message"
and exits 1 at the first problem:
  AUDIT_LINE_EDITED     a line does not match its own hash: changed after it was written
  AUDIT_LINE_MISSING    seq jumps forward: lines deleted (the line named is the first after the gap)
  AUDIT_LINE_REORDERED  seq goes backwards, or a skipped seq comes later: lines swapped or moved
  AUDIT_LINE_INVALID    not an audit entry (not JSON, a field missing or mistyped)
  AUDIT_CHAIN_BROKEN    a torn last line (a crash mid-write), or prev not the line before's hash
Keep the lines' hashes elsewhere too (the last hash printed here) to catch a rewritten tail.

Examples:
  vigil audit verify /var/lib/vigil/audit.jsonl --rotated
  vigil audit verify audit.jsonl.2 audit.jsonl.1 audit.jsonl`;

const SHOW_HELP = `${FORMAT_HELP}

show does not check the chain (run verify for that); it marks a line whose own hash fails.

Examples:
  vigil audit show /var/lib/vigil/audit.jsonl --kind safe_stop_started
  vigil audit show audit.jsonl --rotated --json | jq .detail`;

/**
 * `vigil audit`: `verify` checks an audit trail's hash chain, `show` lists its entries.
 *   program.addCommand(auditCommand()); // vigil audit verify audit.jsonl --rotated
 */
export function auditCommand(io: AuditCommandIo = {}): Command {
  const audit = new Command("audit").description("check and read the hash-chained audit trail (config, model, safe stop and operator events)");
  audit
    .command("verify")
    .description("check an audit trail's hash chain: every line's hash, seq order and prev links, across rotated files")
    .argument("<file...>", "audit files, oldest first (FILE.2 FILE.1 FILE), or one FILE with --rotated")
    .option("--rotated", "also check FILE's rotated files (FILE.N ... FILE.1) first, oldest first")
    .option("--from-start", "fail unless the chain starts at seq 1 (no older file rotated away, nothing cut from the front)")
    .addHelpText("after", VERIFY_HELP)
    .action(async (files: string[], opts: { rotated?: boolean; fromStart?: boolean }) => {
      const out = io.stdout ?? process.stdout;
      const paths = await withRotated(files, opts.rotated === true);
      const v = await verifyAuditFile(paths, { requireStart: opts.fromStart === true });
      if (!v.ok) {
        out.write(`FAIL line ${v.line}: ${v.code}: ${v.message}\n`);
        throw new VigilError(v.code, `${v.file} line ${v.line}: the audit chain is not intact`);
      }
      out.write(`OK: ${v.lines} lines, chain intact (last hash ${v.lastHash})\n`);
      if (v.firstSeq > 1) out.write(`note: the chain starts at seq ${v.firstSeq} (older entries were rotated away or are in files not given); its first prev is ${v.firstPrev}\n`);
    });
  audit
    .command("show")
    .description("list an audit trail's entries, one per line (or as JSON lines)")
    .argument("<file...>", "audit files, oldest first, or one FILE with --rotated")
    .option("--rotated", "also list FILE's rotated files first, oldest first")
    .option("--kind <kind>", "only entries of this kind (safe_stop_started, operator_override, ...)")
    .option("--json", "print each entry as written (one JSON object per line)")
    .addHelpText("after", SHOW_HELP)
    .action(async (files: string[], opts: { rotated?: boolean; kind?: string; json?: boolean }) => {
      const out = io.stdout ?? process.stdout;
      const err = io.stderr ?? process.stderr;
      let unreadable = 0;
      for (const file of await withRotated(files, opts.rotated === true)) {
        for await (const line of readLines(file)) {
          const parsed = parseAuditLine(line.text);
          if (!parsed.ok || !line.terminated) {
            unreadable++;
            err.write(`${file}:${line.number}: not an audit entry: ${parsed.ok ? "incomplete last line" : parsed.message}\n`);
            continue;
          }
          const e = parsed.entry;
          if (opts.kind !== undefined && e.kind !== opts.kind) continue;
          out.write(`${opts.json ? line.text : describeEntry(e)}\n`);
        }
      }
      if (unreadable > 0) throw new VigilError("AUDIT_LINE_INVALID", `${unreadable} line(s) are not audit entries; run \`vigil audit verify\``);
    });
  return audit;
}

/** "#12 2026-01-02T03:04:05.678Z safe_stop_started by vigil-supervisor: cause=FALLBACK_STARTING incident_id=1 ..." */
function describeEntry(e: AuditEntry): string {
  const fields = Object.entries(e.detail)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${typeof v === "string" && /^[^\s"=]+$/.test(v) ? v : canonicalJson(v)}`);
  const mark = auditEntryHash(e) === e.hash ? "" : " [hash mismatch: changed after it was written]";
  return `#${e.seq} ${e.time} ${e.kind} by ${e.actor}${fields.length > 0 ? `: ${fields.join(" ")}` : ""}${mark}`;
}

async function withRotated(files: string[], rotated: boolean): Promise<string[]> {
  if (!rotated) return files;
  if (files.length !== 1) throw new VigilError("USAGE", "--rotated takes one FILE: its rotated files FILE.N ... FILE.1 are found beside it");
  const found = await rotatedAuditFiles(files[0]!);
  if (found.length === 0) throw new VigilError("USAGE", `no audit file at ${files[0]} (nor rotated ones beside it)`);
  return found;
}

async function* readLines(file: string): ReturnType<typeof readAuditLines> {
  try {
    yield* readAuditLines(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new VigilError("USAGE", `no audit file at ${file}`, { cause: err });
    throw err;
  }
}
