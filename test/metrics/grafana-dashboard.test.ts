// docs/grafana/vigil-dashboard.json against what RuntimeMetrics registers: every metric an
// expression names exists (histograms with their _bucket/_sum/_count series), every label it
// filters, groups or shows by exists on those metrics, and the panels the issue asks for are there.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CloudLinkCounters } from "../../runtime/cloud/index.js";
import { RuntimeMetrics, type DetectorView } from "../../runtime/metrics/index.js";
import { PipelineCounters } from "../../runtime/observe/index.js";
import { REPO_ROOT } from "../fixtures.js";

interface Target {
  refId: string;
  expr: string;
  legendFormat?: string;
  datasource?: { type: string; uid: string };
}
interface Panel {
  id: number;
  type: string;
  title: string;
  gridPos: { h: number; w: number; x: number; y: number };
  datasource?: { type: string; uid: string };
  targets?: Target[];
}

const dashboard = JSON.parse(readFileSync(join(REPO_ROOT, "docs", "grafana", "vigil-dashboard.json"), "utf8")) as {
  __inputs: { name: string; type: string; pluginId: string }[];
  schemaVersion: number;
  uid: string;
  title: string;
  panels: Panel[];
  templating: { list: { name: string; query: { query: string } | string; datasource: { uid: string } }[] };
};

/** Every series name and its label names, with every family registered (a detector and a cloud link attached). */
function registeredSeries(): Map<string, Set<string>> {
  const metrics = new RuntimeMetrics();
  const detector: DetectorView = { modelName: "m", modelVersion: "1", backend: "onnx-node", provider: "cpu" };
  metrics.attachPipeline({ counters: () => new PipelineCounters().snapshot(), detector: () => detector });
  metrics.attachCloud({ counters: () => ({}) as CloudLinkCounters }); // never read: the test only lists names
  const series = new Map<string, Set<string>>();
  for (const m of metrics.registry.getMetricsAsArray()) {
    const { name, type, labelNames } = m as unknown as { name: string; type: string; labelNames: string[] };
    const labels = new Set([...labelNames, "instance", "job"]);
    if (type === "histogram") {
      series.set(`${name}_bucket`, new Set([...labels, "le"]));
      series.set(`${name}_sum`, labels);
      series.set(`${name}_count`, labels);
    } else series.set(name, labels);
  }
  return series;
}

const panels = dashboard.panels.filter((p) => p.type !== "row");
const targets = panels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, ...t })));
const variableQueries = dashboard.templating.list.map((v) => (typeof v.query === "string" ? v.query : v.query.query));
const metricNames = (expr: string): string[] => [...expr.matchAll(/\bvigil_[a-zA-Z0-9_:]*/g)].map((m) => m[0]);

