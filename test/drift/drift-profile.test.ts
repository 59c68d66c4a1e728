// Reference profiles: built deterministically, saved and loaded back unchanged, refused with
// DRIFT_PROFILE_INVALID when they are not valid, and what openDriftMonitor does with the file.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ManualClock } from "../../runtime/clock/index.js";
import { DriftProfileBuilder, loadDriftProfile, openDriftMonitor, parseDriftProfile, saveDriftProfile, type DriftProfile } from "../../runtime/drift/index.js";
import { driftProfileJson } from "../../runtime/drift/drift-profile.js";
import { codeOf } from "../error-code-of.js";
import { capturingLogger, detectionSet, driftConfig, normalSource, TrackStream, trackSet } from "./drift-test-support.js";

const dir = mkdtempSync(join(tmpdir(), "vigil-drift-profile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function buildProfile(seed = 1): DriftProfile {
  const builder = new DriftProfileBuilder(driftConfig({ reservoir_size: 50, seed }));
  const normal = normalSource(9);
  const tracks = { cam0: new TrackStream(), cam1: new TrackStream() };
  let n = 0;
  for (let i = 1; i <= 200; i++) {
    for (const sensor of ["cam1", "cam0"] as const) {
      builder.observeImage(sensor, { mean: normal(110, 4), std: normal(40, 2) });
      builder.observeDetections(detectionSet(sensor, i, [["person", normal(0.7, 0.1)], ["car", normal(0.8, 0.05)], ...(i % 3 === 0 ? [["dog", 0.4] as const] : [])]));
      builder.observeTracks(trackSet(sensor, i, tracks[sensor].update(() => (n++ % 10 < 2 ? 1 : 8))));
    }
  }
  return builder.build("logs", 1_700_000_000_000_000_000n);
}

describe("drift reference profile", () => {
  it("is built the same from the same input and seed, with fixed bins, sorted samples and track counts", () => {
    const a = buildProfile();
    expect(driftProfileJson(buildProfile())).toBe(driftProfileJson(a));
    expect(driftProfileJson(buildProfile(2))).not.toBe(driftProfileJson(a));
    expect(Object.keys(a.sensors)).toEqual(["cam0", "cam1"]);
    const cam0 = a.sensors.cam0!;
    expect(cam0.frames).toBe(200);
    expect(Object.keys(cam0.features)).toEqual(["brightness", "contrast", "detections_per_frame", "score:car", "score:dog", "score:person"]);
    expect(cam0.features.brightness).toMatchObject({ count: 200, bins: { lo: 0, hi: 256, bins: 32, overflow: false } });
    expect(cam0.features.brightness!.counts).toHaveLength(32);
    expect(cam0.features.brightness!.sample).toHaveLength(50);
    expect(cam0.features["score:dog"]).toMatchObject({ count: 66 });
    expect(cam0.features.detections_per_frame!.counts).toHaveLength(33);
    expect(cam0.features.detections_per_frame!.counts[2]).toBe(134);
    expect(cam0.features.detections_per_frame!.counts[3]).toBe(66);
    // A new track every frame, about one in five lives 1 frame, the others 8 (those of the last frames have not ended).
    expect(cam0.tracks.ended).toBeGreaterThanOrEqual(200 - 8);
    expect(cam0.tracks.ended).toBeLessThan(200);
    expect(cam0.tracks.short_lived / cam0.tracks.ended).toBeCloseTo(0.2, 1);
  });

  it("saves and loads back unchanged (byte-identical file on a second save)", async () => {
    const profile = buildProfile();
    const file = join(dir, "reference.json");
    await saveDriftProfile(profile, file);
    const loaded = await loadDriftProfile(file);
    expect(loaded).toEqual(profile);
    const again = join(dir, "again.json");
    await saveDriftProfile(loaded, again);
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
  });

  it("refuses files that are not valid profiles with DRIFT_PROFILE_INVALID", async () => {
    const good = JSON.parse(driftProfileJson(buildProfile())) as Record<string, unknown>;
    const broken = (edit: (p: DriftProfile) => void): unknown => {
      const p = structuredClone(good) as DriftProfile;
      edit(p);
      return p;
    };
    const invalid = (json: unknown): string | undefined => {
      try {
        parseDriftProfile(json);
        return undefined;
      } catch (err) {
        return (err as { code?: string }).code;
      }
    };
    expect(invalid(good)).toBeUndefined();
    expect(invalid(broken((p) => ((p as { version: number }).version = 2)))).toBe("DRIFT_PROFILE_INVALID");
    expect(invalid(broken((p) => p.sensors.cam0!.features.brightness!.counts.pop()))).toBe("DRIFT_PROFILE_INVALID");
    expect(invalid(broken((p) => (p.sensors.cam0!.features.brightness!.counts[0]! += 1)))).toBe("DRIFT_PROFILE_INVALID");
    expect(invalid(broken((p) => p.sensors.cam0!.features.brightness!.sample.reverse()))).toBe("DRIFT_PROFILE_INVALID");
    expect(invalid(broken((p) => (p.sensors.cam0!.features.brightness!.bins.bins = 16)))).toBe("DRIFT_PROFILE_INVALID");
    expect(invalid(broken((p) => (p.sensors.cam0!.features.speed = p.sensors.cam0!.features.brightness!)))).toBe("DRIFT_PROFILE_INVALID");
    expect(invalid(broken((p) => (p.sensors.cam0!.tracks.short_lived = p.sensors.cam0!.tracks.ended + 1)))).toBe("DRIFT_PROFILE_INVALID");
    expect(invalid({ ...good, extra: 1 })).toBe("DRIFT_PROFILE_INVALID");
    expect(invalid(null)).toBe("DRIFT_PROFILE_INVALID");
    const notJson = join(dir, "not-json.json");
    writeFileSync(notJson, "{ reference");
    expect(await codeOf(loadDriftProfile(notJson))).toBe("DRIFT_PROFILE_INVALID");
    expect(await codeOf(loadDriftProfile(join(dir, "missing.json")))).toBe("DRIFT_PROFILE_INVALID");
  });

  it("openDriftMonitor: loads an existing reference file, refuses an invalid one, learns and saves when there is none", async () => {
    const clock = new ManualClock(1_000_000_000n);
    const file = join(dir, "open.json");
    const config = driftConfig({ window_frames: 50, evaluate_every_frames: 10, reference: { file, learn_minutes: 0.1 } });
    const { logger, lines } = capturingLogger();

    const learning = await openDriftMonitor({ config, clock, logger, referenceFile: file });
    expect(learning.learning).toBe(true);
    for (let i = 1; i <= 61; i++) {
      learning.observeDetections(detectionSet("cam0", i, [["person", 0.7]]));
      clock.advanceMs(100);
    }
    expect(learning.learning).toBe(false);
    await vi.waitFor(() => expect(existsSync(file)).toBe(true), { timeout: 5000, interval: 10 });
    const saved = await loadDriftProfile(file);
    expect(saved).toEqual(learning.profile);
    expect(saved).toMatchObject({ source: "learnt", created_ns: String(1_000_000_000 + 60 * 100_000_000) });
    expect(saved.sensors.cam0!.frames).toBe(60);
    expect(lines.some((l) => l.msg === "drift reference saved")).toBe(true);

    const loaded = await openDriftMonitor({ config, clock, logger, referenceFile: file });
    expect(loaded.learning).toBe(false);
    expect(loaded.profile).toEqual(saved);

    writeFileSync(file, JSON.stringify({ version: 1, sensors: "none" }));
    expect(await codeOf(openDriftMonitor({ config, clock, referenceFile: file }))).toBe("DRIFT_PROFILE_INVALID");
  });

  it("a reference that cannot be written is logged DRIFT_PROFILE_WRITE_FAILED and kept in memory", async () => {
    const clock = new ManualClock();
    const file = join(dir, "no-such-folder", "reference.json");
    const { logger, lines } = capturingLogger();
    const monitor = await openDriftMonitor({ config: driftConfig({ reference: { file, learn_minutes: 0.01 } }), clock, logger, referenceFile: file });
    monitor.observeDetections(detectionSet("cam0", 1, []));
    clock.advanceMs(1000);
    monitor.observeDetections(detectionSet("cam0", 2, []));
    expect(monitor.profile?.sensors.cam0?.frames).toBe(1);
    await vi.waitFor(() => expect(lines.some((l) => l.code === "DRIFT_PROFILE_WRITE_FAILED")).toBe(true), { timeout: 5000, interval: 10 });
    expect(existsSync(file)).toBe(false);
  });
});
