// The degradation ladder on real models: a backend that stalls or fails at run time hands
// over to the next one (the failing frame rejects with a stable code), health says DEGRADED,
// and the better backend is probed again later with a doubling delay.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeAll, expect, it } from "vitest";
import { createDetector, type DetectorOptions, type SpecDetector } from "../../runtime/perception/index.js";
import { failTrigger } from "../fault/failing-backend.js";
import { releaseStalledRuns, stallTrigger, stalledRuns } from "../fault/stalling-backend.js";
import { codeOf } from "../error-code-of.js";
import { describeWithFixtures, fixture, REPO_ROOT } from "../fixtures.js";
import { expectBusDetections, YOLOX_BUS } from "./bus-expectations.js";
import { captureLogger, WARN, type CapturedLine } from "./capture-logger.js";

const STALLING = join(REPO_ROOT, "test/fault/stalling-backend.ts");
const FAILING = join(REPO_ROOT, "test/fault/failing-backend.ts");
const TIMEOUT_MS = 300;
const INFO = 30;
const ERROR = 50;

/** Polls until `cond` holds; fails after `ms`. */
async function waitFor(what: string, cond: () => boolean, ms: number): Promise<void> {
  const until = performance.now() + ms;
  while (!cond()) {
    if (performance.now() > until) throw new Error(`not within ${ms} ms: ${what}`);
    await sleep(20);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** How long a promise takes to settle, and the VigilError code it rejects with. */
async function timed(p: Promise<unknown>): Promise<{ code: string | undefined; ms: number }> {
  const t0 = performance.now();
  const code = await codeOf(p);
  return { code, ms: performance.now() - t0 };
}

describeWithFixtures("detector backend failover", ["images/bus.jpg", YOLOX_BUS.file], () => {
  const model = fixture(YOLOX_BUS.file);
  let bus: Buffer;
  let detector: SpecDetector | undefined;
  let lines: CapturedLine[];

  async function open(options: Partial<DetectorOptions>): Promise<SpecDetector> {
    const captured = captureLogger();
    lines = captured.lines;
    detector = await createDetector({ model, preset: YOLOX_BUS.preset, inferenceTimeoutMs: TIMEOUT_MS, logger: captured.logger, ...options });
    return detector;
  }

  const detectBus = (d: SpecDetector) => d.detect({ encoding: "jpeg", data: bus });
  const logged = (level: number, fields: Record<string, unknown>) =>
    lines.filter((l) => l.level === level && Object.entries(fields).every(([k, v]) => l[k] === v));

  beforeAll(async () => {
    bus = await readFile(fixture("images/bus.jpg"));
  });

  afterEach(async () => {
    // Hung runs end first, so the sessions they hold are disposed with the detector.
    releaseStalledRuns();
    await sleep(0);
    await detector?.dispose();
    detector = undefined;
    stallTrigger.set({});
    failTrigger.set({});
  });

  it("a stalled run times out, the next frame runs on onnx-node, and the stalling backend comes back after its probe", async () => {
    // Run 1 is the warm-up at load, run 2 the first frame.
    stallTrigger.set({ afterRuns: 2 });
    const d = await open({ backends: ["stalling", "onnx-node"], backendModules: { stalling: STALLING }, retryPrimaryAfterMs: 500 });
    expect(d.health()).toEqual({ state: "OK", reasons: [], backend: "stalling", provider: "cpu", failovers: 0, timeouts: 0, retries: 0 });
    expectBusDetections(await detectBus(d), YOLOX_BUS.expected);

    const stalled = await timed(d.infer(await d.preprocess({ encoding: "jpeg", data: bus })));
    expect(stalled.code).toBe("INFERENCE_TIMEOUT");
    expect(stalled.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(stalled.ms).toBeLessThan(TIMEOUT_MS + 100);
    expect(stalledRuns()).toBe(1);
    const degraded = d.health();
    expect(degraded).toMatchObject({ state: "DEGRADED", reasons: ["BACKEND_FAILOVER"], backend: "onnx-node", provider: "cpu", failovers: 1, timeouts: 1, retries: 0 });
    expect(degraded.nextRetry?.delayMs).toBe(500);
    expect(d.backendFailures).toEqual([{ backend: "stalling", code: "INFERENCE_TIMEOUT", message: expect.stringContaining(`${TIMEOUT_MS} ms`) as string }]);
    expect(logged(WARN, { from: "stalling", to: "onnx-node", code: "INFERENCE_TIMEOUT" })).toHaveLength(1);

    expectBusDetections(await detectBus(d), YOLOX_BUS.expected);
    expect(d.backend).toBe("onnx-node");

    await waitFor("back on stalling", () => d.health().state === "OK", 5_000);
    expect(d.health()).toEqual({ state: "OK", reasons: [], backend: "stalling", provider: "cpu", failovers: 1, timeouts: 1, retries: 1 });
    expect(d.backendFailures).toEqual([]);
    expect(stallTrigger.sessions).toBe(2);
    expect(logged(INFO, { backend: "stalling", from: "onnx-node" })).toHaveLength(1);
    expectBusDetections(await detectBus(d), YOLOX_BUS.expected);
    expect(d.backend).toBe("stalling");

    // The hung run finally ends: its abandoned session is disposed then, not before.
    expect(releaseStalledRuns()).toBe(1);
    await waitFor("abandoned run returned", () => logged(INFO, { backend: "stalling", abandoned: 0 }).length === 1, 1_000);
  });

  it("a backend whose fresh sessions stall too fails its probe and, with two sessions hung, is not retried again", async () => {
    stallTrigger.set({ afterRuns: 2, always: true });
    const d = await open({ backends: ["stalling", "onnx-node"], backendModules: { stalling: STALLING }, retryPrimaryAfterMs: 300 });
    expectBusDetections(await detectBus(d), YOLOX_BUS.expected);
    expect((await timed(detectBus(d))).code).toBe("INFERENCE_TIMEOUT");

    // The fresh session hangs in its warm-up (max(2 s, 5 x the timeout)) and is retired.
    await waitFor("the probe's session retired", () => logged(ERROR, { backend: "stalling", abandoned: 2 }).length === 1, 5_000);
    const h = d.health();
    expect(h).toMatchObject({ state: "DEGRADED", reasons: ["BACKEND_FAILOVER"], backend: "onnx-node", failovers: 1, timeouts: 1, retries: 1 });
    expect(h.nextRetry).toBeUndefined();
    expect(d.backendFailures).toEqual([{ backend: "stalling", code: "INFERENCE_TIMEOUT", message: "warm-up did not answer within 2000 ms" }]);
    expect(stalledRuns()).toBe(2);

    // Bounded: no third session, however long it runs degraded.
    await sleep(1_000);
    expect([d.health().retries, stallTrigger.sessions, stalledRuns()]).toEqual([1, 2, 2]);
    expectBusDetections(await detectBus(d), YOLOX_BUS.expected);
  });

  it("a run error fails over at once with INFERENCE_FAILED; failed retries double the delay; a passing one resets it", async () => {
    failTrigger.set({ afterRuns: 2, always: true });
    const d = await open({ backends: ["failing", "onnx-node"], backendModules: { failing: FAILING }, retryPrimaryAfterMs: 300 });
    expectBusDetections(await detectBus(d), YOLOX_BUS.expected);
    expect(d.backend).toBe("failing");

    const failed = await timed(detectBus(d));
    expect(failed.code).toBe("INFERENCE_FAILED");
    expect(failed.ms).toBeLessThan(TIMEOUT_MS);
    expect(d.health()).toMatchObject({ state: "DEGRADED", reasons: ["BACKEND_FAILOVER"], backend: "onnx-node", failovers: 1, timeouts: 0, retries: 0 });
    expect(d.health().nextRetry?.delayMs).toBe(300);
    expect(d.backendFailures).toEqual([{ backend: "failing", code: "INFERENCE_FAILED", message: expect.stringContaining("injected inference failure") as string }]);
    expect(logged(WARN, { from: "failing", to: "onnx-node", code: "INFERENCE_FAILED" })).toHaveLength(1);

    await waitFor("two failed retries", () => d.health().retries === 2 && d.health().nextRetry?.delayMs === 1_200, 4_000);
    const attempts = lines.filter((l) => l.msg === "retrying backend failing").map((l) => l.time as number);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(600 - 10);
    expect(logged(WARN, { backend: "failing", code: "INFERENCE_FAILED", nextRetryMs: 600 })).toHaveLength(1);
    expect(d.health().state).toBe("DEGRADED");
    expectBusDetections(await detectBus(d), YOLOX_BUS.expected);

    failTrigger.set({});
    await waitFor("back on failing", () => d.health().state === "OK", 4_000);
    expect(d.health()).toEqual({ state: "OK", reasons: [], backend: "failing", provider: "cpu", failovers: 1, timeouts: 0, retries: 3 });

    failTrigger.set({ afterRuns: 0, always: true });
    expect(await codeOf(detectBus(d))).toBe("INFERENCE_FAILED");
    expect(d.health()).toMatchObject({ state: "DEGRADED", backend: "onnx-node", failovers: 2 });
    expect(d.health().nextRetry?.delayMs).toBe(300);
  });

  it("with every backend failing: FAILED / BACKEND_ALL_FAILED, infer rejects at once, and a retry brings one back", async () => {
    failTrigger.set({ afterRuns: 0, always: true });
    const d = await open({
      backends: ["failing", "failing-too"],
      backendModules: { failing: FAILING, "failing-too": FAILING },
      retryPrimaryAfterMs: 300,
    });
    expect(await codeOf(detectBus(d))).toBe("INFERENCE_FAILED");
    expect(d.health()).toMatchObject({ state: "DEGRADED", backend: "failing-too", failovers: 1 });
    expect(await codeOf(detectBus(d))).toBe("INFERENCE_FAILED");
    const h = d.health();
    expect(h).toMatchObject({ state: "FAILED", reasons: ["BACKEND_ALL_FAILED"], backend: "none", provider: "none", failovers: 2, retries: 0 });
    expect(h.nextRetry?.delayMs).toBe(300);
    expect(d.backendFailures.map((f) => [f.backend, f.code])).toEqual([
      ["failing", "INFERENCE_FAILED"],
      ["failing-too", "INFERENCE_FAILED"],
    ]);
    expect(logged(ERROR, { code: "BACKEND_ALL_FAILED", from: "failing-too" })).toHaveLength(1);

    const input = await d.preprocess({ encoding: "jpeg", data: bus });
    const fast = await timed(d.infer(input));
    expect(fast.code).toBe("BACKEND_ALL_FAILED");
    expect(fast.ms).toBeLessThan(50);

    await waitFor("a failed retry", () => d.health().retries === 1 && d.health().nextRetry?.delayMs === 600, 3_000);
    expect(d.health().state).toBe("FAILED");

    failTrigger.set({});
    await waitFor("a retry that passes", () => d.health().state === "OK", 3_000);
    expect(d.health()).toMatchObject({ state: "OK", reasons: [], backend: "failing", failovers: 2, retries: 2 });
    expectBusDetections(await detectBus(d), YOLOX_BUS.expected);
  });

  it("starts DEGRADED when the preferred backend's module is missing, and retries it on a doubling, bounded schedule", async () => {
    const missing = join(REPO_ROOT, "test/fault/no-such-backend.ts");
    const d = await open({ backends: ["missing", "onnx-node"], backendModules: { missing }, retryPrimaryAfterMs: 200 });
    const h = d.health();
    expect(h).toMatchObject({ state: "DEGRADED", reasons: ["BACKEND_FAILOVER"], backend: "onnx-node", failovers: 0, timeouts: 0, retries: 0 });
    expect(h.nextRetry?.delayMs).toBe(200);
    expect(d.backendFailures).toEqual([{ backend: "missing", code: "BACKEND_UNAVAILABLE", message: expect.stringContaining(missing) as string }]);
    expectBusDetections(await detectBus(d), YOLOX_BUS.expected);

    // 200 ms, then 400 ms: two retries by ~600 ms, the third not before ~1400 ms.
    await waitFor("two failed retries", () => d.health().retries === 2 && d.health().nextRetry !== undefined, 2_000);
    expect(d.health()).toMatchObject({ state: "DEGRADED", backend: "onnx-node", retries: 2 });
    expect(d.health().nextRetry?.delayMs).toBe(800);
    expect(d.backendFailures.map((f) => f.code)).toEqual(["BACKEND_UNAVAILABLE"]);
    expectBusDetections(await detectBus(d), YOLOX_BUS.expected);
  });

  it("starts DEGRADED when tfjs cannot load the .onnx model", async () => {
    const d = await open({ backends: ["tfjs", "onnx-node"] });
    expect(d.health()).toMatchObject({ state: "DEGRADED", reasons: ["BACKEND_FAILOVER"], backend: "onnx-node", retries: 0 });
    expect(d.health().nextRetry?.delayMs).toBe(30_000);
    expect(d.backendFailures).toHaveLength(1);
    expect(d.backendFailures[0]!.backend).toBe("tfjs");
    expect(["BACKEND_UNAVAILABLE", "BACKEND_LOAD_FAILED"]).toContain(d.backendFailures[0]!.code);
  });

  it("reports an unknown backend name and a module without an InferenceBackend as BACKEND_UNAVAILABLE", async () => {
    const notABackend = join(REPO_ROOT, "test/fault/fault-trigger.ts");
    const d = await open({ backends: ["nope", "bogus", "onnx-node"], backendModules: { bogus: notABackend } });
    expect(d.backend).toBe("onnx-node");
    expect(d.backendFailures).toEqual([
      { backend: "nope", code: "BACKEND_UNAVAILABLE", message: expect.stringContaining('unknown backend "nope"') as string },
      { backend: "bogus", code: "BACKEND_UNAVAILABLE", message: expect.stringContaining("exports no InferenceBackend") as string },
    ]);
  });

  it("without a preloaded standby, the stalled frame still rejects on time and the next one waits for the load", async () => {
    stallTrigger.set({ afterRuns: 2 }); // after the warm-up and one frame
    const d = await open({ backends: ["stalling", "onnx-node"], backendModules: { stalling: STALLING }, preloadStandby: false });
    expect(lines.filter((l) => l.msg === "standby backend onnx-node loaded")).toHaveLength(0);
    expectBusDetections(await detectBus(d), YOLOX_BUS.expected);
    const stalled = await timed(detectBus(d));
    expect(stalled.code).toBe("INFERENCE_TIMEOUT");
    expect(stalled.ms).toBeLessThan(TIMEOUT_MS + 100);
    expectBusDetections(await detectBus(d), YOLOX_BUS.expected);
    expect(d.health()).toMatchObject({ state: "DEGRADED", backend: "onnx-node", failovers: 1, timeouts: 1 });
  });

  it("abandons a real onnx-node session whose run outlives the timeout, and disposes it only when the run returns", async () => {
    const d = await open({ backends: ["onnx-node", "onnx-wasm"], inferenceTimeoutMs: 1, preloadStandby: false });
    expect((await timed(detectBus(d))).code).toBe("INFERENCE_TIMEOUT");
    expect(logged(WARN, { backend: "onnx-node", abandoned: 1 })).toHaveLength(1);
    await waitFor("the abandoned run returned", () => logged(INFO, { backend: "onnx-node", abandoned: 0 }).length === 1, 5_000);
    expect(d.health()).toMatchObject({ state: "DEGRADED", timeouts: 1, failovers: 1 });
  });
});