describe("docs/grafana/vigil-dashboard.json", () => {
  const series = registeredSeries();

  it("is an importable dashboard: schema 39, a DS_PROMETHEUS input every panel and query uses, unique ids, panels inside 24 columns without overlap", () => {
    expect(dashboard.schemaVersion).toBe(39);
    expect(dashboard.uid).toBe("vigil-runtime");
    expect(dashboard.__inputs).toEqual([expect.objectContaining({ name: "DS_PROMETHEUS", type: "datasource", pluginId: "prometheus" })]);
    for (const p of panels) {
      expect(p.datasource, p.title).toEqual({ type: "prometheus", uid: "${DS_PROMETHEUS}" });
      expect(p.targets?.length ?? 0, p.title).toBeGreaterThan(0);
      const refs = p.targets!.map((t) => t.refId);
      expect(new Set(refs).size, p.title).toBe(refs.length);
      for (const t of p.targets!) expect(t.datasource?.uid, p.title).toBe("${DS_PROMETHEUS}");
    }
    for (const v of dashboard.templating.list) expect(v.datasource.uid).toBe("${DS_PROMETHEUS}");
    const ids = dashboard.panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of dashboard.panels) expect(p.gridPos.x + p.gridPos.w, p.title).toBeLessThanOrEqual(24);
    const overlaps = (a: Panel["gridPos"], b: Panel["gridPos"]) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    for (const [i, a] of dashboard.panels.entries()) {
      for (const b of dashboard.panels.slice(i + 1)) expect(overlaps(a.gridPos, b.gridPos), `${a.title} / ${b.title}`).toBe(false);
    }
  });

  it("names only metrics RuntimeMetrics registers, and only labels those metrics have", () => {
    const exprs = [...targets.map((t) => ({ where: `${t.panel} ${t.refId}`, expr: t.expr, legend: t.legendFormat ?? "" })), ...variableQueries.map((q) => ({ where: "variable", expr: q, legend: "" }))];
    expect(exprs.length).toBeGreaterThan(30);
    for (const { where, expr, legend } of exprs) {
      const names = metricNames(expr);
      expect(names.length, `${where}: ${expr}`).toBeGreaterThan(0);
      for (const name of names) expect(series.has(name), `${where}: ${name} is not registered`).toBe(true);
      // Brackets balance (a cheap syntax check).
      for (const [open, close] of [["(", ")"], ["{", "}"], ["[", "]"]] as const) {
        expect(expr.split(open).length, `${where}: ${open}${close} in ${expr}`).toBe(expr.split(close).length);
      }
      const known = new Set(names.flatMap((n) => [...series.get(n)!]));
      // Label matchers directly on a metric must be its own labels.
      for (const m of expr.matchAll(/\b(vigil_[a-zA-Z0-9_:]*)\{([^}]*)\}/g)) {
        for (const matcher of m[2]!.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)/g)) {
          expect(series.get(m[1]!)!.has(matcher[1]!), `${where}: ${m[1]} has no label ${matcher[1]}`).toBe(true);
        }
      }
      // Grouping labels and legend placeholders must exist on the metrics of the expression.
      for (const g of expr.matchAll(/\bby\s*\(([^)]*)\)/g)) {
        for (const label of g[1]!.split(",").map((s) => s.trim())) expect(known.has(label), `${where}: by ${label}`).toBe(true);
      }
      for (const l of legend.matchAll(/\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g)) expect(known.has(l[1]!), `${where}: legend {{${l[1]}}}`).toBe(true);
    }
  });

  it("has the panels the issue asks for", () => {
    const exprsOf = (title: string) => {
      const p = panels.find((x) => x.title === title);
      expect(p, title).toBeDefined();
      return p!.targets!.map((t) => t.expr);
    };
    expect(exprsOf("Frames by outcome").flatMap(metricNames).sort()).toEqual(
      ["vigil_frames_dropped_total", "vigil_frames_failed_total", "vigil_frames_processed_total", "vigil_frames_rejected_total", "vigil_frames_stale_total"],
    );
    expect(exprsOf("Rejects by reason").join()).toContain("sum by (reason) (rate(vigil_frames_rejected_by_reason_total");
    const stage = exprsOf("Stage latency p50 / p99");
    expect(stage.some((e) => e.startsWith("histogram_quantile(0.5, sum by (le, stage) (rate(vigil_stage_latency_seconds_bucket"))).toBe(true);
    expect(stage.some((e) => e.startsWith("histogram_quantile(0.99, sum by (le, stage) (rate(vigil_stage_latency_seconds_bucket"))).toBe(true);
    expect(exprsOf("Inference p99 per model version")[0]).toMatch(/^histogram_quantile\(0\.99, sum by \(le, model, version, backend\) \(rate\(vigil_inference_latency_seconds_bucket/);
    expect(exprsOf("Queue depth").flatMap(metricNames)).toContain("vigil_queue_depth");
    expect(exprsOf("Active tracks").flatMap(metricNames)).toContain("vigil_tracks_active");
    expect(exprsOf("Risk level per sensor").flatMap(metricNames)).toEqual(["vigil_risk_level"]);
    expect(exprsOf("Fallback active").flatMap(metricNames)).toEqual(["vigil_fallback_active"]);
    expect(exprsOf("Outbox depth").flatMap(metricNames)).toEqual(["vigil_outbox_records", "vigil_outbox_bytes"]);
    expect(exprsOf("MQTT connected").flatMap(metricNames)).toEqual(["vigil_mqtt_connected"]);
    expect(exprsOf("Stage health").flatMap(metricNames)).toEqual(["vigil_stage_state", "vigil_detector_state"]);
  });
});
