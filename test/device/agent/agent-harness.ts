// Shared set-up for the device agent tests: a fleet key, signed manifests of the fixture
// models, a store seeded with an active version, an agent whose reports are captured, and
// a frame loop that keeps the slot busy the way a pipeline would.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";
import { bigintToLong, vigil } from "../../../proto/index.js";
import { SystemClock } from "../../../runtime/clock/index.js";
import { AgentConfigSchema, type AgentConfigInput } from "../../../runtime/config/agent-config.js";
import { silentLogger } from "../../../runtime/observe/index.js";
import { createDetector, type Detection, type Detector, type ImageInput } from "../../../runtime/perception/index.js";
import { DeviceAgent, ModelSlot, ModelStore, type AgentReport, type AgentStatus, type ModelState } from "../../../device/agent/index.js";
import { buildManifest, generateFleetKey, signManifest, type FleetKey, type TrustedKeys } from "../../../device/manifest/index.js";
import { fixture } from "../../fixtures.js";

export const YOLOX = fixture("models", "yolox_nano.onnx");
export const YOLOV8 = fixture("models", "yolov8n_int8.onnx");
export const BUS = fixture("images", "bus.jpg");
export const PETS_1 = fixture("video", "PETS09-S2L1", "000001.jpg");
/** City street, many cars and people: the two fixture networks disagree on part of it. */
export const STREET = fixture("images", "000000373353.jpg");
export const FIXTURES_NEEDED = ["models/yolox_nano.onnx", "models/yolov8n_int8.onnx", "images/bus.jpg", "images/000000373353.jpg", "video/PETS09-S2L1/000001.jpg"];

export const trustedOf = (...keys: FleetKey[]): TrustedKeys => new Map(keys.map((k) => [k.keyId, k.publicKey]));

/** An unsigned manifest of a fixture model; golden bus.jpg must show at least one person unless told otherwise. */
export async function manifestOf(
  which: "yolox" | "yolov8",
  version: string,
  options: { golden?: { label: string; minCount: number }[]; rollback?: boolean } = {},
): Promise<vigil.v1.ModelManifest> {
  const golden = (options.golden ?? [{ label: "person", minCount: 1 }]).map((g) => ({ image: BUS, ...g }));
  return buildManifest({
    model: which === "yolox" ? YOLOX : YOLOV8,
    preset: which,
    version,
    name: which === "yolox" ? "yolox_nano" : "yolov8n_int8",
    golden,
    rollback: options.rollback ?? false,
  });
}

/** A copy of a manifest with fields changed (the signature is not redone). */
export function withFields(m: vigil.v1.ModelManifest, fields: Partial<vigil.v1.ModelManifest.$Properties>): vigil.v1.ModelManifest {
  return vigil.v1.ModelManifest.fromObject({ ...vigil.v1.ModelManifest.toObject(m), ...fields });
}

export const sizeLong = (n: number) => bigintToLong(BigInt(n), true);

/** Splits bytes into `count` chunks of a deploy. */
export function chunksOf(deployId: string, bytes: Uint8Array, count: number): vigil.v1.ArtifactChunk[] {
  const size = Math.ceil(bytes.length / count);
  return Array.from({ length: count }, (_, index) =>
    vigil.v1.ArtifactChunk.create({ deployId, index, count, data: bytes.subarray(index * size, Math.min(bytes.length, (index + 1) * size)) }),
  );
}

export const loadOnnx = (model: string, spec: string): Promise<Detector> =>
  createDetector({ model, spec, backends: ["onnx-node"], logger: silentLogger, threads: 1 });

export interface Harness {
  dir: string;
  key: FleetKey;
  slot: ModelSlot;
  agent: DeviceAgent;
  reports: AgentReport[];
  /** Every status the agent announced (onStatusChange). */
  statuses: AgentStatus[];
  /** Every load the agent asked for, by spec path. */
  loads: string[];
  statesOf(deployId: string): ModelState[];
  /** Waits until the deploy reports `state` (generous deadline for a loaded 2-core machine). */
  waitForState(deployId: string, state: ModelState, timeoutMs?: number): Promise<AgentReport>;
  close(): Promise<void>;
}

