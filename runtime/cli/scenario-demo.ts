import { join } from "node:path";
import { ActuatorGateway, type ActuationCommandMessage, type GatewayMode } from "../actuation/index.js";
import { loadPipeline } from "../config/index.js";
import { RuntimePipeline, SystemClock, nsToMs } from "../graph/index.js";
import { createLogger } from "../observe/index.js";
import { RiskLevel, riskLevelName, type RiskAssessmentMessage } from "../risk/index.js";
import { loadScenarioFile, ScenarioSimulator } from "../sim/index.js";
import type { TrackSetMessage } from "../tracking/index.js";
import { REPO_PIPELINES_DIR } from "./repo-paths.js";
import { scenarioPath } from "./sim-scenario-command.js";

export interface ScenarioDemoOptions {
  scenario: string;
  config?: string;
  loop: boolean;
  out: NodeJS.WritableStream;
  signal: AbortSignal;
}

export interface ScenarioDemoSummary {
  scenario: string;
  seconds: number;
  objectLists: number;
  maxLevel: string;
  firstDangerS: number | null;
  commandsByKind: Record<string, number>;
  actuatorTransitions: string[];
  actuatorSecondsByMode: Record<string, number>;
}

/**
 * The self-contained demo behind `npm start`: a scenario plays as a smart sensor, the
 * runtime (pipelines/demo.yaml) tracks, assesses risk and commands the machine, and the
 * reference actuator obeys, all over ZeroMQ on loopback. One status line a second, then a
 * summary. Needs no model and no fixtures.
 *   await runScenarioDemo({ scenario: "pedestrian-crossing", loop: false, out: process.stdout, signal });
 */
export async function runScenarioDemo(options: ScenarioDemoOptions): Promise<ScenarioDemoSummary> {
  const { out } = options;
  const clock = new SystemClock();
  const logger = createLogger("vigil-demo", process.env.VIGIL_LOG_LEVEL ?? "warn");
  const { config } = await loadPipeline(options.config ?? join(REPO_PIPELINES_DIR, "demo.yaml"));
  const scenario = await loadScenarioFile(scenarioPath(options.scenario));

  let tracks: TrackSetMessage | undefined;
  let risk: RiskAssessmentMessage | undefined;
  let command: ActuationCommandMessage | undefined;
  let maxLevel = RiskLevel.RISK_LEVEL_CLEAR;
  let firstDangerNs: bigint | undefined;
  const commandsByKind: Record<string, number> = {};
  const pipeline = await RuntimePipeline.start(config, {
    clock,
    logger,
    onTracks: (m) => (tracks = m),
    onRisk: (a) => {
      risk = a;
      if (a.level > maxLevel) maxLevel = a.level;
      if (a.level === RiskLevel.RISK_LEVEL_DANGER) firstDangerNs ??= a.captureTimeNs;
    },
    onCommand: (c) => {
      command = c;
      commandsByKind[c.kind] = (commandsByKind[c.kind] ?? 0) + 1;
    },
  });
  const endpoints = pipeline.endpoints;
  const gateway = await ActuatorGateway.open({ endpoints: [endpoints.commands!], clock, checkMs: 10, logger });
  const transitions: string[] = [];
  const secondsByMode: Record<string, number> = {};
  let mode: GatewayMode = gateway.state.mode;
  let modeSinceNs = clock.nowNs();
  const watching = gateway.transitions$.subscribe((t) => {
    const now = clock.nowNs();
    secondsByMode[mode] = (secondsByMode[mode] ?? 0) + nsToMs(now - modeSinceNs) / 1000;
    mode = t.to;
    modeSinceNs = now;
    transitions.push(`${t.from} -> ${t.to} (${t.cause})`);
  });
  const sim = await ScenarioSimulator.open({ scenario, endpoint: endpoints.ingest[0]!, mode: "connect", socket: "push", clock, loop: options.loop, logger });

  out.write(
    `vigil demo: scenario "${scenario.name}" (${scenario.description})\n` +
      `  sensor ObjectLists -> ${endpoints.ingest[0]}; DetectionSets on ${endpoints.detections}; ActuationCommands on ${endpoints.commands}\n` +
      `  watch with: npx vigil actuator --connect ${endpoints.commands}   (Ctrl-C to stop)\n`,
  );
  const startNs = clock.nowNs();
  const status = setInterval(() => {
    const t = nsToMs(clock.nowNs() - startNs) / 1000;
    const confirmed = tracks?.tracks.filter((x) => x.state === "confirmed") ?? [];
    const level = risk ? riskLevelName(risk.level) : "-";
    const why = risk?.factors[0] ? ` (${risk.factors[0].rule}${risk.factors[0].ttcS >= 0 ? `, ttc ${risk.factors[0].ttcS.toFixed(1)} s` : ""})` : "";
    const cmd = command ? `${command.kind}${command.kind === "SLOW" ? ` ${command.maxSpeedMps} m/s` : ""} [${command.source}]` : "-";
    const labels = confirmed.map((x) => `${x.label}#${x.trackId}`).join(" ") || "none";
    out.write(`t=${t.toFixed(0).padStart(3)}s  risk ${level.padEnd(7)}${why.padEnd(36)} tracks ${String(confirmed.length).padStart(2)} [${labels}]  command ${cmd}  actuator ${gateway.state.mode}\n`);
  }, 1000);

  const result = await sim.run(options.signal);
  // Let the last frames through and the hysteresis show, then stop the way a runtime stops.
  await new Promise((r) => setTimeout(r, options.signal.aborted ? 0 : 1500));
  clearInterval(status);
  sim.close();
  await pipeline.stop();
  await new Promise((r) => setTimeout(r, config.actuation!.validity_ms + 50)); // the actuator goes SAFE by itself
  watching.unsubscribe();
  secondsByMode[mode] = (secondsByMode[mode] ?? 0) + nsToMs(clock.nowNs() - modeSinceNs) / 1000;
  await gateway.close();

  const summary: ScenarioDemoSummary = {
    scenario: scenario.name,
    seconds: Math.round(nsToMs(clock.nowNs() - startNs)) / 1000,
    objectLists: result.sent,
    maxLevel: riskLevelName(maxLevel),
    firstDangerS: firstDangerNs === undefined || risk === undefined ? null : Math.round(nsToMs(firstDangerNs - startNs)) / 1000,
    commandsByKind,
    actuatorTransitions: transitions,
    actuatorSecondsByMode: Object.fromEntries(Object.entries(secondsByMode).map(([k, v]) => [k, Math.round(v * 10) / 10])),
  };
  out.write(
    `summary: ${summary.objectLists} ObjectLists in ${summary.seconds} s; highest risk ${summary.maxLevel}` +
      `${summary.firstDangerS === null ? "" : ` (DANGER first at ${summary.firstDangerS} s)`}; commands ${JSON.stringify(commandsByKind)}\n` +
      `actuator: ${transitions.join(", ")}\n` +
      `actuator time by mode (s): ${JSON.stringify(summary.actuatorSecondsByMode)}\n`,
  );
  return summary;
}
