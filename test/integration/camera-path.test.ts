import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Subscriber } from "zeromq";
import { afterAll, expect, it } from "vitest";
import { decodeDetectionSet, type DetectionSetMessage } from "../../runtime/publish/index.js";
import { describeWithFixtures, fixture } from "../fixtures.js";
import { startVigil, type VigilProcess } from "../vigil-process.js";

describeWithFixtures("camera path: vigil sim camera → vigil run → subscriber over TCP loopback", ["video/PETS09-S2L1", "models/yolox_nano.onnx"], () => {
  const dir = mkdtempSync(join(tmpdir(), "vigil-e2e-"));
  const procs: VigilProcess[] = [];
  let sub: Subscriber | undefined;
  afterAll(() => {
    sub?.close();
    for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("accounts for every one of the 150 PETS09-S2L1 frames, and processed ones carry persons", async () => {
    const config = join(dir, "pipeline.yaml");
    writeFileSync(
      config,
      [
        "name: e2e",
        "max_frame_age_ms: 1000",
        "ingest:",
        "  - endpoint: tcp://127.0.0.1:*",
        "detector:",
        `  model: ${fixture("models", "yolox_nano.onnx")}`,
        "  preset: yolox",
        "output:",
        "  detections:",
        "    endpoint: tcp://127.0.0.1:*",
        "    send_hwm: 1000",
        "logging:",
        "  stats_interval_ms: 0",
      ].join("\n"),
    );
    const runtime = startVigil(["run", "--config", config]);
    procs.push(runtime);
    const m = await runtime.waitForStderr(/listening for SensorFrames on (tcp:\/\/\S+); DetectionSets on (tcp:\/\/[^;\s]+)/, 30_000);
    const [, ingestEndpoint, outputEndpoint] = m as unknown as [string, string, string];

    sub = new Subscriber({ receiveHighWaterMark: 10_000 });
    sub.subscribe();
    const connected = new Promise<void>((resolve) => sub!.events.on("connect", () => resolve()));
    sub.connect(outputEndpoint);
    await connected;
    const received: DetectionSetMessage[] = [];
    const reading = (async () => {
      for await (const frames of sub!) received.push(decodeDetectionSet(frames[frames.length - 1] as Buffer));
    })();

    const sim = startVigil(["sim", "camera", "--frames", fixture("video", "PETS09-S2L1"), "--fps", "15", "--connect", ingestEndpoint, "--sensor", "cam0"]);
    procs.push(sim);
    expect(await sim.exited, sim.stderr()).toBe(0);
    expect(JSON.parse(sim.stdout())).toMatchObject({ sent: 150 });

    // Let the last frames through, then stop the runtime the way an operator would.
    await new Promise((r) => setTimeout(r, 1500));
    runtime.child.kill("SIGINT");
    expect(await runtime.exited, runtime.stderr()).toBe(0);
    sub.close();
    await reading;

    type Counts = Record<"received" | "processed" | "dropped" | "stale" | "rejected" | "failed" | "pending", number>;
    const stopped = runtime.logs.find((l) => l.msg === "stopped") as { counters: { sensors: Record<string, Counts> }; published: number } | undefined;
    expect(stopped, runtime.stderr()).toBeDefined();
    const cam = stopped!.counters.sensors.cam0!;
    expect(cam.received).toBe(150);
    expect(cam.rejected).toBe(0);
    expect(cam.failed).toBe(0);
    expect(cam.processed + cam.dropped + cam.stale).toBe(150);
    expect(cam.pending).toBe(0);
    expect(cam.processed).toBeGreaterThan(0);
    expect(stopped!.published).toBe(cam.processed);

    expect(received).toHaveLength(cam.processed);
    const seqs = received.map((r) => Number(r.seq));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs.every((s, i) => i === 0 || s > seqs[i - 1]!)).toBe(true);
    for (const r of received) {
      expect(r.sensorId).toBe("cam0");
      expect(r.modelName).toBe("yolox_nano");
      expect([r.frameWidth, r.frameHeight]).toEqual([768, 576]);
      expect(r.detections.filter((d) => d.label === "person").length, `frame ${r.seq}`).toBeGreaterThan(0);
      for (const stage of ["queue", "preprocess", "inference", "postprocess", "total"]) expect(r.timings[stage]).toBeTypeOf("bigint");
    }
  }, 120_000);
});
