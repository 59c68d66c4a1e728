// POST /v1/infer against a hung backend (the stalling plugin: onnx-node whose runs stop
// answering on cue): 504 within the timeout, the slot held until the run ends, 429 at once past
// max_concurrent and max_queue, and a queued request that times out without ever running.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import type { ApiServer } from "../../runtime/api/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { createDetector, type SpecDetector } from "../../runtime/perception/index.js";
import { releaseStalledRuns, stallTrigger, stalledRuns } from "../fault/stalling-backend.js";
import { describeWithFixtures, fixture, REPO_ROOT } from "../fixtures.js";
import { YOLOX_BUS } from "../perception/bus-expectations.js";
import { call, envelopeCode, postBytes, startTestApi, type Answer } from "./api-harness.js";

const STALLING = join(REPO_ROOT, "test/fault/stalling-backend.ts");
const TIMEOUT_MS = 300;

describeWithFixtures("POST /v1/infer against a hung backend", ["images/bus.jpg", "images/000000181542.jpg", YOLOX_BUS.file], () => {
  let bus: Buffer;
  let other: Buffer;
  let detector: SpecDetector | undefined;
  let api: ApiServer | undefined;

  beforeAll(async () => {
    bus = await readFile(fixture("images/bus.jpg"));
    other = await readFile(fixture("images/000000181542.jpg"));
  });

  /** A real detector on the stalling backend whose runs hang from the first frame on (run 1 is the load's warm-up). */
  async function hungDetector(): Promise<SpecDetector> {
    stallTrigger.set({ afterRuns: 1, always: true });
    detector = await createDetector({
      model: fixture(YOLOX_BUS.file),
      preset: YOLOX_BUS.preset,
      backends: ["stalling"],
      backendModules: { stalling: STALLING },
      preloadStandby: false,
      logger: silentLogger,
    });
    return detector;
  }

  afterEach(async () => {
    // Hung runs end first (a run queued behind one may stall in turn), so the API's slots drain,
    // its open requests end and the session can be disposed.
    if (api !== undefined) await drain(api);
    releaseStalledRuns();
    await api?.close();
    api = undefined;
    await detector?.dispose();
    detector = undefined;
    stallTrigger.set({});
  });

  /** Releases stalled runs until no API inference holds a slot. */
  async function drain(server: ApiServer): Promise<void> {
    await vi.waitFor(
      () => {
        releaseStalledRuns();
        expect(server.inferRunning).toBe(0);
      },
      { timeout: 10_000, interval: 20 },
    );
  }

  const infer = (img: Uint8Array) => postBytes(`${api!.url}/v1/infer`, img, "image/jpeg");

  it("answers 504 INFERENCE_TIMEOUT within timeout + 50 ms; the hung inference keeps its slot until it ends", async () => {
    const d = await hungDetector();
    api = await startTestApi({ infer: { timeout_ms: TIMEOUT_MS, max_concurrent: 1 } }, { detector: () => d });
    // The process's first POST pays one-time costs (undici's body path, the route's first run):
    // not the server's deadline, so a cheap rejected POST goes first.
    expect((await call(`${api.url}/healthz`)).status).toBe(200);
    expect((await postBytes(`${api.url}/v1/infer`, Buffer.from("warm-up"), "application/octet-stream")).status).toBe(400);

    const timedOut = await infer(bus);
    expect(timedOut.status).toBe(504);
    expect(envelopeCode(timedOut)).toBe("INFERENCE_TIMEOUT");
    expect(timedOut.body.error.details).toEqual({ timeout_ms: TIMEOUT_MS });
    expect(timedOut.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(timedOut.ms).toBeLessThan(TIMEOUT_MS + 50);

    // The run still hangs and still holds the only slot: the next request is refused at once.
    expect(stalledRuns()).toBe(1);
    expect(api.inferRunning).toBe(1);
    const refused = await infer(other);
    expect(refused.status).toBe(429);
    expect(envelopeCode(refused)).toBe("OVERLOADED");
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(refused.body.error.details).toEqual({ running: 1, queued: 0, max_concurrent: 1, max_queue: 0 });

    // When the hung run finally ends (here with an error), its slot comes back.
    expect(releaseStalledRuns()).toBe(1);
    await vi.waitFor(() => expect(api!.inferRunning).toBe(0), { timeout: 5000, interval: 10 });
    expect(api.counts().infer).toMatchObject({ timeouts: 1, overloaded: 1, lateFinished: 0, lateFailed: 1, misses: 2 });
    expect(api.counts().requests["/v1/infer"]).toEqual({ "400": 1, "429": 1, "504": 1 });
    expect(api.cacheStats().entries).toBe(0);
  });

  it("past max_concurrent running inferences, one more gets 429 OVERLOADED while they are still open", async () => {
    const d = await hungDetector();
    api = await startTestApi({ infer: { timeout_ms: 60_000, max_concurrent: 2 } }, { detector: () => d });
    const settled: Answer[] = [];
    const held = [infer(bus), infer(other)].map((p) => p.then((a) => (settled.push(a), a)));
    await vi.waitFor(() => expect(api!.inferRunning).toBe(2), { timeout: 10_000, interval: 10 });

    const third = await infer(bus);
    expect(third.status).toBe(429);
    expect(envelopeCode(third)).toBe("OVERLOADED");
    expect(third.body.error.details).toMatchObject({ running: 2, max_concurrent: 2 });
    expect(settled).toEqual([]); // the two held ones are still open

    await drain(api);
    const answers = await Promise.all(held);
    // The released run ends with the backend's error; one behind it finds no backend left.
    for (const a of answers) expect([`500 INFERENCE_FAILED`, `503 BACKEND_ALL_FAILED`]).toContain(`${a.status} ${envelopeCode(a)}`);
    expect(answers.map(envelopeCode)).toContain("INFERENCE_FAILED");
    expect(api.inferRunning).toBe(0);
  });

  it("with max_queue 1: one waits for the slot, the next is refused, and the waiting one times out without ever running", async () => {
    const d = await hungDetector();
    api = await startTestApi({ infer: { timeout_ms: TIMEOUT_MS, max_concurrent: 1, max_queue: 1 } }, { detector: () => d });
    const first = infer(bus);
    await vi.waitFor(() => expect(api!.inferRunning).toBe(1), { timeout: 10_000, interval: 10 });
    const queued = infer(other);
    await vi.waitFor(() => expect(api!.counts().infer.misses).toBe(2), { timeout: 10_000, interval: 10 });
    const refused = await infer(Buffer.concat([bus, Buffer.from([0])])); // a third image (different bytes)
    expect(refused.status).toBe(429);
    expect(refused.body.error.details).toMatchObject({ running: 1, queued: 1, max_queue: 1 });

    const [a, b] = await Promise.all([first, queued]);
    expect(a.status).toBe(504);
    expect(b.status).toBe(504);
    expect(envelopeCode(b)).toBe("INFERENCE_TIMEOUT");
    expect(stalledRuns()).toBe(1); // only the first ever reached the backend
    expect(api.inferRunning).toBe(1);
    releaseStalledRuns();
    await vi.waitFor(() => expect(api!.inferRunning).toBe(0), { timeout: 5000, interval: 10 });
    expect(api.counts().infer).toMatchObject({ timeouts: 2, overloaded: 1, lateFailed: 1 });
  });
});
