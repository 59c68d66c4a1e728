// `vigil run` with an `api:` section, over real sockets: frames in over ZeroMQ, then the
// operator's view over HTTP — /metrics in Prometheus text format with counters that equal what
// was sent, /readyz, /v1/status and /v1/infer on the same running model.
import { readFile } from "node:fs/promises";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Push } from "zeromq";
import { afterAll, expect, it, vi } from "vitest";
import { encodeSensorFrame } from "../../runtime/ingest/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";
import { parsePrometheusText, type MetricFamily } from "../metrics/prometheus-text.js";
import { startVigil, type VigilProcess } from "../vigil-process.js";

const value = (families: Map<string, MetricFamily>, name: string, labels: Record<string, string>): number | undefined =>
  families.get(name)?.samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

describeWithFixtures("local API of a running pipeline", ["video/PETS09-S2L1", "models/yolox_nano.onnx", "images/bus.jpg"], () => {
  const dir = mkdtempSync(join(tmpdir(), "vigil-api-e2e-"));
  const procs: VigilProcess[] = [];
  afterAll(() => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves /metrics whose frame counters equal the frames sent, /readyz, /v1/status and /v1/infer", async () => {
    const config = join(dir, "pipeline.yaml");
    writeFileSync(
      config,
      JSON.stringify({
        name: "api-e2e",
        max_frame_age_ms: 5000,
        ingest: [{ endpoint: "tcp://127.0.0.1:*" }],
        detector: { model: fixture("models", "yolox_nano.onnx"), preset: "yolox", backends: ["onnx-node"] },
        output: { detections: { endpoint: "tcp://127.0.0.1:*" } },
        api: { port: 0 },
        drift: { reference: { learn_minutes: 10 } },
        audit: { file: "audit.jsonl" },
        logging: { stats_interval_ms: 0 },
      }),
    );
    const runtime = startVigil(["run", "--config", config]);
    procs.push(runtime);
    const m = await runtime.waitForStderr(/listening for SensorFrames on (tcp:\/\/\S+);.*local API on (http:\/\/[\d.:]+)/, 60_000);
    const [, ingest, api] = m as unknown as [string, string, string];

    // Before any frame the sensor is silent: not ready, and it says why.
    const notReady = await fetch(`${api}/readyz`);
    expect(notReady.status).toBe(503);
    expect(((await notReady.json()) as { error: { code: string; details: { reasons: string[] } } }).error).toMatchObject({ code: "NOT_READY", details: { reasons: expect.arrayContaining(["SENSOR_SILENT"]) } });

    const push = new Push({ sendHighWaterMark: 100 });
    push.connect(ingest);
    const files = readdirSync(fixture("video", "PETS09-S2L1")).sort().slice(0, 12);
    const malformed = 3;
    try {
      for (const [i, f] of files.entries()) {
        const now = BigInt(Date.now()) * 1_000_000n;
        await push.send(encodeSensorFrame({ sensorId: "cam0", seq: BigInt(i + 1), captureTimeNs: now, sentTimeNs: now, encoding: "jpeg", data: await readFile(join(fixture("video", "PETS09-S2L1"), f)) }));
        if (i < malformed) await push.send(Buffer.from([0xff, 0x01, 0x02, 0x03]));
        await new Promise((r) => setTimeout(r, 150));
      }
    } finally {
      push.close();
    }

    // Every frame is accounted for (processed, dropped or stale), then the scrape must agree.
    let families = new Map<string, MetricFamily>();
    await vi.waitFor(
      async () => {
        const res = await fetch(`${api}/metrics`);
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
        families = parsePrometheusText(await res.text());
        const outcomes = ["processed", "dropped", "stale", "failed"].map((o) => value(families, `vigil_frames_${o}_total`, { sensor: "cam0" }) ?? 0);
        expect(outcomes.reduce((a, b) => a + b, 0)).toBe(files.length);
      },
      { timeout: 30_000, interval: 200 },
    );
    expect(value(families, "vigil_frames_received_total", { sensor: "cam0" })).toBe(files.length);
    expect(value(families, "vigil_frames_rejected_by_reason_total", { reason: "FRAME_MALFORMED" })).toBe(malformed);
    const processed = value(families, "vigil_frames_processed_total", { sensor: "cam0" }) as number;
    expect(processed).toBeGreaterThan(0);
    const inferences = families.get("vigil_inference_latency_seconds")?.samples.filter((x) => x.name === "vigil_inference_latency_seconds_count" && x.labels.model === "yolox_nano");
    expect(inferences?.reduce((sum, x) => sum + x.value, 0)).toBe(processed);

    const ready = await fetch(`${api}/readyz`);
    expect(ready.status).toBe(200);
    const status = (await (await fetch(`${api}/v1/status`)).json()) as { name: string; counters: { sensors: { cam0: { received: number } } } };
    expect(status.name).toBe("api-e2e");
    expect(status.counters.sensors.cam0.received).toBe(files.length);

    // The same running model answers POST /v1/infer; a repeat comes from the cache.
    const image = await readFile(fixture("images", "bus.jpg"));
    const first = (await (await fetch(`${api}/v1/infer`, { method: "POST", headers: { "content-type": "image/jpeg" }, body: image })).json()) as { cached: boolean; detections: Array<{ label: string }> };
    const again = (await (await fetch(`${api}/v1/infer`, { method: "POST", headers: { "content-type": "image/jpeg" }, body: image })).json()) as { cached: boolean; detections: Array<{ label: string }> };
    expect([first.cached, again.cached]).toEqual([false, true]);
    expect(again.detections).toEqual(first.detections);
    expect(first.detections.filter((d) => d.label === "person").length).toBeGreaterThanOrEqual(3);
    const after = parsePrometheusText(await (await fetch(`${api}/metrics`)).text());
    expect([value(after, "vigil_api_infer_cache_total", { result: "miss" }), value(after, "vigil_api_infer_cache_total", { result: "hit" })]).toEqual([1, 1]);

    // Drift is learning its reference (10 minutes), and says so.
    expect(value(after, "vigil_drift_reference_learning", {})).toBe(1);

    runtime.child.kill("SIGTERM");
    expect(await runtime.exited, runtime.stderr()).toBe(0);
    // The audit trail holds this start's config and verifies.
    const verify = startVigil(["audit", "verify", join(dir, "audit.jsonl")]);
    expect(await verify.exited, verify.stderr()).toBe(0);
    expect(verify.stdout()).toMatch(/^OK: \d+ lines, chain intact/);
    const entries = (await readFile(join(dir, "audit.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l) as { kind: string });
    expect(entries[0]?.kind).toBe("config_loaded");
  }, 120_000);
});
