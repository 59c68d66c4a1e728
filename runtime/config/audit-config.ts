import { z } from "zod";
import { AUDIT_TRAIL_DEFAULTS } from "../audit/index.js";

/**
 * The `audit` section of a pipeline file: the hash-chained audit trail `vigil run` appends
 * to (runtime/audit/): config loads and changes, model activations, confirmations and
 * rollbacks, safe stops and operator overrides. `vigil audit verify FILE...` checks it.
 * The fallback supervisor keeps its own trail (fallback.audit_file): one writer per file.
 *   const audit = AuditConfigSchema.parse({ file: "/var/lib/vigil/audit.jsonl" });
 */
export const AuditConfigSchema = z
  .object({
    file: z
      .string()
      .min(1)
      .default("audit/vigil-audit.jsonl")
      .describe("The audit file (JSON lines), relative to the pipeline file; rotated files are FILE.1 (newest) to FILE.<max_files>. Not the same file as fallback.audit_file"),
    max_bytes: z
      .number()
      .int()
      .min(4096)
      .max(1024 ** 3)
      .default(AUDIT_TRAIL_DEFAULTS.maxBytes)
      .describe("A file is rotated before a line would take it past this; the new file's first line chains to the last line of the rotated one"),
    max_files: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(AUDIT_TRAIL_DEFAULTS.maxFiles)
      .describe("Rotated files kept (FILE.1 ... FILE.<max_files>); the oldest beyond is deleted, so at most (max_files + 1) x max_bytes stay on disk"),
    max_pending: z
      .number()
      .int()
      .min(1)
      .max(65_536)
      .default(AUDIT_TRAIL_DEFAULTS.maxPending)
      .describe("Entries waiting for the disk at once (each is fsync'd before it counts); more are refused with AUDIT_QUEUE_FULL and logged"),
  })
  .strict();

export type AuditConfig = z.output<typeof AuditConfigSchema>;
