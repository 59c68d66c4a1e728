// TLS and credentials are configuration on the fleet side too: `vigil fleet status` and the
// simulated devices against a Mosquitto listener that requires a client certificate (and a
// password when mosquitto_passwd is installed).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Command } from "commander";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SimulatedDevice, type FleetBrokerOptions, type FleetStatusRow } from "../../../device/fleet/index.js";
import { generateFleetKey } from "../../../device/manifest/index.js";
import { addFleetRolloutCommands } from "../../../runtime/cli/fleet-rollout-commands.js";
import { isVigilError } from "../../../runtime/errors/index.js";
import { startBroker } from "../../cloud/cloud-broker.js";
import { makeTestPki, type TestPki } from "../../cloud/tls-certificates.js";
import { describeWithMosquitto, type MosquittoBroker } from "../../mosquitto-broker.js";
import { trustOnly } from "./fleet-rig.js";

const MOSQUITTO_PASSWD = [process.env.MOSQUITTO_PASSWD, "/usr/bin/mosquitto_passwd", "/usr/local/bin/mosquitto_passwd"].find(
  (p): p is string => p !== undefined && p !== "" && existsSync(p),
);
const PASSWORD_ENV = "VIGIL_TEST_FLEET_PASSWORD";
const run = promisify(execFile);

async function fleet(args: string[]): Promise<{ out: string; error: unknown }> {
  let out = "";
  const cmd = new Command("fleet").exitOverride();
  addFleetRolloutCommands(cmd, { out: (t) => void (out += t), err: () => undefined });
  for (const sub of cmd.commands) sub.exitOverride();
  try {
    await cmd.parseAsync(args, { from: "user" });
    return { out, error: undefined };
  } catch (error) {
    return { out, error };
  }
}

describeWithMosquitto("fleet side over TLS with a client certificate", () => {
  let dir: string;
  let pki: TestPki;
  let broker: MosquittoBroker;
  let url: string;
  let device: SimulatedDevice;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "vigil-fleet-tls-"));
    pki = await makeTestPki(dir);
    const lines = [`cafile ${pki.ca}`, `certfile ${pki.serverCert}`, `keyfile ${pki.serverKey}`, "require_certificate true"];
    if (MOSQUITTO_PASSWD !== undefined) {
      const file = join(dir, "passwd");
      await run(MOSQUITTO_PASSWD, ["-b", "-c", file, "fleet", "fleet-secret"]);
      lines.push(`password_file ${file}`);
    }
    broker = await startBroker({ listenerLines: lines });
    url = `mqtts://127.0.0.1:${broker.port}`;
    const tls: FleetBrokerOptions = {
      url,
      ca: await readFile(pki.ca, "utf8"),
      cert: await readFile(pki.clientCert, "utf8"),
      key: await readFile(pki.clientKey, "utf8"),
      ...(MOSQUITTO_PASSWD === undefined ? {} : { username: "fleet", password: "fleet-secret" }),
    };
    device = new SimulatedDevice({ broker: tls, site: "tls-site", device: "dev-00", trustedKeys: trustOnly(generateFleetKey()), activeVersion: "1.4.0" });
    await device.start();
  });
  afterAll(async () => {
    await device?.close();
    await broker?.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  const creds = (): string[] => (MOSQUITTO_PASSWD === undefined ? [] : ["--username", "fleet", "--password-env", PASSWORD_ENV]);

  it("status connects with --ca, --cert, --key-file (and the password from the environment)", async () => {
    process.env[PASSWORD_ENV] = "fleet-secret";
    const r = await fleet(["status", "--broker", url, "--ca", pki.ca, "--cert", pki.clientCert, "--key-file", pki.clientKey, ...creds(), "--json"]);
    expect(r.error).toBeUndefined();
    const rows = JSON.parse(r.out) as FleetStatusRow[];
    expect(rows.map((row) => [row.site, row.device, row.online, row.activeVersion])).toEqual([["tls-site", "dev-00", true, "1.4.0"]]);
  });

  it("fails at once with CLOUD_LINK_DOWN when the broker's certificate is not from --ca", async () => {
    const r = await fleet(["status", "--broker", url, "--ca", pki.otherCa, "--cert", pki.clientCert, "--key-file", pki.clientKey, ...creds()]);
    expect(isVigilError(r.error) ? r.error.code : r.error).toBe("CLOUD_LINK_DOWN");
    expect((r.error as Error).message).toMatch(/cannot connect to the broker mqtts:\/\/127\.0\.0\.1/);
  });

  it.skipIf(MOSQUITTO_PASSWD === undefined)("fails at once with CLOUD_LINK_DOWN and the broker's reason code on a wrong password", async () => {
    process.env[PASSWORD_ENV] = "wrong";
    const r = await fleet(["status", "--broker", url, "--ca", pki.ca, "--cert", pki.clientCert, "--key-file", pki.clientKey, ...creds()]);
    expect(isVigilError(r.error) ? r.error.code : r.error).toBe("CLOUD_LINK_DOWN");
    expect((r.error as Error).message).toMatch(/reason code 13[45]/);
  });

  it("refuses TLS files with a plain mqtt:// URL and an unset --password-env before connecting", async () => {
    const plain = await fleet(["status", "--broker", `mqtt://127.0.0.1:${broker.port}`, "--ca", pki.ca]);
    expect(isVigilError(plain.error) ? plain.error.code : plain.error).toBe("CONFIG_INVALID");
    delete process.env.VIGIL_TEST_FLEET_UNSET;
    const unset = await fleet(["status", "--broker", url, "--password-env", "VIGIL_TEST_FLEET_UNSET"]);
    expect(isVigilError(unset.error) ? unset.error.code : unset.error).toBe("USAGE");
  });
});
