// Issue 7, point 5: every JSON log line of `vigil run` and `vigil supervise` carries
// `component` (a non-empty string) and `sensor` (a sensor id, or null), each exactly once.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { Push } from "zeromq";
import { verifyAuditFile } from "../../runtime/audit/index.js";
import { SystemClock } from "../../runtime/clock/index.js";
import { encodeSensorFrame } from "../../runtime/ingest/index.js";
import { REPO_ROOT, describeWithFixtures, fixture } from "../fixtures.js";
import { startVigil, type VigilProcess } from "../vigil-process.js";
import { tempDir } from "./audit-test-support.js";

const FRAMES = 5;

/** The JSON lines of a process's stderr, raw. */
function jsonLines(stderr: string): string[] {
  return stderr.split("\n").filter((l) => l.startsWith("{"));
}

/** Every line has component and sensor, once each (pino appends re-bound keys instead of replacing them). */
function expectFields(lines: string[]): Array<Record<string, unknown>> {
  expect(lines.length).toBeGreaterThan(0);
  return lines.map((raw) => {
    const line = JSON.parse(raw) as Record<string, unknown>;
    expect(typeof line.component === "string" && line.component.length > 0, raw).toBe(true);
    expect(line.sensor === null || typeof line.sensor === "string", raw).toBe(true);
    expect(raw.match(/"component":/g), raw).toHaveLength(1);
    expect(raw.match(/"sensor":/g), raw).toHaveLength(1);
    return line;
  });
}

