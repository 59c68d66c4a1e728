import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadDetector } from "../../runtime/cli/run-command.js";
import { ManualClock } from "../../runtime/clock/index.js";
import { loadPipeline } from "../../runtime/config/index.js";
import { campaignReport, evaluateCampaign, type CampaignReport } from "../../runtime/eval/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { decodeDetectionSet } from "../../runtime/publish/index.js";
import { importMotSequence, readMcapLog, replayLog, sequenceInputFromLogs, type ReplaySummary } from "../../runtime/record/index.js";
import { describeWithFixtures, fixture, REPO_ROOT } from "../fixtures.js";
import { startVigil } from "../vigil-process.js";

const SEQ = "tracking/PETS09-S2L1";
const FRAMES = "video/PETS09-S2L1";
const CAMERA = join(REPO_ROOT, "pipelines", "camera.yaml");
const FRAMES_USED = 40;

describeWithFixtures("vigil replay: deterministic, model-dependent, scored and gated", [`${SEQ}/gt/gt.txt`, `${FRAMES}/000150.jpg`, "models/yolox_nano.onnx", "models/yolov8n_int8.onnx"], () => {
  let dir: string;
  const at = (name: string) => join(dir, name);

  async function replayInProcess(log: string, out: string, model: string): Promise<ReplaySummary> {
    const { config, path } = await loadPipeline(CAMERA);
    const clock = new ManualClock();
    const detector = await loadDetector(config, path, { model }, silentLogger, clock);
    try {
      return await replayLog({ log, config, detector, clock, out, speed: "max" });
    } finally {
      await detector.dispose();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "vigil-replay-"));
    // The first FRAMES_USED frames of the sequence (rows past seqLength are left out by the import): yolov8n_int8 takes ~0.3 s a frame here.
    mkdirSync(at("seq/det"), { recursive: true });
    mkdirSync(at("seq/gt"), { recursive: true });
    writeFileSync(at("seq/seqinfo.ini"), readFileSync(fixture(SEQ, "seqinfo.ini"), "utf8").replace(/seqLength=\d+/, `seqLength=${FRAMES_USED}`));
    copyFileSync(fixture(SEQ, "det", "det.txt"), at("seq/det/det.txt"));
    copyFileSync(fixture(SEQ, "gt", "gt.txt"), at("seq/gt/gt.txt"));
    await importMotSequence({ seqDir: at("seq"), framesDir: fixture(FRAMES), out: at("pets.mcap"), startNs: 946_684_800_000_000_000n });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("replays PETS09-S2L1 (40 frames) through yolox_nano twice (the CLI, then in-process) into byte-identical logs; yolov8n_int8 differs and vigil gate says how", async () => {
    const cli = startVigil(["replay", at("pets.mcap"), "--config", CAMERA, "--out", at("yolox-1.mcap"), "--json"]);
    expect(await cli.exited).toBe(0);
    const fromCli = JSON.parse(cli.stdout()) as ReplaySummary;
    expect(fromCli).toMatchObject({ input: "frames", inputs: FRAMES_USED, rejected: 0, failed: 0 });
    expect(fromCli.recorded.written["/vigil/detections"]).toBe(FRAMES_USED);
    expect(cli.stderr()).not.toMatch(/\r?replay \[/); // no progress bar outside a terminal

    const again = await replayInProcess(at("pets.mcap"), at("yolox-2.mcap"), fixture("models", "yolox_nano.onnx"));
    expect(again.inputs).toBe(FRAMES_USED);
    expect(readFileSync(at("yolox-2.mcap")).equals(readFileSync(at("yolox-1.mcap")))).toBe(true);

    await replayInProcess(at("pets.mcap"), at("yolov8.mcap"), fixture("models", "yolov8n_int8.onnx"));
    expect(readFileSync(at("yolov8.mcap")).equals(readFileSync(at("yolox-1.mcap")))).toBe(false);
    const models = async (f: string) => [...new Set((await readMcapLog(at(f))).messages.filter((m) => m.topic === "/vigil/detections").map((m) => decodeDetectionSet(m.data).modelName))];
    expect(await models("yolox-1.mcap")).toEqual(["yolox_nano"]);
    expect(await models("yolov8.mcap")).toEqual(["yolov8n_int8"]);

    // Scored against the ground truth the import carried; both reports computed here too, to check the CLI's.
    const labels = await readMcapLog(at("pets.mcap"));
    const reportOf = async (f: string): Promise<CampaignReport> => campaignReport(evaluateCampaign([sequenceInputFromLogs(await readMcapLog(at(f)), labels)]));
    const yolox = await reportOf("yolox-1.mcap");
    const yolov8 = await reportOf("yolov8.mcap");
    const figure = (r: CampaignReport, path: string): number =>
      (path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], r) as { value: number }).value;
    const PATHS = ["detection.classes.person.ap", "detection.classes.person.precision", "detection.classes.person.recall", "mot.mota", "mot.idf1"];
    for (const p of PATHS) {
      expect(figure(yolox, p), p).toBeGreaterThan(p.startsWith("mot") ? -1 : 0.3);
      expect(figure(yolov8, p), p).toBeGreaterThan(p.startsWith("mot") ? -1 : 0.3);
    }
    // The models differ somewhere: gate the figure that moved most.
    const moved = PATHS.map((p) => ({ p, delta: figure(yolov8, p) - figure(yolox, p) })).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))[0]!;
    expect(Math.abs(moved.delta)).toBeGreaterThan(0);

    for (const [f, out] of [["yolox-1.mcap", "yolox.json"], ["yolov8.mcap", "yolov8.json"]] as const) {
      const evalCli = startVigil(["eval", at(f), "--labels", at("pets.mcap"), "--json", at(out)]);
      expect(await evalCli.exited).toBe(0);
      expect(evalCli.stdout()).toMatch(/detection: precision .* recall .* AP@0\.5/);
    }
    expect(figure(JSON.parse(readFileSync(at("yolox.json"), "utf8")) as CampaignReport, moved.p)).toBe(figure(yolox, moved.p));
    // A gate the candidate cannot meet whichever way that figure moved, and one it always meets.
    writeFileSync(
      at("gates.yaml"),
      `gates:\n  - metric: ${moved.p}\n    ${moved.delta < 0 ? "max_drop" : "max_increase"}: ${Math.abs(moved.delta) / 2}\n  - metric: detection.classes.person.ap\n    min: 0\n`,
    );
    const gate = startVigil(["gate", "--baseline", at("yolox.json"), "--candidate", at("yolov8.json"), "--gates", at("gates.yaml")]);
    expect(await gate.exited).toBe(1);
    const table = gate.stdout();
    expect(table).toMatch(new RegExp(`${moved.p.replace(/\./g, "\\.")} .*FAIL`));
    expect(table).toMatch(/detection\.classes\.person\.ap .*PASS/);
    expect(table).toContain("NO-SHIP");
  }, 180_000);

  it("replays the readable part of a truncated log, and a log of detections alone with no model", async () => {
    const whole = readFileSync(at("pets.mcap"));
    writeFileSync(at("cut.mcap"), whole.subarray(0, Math.floor(whole.length * 0.6)));
    const cut = await replayInProcess(at("cut.mcap"), at("cut-out.mcap"), fixture("models", "yolox_nano.onnx"));
    expect(cut.problem).toMatch(/^LOG_TRUNCATED: .*stops at byte \d+ of \d+/);
    expect(cut.inputs).toBeGreaterThan(0);
    expect(cut.inputs).toBeLessThan(FRAMES_USED);
    expect(cut.recorded.written["/vigil/detections"]).toBe(cut.inputs);

    await importMotSequence({ seqDir: at("seq"), out: at("dets.mcap"), startNs: 0n });
    const { config } = await loadPipeline(CAMERA);
    const clock = new ManualClock();
    const dets = await replayLog({ log: at("dets.mcap"), config, clock, out: at("dets-out.mcap"), speed: "max" });
    expect(dets).toMatchObject({ input: "detections", inputs: FRAMES_USED });
    expect(dets.recorded.written["/vigil/tracks"]).toBe(FRAMES_USED);
    expect(dets.recorded.written["/vigil/risk"]).toBe(FRAMES_USED);
  }, 120_000);
});
