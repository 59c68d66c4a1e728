import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadPipeline, parsePipeline } from "../../runtime/config/index.js";
import { isVigilError } from "../../runtime/errors/index.js";
import { REPO_ROOT } from "../fixtures.js";

const minimal = {
  ingest: [{ endpoint: "tcp://127.0.0.1:5555" }],
  output: { detections: { endpoint: "tcp://127.0.0.1:5556" } },
};

describe("pipeline schema", () => {
  const dir = mkdtempSync(join(tmpdir(), "vigil-config-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("fills every default in one place", () => {
    const c = parsePipeline(minimal);
    expect(c.max_frame_age_ms).toBe(500);
    expect(c.max_sensors).toBe(16);
    expect(c.ingest[0]).toEqual({
      endpoint: "tcp://127.0.0.1:5555",
      kind: "frames",
      max_objects: 256,
      socket: "pull",
      mode: "bind",
      topics: [],
      receive_hwm: 4,
      max_message_bytes: 16 * 1024 * 1024,
    });
    expect(c.detector.backends).toEqual(["onnx-node", "onnx-wasm"]);
    expect(c.detector.providers).toEqual(["cpu"]);
    expect(c.output.detections).toEqual({ endpoint: "tcp://127.0.0.1:5556", mode: "bind", send_hwm: 100, max_pending: 64 });
    expect(c.logging.stats_interval_ms).toBe(5000);
  });

  it("rejects unknown fields and bad values, naming the field", () => {
    const cases: [unknown, string][] = [
      [{ ...minimal, max_frame_age: 10 }, "max_frame_age"],
      [{ ...minimal, ingest: [{ endpoint: "127.0.0.1:5555" }] }, "ingest"],
      [{ ...minimal, detector: { backends: ["tensorflow"] } }, "detector.backends"],
      [{ ...minimal, ingest: [] }, "ingest"],
      [{ ingest: minimal.ingest }, "output"],
    ];
    for (const [raw, field] of cases) {
      let caught: unknown;
      try {
        parsePipeline(raw, "test.yaml");
      } catch (err) {
        caught = err;
      }
      expect(isVigilError(caught, "CONFIG_INVALID"), JSON.stringify(raw)).toBe(true);
      expect((caught as Error).message).toContain(field);
    }
  });

  it("asks ground-view (radar, lidar) sensors for the bird's-eye homography in the risk section", () => {
    const raw = { ...minimal, sensors: { radar0: { view: "ground" } } };
    expect(() => parsePipeline(raw)).toThrow(/bird's-eye[\s\S]*risk\.homographies\.radar0/);
    const ok = parsePipeline({ ...raw, risk: { homographies: { radar0: [[0.01, 0, 0], [0, -0.01, 0], [0, 0, 1]] } } });
    expect(ok.sensors.radar0).toEqual({ view: "ground", footprint_m: 0.6 });
  });

  it("loads the shipped camera pipeline", async () => {
    const { config } = await loadPipeline(join(REPO_ROOT, "pipelines", "camera.yaml"));
    expect(config.name).toBe("camera");
    expect(config.ingest[0]?.endpoint).toBe("tcp://127.0.0.1:5555");
    expect(Object.keys(config.sensors)).toEqual(["cam0"]);
  });

  it("loads the shipped edge-device pipeline with its cloud and agent sections, defaults filled", async () => {
    const { config } = await loadPipeline(join(REPO_ROOT, "pipelines", "edge-device.yaml"));
    expect(config.cloud).toMatchObject({ broker_url: "mqtt://127.0.0.1:1883", site: "dock-3", device: "cam-gate-1", keepalive_s: 30, max_inflight: 64 });
    expect(config.cloud?.outbox).toMatchObject({ max_bytes: 64 * 1024 * 1024, fsync: "batch" });
    expect(config.agent).toMatchObject({ trusted_keys: "keys/fleet.pub", keep_versions: 3, self_test: true });
    expect(config.agent?.rollback).toMatchObject({ watch_ms: 60_000, p99_latency_ratio_max: 1.5, error_rate_max: 0.05, fallback_triggers_max: 0 });
  });

  it("refuses an agent without a cloud link, and a password written in the file", () => {
    const base = { ingest: [{ endpoint: "tcp://127.0.0.1:5555" }], output: { detections: { endpoint: "tcp://127.0.0.1:5556" } } };
    expect(() => parsePipeline({ ...base, agent: { store_dir: "m", trusted_keys: "k.pub" } })).toThrow(/agent[\s\S]*add a cloud: section/);
    expect(() => parsePipeline({ ...base, cloud: { broker_url: "mqtt://127.0.0.1:1883", site: "s", device: "d", password: "hunter2" } })).toThrow(/password_env/);
  });

  it("says which file is missing or not YAML", async () => {
    await expect(loadPipeline(join(dir, "nope.yaml"))).rejects.toMatchObject({ code: "CONFIG_NOT_FOUND" });
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "ingest: [\n");
    await expect(loadPipeline(bad)).rejects.toMatchObject({ code: "CONFIG_INVALID" });
  });

  it("has a record section, off by default, with every recording default", () => {
    const c = parsePipeline(minimal);
    expect(c.record).toEqual({
      enabled: false,
      dir: "recordings",
      prefix: "vigil",
      rotate_bytes: 256 * 1024 * 1024,
      rotate_seconds: 300,
      max_total_bytes: 8 * 1024 * 1024 * 1024,
      max_queue_bytes: 64 * 1024 * 1024,
      chunk_bytes: 1024 * 1024,
      channels: { frames: true, objects: true, detections: true, tracks: true, risk: true, commands: true, heartbeats: true, model: true, foxglove: true },
      clips: { enabled: true, pre_roll_ms: 5000, post_roll_ms: 5000, min_level: "WARNING", max_pre_roll_bytes: 64 * 1024 * 1024, max_clip_ms: 600_000 },
    });
    const bad: [unknown, string][] = [
      [{ record: { rotate_bytes: 10 } }, "rotate_bytes"],
      [{ record: { rotate_bytes: 1 << 20, max_total_bytes: 1 << 19 } }, "max_total_bytes"],
      [{ record: { prefix: "clip" } }, "prefix"],
      [{ record: { prefix: "a/b" } }, "prefix"],
      [{ record: { clips: { min_level: "CLEAR" } } }, "min_level"],
      [{ record: { channels: { video: true } } }, "video"],
    ];
    for (const [extra, field] of bad) {
      let message = "";
      try {
        parsePipeline({ ...minimal, ...(extra as object) });
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message, JSON.stringify(extra)).toContain(field);
    }
  });
});

