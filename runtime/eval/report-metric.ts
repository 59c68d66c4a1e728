/** A figure read from a report: its value and, where the report gives one, its interval. */
export interface ReportMetric {
  value: number | null;
  ci95: [number, number] | null;
}

/**
 * Looks a figure up in a report (or any JSON object) by a dotted path such as
 * `detection.recall`, `tags.night.mot.mota` or `detection.classes.person.ap`. A key that
 * itself holds dots (a sequence id like `cam1.mcap`) is found too: at each level the longest
 * run of segments that is a key wins. The path may end at a MetricValue
 * (`{ value, ci95, ... }`) or at a plain number; undefined when there is no such figure.
 *   reportMetric(report, "tags.night.detection.recall")?.value
 */
export function reportMetric(report: unknown, path: string): ReportMetric | undefined {
  const node = descend(report, path.split("."));
  if (typeof node === "number") return { value: Number.isFinite(node) ? node : null, ci95: null };
  if (node === null || typeof node !== "object" || !("value" in node)) return undefined;
  const { value, ci95 } = node as { value: unknown; ci95?: unknown };
  if (value !== null && typeof value !== "number") return undefined;
  const interval = Array.isArray(ci95) && ci95.length === 2 && ci95.every((v) => typeof v === "number") ? (ci95 as [number, number]) : null;
  return { value, ci95: interval };
}

function descend(node: unknown, segments: readonly string[]): unknown {
  if (segments.length === 0) return node;
  if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
  const obj = node as Record<string, unknown>;
  for (let n = segments.length; n >= 1; n--) {
    const key = segments.slice(0, n).join(".");
    if (!Object.hasOwn(obj, key)) continue;
    const found = descend(obj[key], segments.slice(n));
    if (found !== undefined) return found;
  }
  return undefined;
}
