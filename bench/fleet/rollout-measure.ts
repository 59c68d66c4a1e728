// The rollout half of `npm run bench -- fleet`: N simulated devices, each with its own MQTT
// connection, a signed real model served over loopback HTTP, a three-wave rollout whose gates
// pass, and one graceful broker restart in the middle of it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { RolloutController, SimulatedDevice, parseRolloutGates, type RolloutResult } from "../../device/fleet/index.js";
import { buildManifest, generateFleetKey, signManifest } from "../../device/manifest/index.js";
import { ArtifactServer } from "../../test/device/fleet/fleet-rig.js";
import type { MosquittoBroker } from "../../test/mosquitto-broker.js";
import { round } from "../stats.js";

export interface RolloutMeasurement {
  devices: number;
  waves: number[];
  watchMs: number;
  connectAllMs: number;
  rolloutMs: number;
  goalMs: number;
  goalMet: boolean;
  outcome: string;
  perWave: Array<{ wave: number; mode: string; devices: number; deployed: number; confirmed: number; seconds: number }>;
  restart: { atWave: number; afterMs: number; downMs: number; restartMs: number };
  reconnects: number;
  /** Controller reconnects where the broker had lost its session (0 with persistence). */
  reconnectsWithoutSession: number;
  republished: number;
  reports: { received: number; duplicates: number; invalid: number; otherDeploys: number };
  /** Devices whose "confirmed" report arrived exactly once after de-duplication. */
  confirmedExactlyOnce: number;
  deviceCounters: { deploysReceived: number; duplicateDeploys: number; reportsSent: number; reportsAcked: number; reconnectedDevices: number };
  artifactDownloads: number;
}

const CONNECT_CONCURRENCY = 50;
/** The broker stops this long after wave 2's DeployCommands went out: its devices are between "received" and "confirmed". */
const RESTART_AFTER_MS = 200;
const DOWN_MS = 500;

export async function measureRollout(broker: MosquittoBroker, fixtures: string, n: number, log: (line: string) => void): Promise<RolloutMeasurement> {
  const model = join(fixtures, "models", "yolox_nano.onnx");
  const key = generateFleetKey();
  const trusted = new Map([[key.keyId, key.publicKey]]);
  const manifest = signManifest(await buildManifest({ model, preset: "yolox", version: "2.0.0" }), key);
  const server = await ArtifactServer.start(await readFile(model), "yolox_nano-2.0.0.onnx");
  const watchMs = 500;
  const devices = Array.from(
    { length: n },
    (_, i) =>
      new SimulatedDevice({
        broker: { url: broker.url },
        site: `site-${String(Math.floor(i / 100)).padStart(2, "0")}`,
        device: `dev-${String(i % 100).padStart(2, "0")}`,
        trustedKeys: trusted,
        activeVersion: "1.0.0",
        behaviour: { watchMs, latencyMsFor: (v) => (v === "2.0.0" ? 48 : 52), errorRateFor: () => 0.001 },
      }),
  );
  try {
    const t0 = performance.now();
    for (let i = 0; i < devices.length; i += CONNECT_CONCURRENCY) await Promise.all(devices.slice(i, i + CONNECT_CONCURRENCY).map((d) => d.start()));
    const connectAllMs = performance.now() - t0;
    log(`fleet: ${n} simulated devices connected in ${(connectAllMs / 1000).toFixed(1)} s`);

    const gates = parseRolloutGates({
      wave_timeout_s: 60,
      min_success: 1,
      gates: [
        { metric: "p99_latency_ms", max: 120 },
        { metric: "error_rate", max: 0.01 },
        { metric: "fallback_triggers", max: 0 },
      ],
    });
    const waves = [0.1, 0.5, 1];
    let restart: Promise<number> | undefined;
    const result: RolloutResult = await new RolloutController({
      broker: { url: broker.url },
      manifest,
      artifact: { url: server.url },
      target: "+/+",
      waves,
      gates,
      rollbackKey: key,
      expectedDevices: n,
      onProgress: (e) => {
        if (e.type === "wave-started") log(`fleet: wave ${e.wave}/${e.waves} (${e.mode}) to ${e.deployed} devices`);
        if (e.type === "wave-ended") log(`fleet: wave ${e.result.wave}: ${e.result.confirmed}/${e.result.deployed.length} confirmed in ${(e.result.durationMs / 1000).toFixed(1)} s`);
        if (e.type === "reconnected") log(`fleet: controller reconnected, ${e.republished} deploy commands sent again`);
        // graceful restart while wave 2's devices are between DeployCommand and "confirmed"
        if (e.type === "wave-started" && e.wave === 2) {
          restart = new Promise((r) => setTimeout(r, RESTART_AFTER_MS)).then(async () => {
            const s = performance.now();
            log("fleet: restarting the broker");
            await broker.restart(DOWN_MS);
            return performance.now() - s;
          });
        }
      },
    }).run();
    const restartMs = (await restart) ?? Number.NaN;
    const counters = devices.map((d) => d.counters());
    const sum = (f: (c: (typeof counters)[number]) => number): number => counters.reduce((a, c) => a + f(c), 0);
    const rolloutMs = result.durationMs;
    const goalMs = 60_000;
    return {
      devices: n,
      waves,
      watchMs,
      connectAllMs: round(connectAllMs, 0),
      rolloutMs: round(rolloutMs, 0),
      goalMs,
      goalMet: result.outcome === "completed" && rolloutMs <= goalMs,
      outcome: result.outcome,
      perWave: result.waves.map((w) => ({ wave: w.wave, mode: w.mode, devices: w.devices, deployed: w.deployed.length, confirmed: w.confirmed, seconds: round(w.durationMs / 1000, 2) })),
      restart: { atWave: 2, afterMs: RESTART_AFTER_MS, downMs: DOWN_MS, restartMs: round(restartMs, 0) },
      reconnects: result.reconnects,
      reconnectsWithoutSession: result.reconnectsWithoutSession,
      republished: result.republished,
      reports: result.reports,
      confirmedExactlyOnce: result.devices.filter((d) => d.confirmedReports === 1 && d.state === "confirmed").length,
      deviceCounters: {
        deploysReceived: sum((c) => c.deploysReceived),
        duplicateDeploys: sum((c) => c.duplicateDeploys),
        reportsSent: sum((c) => c.reportsSent),
        reportsAcked: sum((c) => c.reportsAcked),
        reconnectedDevices: counters.filter((c) => c.connects >= 2).length,
      },
      artifactDownloads: server.requests,
    };
  } finally {
    for (let i = 0; i < devices.length; i += 200) await Promise.all(devices.slice(i, i + 200).map((d) => d.close()));
    await server.close();
  }
}
