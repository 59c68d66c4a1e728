// Recording a real pipeline: pipelines/demo.yaml (ObjectLists in, tracking, risk, actuation,
// heartbeats) fed by the pedestrian-crossing scenario over ZeroMQ. Once in process through
// the pipeline's hooks (what `vigil run` does with record.enabled), once with `vigil record`
// as its own process subscribed to the pipeline's PUB endpoints.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeHeartbeat, vigil } from "../../proto/index.js";
import { loadPipeline, RecordConfigSchema, type PipelineConfig } from "../../runtime/config/index.js";
import { RuntimePipeline, SystemClock } from "../../runtime/graph/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { decodeDetectionSet } from "../../runtime/publish/index.js";
import { LogRecorder, readMcapLog, recordingTaps, type LogMessage } from "../../runtime/record/index.js";
import { RiskLevel } from "../../runtime/risk/index.js";
import { loadScenarioFile, ScenarioSimulator } from "../../runtime/sim/index.js";
import { REPO_ROOT } from "../fixtures.js";
import { startVigil } from "../vigil-process.js";
import { countBy, tempDir } from "./record-test-support.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** demo.yaml on free ports, every stage published, nothing else to connect to. */
async function demoConfig(): Promise<PipelineConfig> {
  const { config } = await loadPipeline(join(REPO_ROOT, "pipelines", "demo.yaml"));
  config.ingest[0]!.endpoint = "tcp://127.0.0.1:*";
  config.output.detections.endpoint = "tcp://127.0.0.1:*";
  config.output.risk!.endpoint = "tcp://127.0.0.1:*";
  config.output.tracks = { endpoint: "tcp://127.0.0.1:*", mode: "bind", send_hwm: 1000, max_pending: 256 };
  config.output.detections.send_hwm = 1000;
  config.output.risk!.send_hwm = 1000;
  config.actuation!.publish.endpoint = "tcp://127.0.0.1:*";
  config.actuation!.inputs = [];
  config.heartbeat!.publish.endpoint = "tcp://127.0.0.1:*";
  return config;
}

async function playScenario(endpoint: string, clock: SystemClock, speed: number | "max"): Promise<number> {
  const scenario = await loadScenarioFile(join(REPO_ROOT, "pipelines", "scenarios", "pedestrian-crossing.yaml"));
  const sim = await ScenarioSimulator.open({ scenario, endpoint, mode: "connect", socket: "push", clock, speed, logger: silentLogger });
  try {
    return (await sim.run()).sent;
  } finally {
    sim.close();
  }
}

async function readDir(dir: string, names: readonly string[]): Promise<LogMessage[]> {
  const messages: LogMessage[] = [];
  for (const name of names) {
    const log = await readMcapLog(join(dir, name));
    expect(log.problem, name).toBeUndefined();
    expect(log.indexed).toBe(true);
    messages.push(...log.messages);
  }
  return messages;
}

const waitFor = async (done: () => boolean, ms: number): Promise<void> => {
  for (let waited = 0; !done() && waited < ms; waited += 10) await new Promise((r) => setTimeout(r, 10));
};

