import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT, describeWithFixtures, fixture } from "../fixtures.js";
import { startVigil } from "../vigil-process.js";

function vigil(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, "bin", "vigil.js"), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, VIGIL_LOG_LEVEL: "warn", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("vigil CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "vigil-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([["run"], ["start"], ["detect"], ["sim"], ["sim", "camera"], ["sim", "scenario"], ["watch"], ["eval"], ["eval", "mot"], ["actuator"], ["track"], ["gate"], ["supervise"], ["fleet"], ["fleet", "keygen"], ["fleet", "sign"], ["fleet", "verify"], ["audit"], ["audit", "verify"], ["audit", "show"]])("`vigil %s --help` prints usage and exits 0", (...cmd) => {
    const r = vigil([...cmd, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: vigil ${cmd.join(" ")}`);
  });

  it("says the tfjs fallback in detect --help", () => {
    expect(vigil(["detect", "--help"]).stdout).toContain("@tensorflow/tfjs on WASM");
  });

  it.each([
    [[], "Usage: vigil"],
    [["bogus"], "unknown command"],
    [["detect", "--image", "x.jpg"], "--model"],
    [["detect", "--model", "m.onnx", "--image", "x.jpg", "--conf", "2"], "--conf"],
    [["detect", "--model", "m.onnx", "--image", "x.jpg", "--backend", "tensorflow"], "unknown backend"],
    [["run", "--config", "/nonexistent/pipeline.yaml"], "CONFIG_NOT_FOUND"],
    [["sim", "camera", "--frames", "/nonexistent", "--fps", "0", "--connect", "tcp://127.0.0.1:1"], "--fps"],
    [["sim", "camera", "--frames", "/tmp", "--fps", "5"], "--connect"],
  ])("usage error %j exits 2 and says what is wrong", (args, says) => {
    const r = vigil(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(says);
  });

  it("reports a bad pipeline file with the field and exits 2", () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "ingest:\n  - endpoint: nowhere\noutput:\n  detections:\n    endpoint: tcp://127.0.0.1:1\n");
    const r = vigil(["run", "--config", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("CONFIG_INVALID");
    expect(r.stderr).toContain("ingest");
  });

  it("`vigil start --camera` with no model exits 2 and says what to pass", () => {
    const r = vigil(["start", "--camera"], { VIGIL_FIXTURES: join(dir, "no-fixtures"), VIGIL_MODEL: "" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("MODEL_NOT_FOUND");
    expect(r.stderr).toContain("VIGIL_MODEL");
    expect(r.stderr).toContain("--model");
  });

  it("a model file that no backend can load is a failure (exit 1), not a usage error", () => {
    const corrupt = join(dir, "corrupt.onnx");
    writeFileSync(corrupt, "this is not an onnx model");
    const image = join(dir, "frame.png");
    writeFileSync(image, Buffer.from("89504e470d0a1a0a", "hex")); // the model fails to load before the image is read
    const r = vigil(["detect", "--model", corrupt, "--preset", "yolox", "--image", image]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("BACKEND_LOAD_FAILED");
  });
});

describeWithFixtures("vigil detect", ["models/yolox_nano.onnx", "models/yolov8n_int8.onnx", "images/bus.jpg"], () => {
  it.each([
    ["yolox_nano.onnx", "yolox"],
    ["yolov8n_int8.onnx", "yolov8"],
  ])("%s --preset %s --json prints 4 persons and 1 bus in bus.jpg", (model, preset) => {
    const r = vigil(["detect", "--model", fixture("models", model), "--preset", preset, "--image", fixture("images", "bus.jpg"), "--conf", "0.25", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as { label: string; classId: number; score: number; box: number[] }[];
    expect(rows.filter((d) => d.label === "person" && d.classId === 0)).toHaveLength(4);
    expect(rows.filter((d) => d.label === "bus" && d.classId === 5)).toHaveLength(1);
    expect(rows).toHaveLength(5);
    for (const d of rows) expect(d.box).toHaveLength(4);
  });

  it("finds the spec shipped in pipelines/models/ when the model has none beside it", () => {
    const r = vigil(["detect", "--model", fixture("models", "yolox_nano.onnx"), "--image", fixture("images", "bus.jpg")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^yolox_nano 0\.1\.1 on onnx-node\/cpu: 5 detections/);
  });
});

describe("npm start (vigil start): the scenario demo", () => {
  it("plays the crossing scenario with no model and no fixtures: status lines, DANGER and STOP, a summary, exit 0", async () => {
    const demo = startVigil(["start"], { VIGIL_FIXTURES: join(tmpdir(), "vigil-no-fixtures-here"), VIGIL_MODEL: "" });
    try {
      expect(await demo.exited, demo.stderr()).toBe(0);
    } finally {
      if (demo.child.exitCode === null) demo.child.kill("SIGKILL");
    }
    const out = demo.stdout();
    const lines = out.split("\n").filter((l) => l.startsWith("t="));
    expect(lines.length).toBeGreaterThanOrEqual(13); // one a second over the 14 s scenario
    expect(lines.some((l) => /risk DANGER .*command STOP \[PERCEPTION\]/.test(l))).toBe(true);
    expect(out).toMatch(/summary: 140 ObjectLists in [\d.]+ s; highest risk DANGER \(DANGER first at [\d.]+ s\)/);
    expect(out).toMatch(/actuator: START -> SAFE \(no command yet\).*-> STOP \(command\).*-> SAFE \(expired\)/);
  }, 60_000);
});

describeWithFixtures("npm start -- --camera", ["models/yolox_nano.onnx"], () => {
  it("runs the default camera pipeline on the fixtures' yolox_nano, says where it listens, and stops cleanly on SIGTERM", async () => {
    const start = startVigil(["start", "--camera"], { VIGIL_MODEL: "" });
    try {
      await start.waitForStderr(/listening for SensorFrames on tcp:\/\/127\.0\.0\.1:5555; DetectionSets on tcp:\/\/127\.0\.0\.1:5556/, 30_000);
      const loading = start.logs.find((l) => l.msg === "loading model");
      expect(loading).toMatchObject({ from: "fixtures" });
      expect(String(loading?.spec)).toMatch(/pipelines\/models\/yolox_nano\.yaml$/);
      start.child.kill("SIGTERM");
      expect(await start.exited, start.stderr()).toBe(0);
      expect(start.logs.find((l) => l.msg === "stopped")).toMatchObject({ counters: { rejectedUnattributed: 0 }, published: 0 });
    } finally {
      if (start.child.exitCode === null) start.child.kill("SIGKILL");
    }
  });
});
