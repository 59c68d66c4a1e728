import { afterEach, beforeAll, expect, it } from "vitest";
import { SystemClock } from "../../../runtime/clock/index.js";
import { silentLogger } from "../../../runtime/observe/index.js";
import { createDetector, type Detection, type Detector, type ImageInput, type InferenceResult, type PreparedInput } from "../../../runtime/perception/index.js";
import { ModelSlot, type SlotShadowFrame } from "../../../device/agent/index.js";
import { describeWithFixtures } from "../../fixtures.js";
import { BUS, FIXTURES_NEEDED, PETS_1, YOLOV8, YOLOX, imageOf, personsOf, sleep } from "./agent-harness.js";

/** A real detector that logs what is called on it, in order. */
class Recording implements Detector {
  readonly events: string[] = [];
  constructor(
    readonly inner: Detector,
    readonly tag: string,
    readonly failInfer = false,
  ) {}
  get modelName(): string {
    return this.inner.modelName;
  }
  get modelVersion(): string {
    return this.inner.modelVersion;
  }
  get backend(): string {
    return this.inner.backend;
  }
  get provider(): string {
    return this.inner.provider;
  }
  preprocess(image: ImageInput): Promise<PreparedInput> {
    return this.inner.preprocess(image);
  }
  async infer(input: PreparedInput): Promise<InferenceResult> {
    this.events.push("infer-start");
    try {
      if (this.failInfer) throw new Error("shadow backend broke");
      return await this.inner.infer(input);
    } finally {
      this.events.push("infer-end");
    }
  }
  async detect(image: ImageInput): Promise<Detection[]> {
    return (await this.infer(await this.preprocess(image))).detections;
  }
  async dispose(): Promise<void> {
    this.events.push("dispose");
    await this.inner.dispose();
  }
}

const load = async (which: "yolox" | "yolov8", version: string, tag = which): Promise<Recording> =>
  new Recording(
    await createDetector({
      model: which === "yolox" ? YOLOX : YOLOV8,
      preset: which,
      specOverrides: { version },
      backends: ["onnx-node"],
      logger: silentLogger,
      threads: 1,
    }),
    tag,
  );

