import { createPublicKey, type KeyObject } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { readRolloutState, type FleetStatusRow, type RollbackOutcome, type RolloutResult, type SimulatedDevice } from "../../../device/fleet/index.js";
import { manifestToJson, readPrivateKey, writeFleetKey } from "../../../device/manifest/index.js";
import { addFleetRolloutCommands } from "../../../runtime/cli/fleet-rollout-commands.js";
import { isVigilError } from "../../../runtime/errors/index.js";
import { describeWithFixtures } from "../../fixtures.js";
import { startBroker } from "../../cloud/cloud-broker.js";
import { describeWithMosquitto, type MosquittoBroker } from "../../mosquitto-broker.js";
import { ArtifactServer, closeAll, signedModel, startSimFleet } from "./fleet-rig.js";

const codeOf = (err: unknown): string | undefined => (isVigilError(err) ? err.code : undefined);

/** Runs `vigil fleet <args>` in-process and returns what it printed. */
async function fleet(args: string[]): Promise<{ out: string; err: string; error: unknown }> {
  let out = "";
  let err = "";
  const cmd = new Command("fleet").exitOverride();
  addFleetRolloutCommands(cmd, { out: (t) => void (out += t), err: (t) => void (err += t) });
  for (const sub of cmd.commands) sub.exitOverride();
  try {
    await cmd.parseAsync(args, { from: "user" });
    return { out, err, error: undefined };
  } catch (error) {
    return { out, err, error };
  }
}