/**
 * A store under a temp folder seeded with `seed` (bytes + signed manifest) as active, and an
 * agent started on it (it boots into the seed). `dir` reuses a store folder (restart tests).
 */
export async function startHarness(options: {
  key: FleetKey;
  seed?: { manifest: vigil.v1.ModelManifest; bytes: Uint8Array };
  config?: Partial<AgentConfigInput>;
  dir?: string;
  trusted?: TrustedKeys;
}): Promise<Harness> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), "vigil-agent-")));
  if (options.seed !== undefined) {
    const store = await ModelStore.open({ dir: join(dir, "store") });
    await store.putBlob(options.seed.bytes, options.seed.manifest.sha256);
    await store.setActive(await store.putManifest(options.seed.manifest));
  }
  const config = AgentConfigSchema.parse({ store_dir: join(dir, "store"), trusted_keys: "(given)", ...options.config });
  const clock = new SystemClock();
  const slot = new ModelSlot({ clock, logger: silentLogger });
  const reports: AgentReport[] = [];
  const loads: string[] = [];
  const statuses: AgentStatus[] = [];
  const agent = new DeviceAgent({
    config,
    site: "dock-3",
    device: "cam-7",
    clock,
    logger: silentLogger,
    trustedKeys: options.trusted ?? trustedOf(options.key),
    slot,
    loadDetector: (model, spec) => {
      loads.push(spec);
      return loadOnnx(model, spec);
    },
    report: async (r) => {
      reports.push(r);
    },
    onStatusChange: (s) => statuses.push(s),
  });
  await agent.start();
  const statesOf = (deployId: string) => reports.filter((r) => r.deployId === deployId).map((r) => r.state);
  return {
    dir,
    key: options.key,
    slot,
    agent,
    reports,
    statuses,
    loads,
    statesOf,
    async waitForState(deployId, state, timeoutMs = 90_000) {
      return vi.waitFor(
        () => {
          const r = reports.find((x) => x.deployId === deployId && x.state === state);
          if (r === undefined) throw new Error(`deploy ${deployId} has not reported ${state} yet (states so far: ${statesOf(deployId).join(", ")})`);
          return r;
        },
        { timeout: timeoutMs, interval: 50 },
      );
    },
    async close() {
      await agent.close();
      await slot.dispose();
    },
  };
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export async function imageOf(path: string): Promise<ImageInput> {
  return { encoding: "jpeg", data: await readFile(path) };
}

/** Results of a frame loop: detections per call in order, the versions that ran them, and failures. */
export interface FrameLoop {
  results: { version: string; detections: Detection[] }[];
  errors: unknown[];
  /** Stops feeding frames while paused (the loop idles). */
  paused: boolean;
  stop(): Promise<void>;
}

/**
 * Feeds frames through slot.preprocess / slot.infer one after another, the way the pipeline's
 * two stages call it, until stopped. Frames alternate between the given images.
 */
export function startFrameLoop(slot: ModelSlot, images: ImageInput[], options: { gapMs?: number } = {}): FrameLoop {
  const loop: FrameLoop = { results: [], errors: [], paused: false, stop: async () => undefined };
  let running = true;
  const done = (async () => {
    let i = 0;
    while (running) {
      if (loop.paused) {
        await sleep(20);
        continue;
      }
      const image = images[i++ % images.length] as ImageInput;
      try {
        const prepared = await slot.preprocess(image);
        // The version the slot runs when the frame goes in (the swap may land between the stages).
        const result = await slot.infer(prepared);
        loop.results.push({ version: slot.modelVersion, detections: result.detections });
      } catch (err) {
        loop.errors.push(err);
      }
      if (options.gapMs !== undefined) await sleep(options.gapMs);
      else await new Promise((r) => setImmediate(r));
    }
  })();
  loop.stop = async () => {
    running = false;
    await done;
  };
  return loop;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export const personsOf = (dets: readonly Detection[]): number => dets.filter((d) => d.label === "person").length;

/** A key the device does not trust. */
export const strangerKey = (): FleetKey => generateFleetKey();

export { generateFleetKey, signManifest };