describe("recording the demo pipeline", () => {
  it("in process (vigil run's wiring): every channel, exact counts, and a clip around the DANGER", async () => {
    const out = tempDir("rec-pipeline");
    dirs.push(out);
    const clock = new SystemClock();
    const config = await demoConfig();
    const recorder = await LogRecorder.open({ config: RecordConfigSchema.parse({ enabled: true, dir: out, clips: { pre_roll_ms: 1000, post_roll_ms: 1000 } }), clock, source: config.name });
    const seen = { frames: 0, detections: 0, tracks: 0, risk: 0, commands: 0, heartbeats: 0, danger: 0 };
    const pipeline = await RuntimePipeline.start(config, {
      clock,
      logger: silentLogger,
      ...recordingTaps(recorder, {
        onFrame: () => seen.frames++,
        onDetections: () => seen.detections++,
        onTracks: () => seen.tracks++,
        onRisk: (a) => {
          seen.risk++;
          if (a.level === RiskLevel.RISK_LEVEL_DANGER) seen.danger++;
        },
        onCommand: () => seen.commands++,
        onHeartbeat: () => seen.heartbeats++,
      }),
    });
    const sent = await playScenario(pipeline.endpoints.ingest[0]!, clock, "max");
    await waitFor(() => seen.risk >= sent, 5000);
    await pipeline.stop();
    const stats = await recorder.close();

    expect(sent).toBe(140);
    expect(seen).toMatchObject({ frames: 140, detections: 140, tracks: 140, risk: 140 });
    expect(seen.danger).toBeGreaterThan(0);
    expect(seen.commands).toBeGreaterThan(0);
    expect(seen.heartbeats).toBeGreaterThan(0);
    expect(stats.dropped).toEqual({});
    expect(readdirSync(out).sort()).toEqual([...stats.clips, ...stats.files].sort());

    const messages = await readDir(out, stats.files);
    expect(countBy(messages, (m) => m.topic)).toEqual({
      "/cam0/annotations": 140,
      "/vigil/commands": seen.commands,
      "/vigil/detections": 140,
      "/vigil/heartbeats": seen.heartbeats,
      "/vigil/model": stats.files.length,
      "/vigil/objects": 140,
      "/vigil/risk": 140,
      "/vigil/tracks": 140,
    });
    expect(stats.written["/vigil/objects"]).toBe(140);
    const seqs = messages.filter((m) => m.topic === "/vigil/detections").map((m) => Number(decodeDetectionSet(m.data).seq));
    expect(seqs).toEqual(Array.from({ length: 140 }, (_, i) => i + 1));
    const model = vigil.v1.ModelVersion.decode(messages.find((m) => m.topic === "/vigil/model")!.data);
    expect(model).toMatchObject({ sensorId: "cam0", modelName: "sensor-objects", backend: "sensor" });
    expect(new Set(messages.filter((m) => m.topic === "/vigil/heartbeats").map((m) => decodeHeartbeat(m.data).component))).toEqual(new Set(["ingest", "track", "risk", "arbiter"]));

    // The crossing raises DANGER once (held by hysteresis): one clip, with its pre-roll of CLEAR / WARNING before it.
    expect(stats.clips).toHaveLength(1);
    const clip = await readMcapLog(join(out, stats.clips[0]!));
    expect(clip.problem).toBeUndefined();
    const levels = clip.messages.filter((m) => m.topic === "/vigil/risk").map((m) => vigil.v1.RiskAssessment.decode(m.data).level);
    expect(levels).toContain(RiskLevel.RISK_LEVEL_DANGER);
    expect(levels[0]).toBeLessThan(RiskLevel.RISK_LEVEL_WARNING);
    expect(clip.metadata.get("vigil")?.get("sensor_id")).toBe("cam0");
  }, 60_000);

  it("with `vigil record` subscribed to the pipeline's endpoints: what they published, as received, then a summary", async () => {
    const out = tempDir("rec-cli");
    dirs.push(out);
    const clock = new SystemClock();
    const config = await demoConfig();
    const published = { detections: [] as Uint8Array[], risk: 0, tracks: 0 };
    const pipeline = await RuntimePipeline.start(config, {
      clock,
      logger: silentLogger,
      onTracks: () => published.tracks++,
      onRisk: () => published.risk++,
    });
    const ep = pipeline.endpoints;
    const recorder = startVigil(["record", "--out", out, "--detections", ep.detections, "--tracks", ep.tracks!, "--risk", ep.risk!, "--commands", ep.commands!, "--heartbeats", ep.heartbeats!, "--json"]);
    try {
      await recorder.waitForStderr(/vigil: recording .* to (\S+)/, 30_000);
      // SUB sockets join a PUB a moment after connecting: wait until heartbeats would have arrived.
      await new Promise((r) => setTimeout(r, 1000));
      const sent = await playScenario(ep.ingest[0]!, clock, 10);
      await waitFor(() => published.risk >= sent, 5000);
      await new Promise((r) => setTimeout(r, 300));
      recorder.child.kill("SIGINT");
      expect(await recorder.exited).toBe(0);
    } finally {
      if (recorder.child.exitCode === null) recorder.child.kill("SIGKILL");
      await pipeline.stop();
    }
    const summary = JSON.parse(recorder.stdout()) as { dir: string; files: string[]; written: Record<string, number>; dropped: Record<string, number>; inputs: Array<{ kind: string; received: number; rejected: number }> };
    expect(summary.dir).toBe(out);
    expect(summary.dropped).toEqual({});
    const received = Object.fromEntries(summary.inputs.map((i) => [i.kind, i.received]));
    expect(received).toMatchObject({ detections: 140, tracks: 140, risk: 140 });
    expect(received.commands).toBeGreaterThan(0);
    expect(received.heartbeats).toBeGreaterThan(0);
    for (const i of summary.inputs) expect(i.rejected).toBe(0);

    const messages = await readDir(out, summary.files);
    const counts = countBy(messages, (m) => m.topic);
    expect(counts).toMatchObject({ "/vigil/detections": 140, "/vigil/tracks": 140, "/vigil/risk": 140, "/cam0/annotations": 140, "/vigil/commands": received.commands, "/vigil/heartbeats": received.heartbeats });
    expect(counts).toEqual(summary.written);
    for (let i = 1; i < messages.length; i++) expect(messages[i]!.logTimeNs).toBeGreaterThanOrEqual(messages[i - 1]!.logTimeNs);
  }, 90_000);
});