describeWithMosquitto("vigil fleet push / status / rollback", () => {
  describeWithFixtures("against simulated devices", ["models/yolox_nano.onnx"], () => {
    let broker: MosquittoBroker;
    let server: ArtifactServer;
    let dir: string;
    let keyPath: string;
    let trusted: Map<string, KeyObject>;
    let manifestPath: string;
    let modelBytes: Buffer;
    let devices: SimulatedDevice[] = [];

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "vigil-fleet-cli-"));
      broker = await startBroker();
      const written = await writeFleetKey(join(dir, "keys"));
      keyPath = written.privateKeyPath;
      const signing = await readPrivateKey(keyPath);
      trusted = new Map([[signing.keyId, createPublicKey(signing.privateKey)]]);
      const { manifest, bytes } = await signedModel({ ...signing, publicKey: createPublicKey(signing.privateKey) }, "2.0.0");
      modelBytes = bytes;
      manifestPath = join(dir, "yolox_nano-2.0.0.manifest.json");
      await writeFile(manifestPath, manifestToJson(manifest));
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

    it("status: prints the retained statuses as a table and as JSON, offline devices included", async () => {
      const site = "site-d";
      devices = await startSimFleet({ url: broker.url, site, count: 3, trusted, activeVersionFor: (i) => (i === 1 ? "1.1.0" : "1.0.0") });
      await devices[2]!.close(); // publishes its retained offline status

      const json = await fleet(["status", "--broker", broker.url, "--target", `${site}/+`, "--json", "--wait-ms", "400"]);
      expect(json.error).toBeUndefined();
      const rows = JSON.parse(json.out) as FleetStatusRow[];
      expect(rows.map((r) => [r.site, r.device, r.online, r.state, r.activeModel, r.activeVersion])).toEqual([
        [site, "dev-00", true, "running", "yolox_nano", "1.0.0"],
        [site, "dev-01", true, "running", "yolox_nano", "1.1.0"],
        [site, "dev-02", false, "offline", "yolox_nano", "1.0.0"],
      ]);
      expect(rows.every((r) => r.ageS !== null && r.ageS >= 0 && r.ageS < 60)).toBe(true);

      const table = await fleet(["status", "--broker", broker.url, "--target", `${site}/+`]);
      expect(table.error).toBeUndefined();
      const lines = table.out.trimEnd().split("\n");
      expect(lines[0]!.split(/\s+/)).toEqual(["SITE", "DEVICE", "ONLINE", "STATE", "ACTIVE", "SHADOW", "ERROR_RATE", "P99_MS", "AGE"]);
      expect(lines[2]!.split(/\s+/).slice(0, 6)).toEqual([site, "dev-01", "yes", "running", "yolox_nano@1.1.0", "-"]);
      expect(lines[3]!.split(/\s+/).slice(0, 5)).toEqual([site, "dev-02", "no", "offline", "yolox_nano@1.0.0"]);
      expect(lines.at(-1)).toBe("3 device(s), 2 online");
    });

    it("push completes, writes the state; rollback --state sends every device back to its previous version", async () => {
      const site = "site-p";
      devices = await startSimFleet({ url: broker.url, site, count: 4, trusted, behaviour: { watchMs: 100, latencyMsFor: () => 50 } });
      const gatesPath = join(dir, "gates.yaml");
      await writeFile(gatesPath, "wave_timeout_s: 45\nmin_success: 1.0\ngates:\n  - metric: p99_latency_ms\n    max: 120\n");
      const state = join(dir, "state", "last.json");
      const push = await fleet([
        "push", "--model", manifestPath, "--url", server.url, "--target", `${site}/+`, "--waves", "50%,100%",
        "--gates", gatesPath, "--broker", broker.url, "--key", keyPath, "--state", state, "--expect", "4", "--json",
      ]);
      expect(push.error).toBeUndefined();
      const result = JSON.parse(push.out) as RolloutResult;
      expect([result.outcome, result.waves.map((w) => w.devices)]).toEqual(["completed", [2, 4]]);
      expect(push.err).toMatch(/wave 1\/2 \(canary\): deploying to 2 device/);
      expect(push.err).toMatch(/wave 2: 2\/2 confirmed .* PASS/);
      expect(devices.map((d) => d.activeVersion)).toEqual(["2.0.0", "2.0.0", "2.0.0", "2.0.0"]);

      const rollback = await fleet(["rollback", "--broker", broker.url, "--key", keyPath, "--state", state, "--json", "--timeout-s", "30"]);
      expect(rollback.error).toBeUndefined();
      const outcomes = JSON.parse(rollback.out) as RollbackOutcome[];
      expect(outcomes.map((o) => [o.device, o.toVersion, o.state])).toEqual(devices.map((d) => [`${site}/${d.device}`, "1.0.0", "rolled_back"]));
      expect(devices.map((d) => d.activeVersion)).toEqual(["1.0.0", "1.0.0", "1.0.0", "1.0.0"]);
      expect((await readRolloutState(state)).devices.map((d) => d.state)).toEqual(["rolled_back", "rolled_back", "rolled_back", "rolled_back"]);
    });

    it("push exits with ROLLOUT_GATE_FAILED when the canary is too slow, prints the halted summary and rolls the canary back", async () => {
      const site = "site-h";
      devices = await startSimFleet({ url: broker.url, site, count: 10, trusted, behaviour: { watchMs: 100, latencyMsFor: (v) => (v === "2.0.0" ? 300 : 40) } });
      const gatesPath = join(dir, "gates-h.yaml");
      await writeFile(gatesPath, "gates:\n  - metric: p99_latency_ms\n    max: 120\n");
      const artifact = join(dir, "model.onnx");
      await writeFile(artifact, modelBytes);
      const push = await fleet([
        "push", "--model", manifestPath, "--artifact", artifact, "--chunk-bytes", "1048576", "--target", `${site}/+`,
        "--gates", gatesPath, "--broker", broker.url, "--key", keyPath, "--state", join(dir, "h.json"), "--expect", "10",
      ]);
      expect(codeOf(push.error)).toBe("ROLLOUT_GATE_FAILED");
      const lines = push.out.trimEnd().split("\n");
      expect(lines[1]!.trim().split(/\s+/)).toEqual(["1", "canary", "1", "1", "1", "0", "p99_latency_ms=300!", expect.stringMatching(/^\d+\.\d$/), "FAIL"]);
      expect(push.out).toMatch(new RegExp(`${site}/dev-00\\s+1\\.0\\.0\\s+rolled_back\\s+ROLLOUT_GATE_FAILED`));
      expect(lines.at(-1)).toMatch(/^HALTED \(ROLLOUT_GATE_FAILED\): yolox_nano@2.0.0 stopped at wave 1; 1 device\(s\) rolled back/);
      expect(devices.map((d) => d.counters().deploysReceived)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
      expect(devices[0]!.activeVersion).toBe("1.0.0");
    });

    it("refuses bad flags before connecting: both --url and --artifact, an artifact that does not match the manifest", async () => {
      const gatesPath = join(dir, "gates-u.yaml");
      await writeFile(gatesPath, "gates: []\n");
      const base = ["push", "--model", manifestPath, "--target", "+/+", "--gates", gatesPath, "--broker", "mqtt://127.0.0.1:1"];
      expect(codeOf((await fleet([...base, "--url", server.url, "--artifact", manifestPath])).error)).toBe("USAGE");
      expect(codeOf((await fleet([...base, "--artifact", manifestPath])).error)).toBe("MODEL_HASH_MISMATCH");
      const badGates = join(dir, "gates-bad.yaml");
      await writeFile(badGates, "gates:\n  - metric: p99_latency_ms\n");
      const bad = await fleet(["push", "--model", manifestPath, "--target", "+/+", "--gates", badGates, "--broker", "mqtt://127.0.0.1:1", "--url", server.url]);
      expect(codeOf(bad.error)).toBe("CONFIG_INVALID");
      expect(String((bad.error as Error).message)).toMatch(/sets neither of max and min/);
      expect(await readFile(manifestPath, "utf8")).toMatch(/"keyId"/);
    });
  });
});
