import { join } from "node:path";
import { expect, it, describe } from "vitest";
import { loadPipeline, parsePipeline } from "../../runtime/config/index.js";
import { GROUND_VIEW_IMAGE_TO_GROUND, RuntimePipeline, SystemClock } from "../../runtime/graph/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { riskToCommand } from "../../runtime/actuation/index.js";
import { RiskLevel, type RiskAssessmentMessage } from "../../runtime/risk/index.js";
import { loadScenarioFile, ScenarioSimulator } from "../../runtime/sim/index.js";
import { REPO_ROOT } from "../fixtures.js";

const sec = (a: RiskAssessmentMessage, t0: bigint): number => Number(a.captureTimeNs - t0) / 1e9;

// The pedestrian-crossing scenario through the demo pipeline, over real ZeroMQ: ObjectLists
// in, tracking, ground-plane risk with TTC, the command each assessment asks for.
// Twice: as a smart camera (objects placed by their image boxes) and as a radar (by their
// ground positions, tracked in the bird's-eye view).
describe.each(["image", "ground"] as const)("pedestrian crossing a forklift's path (pipelines/demo.yaml), sensor view %s", (view) => {
  it("commands DANGER (stop) before the pedestrian reaches the danger zone, driven by TTC, and releases only after the hold", async () => {
    const clock = new SystemClock();
    const { config: demo } = await loadPipeline(join(REPO_ROOT, "pipelines", "demo.yaml"));
    const config =
      view === "image"
        ? demo
        : parsePipeline({
            ...structuredClone(demo),
            sensors: { cam0: { view: "ground" } },
            risk: { ...structuredClone(demo.risk), homographies: { cam0: GROUND_VIEW_IMAGE_TO_GROUND } },
          });
    const actuation = config.actuation!;
    config.ingest[0]!.endpoint = "tcp://127.0.0.1:*";
    config.output.detections.endpoint = "tcp://127.0.0.1:*";
    delete config.output.risk;
    delete config.actuation;
    delete config.heartbeat;
    const assessments: RiskAssessmentMessage[] = [];
    const boxes: number[][] = [];
    const pipeline = await RuntimePipeline.start(config, {
      clock,
      logger: silentLogger,
      onRisk: (a) => assessments.push(a),
      onDetections: (d) => boxes.push(...d.detections.map((x) => x.box)),
    });
    const scenario = await loadScenarioFile(join(REPO_ROOT, "pipelines", "scenarios", "pedestrian-crossing.yaml"));
    const sim = await ScenarioSimulator.open({ scenario, endpoint: pipeline.endpoints.ingest[0]!, mode: "connect", socket: "push", clock, speed: "max", logger: silentLogger });
    const result = await sim.run();
    sim.close();
    for (let i = 0; i < 200 && assessments.length < result.sent; i++) await new Promise((r) => setTimeout(r, 10));
    await pipeline.stop();

    expect(result.sent).toBe(140);
    // The tracker saw image pixels, or the bird's-eye view (ground y 3 m is row -300).
    if (view === "ground") expect(boxes.every((b) => b[3] === -300)).toBe(true);
    else expect(boxes.every((b) => b[3]! > 0 && b[3]! <= 720)).toBe(true);
    expect(assessments).toHaveLength(140);
    const t0 = assessments[0]!.captureTimeNs - 100_000_000n; // seq 1 is at t = 0.1 s
    // The pedestrian enters the danger zone at t = 4.64 s (scenario geometry).
    const firstDanger = assessments.find((a) => a.level === RiskLevel.RISK_LEVEL_DANGER)!;
    expect(firstDanger, "DANGER was never raised").toBeDefined();
    expect(sec(firstDanger, t0)).toBeLessThan(4.64);
    const ttcFactor = firstDanger.factors.find((f) => f.rule === "person-about-to-enter");
    expect(ttcFactor, firstDanger.factors.map((f) => `${f.rule} ${f.detail}`).join("; ")).toBeDefined();
    expect(ttcFactor!.ttcS).toBeGreaterThan(0);
    expect(ttcFactor!.ttcS).toBeLessThan(2.0);
    expect(firstDanger.factors.some((f) => f.rule === "person-in-danger-zone")).toBe(false); // not in the zone yet

    // DANGER holds while the pedestrian is in the zone, and is released only after hold_ms (1 s)
    // past the last frame that raised it, and 5 clear frames.
    const lastRaw = [...assessments].reverse().find((a) => a.rawLevel === RiskLevel.RISK_LEVEL_DANGER)!;
    const release = assessments.find((a) => a.captureTimeNs > lastRaw.captureTimeNs && a.level < RiskLevel.RISK_LEVEL_DANGER)!;
    expect(release).toBeDefined();
    expect(Number(release.captureTimeNs - lastRaw.captureTimeNs) / 1e6).toBeGreaterThanOrEqual(1000);
    for (const a of assessments.filter((x) => x.captureTimeNs >= firstDanger.captureTimeNs && x.captureTimeNs < release.captureTimeNs)) {
      expect(a.level, `t = ${sec(a, t0)}`).toBe(RiskLevel.RISK_LEVEL_DANGER);
    }
    // Every command perception asks for names its reason; DANGER asks for STOP.
    const command = riskToCommand(firstDanger, actuation);
    expect(command).toMatchObject({ kind: "STOP", source: "PERCEPTION", assessmentId: firstDanger.assessmentId });
    expect(command.reason).toContain("person-about-to-enter");
    for (const a of assessments) expect(riskToCommand(a, actuation).reason.length).toBeGreaterThan(0);
    const levels = assessments.map((a) => `${sec(a, t0).toFixed(1)}:${a.level}`).filter((_, i, all) => i === 0 || all[i]!.split(":")[1] !== all[i - 1]!.split(":")[1]);
    console.info(`crossing (${view} view): DANGER at t = ${sec(firstDanger, t0).toFixed(1)} s (TTC ${ttcFactor!.ttcS.toFixed(2)} s), last raw DANGER ${sec(lastRaw, t0).toFixed(1)} s, released ${sec(release, t0).toFixed(1)} s; level changes ${levels.join(" ")}`);
    // Clear again by the end, once the pedestrian has walked away.
    expect(assessments.at(-1)!.level).toBe(RiskLevel.RISK_LEVEL_CLEAR);
  }, 60_000);
});