describeWithFixtures("ModelSlot: atomic swaps and shadow runs on real models", FIXTURES_NEEDED, () => {
  let bus: ImageInput;
  let pets: ImageInput;
  let slot: ModelSlot | undefined;

  beforeAll(async () => {
    bus = await imageOf(BUS);
    pets = await imageOf(PETS_1);
  });

  afterEach(async () => {
    await slot?.dispose();
    slot = undefined;
  });

  it("runs a frame prepared by the old model (416x416) on the new one (640x640) after a swap, and disposes the old one", async () => {
    const yolox = await load("yolox", "1.0.0");
    const yolov8 = await load("yolov8", "1.1.0");
    slot = new ModelSlot({ clock: new SystemClock(), initial: yolox });
    expect(slot.modelVersion).toBe("1.0.0");
    const prepared = await slot.preprocess(bus);
    expect(prepared.dims).toEqual([1, 3, 416, 416]);
    expect(await slot.activate(yolov8)).toBeUndefined();
    expect(slot.modelVersion).toBe("1.1.0");
    const result = await slot.infer(prepared);
    expect(personsOf(result.detections)).toBe(4);
    expect(result.detections.some((d) => d.label === "bus")).toBe(true);
    expect(slot.counters.reprepared).toBe(1);
    expect(yolox.events).toEqual(["dispose"]);
    expect(yolov8.events).toEqual(["infer-start", "infer-end"]);
    // The person at [672,382,807,876] lands where yolov8 puts it in bus.jpg's own pixels.
    const right = result.detections.filter((d) => d.label === "person").sort((a, b) => b.box[0] - a.box[0])[0]!;
    expect(right.box[0]).toBeGreaterThan(640);
    expect(right.box[2]).toBeLessThanOrEqual(810);
  }, 120_000);

  it("lets an inference in flight finish on the old model and disposes it only afterwards", async () => {
    const a = await load("yolox", "1.0.0");
    const b = await load("yolox", "1.0.1");
    slot = new ModelSlot({ clock: new SystemClock(), initial: a });
    const inflight = slot.infer(await slot.preprocess(bus));
    await sleep(0);
    expect(a.events).toEqual(["infer-start"]);
    const swapped = slot.activate(b);
    // New calls go to b at once, while a's call is still running.
    const next = slot.detect(pets);
    const [r1, , r2] = await Promise.all([inflight, swapped, next]);
    expect(personsOf(r1.detections)).toBe(4);
    expect(personsOf(r2)).toBeGreaterThanOrEqual(3);
    expect(a.events).toEqual(["infer-start", "infer-end", "dispose"]);
    expect(b.events).toEqual(["infer-start", "infer-end"]);
    expect(slot.counters.reprepared).toBe(0);
  }, 120_000);

  it("runs a shadow beside the active model without changing its results, skips frames while the shadow is busy, and counts shadow errors", async () => {
    const active = await load("yolox", "1.0.0");
    slot = new ModelSlot({ clock: new SystemClock(), initial: active });
    const frames: SlotShadowFrame[] = [];
    slot.listen({ onShadowFrame: (f) => frames.push(f) });
    const alone = [await slot.detect(bus), await slot.detect(pets)];

    await slot.setShadow(await load("yolox", "1.0.1"));
    const withShadow: Detection[][] = [];
    for (let i = 0; i < 6; i++) {
      withShadow.push(await slot.detect(i % 2 === 0 ? bus : pets));
      await waitIdle(slot);
    }
    expect(withShadow[0]).toEqual(alone[0]);
    expect(withShadow[1]).toEqual(alone[1]);
    expect(slot.shadowCounters).toEqual({ runs: 6, skipped: 0, errors: 0 });
    expect(frames).toHaveLength(6);
    expect(frames[0]!.shadow).toEqual(frames[0]!.active);
    expect(frames.every((f) => f.shadowVersion === "1.0.1" && f.shadowMs > 0 && f.activeMs > 0)).toBe(true);

    // A slow shadow (yolov8) cannot keep up with back-to-back frames: the active path never waits for it.
    await slot.setShadow(await load("yolov8", "1.2.0"));
    for (let i = 0; i < 12; i++) expect(await slot.detect(bus)).toEqual(alone[0]);
    await waitIdle(slot);
    const slow = slot.shadowCounters;
    expect(slow.skipped).toBeGreaterThan(0);
    expect(slow.runs + slow.skipped).toBe(12);

    const broken = new Recording((await load("yolox", "1.0.2")).inner, "broken", true);
    await slot.setShadow(broken);
    expect(await slot.detect(bus)).toEqual(alone[0]);
    await waitIdle(slot);
    expect(slot.shadowCounters).toEqual({ runs: 0, skipped: 0, errors: 1 });
    await slot.clearShadow();
    expect(broken.events.at(-1)).toBe("dispose");
    expect(slot.shadow).toBeUndefined();
  }, 180_000);

  it("fails calls with BACKEND_UNAVAILABLE while no model is active", async () => {
    slot = new ModelSlot({ clock: new SystemClock() });
    await expect(slot.preprocess(bus)).rejects.toMatchObject({ code: "BACKEND_UNAVAILABLE" });
    expect(slot.health()).toMatchObject({ state: "FAILED", reasons: ["BACKEND_ALL_FAILED"] });
    await slot.activate(await load("yolox", "1.0.0"));
    expect(personsOf(await slot.detect(bus))).toBe(4);
  }, 60_000);
});

/** Waits until no shadow run is scheduled or running (one starts on setImmediate after the active result). */
async function waitIdle(slot: ModelSlot): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (slot.shadowRunning) {
    if (Date.now() > deadline) throw new Error("the shadow run did not finish");
    await sleep(10);
  }
}