describe("log fields", () => {
  const tmp = tempDir("vigil-log-fields-");
  const procs: VigilProcess[] = [];
  let push: Push | undefined;
  afterAll(() => {
    push?.close();
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
    tmp.remove();
  });

  describeWithFixtures("vigil run on a camera pipeline", ["video/PETS09-S2L1", "models/yolox_nano.onnx"], () => {
    it("gives every stderr JSON line a component and a sensor (null when none), rejects included", async () => {
      const config = join(tmp.dir, "camera.yaml");
      writeFileSync(
        config,
        YAML.stringify({
          name: "fields",
          max_frame_age_ms: 5000,
          ingest: [{ endpoint: "tcp://127.0.0.1:*" }],
          detector: { model: fixture("models", "yolox_nano.onnx"), preset: "yolox" },
          output: { detections: { endpoint: "tcp://127.0.0.1:*" } },
          heartbeat: { publish: { endpoint: "tcp://127.0.0.1:*" }, period_ms: 100 },
          record: { enabled: true, dir: join(tmp.dir, "logs") },
          logging: { stats_interval_ms: 200 },
        }),
      );
      const runtime = startVigil(["run", "--config", config]);
      procs.push(runtime);
      const m = await runtime.waitForStderr(/listening for SensorFrames on (tcp:\/\/\S+);/, 60_000);
      push = new Push({ linger: 0 });
      push.connect(m[1]!);
      const clock = new SystemClock();
      const dir = fixture("video", "PETS09-S2L1");
      const images = readdirSync(dir).filter((f) => f.endsWith(".jpg")).sort().slice(0, FRAMES);
      for (const [i, name] of images.entries()) {
        await push.send(encodeSensorFrame({ sensorId: "cam0", seq: BigInt(i + 1), captureTimeNs: clock.nowNs(), encoding: "jpeg", data: readFileSync(join(dir, name)) }));
      }
      await push.send(Uint8Array.of(0x0a, 0xff, 0xff, 0x01)); // not a SensorFrame: no sensor can be named
      await push.send(encodeSensorFrame({ sensorId: "cam0", seq: 99n, captureTimeNs: clock.nowNs(), encoding: "jpeg", data: Uint8Array.of(1, 2, 3) }));

      // Until every frame of cam0 has an outcome (the periodic counters line says so).
      type Counts = { received: number; pending: number };
      const settled = () => runtime.logs.some((l) => l.msg === "counters" && (l.counters as { sensors: Record<string, Counts> }).sensors.cam0?.received === FRAMES + 1 && (l.counters as { sensors: Record<string, Counts> }).sensors.cam0?.pending === 0);
      for (const deadline = Date.now() + 60_000; !settled(); ) {
        expect(Date.now() < deadline, runtime.stderr()).toBe(true);
        await new Promise((r) => setTimeout(r, 50));
      }
      push.close(); // only now: closing drops what the socket has not sent yet
      push = undefined;
      runtime.child.kill("SIGTERM");
      expect(await runtime.exited, runtime.stderr()).toBe(0);

      const lines = expectFields(jsonLines(runtime.stderr()));
      const components = new Set(lines.map((l) => l.component));
      console.info(`vigil run: ${lines.length} JSON lines; components ${[...components].join(", ")}; sensors ${[...new Set(lines.map((l) => l.sensor))].join(", ")}`);
      for (const c of ["cli", "ingest", "perception", "record"]) expect(components, [...components].join(", ")).toContain(c);
      expect(lines.find((l) => l.code === "FRAME_MALFORMED")).toMatchObject({ component: "ingest", sensor: null, msg: "frame rejected" });
      expect(lines.find((l) => l.code === "FRAME_UNDECODABLE")).toMatchObject({ component: "ingest", sensor: "cam0", msg: "frame rejected" });
      expect(lines.find((l) => l.msg === "stopped")).toMatchObject({ component: "cli", sensor: null });
      expect(lines.find((l) => l.msg === "detector ready")).toMatchObject({ component: "perception", sensor: null });
    }, 180_000);
  });

  it("createLogger / withComponent / sensorLogger: component and sensor once per line, the nearest setting winning, a line's own fields over both", () => {
    const script = join(tmp.dir, "log-helpers.ts");
    const observe = join(REPO_ROOT, "runtime", "observe", "index.ts");
    writeFileSync(
      script,
      [
        `import { createLogger, sensorLogger, withComponent } from ${JSON.stringify(observe)};`,
        'const root = createLogger("vigil-test");',
        'root.info("process-wide");',
        'const ingest = withComponent(root, "ingest");',
        'ingest.warn({ sensor: "cam0", code: "FRAME_UNDECODABLE" }, "rejected");',
        'withComponent(ingest, "graph").info({ sensor: undefined }, "re-labelled");',
        'const cam = sensorLogger(withComponent(root, "health"), "cam1");',
        'cam.warn({ code: "SENSOR_FROZEN" }, "frozen");',
        'cam.child({ extra: 1 }).info("grandchild");',
        'cam.info({ sensor: "cam2" }, "own field");',
        'root.error(new Error("boom"), "error first");',
      ].join("\n"),
    );
    const r = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: REPO_ROOT, encoding: "utf8", env: { ...process.env, VIGIL_LOG_LEVEL: "info" }, timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const lines = expectFields(jsonLines(r.stderr));
    expect(lines.map((l) => [l.msg, l.component, l.sensor])).toEqual([
      ["process-wide", "cli", null],
      ["rejected", "ingest", "cam0"],
      ["re-labelled", "graph", null],
      ["frozen", "health", "cam1"],
      ["grandchild", "health", "cam1"],
      ["own field", "health", "cam2"],
      ["error first", "cli", null],
    ]);
    expect(lines[4]).toMatchObject({ extra: 1, name: "vigil-test" });
  });

  it("`vigil supervise` lines say component fallback and sensor null, and its audit_file gets the start-up safe stop", async () => {
    const config = join(tmp.dir, "supervise.yaml");
    writeFileSync(
      config,
      YAML.stringify({
        name: "fields",
        ingest: [{ endpoint: "tcp://127.0.0.1:1", kind: "objects" }],
        output: { detections: { endpoint: "tcp://127.0.0.1:2" } },
        fallback: {
          heartbeats: ["tcp://127.0.0.1:1"],
          publish: { endpoint: "tcp://127.0.0.1:*" },
          control: { endpoint: "tcp://127.0.0.1:*" },
          audit_file: "supervisor-audit.jsonl",
        },
      }),
    );
    const sup = startVigil(["supervise", "--config", config]);
    procs.push(sup);
    // The ready line comes once SIGTERM is handled; the start-up incident is logged before it.
    await sup.waitForStderr(/vigil: supervisor watching .*\n/, 60_000);
    expect(sup.stderr()).toContain('"event":"incident_started"');
    sup.child.kill("SIGTERM");
    expect(await sup.exited, sup.stderr()).toBe(0);
    for (const line of expectFields(jsonLines(sup.stderr()))) expect(line).toMatchObject({ component: "fallback", sensor: null });
    const audit = join(tmp.dir, "supervisor-audit.jsonl");
    expect(await verifyAuditFile(audit)).toMatchObject({ ok: true, lines: 1 });
    expect(JSON.parse(readFileSync(audit, "utf8"))).toMatchObject({ seq: 1, kind: "safe_stop_started", actor: "vigil-supervisor", detail: { cause: "FALLBACK_STARTING" } });
  }, 120_000);
});
