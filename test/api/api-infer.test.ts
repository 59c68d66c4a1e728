// POST /v1/infer on the real yolox_nano model over real HTTP: answers, the sha256 LRU cache
// (a repeat does not run the model), eviction by entries and by bytes, model swaps, input the
// detector cannot decode, and the counters and metrics it leaves.
import { readFile } from "node:fs/promises";
import { Registry } from "prom-client";
import sharp from "sharp";
import { createHash } from "node:crypto";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { ApiServer } from "../../runtime/api/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { createDetector, type Detection, type Detector, type SpecDetector } from "../../runtime/perception/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";
import { expectBusDetections, YOLOX_BUS } from "../perception/bus-expectations.js";
import { CountingDetector, call, envelopeCode, postBytes, postJson, startTestApi, type Answer } from "./api-harness.js";

const IMAGES = ["images/bus.jpg", "images/000000181542.jpg", "images/000000277005.jpg", "images/000000334371.jpg"];
const TOKEN = "infer-test-token";

const asDetections = (a: Answer): Detection[] =>
  (a.body.detections as { label: string; class_id: number; score: number; box: Detection["box"] }[]).map((d) => ({ label: d.label, classId: d.class_id, score: d.score, box: d.box }));

describeWithFixtures("POST /v1/infer on the real model", [...IMAGES, YOLOX_BUS.file], () => {
  let real: SpecDetector;
  let images: Buffer[];
  let api: ApiServer | undefined;

  beforeAll(async () => {
    real = await createDetector({ model: fixture(YOLOX_BUS.file), preset: YOLOX_BUS.preset, backends: ["onnx-node"], logger: silentLogger });
    images = await Promise.all(IMAGES.map((p) => readFile(fixture(p))));
  });

  afterAll(async () => {
    await real?.dispose();
  });

  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  const infer = (img: Uint8Array, type = "image/jpeg") => postBytes(`${api!.url}/v1/infer`, img, type);

  it("answers the model's detections; the same image again comes from the cache without running the model", async () => {
    const counting = new CountingDetector(real);
    api = await startTestApi({}, { detector: () => counting });
    const bus = images[0]!;
    const first = await infer(bus);
    expect(first.status).toBe(200);
    expect(first.body.cached).toBe(false);
    expect(first.body.sha256).toBe(createHash("sha256").update(bus).digest("hex"));
    expect(first.body.model).toEqual({ name: real.modelName, version: real.modelVersion, backend: "onnx-node" });
    expect(first.body.inference_ms).toBeGreaterThan(0);
    expectBusDetections(asDetections(first), YOLOX_BUS.expected);
    expect(counting.infers).toBe(1);

    const second = await infer(bus);
    expect(second.status).toBe(200);
    expect(second.body.cached).toBe(true);
    expect(second.body.inference_ms).toBe(0);
    expect(second.body.detections).toEqual(first.body.detections);
    expect(second.body.model).toEqual(first.body.model);
    expect(second.body.sha256).toBe(first.body.sha256);
    expect(counting.infers).toBe(1);

    // The same bytes as base64 JSON: the hash is over the decoded bytes, so it is the same entry.
    const asJson = await postJson(`${api.url}/v1/infer`, { image: bus.toString("base64"), encoding: "jpeg" });
    expect(asJson.status).toBe(200);
    expect(asJson.body.cached).toBe(true);
    expect(asJson.body.detections).toEqual(first.body.detections);
    expect(counting.infers).toBe(1);

    // A different image misses and runs the model.
    const other = await infer(images[1]!);
    expect(other.status).toBe(200);
    expect(other.body.cached).toBe(false);
    expect(other.body.sha256).not.toBe(first.body.sha256);
    expect(counting.infers).toBe(2);

    expect(api.cacheStats()).toMatchObject({ entries: 2, hits: 2, misses: 2, evictions: 0 });
  });

  it("takes PNG bytes and JSON base64 without encoding (read from the bytes), with the same detections as the JPEG", async () => {
    const counting = new CountingDetector(real);
    api = await startTestApi({}, { detector: () => counting });
    const jpeg = await infer(images[0]!);
    const png = await sharp(images[0]!).png().toBuffer();
    const rawPng = await infer(png, "image/png");
    expect(rawPng.status).toBe(200);
    expect(rawPng.body.cached).toBe(false);
    expectBusDetections(asDetections(rawPng), YOLOX_BUS.expected);
    expect(rawPng.body.detections.length).toBe(jpeg.body.detections.length);
    const octet = await infer(png, "application/octet-stream");
    expect(octet.body.cached).toBe(true);
    const b64 = await postJson(`${api.url}/v1/infer`, { image: png.toString("base64") });
    expect(b64.body.cached).toBe(true);
    expect(b64.body.sha256).toBe(rawPng.body.sha256);
    expect(counting.infers).toBe(2);
  });

  it("a model swap misses (the key holds model name and version); swapping back hits the old entry", async () => {
    const v1 = new CountingDetector(real);
    const v2 = new CountingDetector(real, "9.9.9-test");
    let active: Detector = v1;
    api = await startTestApi({}, { detector: () => active });
    expect((await infer(images[0]!)).body.cached).toBe(false);
    active = v2;
    const swapped = await infer(images[0]!);
    expect(swapped.body.cached).toBe(false);
    expect(swapped.body.model.version).toBe("9.9.9-test");
    expect(v2.infers).toBe(1);
    active = v1;
    const back = await infer(images[0]!);
    expect(back.body.cached).toBe(true);
    expect(back.body.model.version).toBe(real.modelVersion);
    expect(v1.infers).toBe(1);
  });

  it("evicts the least recently used image beyond max_entries", async () => {
    const counting = new CountingDetector(real);
    api = await startTestApi({ infer: { cache: { max_entries: 2 } } }, { detector: () => counting });
    const [a, b, c] = images;
    await infer(a!);
    await infer(b!);
    expect((await infer(a!)).body.cached).toBe(true); // a is now more recent than b
    await infer(c!); // evicts b
    expect(counting.infers).toBe(3);
    expect((await infer(b!)).body.cached).toBe(false); // evicts a
    expect((await infer(c!)).body.cached).toBe(true);
    expect((await infer(a!)).body.cached).toBe(false);
    expect(counting.infers).toBe(5);
    expect(api.cacheStats()).toMatchObject({ entries: 2, evictions: 3 });
  });

  it("evicts the least recently used images until the bytes fit max_bytes", async () => {
    // Each answer's size, from a cache with room for all.
    const sizes: number[] = [];
    api = await startTestApi({}, { detector: () => real });
    for (const img of images.slice(0, 3)) {
      const before = api.cacheStats().bytes;
      await infer(img);
      sizes.push(api.cacheStats().bytes - before);
    }
    await api.close();
    const [sa, sb, sc] = sizes as [number, number, number];
    expect(Math.min(sa, sb, sc)).toBeGreaterThan(100);
    const maxBytes = Math.max(sa + sb, sc);
    const counting = new CountingDetector(real);
    api = await startTestApi({ infer: { cache: { max_entries: 100, max_bytes: maxBytes } } }, { detector: () => counting });
    await infer(images[0]!);
    await infer(images[1]!);
    expect(api.cacheStats()).toMatchObject({ entries: 2, bytes: sa + sb, evictions: 0 });
    await infer(images[2]!);
    const stats = api.cacheStats();
    expect(stats.evictions).toBeGreaterThanOrEqual(1);
    expect(stats.bytes).toBeLessThanOrEqual(maxBytes);
    expect(stats.bytes).toBe(sc + (stats.entries === 2 ? sb : 0));
    expect((await infer(images[2]!)).body.cached).toBe(true);
    expect((await infer(images[0]!)).body.cached).toBe(false); // the oldest went first
    expect(counting.infers).toBe(4);
  });

  it("bytes the detector cannot decode: 400 FRAME_UNDECODABLE, the model never runs, nothing cached", async () => {
    const counting = new CountingDetector(real);
    api = await startTestApi({}, { detector: () => counting });
    const garbage = Buffer.alloc(4096, 0x5a);
    const a = await infer(garbage, "image/jpeg");
    expect(a.status).toBe(400);
    expect(envelopeCode(a)).toBe("FRAME_UNDECODABLE");
    // A JPEG header with nothing decodable behind it.
    const fakeJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 0x11)]);
    const b = await infer(fakeJpeg, "application/octet-stream");
    expect(b.status).toBe(400);
    expect(envelopeCode(b)).toBe("FRAME_UNDECODABLE");
    // PNG bytes declared as JPEG.
    const png = await sharp(images[0]!).png().toBuffer();
    const c = await postJson(`${api.url}/v1/infer`, { image: png.toString("base64"), encoding: "jpeg" });
    expect(c.status).toBe(400);
    expect(envelopeCode(c)).toBe("FRAME_UNDECODABLE");
    expect(counting.infers).toBe(0);
    expect(api.cacheStats()).toMatchObject({ entries: 0, misses: 3, hits: 0 });
  });

  it("POST /v1/infer/cache/clear (with the token) empties the cache: the next repeat runs the model", async () => {
    const counting = new CountingDetector(real);
    api = await startTestApi({ token_env: "VIGIL_TEST_TOKEN" }, { detector: () => counting, env: { VIGIL_TEST_TOKEN: TOKEN } });
    await infer(images[0]!);
    await infer(images[1]!);
    const cleared = await call(`${api.url}/v1/infer/cache/clear`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toEqual({ cleared: 2 });
    expect((await infer(images[0]!)).body.cached).toBe(false);
    expect(counting.infers).toBe(3);
  });

  it("counts hits, misses and inference time in the registry and in /v1/status", async () => {
    const registry = new Registry();
    api = await startTestApi({}, { detector: () => real, registry });
    await infer(images[0]!);
    await infer(images[0]!);
    await infer(images[0]!);
    await infer(images[1]!);
    const text = (await call(`${api.url}/metrics`)).body as string;
    expect(text).toContain('vigil_api_infer_cache_total{result="hit"} 2');
    expect(text).toContain('vigil_api_infer_cache_total{result="miss"} 2');
    expect(text).toContain("vigil_api_infer_seconds_count 2");
    expect(text).toContain('vigil_api_requests_total{route="/v1/infer",status="200"} 4');
    const status = (await call(`${api.url}/v1/status`)).body;
    expect(status.api.infer).toMatchObject({ hits: 2, misses: 2, timeouts: 0, overloaded: 0, running: 0 });
    expect(status.api.infer.cache).toMatchObject({ entries: 2, hits: 2, misses: 2 });
    expect(status.api.requests["/v1/infer"]).toEqual({ "200": 4 });
  });

  it("GET /v1/models without a provider lists the detector's model", async () => {
    api = await startTestApi({}, { detector: () => real });
    const a = await call(`${api.url}/v1/models`);
    expect(a.body).toEqual({ active: { name: real.modelName, version: real.modelVersion, backend: "onnx-node", provider: "cpu" }, shadow: null, stored_versions: [] });
  });
});
