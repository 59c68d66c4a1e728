// The HTML report rendered by a real browser: headless Chromium (Debian `chromium`, installed
// by .ci/run) loads the file, runs its script, and the test reads the resulting DOM.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { campaignReport, evaluateCampaign, renderHtmlReport } from "../../runtime/eval/index.js";
import { syntheticSequence } from "./synthetic-campaign.js";

const CHROMIUM = process.env.CHROMIUM ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

function renderInChromium(file: string): string {
  return execFileSync(CHROMIUM!, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", `file://${file}`], { encoding: "utf8", timeout: 60_000, stdio: ["ignore", "pipe", "ignore"] });
}

const suite = CHROMIUM === undefined ? (process.env.CI ? describe : describe.skip) : describe;
if (CHROMIUM === undefined) {
  const message = "no Chromium at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM)";
  if (process.env.CI) throw new Error(message);
  console.warn(`skipping the HTML report test: ${message}`);
}

suite("the HTML evaluation report in headless Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "vigil-html-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("draws one bar per sequence in each chart, the overall line at the overall value, and tables that match the report", () => {
    const report = campaignReport(
      evaluateCampaign([syntheticSequence("seq-a", 1, ["day"]), syntheticSequence("seq-b", 2, ["night"], { hitRate: 0.5 }), syntheticSequence("seq-c", 3, ["day"])]),
      { resamples: 200 },
    );
    const file = join(dir, "report.html");
    writeFileSync(file, renderHtmlReport(report, "Candidate <vs> baseline"));
    const dom = renderInChromium(file);

    expect(dom).toContain('data-rendered="true"');
    expect(dom).toContain("<title>Candidate &lt;vs&gt; baseline</title>");
    const charts = [...dom.matchAll(/<svg [^>]*data-figure="([^"]+)"[^>]*>([\s\S]*?)<\/svg>/g)];
    expect(charts.map((c) => c[1])).toEqual(["detection.recall", "detection.precision", "detection.ap", "mot.mota", "mot.idf1", "hazard.miss_rate", "hazard.false_stops_per_hour"]);
    const recallChart = charts[0]![2]!;
    const bars = [...recallChart.matchAll(/<rect class="bar"[^>]*data-sequence="([^"]+)" data-value="([^"]+)"/g)];
    expect(bars.map((b) => b[1])).toEqual(["seq-a", "seq-b", "seq-c"]);
    bars.forEach((b) => expect(Number(b[2])).toBeCloseTo(report.sequences[b[1]!]!.detection!.recall.value!, 9));
    expect(Number(/<line class="overall"[^>]*data-value="([^"]+)"/.exec(recallChart)![1])).toBeCloseTo(report.detection!.recall.value!, 9);
    expect(recallChart).toContain('<rect class="ci"');

    const overallRow = /<tr data-figure="mot.mota">([\s\S]*?)<\/tr>/.exec(dom)![1]!;
    const cells = [...overallRow.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);
    const mota = report.mot!.mota;
    expect(cells).toEqual(["MOTA", mota.value!.toFixed(3), `[${mota.ci95![0].toFixed(3)}, ${mota.ci95![1].toFixed(3)}]`, mota.spread!.min.toFixed(3), mota.spread!.max.toFixed(3), "3"]);
    expect([...dom.matchAll(/<tr data-sequence="([^"]+)">/g)].map((m) => m[1])).toEqual(["seq-a", "seq-b", "seq-c"]);
    expect(dom).toMatch(/<tr data-sequence="seq-b"><td>seq-b<\/td><td>night<\/td>/);
  }, 90_000);
});
