import { createHash } from "node:crypto";
import type { AuditEntry } from "./audit-entry.js";
import type { AuditTrail } from "./audit-trail.js";
import { canonicalJson } from "./canonical-json.js";

/** The hex sha256 of a parsed config's canonical JSON: equal configs hash equal whatever their key order or YAML layout. */
export function configHash(config: unknown): string {
  return createHash("sha256").update(canonicalJson(config)).digest("hex");
}

/**
 * Records that a config was loaded (`config_loaded`: path, config_hash), and, when the
 * newest config_loaded already in the trail (rotated files too, as far back as they are
 * kept) has another hash, `config_changed` with old_hash and new_hash: a changed config is
 * visible across restarts.
 * Hash the parsed config (defaults applied), so a default that changes with a release shows too.
 *   const { changed } = await recordConfig(trail, path, config); // changed?.detail.old_hash
 */
export async function recordConfig(trail: AuditTrail, configPath: string, config: unknown, actor = "vigil-run"): Promise<{ loaded: AuditEntry; changed?: AuditEntry }> {
  const hash = configHash(config);
  const previous = await trail.findLast((e) => e.kind === "config_loaded");
  const loaded = await trail.append("config_loaded", actor, { path: configPath, config_hash: hash });
  const oldHash = previous?.detail.config_hash;
  if (previous === undefined || oldHash === hash) return { loaded };
  const changed = await trail.append("config_changed", actor, {
    path: configPath,
    old_hash: typeof oldHash === "string" ? oldHash : null,
    new_hash: hash,
    old_path: previous.detail.path ?? null,
    old_seq: previous.seq,
  });
  return { loaded, changed };
}
