// A strict reader of the Prometheus text exposition format (version 0.0.4), for tests: every
// line is blank, `# HELP`, `# TYPE` or a sample; every sample belongs to a family declared
// before it; label sets are unique; histogram buckets rise with le, counts never fall, and the
// +Inf bucket equals _count. Throws with the line number on the first violation.

export type MetricType = "counter" | "gauge" | "histogram" | "summary" | "untyped";

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface MetricFamily {
  name: string;
  type: MetricType;
  help: string;
  samples: Sample[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set<MetricType>(["counter", "gauge", "histogram", "summary", "untyped"]);

export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  if (!text.endsWith("\n")) throw new Error("exposition must end with a newline");
  const families = new Map<string, MetricFamily>();
  const helps = new Set<string>();
  const seen = new Set<string>();
  const lines = text.slice(0, -1).split("\n");
  lines.forEach((line, i) => {
    const at = `line ${i + 1}: ${JSON.stringify(line)}`;
    if (line === "") return;
    if (line.startsWith("#")) {
      const m = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
      if (m === null) throw new Error(`${at}: a comment that is neither # HELP nor # TYPE`);
      const [, kind, name, rest] = m as unknown as [string, string, string, string];
      if (!NAME.test(name)) throw new Error(`${at}: bad metric name`);
      if (kind === "HELP") {
        if (helps.has(name)) throw new Error(`${at}: second HELP for ${name}`);
        helps.add(name);
        const f = families.get(name);
        if (f !== undefined) f.help = unescapeHelp(rest);
        else families.set(name, { name, type: "untyped", help: unescapeHelp(rest), samples: [] });
        return;
      }
      if (!TYPES.has(rest as MetricType)) throw new Error(`${at}: unknown type ${rest}`);
      const f = families.get(name);
      if (f !== undefined && (f.samples.length > 0 || f.type !== "untyped")) throw new Error(`${at}: TYPE after samples or a second TYPE`);
      if (f !== undefined) f.type = rest as MetricType;
      else families.set(name, { name, type: rest as MetricType, help: "", samples: [] });
      return;
    }
    const sample = parseSample(line, at);
    const family = familyOf(sample.name, families);
    if (family === undefined) throw new Error(`${at}: sample of an undeclared family`);
    const key = `${sample.name}${JSON.stringify(Object.entries(sample.labels).sort())}`;
    if (seen.has(key)) throw new Error(`${at}: duplicate series`);
    seen.add(key);
    if (family.type === "counter" && !(sample.value >= 0)) throw new Error(`${at}: a counter must be >= 0`);
    family.samples.push(sample);
  });
  for (const f of families.values()) if (f.type === "histogram") checkHistogram(f);
  return families;
}

/** The value of the one sample with exactly these labels (le included for buckets); undefined when absent. */
export function sampleValue(families: Map<string, MetricFamily>, name: string, labels: Record<string, string> = {}): number | undefined {
  const family = familyOf(name, families);
  const want = JSON.stringify(Object.entries(labels).sort());
  return family?.samples.find((s) => s.name === name && JSON.stringify(Object.entries(s.labels).sort()) === want)?.value;
}

/** Every sample of one sample name (e.g. "vigil_x_count"), whatever its labels. */
export function samplesOf(families: Map<string, MetricFamily>, name: string): Sample[] {
  return familyOf(name, families)?.samples.filter((s) => s.name === name) ?? [];
}

function familyOf(sampleName: string, families: Map<string, MetricFamily>): MetricFamily | undefined {
  const direct = families.get(sampleName);
  if (direct !== undefined) return direct;
  const m = /^(.*)_(bucket|sum|count)$/.exec(sampleName);
  if (m === null) return undefined;
  const base = families.get(m[1]!);
  if (base === undefined) return undefined;
  if (base.type === "histogram") return base;
  if (base.type === "summary" && m[2] !== "bucket") return base;
  return undefined;
}

function parseSample(line: string, at: string): Sample {
  const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})? (\S+)( -?\d+)?$/.exec(line);
  if (m === null) throw new Error(`${at}: not a sample line`);
  const [, name, labelText, valueText] = m as unknown as [string, string, string | undefined, string];
  return { name, labels: labelText === undefined ? {} : parseLabels(labelText.slice(1, -1), at), value: parseValue(valueText, at) };
}

function parseLabels(text: string, at: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let i = 0;
  while (i < text.length) {
    const eq = text.indexOf("=", i);
    if (eq < 0) throw new Error(`${at}: label without =`);
    const name = text.slice(i, eq);
    if (!LABEL_NAME.test(name)) throw new Error(`${at}: bad label name ${JSON.stringify(name)}`);
    if (name in labels) throw new Error(`${at}: label ${name} twice`);
    if (text[eq + 1] !== '"') throw new Error(`${at}: label value not quoted`);
    let value = "";
    let j = eq + 2;
    for (; j < text.length && text[j] !== '"'; j++) {
      if (text[j] !== "\\") {
        value += text[j];
        continue;
      }
      const next = text[++j];
      if (next === "\\") value += "\\";
      else if (next === '"') value += '"';
      else if (next === "n") value += "\n";
      else throw new Error(`${at}: bad escape \\${next ?? ""}`);
    }
    if (j >= text.length) throw new Error(`${at}: unterminated label value`);
    labels[name] = value;
    i = j + 1;
    if (i < text.length) {
      if (text[i] !== ",") throw new Error(`${at}: labels must be separated by commas`);
      i++;
    }
  }
  return labels;
}

function parseValue(text: string, at: string): number {
  if (text === "+Inf") return Infinity;
  if (text === "-Inf") return -Infinity;
  if (text === "NaN") return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`${at}: bad value ${text}`);
  return Number(text);
}

function unescapeHelp(text: string): string {
  return text.replace(/\\(\\|n)/g, (_, c: string) => (c === "n" ? "\n" : "\\"));
}

function checkHistogram(f: MetricFamily): void {
  const series = new Map<string, { buckets: { le: number; count: number }[]; count?: number; sum?: number }>();
  for (const s of f.samples) {
    const { le, ...rest } = s.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    const entry = series.get(key) ?? { buckets: [] };
    series.set(key, entry);
    if (s.name === `${f.name}_bucket`) {
      if (le === undefined) throw new Error(`${f.name}: a bucket without le`);
      entry.buckets.push({ le: parseValue(le, `${f.name} le`), count: s.value });
    } else if (s.name === `${f.name}_count`) entry.count = s.value;
    else if (s.name === `${f.name}_sum`) entry.sum = s.value;
    else throw new Error(`${f.name}: sample ${s.name} in a histogram`);
  }
  for (const [key, e] of series) {
    const where = `${f.name}${key}`;
    if (e.count === undefined || e.sum === undefined) throw new Error(`${where}: _count or _sum missing`);
    if (e.buckets.length === 0 || e.buckets.at(-1)!.le !== Infinity) throw new Error(`${where}: the last bucket must be +Inf`);
    for (let i = 1; i < e.buckets.length; i++) {
      if (!(e.buckets[i]!.le > e.buckets[i - 1]!.le)) throw new Error(`${where}: le not increasing`);
      if (e.buckets[i]!.count < e.buckets[i - 1]!.count) throw new Error(`${where}: bucket counts fall`);
    }
    if (e.buckets.at(-1)!.count !== e.count) throw new Error(`${where}: +Inf bucket ${e.buckets.at(-1)!.count} != _count ${e.count}`);
  }
}
