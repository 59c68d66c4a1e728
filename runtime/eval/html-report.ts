import type { CampaignReport, MetricValue } from "./campaign-report.js";

/** The figures the report plots per sequence, as [report path under a scope, title]. */
const PLOTTED: readonly (readonly [string, string])[] = [
  ["detection.recall", "Detection recall"],
  ["detection.precision", "Detection precision"],
  ["detection.ap", "Detection AP@0.5 (mean over classes)"],
  ["mot.mota", "MOTA"],
  ["mot.idf1", "IDF1"],
  ["hazard.miss_rate", "Missed hazards (rate)"],
  ["hazard.false_stops_per_hour", "False stops per hour"],
];

/**
 * A self-contained HTML page of a campaign report: the overall figures with their 95%
 * intervals, then one bar chart per figure across sequences (the overall value and its
 * interval drawn over them), then a table per sequence. The data travels as JSON inside the
 * page and a small script draws the SVG charts, so the file needs nothing else to open.
 *   await writeFile("report.html", renderHtmlReport(campaignReport(campaign)));
 */
export function renderHtmlReport(report: CampaignReport, title = "Vigil evaluation report"): string {
  const plots = PLOTTED.filter(([path]) => valueAt(report, path) !== undefined);
  const data = { report, plots };
  // JSON inside a <script>: keep "</script>" and "<!--" from ending or commenting it out.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; color: #222; }
  table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
  th, td { border: 1px solid #ccc; padding: 0.25rem 0.6rem; text-align: right; }
  th:first-child, td:first-child { text-align: left; }
  .chart { margin: 0 0 1.5rem; }
  .bar { fill: #4a7ab5; }
  .overall { stroke: #c0392b; stroke-width: 2; }
  .ci { fill: #c0392b; opacity: 0.15; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p id="summary"></p>
<h2>Overall</h2>
<table id="overall"><thead><tr><th>figure</th><th>value</th><th>95% interval</th><th>min</th><th>max</th><th>sequences</th></tr></thead><tbody></tbody></table>
<h2>Per sequence</h2>
<div id="charts"></div>
<table id="sequences"><thead></thead><tbody></tbody></table>
<script id="report-data" type="application/json">${json}</script>
<script>
"use strict";
const { report, plots } = JSON.parse(document.getElementById("report-data").textContent);
const at = (scope, path) => path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), scope);
const fmt = (v) => (v == null || Number.isNaN(v) ? "-" : Math.abs(v) >= 100 ? v.toFixed(1) : v.toFixed(3));
const ids = Object.keys(report.sequences);
document.getElementById("summary").textContent =
  ids.length + " sequence(s); intervals: " + report.settings.bootstrap.resamples + " bootstrap resamples of whole sequences, seed " + report.settings.bootstrap.seed;
const overall = document.querySelector("#overall tbody");
for (const [path, label] of plots) {
  const f = at(report, path);
  const tr = document.createElement("tr");
  tr.dataset.figure = path;
  for (const text of [label, fmt(f.value), f.ci95 ? "[" + fmt(f.ci95[0]) + ", " + fmt(f.ci95[1]) + "]" : "-", fmt(f.spread && f.spread.min), fmt(f.spread && f.spread.max), f.spread ? f.spread.n : "-"]) {
    const td = document.createElement("td");
    td.textContent = String(text);
    tr.append(td);
  }
  overall.append(tr);
}
const NS = "http://www.w3.org/2000/svg";
const el = (name, attrs) => { const e = document.createElementNS(NS, name); for (const k in attrs) e.setAttribute(k, attrs[k]); return e; };
const charts = document.getElementById("charts");
for (const [path, label] of plots) {
  const values = ids.map((id) => at(report.sequences[id], path)).map((f) => (f && f.value != null ? f.value : null));
  const f = at(report, path);
  const top = Math.max(1e-9, ...values.filter((v) => v != null), f.value ?? 0, f.ci95 ? f.ci95[1] : 0);
  const W = 640, H = 200, pad = 30, bw = (W - 2 * pad) / Math.max(1, ids.length);
  const y = (v) => H - pad - (v / top) * (H - 2 * pad);
  const svg = el("svg", { width: W, height: H, class: "chart", "data-figure": path, role: "img", "aria-label": label });
  const caption = el("text", { x: pad, y: 16 });
  caption.textContent = label;
  svg.append(caption);
  if (f.ci95) svg.append(el("rect", { class: "ci", x: pad, width: W - 2 * pad, y: y(f.ci95[1]), height: Math.max(1, y(f.ci95[0]) - y(f.ci95[1])) }));
  values.forEach((v, i) => {
    if (v == null) return;
    const bar = el("rect", { class: "bar", x: pad + i * bw + 2, width: Math.max(1, bw - 4), y: y(v), height: H - pad - y(v), "data-sequence": ids[i], "data-value": v });
    const tip = el("title", {});
    tip.textContent = ids[i] + ": " + fmt(v);
    bar.append(tip);
    svg.append(bar);
  });
  if (f.value != null) svg.append(el("line", { class: "overall", x1: pad, x2: W - pad, y1: y(f.value), y2: y(f.value), "data-value": f.value }));
  charts.append(svg);
}
const head = document.querySelector("#sequences thead");
const hr = document.createElement("tr");
for (const text of ["sequence", "tags", ...plots.map(([, l]) => l)]) { const th = document.createElement("th"); th.textContent = text; hr.append(th); }
head.append(hr);
const body = document.querySelector("#sequences tbody");
for (const id of ids) {
  const tr = document.createElement("tr");
  tr.dataset.sequence = id;
  for (const text of [id, report.sequences[id].tags.join(", "), ...plots.map(([p]) => fmt(at(report.sequences[id], p) && at(report.sequences[id], p).value))]) {
    const td = document.createElement("td");
    td.textContent = text;
    tr.append(td);
  }
  body.append(tr);
}
document.body.dataset.rendered = "true";
</script>
</body>
</html>
`;
}

function valueAt(report: CampaignReport, path: string): MetricValue | undefined {
  const found = path.split(".").reduce<unknown>((o, k) => (o === null || o === undefined ? undefined : (o as Record<string, unknown>)[k]), report);
  return found !== null && typeof found === "object" && "value" in found ? (found as MetricValue) : undefined;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
