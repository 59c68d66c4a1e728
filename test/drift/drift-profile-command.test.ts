// `vigil drift profile`: a reference profile from a recorded log (PETS09-S2L1, 30 frames),
// replayed through the camera pipeline and yolox_nano on a virtual clock, or read as recorded.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { driftCommand } from "../../runtime/cli/drift-command.js";
import { loadDriftProfile } from "../../runtime/drift/index.js";
import { importMotSequence } from "../../runtime/record/index.js";
import { describeWithFixtures, fixture, REPO_ROOT } from "../fixtures.js";

const SEQ = "tracking/PETS09-S2L1";
const FRAMES = 30;

describeWithFixtures("vigil drift profile", [`${SEQ}/det/det.txt`, "video/PETS09-S2L1/000030.jpg", "models/yolox_nano.onnx"], () => {
  const dir = mkdtempSync(join(tmpdir(), "vigil-drift-cli-"));
  const at = (name: string) => join(dir, name);
  const camera = join(REPO_ROOT, "pipelines", "camera.yaml");
  const model = fixture("models", "yolox_nano.onnx");

  beforeAll(async () => {
    mkdirSync(at("seq/det"), { recursive: true });
    writeFileSync(at("seq/seqinfo.ini"), readFileSync(fixture(SEQ, "seqinfo.ini"), "utf8").replace(/seqLength=\d+/, `seqLength=${FRAMES}`));
    copyFileSync(fixture(SEQ, "det", "det.txt"), at("seq/det/det.txt"));
    await importMotSequence({ seqDir: at("seq"), framesDir: fixture("video", "PETS09-S2L1"), out: at("pets.mcap"), startNs: 946_684_800_000_000_000n });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  /** Runs `vigil drift ...args` in process and returns what it printed on stdout. */
  async function drift(...args: string[]): Promise<string> {
    let out = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    try {
      await driftCommand().exitOverride().parseAsync(args, { from: "user" });
    } finally {
      vi.restoreAllMocks();
    }
    return out;
  }

  it("replays the log through the pipeline into the same profile twice; --recorded takes the recorded detections and the same image features", async () => {
    const printed = JSON.parse(await drift("profile", at("pets.mcap"), "--config", camera, "--model", model, "--out", at("ref-1.json"), "--json")) as {
      sensors: Record<string, { frames: number; features: number; endedTracks: number }>;
      logs: Array<{ detectionSets: number; trackSets: number; frames: number; undecodable: number }>;
    };
    expect(printed.logs).toEqual([{ log: at("pets.mcap"), frames: FRAMES, detectionSets: FRAMES, trackSets: FRAMES, undecodable: 0 }]);
    await drift("profile", at("pets.mcap"), "--config", camera, "--model", model, "--out", at("ref-2.json"));
    expect(readFileSync(at("ref-2.json")).equals(readFileSync(at("ref-1.json")))).toBe(true);

    const replayed = await loadDriftProfile(at("ref-1.json"));
    expect(replayed.source).toBe("logs");
    expect(replayed.created_ns).toBe(String(946_684_800_000_000_000n + BigInt(FRAMES - 1) * 142_857_143n));
    expect(Object.keys(replayed.sensors)).toEqual(["PETS09-S2L1"]);
    const s = replayed.sensors["PETS09-S2L1"]!;
    expect(printed.sensors["PETS09-S2L1"]).toEqual({ frames: FRAMES, features: Object.keys(s.features).length, endedTracks: s.tracks.ended });
    expect(s.frames).toBe(FRAMES);
    expect(s.features.brightness).toMatchObject({ count: FRAMES });
    expect(s.features.contrast).toMatchObject({ count: FRAMES });
    expect(s.features.detections_per_frame).toMatchObject({ count: FRAMES });
    // yolox_nano finds about 6 people a frame here.
    expect(s.features["score:person"]!.count).toBeGreaterThan(4 * FRAMES);
    // The first 30 frames of the sequence: mean grey 122.8 to 125.1, all in the 120..128 bin.
    expect(s.features.brightness!.counts[15]).toBe(FRAMES);

    const printedRecorded = await drift("profile", at("pets.mcap"), "--config", camera, "--out", at("ref-recorded.json"), "--recorded");
    expect(printedRecorded).toContain("30 detection sets, 0 track sets, 30 frames");
    const recorded = await loadDriftProfile(at("ref-recorded.json"));
    const r = recorded.sensors["PETS09-S2L1"]!;
    // Same frames, same thumbnails, same seeded sample: the image features do not depend on the model.
    expect(r.features.brightness).toEqual(s.features.brightness);
    expect(r.features.contrast).toEqual(s.features.contrast);
    // The detections are the sequence's public ones (det.txt), not yolox's; no tracks were recorded.
    expect(r.features.detections_per_frame).not.toEqual(s.features.detections_per_frame);
    expect(r.tracks).toEqual({ ended: 0, short_lived: 0 });
  }, 180_000);
});
