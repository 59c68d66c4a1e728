import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { RolloutController, SimulatedDevice, parseRolloutGates, readRolloutState, type RolloutProgress } from "../../../device/fleet/index.js";
import { generateFleetKey } from "../../../device/manifest/index.js";
import type { vigil } from "../../../proto/index.js";
import { describeWithFixtures } from "../../fixtures.js";
import { startBroker } from "../../cloud/cloud-broker.js";
import { describeWithMosquitto, type MosquittoBroker } from "../../mosquitto-broker.js";
import { ArtifactServer, closeAll, signedModel, startSimFleet, trustOnly } from "./fleet-rig.js";

const WAVES = [0.1, 0.5, 1];
const names = (site: string, from: number, to: number): string[] => Array.from({ length: to - from }, (_, i) => `${site}/dev-${String(from + i).padStart(2, "0")}`);

describeWithMosquitto("RolloutController over a real broker", () => {
  describeWithFixtures("with simulated devices and a signed yolox_nano", ["models/yolox_nano.onnx"], () => {
    const key = generateFleetKey();
    const trusted = trustOnly(key);
    let broker: MosquittoBroker;
    let server: ArtifactServer;
    let manifest: vigil.v1.ModelManifest;
    let bytes: Buffer;
    let dir: string;
    let devices: SimulatedDevice[] = [];

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "vigil-rollout-"));
      broker = await startBroker();
      ({ manifest, bytes } = await signedModel(key, "2.0.0"));
      server = await ArtifactServer.start(bytes);
    });
    afterEach(async () => {
      await closeAll(devices);
      devices = [];
    });
    afterAll(async () => {
      await server?.close();
      await broker?.dispose();
      await rm(dir, { recursive: true, force: true });
    });

    const gates = (extra: Record<string, unknown> = {}) =>
      parseRolloutGates({ wave_timeout_s: 45, rollback_timeout_s: 30, gates: [{ metric: "p99_latency_ms", max: 120 }, { metric: "error_rate", max: 0.01 }], ...extra });

    it("A rollout across simulated devices stops at the first wave when a gate fails", async () => {
      const site = "site-a";
      devices = await startSimFleet({
        url: broker.url,
        site,
        count: 20,
        trusted,
        behaviour: { watchMs: 300, latencyMsFor: (v) => (v === "2.0.0" ? 300 : 40) },
      });
      const result = await new RolloutController({
        broker: { url: broker.url },
        manifest,
        artifact: { url: server.url },
        target: `${site}/+`,
        waves: WAVES,
        gates: gates(),
        rollbackKey: key,
        expectedDevices: 20,
      }).run();

      expect(result.outcome).toBe("halted");
      expect(result.haltCode).toBe("ROLLOUT_GATE_FAILED");
      expect(result.waves).toHaveLength(1);
      const [wave] = result.waves;
      expect(wave!.devices).toBe(2);
      expect(wave!.deployed).toEqual(names(site, 0, 2));
      expect(wave!.mode).toBe("canary");
      expect(wave!.confirmed).toBe(2);
      expect(wave!.gates).toEqual([
        { metric: "p99_latency_ms", aggregate: "worst", kind: "max", limit: 120, value: 300, pass: false, reason: null },
        { metric: "error_rate", aggregate: "worst", kind: "max", limit: 0.01, value: 0, pass: true, reason: null },
      ]);
      expect(result.rolledBack.map((r) => [r.device, r.toVersion, r.state, r.reason])).toEqual(
        names(site, 0, 2).map((d) => [d, "1.0.0", "rolled_back", "ROLLOUT_GATE_FAILED"]),
      );
      // what the devices themselves saw
      for (const d of devices.slice(0, 2)) {
        const c = d.counters();
        expect([d.device, c.deploysReceived, c.rollbacksReceived, c.reportsByState.confirmed, c.reportsByState.rolled_back]).toEqual([d.device, 1, 1, 1, 1]);
        expect(d.activeVersion).toBe("1.0.0");
      }
      for (const d of devices.slice(2)) {
        const c = d.counters();
        expect([d.device, c.deploysReceived, c.rollbacksReceived, c.reportsSent]).toEqual([d.device, 0, 0, 0]);
        expect(d.activeVersion).toBe("1.0.0");
      }
    });

    it("completes a passing rollout: 20 devices confirmed over waves of 2, 10 and 20, one download", async () => {
      const site = "site-b";
      const stateFile = join(dir, "b", "last-rollout.json");
      devices = await startSimFleet({ url: broker.url, site, count: 20, trusted, behaviour: { watchMs: 200, latencyMsFor: () => 45 } });
      // its own URL: the shared download cache is keyed by URL and hash
      const own = await ArtifactServer.start(bytes, "site-b.onnx");
      const events: RolloutProgress[] = [];
      const result = await new RolloutController({
        broker: { url: broker.url },
        manifest,
        artifact: { url: own.url },
        target: `${site}/+`,
        waves: WAVES,
        gates: gates(),
        rollbackKey: key,
        expectedDevices: 20,
        stateFile,
        onProgress: (e) => events.push(e),
      }).run();

      expect(result.outcome).toBe("completed");
      expect(result.haltCode).toBeNull();
      expect(result.waves.map((w) => [w.devices, w.deployed.length, w.confirmed, w.mode, w.pass])).toEqual([
        [2, 2, 2, "canary", true],
        [10, 8, 8, "active", true],
        [20, 10, 10, "active", true],
      ]);
      expect(result.waves[2]!.deployed).toEqual(names(site, 10, 20));
      expect(result.waves.every((w) => w.gates.every((g) => g.value === (g.metric === "p99_latency_ms" ? 45 : 0)))).toBe(true);
      expect(result.rolledBack).toEqual([]);
      expect(result.devices.map((d) => [d.state, d.confirmedReports, d.previousVersion])).toEqual(Array.from({ length: 20 }, () => ["confirmed", 1, "1.0.0"]));
      expect(devices.map((d) => [d.activeVersion, d.counters().deploysReceived])).toEqual(Array.from({ length: 20 }, () => ["2.0.0", 1]));
      // the simulated devices share one process, so they share one download of the artifact
      expect(own.requests).toBe(1);
      await own.close();
      expect(events.filter((e) => e.type === "wave-ended")).toHaveLength(3);

      const state = await readRolloutState(stateFile);
      expect([state.deployId, state.outcome, state.modelName, state.modelVersion, state.devices.length]).toEqual([result.deployId, "completed", "yolox_nano", "2.0.0", 20]);
      expect(state.devices.every((d) => d.becameActive && d.state === "confirmed" && d.previousVersion === "1.0.0")).toBe(true);
    });

    it("halts when a device refuses the manifest (its trusted keys lack the signer): min_success fails, the other canary is rolled back", async () => {
      const site = "site-c";
      const stranger = generateFleetKey();
      devices = await startSimFleet({
        url: broker.url,
        site,
        count: 20,
        trusted,
        trustedFor: (i) => (i === 0 ? trustOnly(stranger) : trusted),
        behaviour: { watchMs: 200 },
      });
      const result = await new RolloutController({
        broker: { url: broker.url },
        manifest,
        artifact: { url: server.url },
        target: `${site}/+`,
        waves: WAVES,
        gates: gates({ min_success: 1 }),
        rollbackKey: key,
        expectedDevices: 20,
      }).run();

      expect([result.outcome, result.haltCode, result.waves.length]).toEqual(["halted", "ROLLOUT_GATE_FAILED", 1]);
      const [wave] = result.waves;
      expect([wave!.confirmed, wave!.successRate, wave!.pass]).toEqual([1, 0.5, false]);
      expect(wave!.failed).toEqual([{ device: `${site}/dev-00`, state: "refused", reason: "MODEL_KEY_UNTRUSTED" }]);
      // the gates themselves held for the confirmed device
      expect(wave!.gates.every((g) => g.pass)).toBe(true);
      expect(result.rolledBack.map((r) => [r.device, r.state])).toEqual([[`${site}/dev-01`, "rolled_back"]]);
      expect(devices.map((d) => d.activeVersion)).toEqual(Array.from({ length: 20 }, () => "1.0.0"));
      expect([devices[0]!.counters().reportsByState.refused, devices[0]!.counters().rollbacksReceived]).toEqual([1, 0]);
      expect(devices.slice(2).every((d) => d.counters().deploysReceived === 0)).toBe(true);
    });

    it("tells apart devices of the same name at two sites (report ids are unique per device only)", async () => {
      const a = await startSimFleet({ url: broker.url, site: "twin-a", count: 3, trusted, behaviour: { watchMs: 100 } });
      const b = await startSimFleet({ url: broker.url, site: "twin-b", count: 3, trusted, behaviour: { watchMs: 100 } });
      devices = [...a, ...b];
      const result = await new RolloutController({
        broker: { url: broker.url },
        manifest,
        artifact: { url: server.url },
        target: "+/+",
        waves: [0.5, 1],
        gates: gates(),
        rollbackKey: key,
        expectedDevices: 6,
      }).run();
      expect(result.outcome).toBe("completed");
      expect(result.waves.map((w) => w.deployed)).toEqual([
        ["twin-a/dev-00", "twin-a/dev-01", "twin-a/dev-02"],
        ["twin-b/dev-00", "twin-b/dev-01", "twin-b/dev-02"],
      ]);
      expect([result.reports.received, result.reports.duplicates]).toEqual([30, 0]);
    });

    it("sends the artifact in chunks over MQTT when there is no URL", async () => {
      const site = "site-f";
      devices = await startSimFleet({ url: broker.url, site, count: 3, trusted, behaviour: { watchMs: 100 } });
      const chunkBytes = 512 * 1024;
      const result = await new RolloutController({
        broker: { url: broker.url },
        manifest,
        artifact: { bytes, chunkBytes },
        target: `${site}/+`,
        waves: [1],
        gates: gates(),
        rollbackKey: key,
        expectedDevices: 3,
      }).run();
      expect(result.outcome).toBe("completed");
      expect(result.waves.map((w) => [w.devices, w.confirmed])).toEqual([[3, 3]]);
      const chunks = Math.ceil(bytes.length / chunkBytes);
      expect(devices.map((d) => [d.activeVersion, d.counters().chunksReceived])).toEqual(Array.from({ length: 3 }, () => ["2.0.0", chunks]));
    });

    it("fails a wave whose device never answers with ROLLOUT_TIMEOUT and rolls it back", async () => {
      const site = "site-t";
      devices = await startSimFleet({ url: broker.url, site, count: 2, trusted, behaviour: { watchMs: 100 } });
      // dev-aa takes commands and never reports (a hung agent): it times out
      const hung = new SimulatedDevice({ broker: { url: broker.url }, site, device: "dev-aa", trustedKeys: trusted, behaviour: { silent: true } });
      await hung.start();
      devices.push(hung);
      const result = await new RolloutController({
        broker: { url: broker.url },
        manifest,
        artifact: { url: server.url },
        target: `${site}/+`,
        waves: [1],
        gates: gates({ wave_timeout_s: 5, rollback_timeout_s: 8 }),
        rollbackKey: key,
        expectedDevices: 3,
      }).run();
      expect([result.outcome, result.haltCode]).toEqual(["halted", "ROLLOUT_TIMEOUT"]);
      expect(result.waves[0]!.failed).toEqual([{ device: `${site}/dev-aa`, state: "pending", reason: "ROLLOUT_TIMEOUT" }]);
      // the two that took the version go back; the hung one is sent back too (it may still activate) and never answers
      expect(result.rolledBack.map((r) => [r.device, r.state])).toEqual([
        [`${site}/dev-00`, "rolled_back"],
        [`${site}/dev-01`, "rolled_back"],
        [`${site}/dev-aa`, "timeout"],
      ]);
      expect(hung.counters().deploysReceived).toBe(1);
      expect(hung.counters().rollbacksReceived).toBe(1);
    });

    it("completes through a broker restart in the middle of a wave: every device confirmed exactly once after de-duplication", { timeout: 180_000 }, async () => {
      const site = "site-e";
      devices = await startSimFleet({ url: broker.url, site, count: 20, trusted, behaviour: { watchMs: 1500 } });
      let restart: Promise<void> | undefined;
      const result = await new RolloutController({
        broker: { url: broker.url },
        manifest,
        artifact: { url: server.url },
        target: `${site}/+`,
        waves: WAVES,
        gates: gates({ wave_timeout_s: 90 }),
        rollbackKey: key,
        expectedDevices: 20,
        onProgress: (e) => {
          // wave 2's DeployCommands are out and its devices are in their watch
          if (e.type === "wave-started" && e.wave === 2) restart = new Promise((r) => setTimeout(r, 300)).then(() => broker.restart(500));
        },
      }).run();
      await restart;
      expect(broker.starts).toBe(2);
      expect(result.outcome).toBe("completed");
      expect(result.reconnects).toBeGreaterThanOrEqual(1);
      // the broker kept the controller's session (persistence), so no report was lost in the gap
      expect(result.reconnectsWithoutSession).toBe(0);
      expect(result.waves.map((w) => [w.devices, w.confirmed])).toEqual([
        [2, 2],
        [10, 8],
        [20, 10],
      ]);
      expect(result.devices.map((d) => d.confirmedReports)).toEqual(Array.from({ length: 20 }, () => 1));
      for (const d of devices) {
        const c = d.counters();
        expect([d.device, d.activeVersion, c.deploysReceived, c.reportsByState.confirmed]).toEqual([d.device, "2.0.0", 1, 1]);
      }
      // every device lost its connection and came back (wave 1's idle ones reconnect in the background)
      await vi.waitFor(() => expect(devices.filter((d) => d.counters().connects < 2).map((d) => d.device)).toEqual([]), { timeout: 20_000, interval: 50 });
    });
  });
});
