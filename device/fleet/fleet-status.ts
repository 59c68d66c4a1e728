import type { vigil } from "../../proto/index.js";
import { longToBigint } from "../../proto/index.js";
import { formatFigure, formatTextTable } from "./text-table.js";

/** One device's row of the fleet status table (also the `--json` form). */
export interface FleetStatusRow {
  site: string;
  device: string;
  online: boolean;
  state: string;
  activeModel: string;
  activeVersion: string;
  shadowVersion: string;
  deployId: string;
  errorRate: number | null;
  p99LatencyMs: number | null;
  fallbackTriggers: number | null;
  /** Seconds since the status was stamped (time_ns), null when it carries no time. */
  ageS: number | null;
}

const metric = (s: vigil.v1.DeviceStatus, key: string): number | null => {
  const v = s.metrics?.[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};

/**
 * The rows of the fleet status table, from retained DeviceStatus messages, sorted by site and
 * device; `nowNs` (the caller's clock) gives each status's age.
 *   const rows = fleetStatusRows(feed.matching("dock-3/+"), clock.nowNs());
 */
export function fleetStatusRows(statuses: readonly vigil.v1.DeviceStatus[], nowNs: bigint): FleetStatusRow[] {
  return [...statuses]
    .sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : a.device < b.device ? -1 : a.device > b.device ? 1 : 0))
    .map((s) => {
      const timeNs = longToBigint(s.timeNs);
      return {
        site: s.site,
        device: s.device,
        online: s.online,
        state: s.state,
        activeModel: s.activeModel,
        activeVersion: s.activeVersion,
        shadowVersion: s.shadowVersion,
        deployId: s.deployId,
        errorRate: metric(s, "error_rate"),
        p99LatencyMs: metric(s, "p99_latency_ms"),
        fallbackTriggers: metric(s, "fallback_triggers"),
        ageS: timeNs > 0n ? Math.max(0, Number(nowNs - timeNs) / 1e9) : null,
      };
    });
}

/** "42s", "7m", "3h", "2d"; "-" for none. */
export function formatAge(seconds: number | null): string {
  if (seconds === null) return "-";
  if (seconds < 120) return `${Math.round(seconds)}s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)}m`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)}h`;
  return `${Math.round(seconds / 86_400)}d`;
}

/**
 * The fleet status as a text table: site, device, online, state, active model@version, shadow
 * version, error rate, p99 latency, age of the status; then a count line.
 *   process.stdout.write(fleetStatusTable(feed.matching("+/+"), clock.nowNs()));
 */
export function fleetStatusTable(statuses: readonly vigil.v1.DeviceStatus[], nowNs: bigint): string {
  const rows = fleetStatusRows(statuses, nowNs);
  const header = ["SITE", "DEVICE", "ONLINE", "STATE", "ACTIVE", "SHADOW", "ERROR_RATE", "P99_MS", "AGE"];
  const cells = rows.map((r) => [
    r.site,
    r.device,
    r.online ? "yes" : "no",
    r.state || "-",
    r.activeModel || r.activeVersion ? `${r.activeModel || "?"}@${r.activeVersion || "?"}` : "-",
    r.shadowVersion || "-",
    formatFigure(r.errorRate),
    formatFigure(r.p99LatencyMs),
    formatAge(r.ageS),
  ]);
  const online = rows.filter((r) => r.online).length;
  return `${formatTextTable(header, cells, [6, 7, 8])}${rows.length} device(s), ${online} online\n`;
}
