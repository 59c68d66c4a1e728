import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { isVigilError, type VigilError } from "../../runtime/errors/index.js";
import { importBackend, loadFirstAvailable, type BackendSession } from "../../runtime/perception/index.js";
import { captureLogger, WARN } from "./capture-logger.js";
import { describeWithFixtures, fixture } from "../fixtures.js";

const YOLOX = "models/yolox_nano.onnx";

async function rejection(p: Promise<unknown>): Promise<VigilError> {
  try {
    await p;
  } catch (err) {
    if (isVigilError(err)) return err;
    throw err;
  }
  throw new Error("expected a rejection");
}

describeWithFixtures("backend chain", [YOLOX], () => {
  let dir: string;
  let session: BackendSession | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "vigil-chain-"));
  });

  afterEach(async () => {
    await session?.dispose();
    session = undefined;
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("moves past tfjs, which cannot load an .onnx model, to onnx-node, and reports why", async () => {
    const { logger, lines } = captureLogger();
    const loaded = await loadFirstAvailable(["tfjs", "onnx-node"], { path: fixture(YOLOX) }, {}, logger);
    session = loaded.session;
    expect(session.backend).toBe("onnx-node");
    expect(loaded.failures).toHaveLength(1);
    const [failure] = loaded.failures;
    expect(failure!.backend).toBe("tfjs");
    expect(["BACKEND_UNAVAILABLE", "BACKEND_LOAD_FAILED"]).toContain(failure!.code);
    expect(failure!.message.length).toBeGreaterThan(0);
    const logged = lines.find((l) => l.level === WARN && l.backend === "tfjs");
    expect(logged?.code).toBe(failure!.code);
    expect(logged?.message).toBe(failure!.message);
  });

  it("loads the first preference when it works, with no failures", async () => {
    const loaded = await loadFirstAvailable(["onnx-wasm", "onnx-node"], { path: fixture(YOLOX) }, { threads: 2 }, captureLogger().logger);
    session = loaded.session;
    expect([session.backend, loaded.failures]).toEqual(["onnx-wasm", []]);
  });

  it("fails over every backend on a corrupt model: BACKEND_LOAD_FAILED with each reason", async () => {
    const corrupt = join(dir, "corrupt.onnx");
    await writeFile(corrupt, Buffer.from("this is not a protobuf \u0000\u00ff\u0001 at all".repeat(40)));
    const { logger, lines } = captureLogger();
    const err = await rejection(loadFirstAvailable(["onnx-node", "onnx-wasm", "tfjs"], { path: corrupt }, {}, logger));
    expect(err.code).toBe("BACKEND_LOAD_FAILED");
    for (const name of ["onnx-node", "onnx-wasm", "tfjs"]) expect(err.message).toContain(`${name}: `);
    expect(err.message).toContain("protobuf parsing failed");
    const cause = err.cause as AggregateError;
    expect(cause).toBeInstanceOf(AggregateError);
    expect(cause.errors).toHaveLength(3);
    expect(lines.filter((l) => l.level === WARN).map((l) => l.backend)).toEqual(["onnx-node", "onnx-wasm", "tfjs"]);
  });

  it("fails with BACKEND_LOAD_FAILED when no backend is configured", async () => {
    const err = await rejection(loadFirstAvailable([], { path: fixture(YOLOX) }, {}, captureLogger().logger));
    expect(err.code).toBe("BACKEND_LOAD_FAILED");
    expect(err.message).toContain("no backend configured");
  });

  it("reports an unknown backend name as unavailable", async () => {
    const err = await rejection(importBackend("tensorrt-llm" as "tfjs"));
    expect(err.code).toBe("BACKEND_UNAVAILABLE");
  });
});
