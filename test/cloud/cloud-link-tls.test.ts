// TLS and credentials are configuration: the same CloudLink, set up from a `cloud` config section,
// against a Mosquitto listener that requires a client certificate and a password.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { vigil } from "../../proto/index.js";
import { CloudLink, CloudSubscriber, cloudLinkOptionsFromConfig, deviceTopics, type CloudDelivery } from "../../runtime/cloud/index.js";
import { CloudConfigSchema } from "../../runtime/config/cloud-config.js";
import { describeWithMosquitto, type MosquittoBroker } from "../mosquitto-broker.js";
import { startBroker } from "./cloud-broker.js";
import { makeTestPki, type TestPki } from "./tls-certificates.js";

const MOSQUITTO_PASSWD = [process.env.MOSQUITTO_PASSWD, "/usr/bin/mosquitto_passwd", "/usr/local/bin/mosquitto_passwd"].find(
  (p): p is string => p !== undefined && p !== "" && existsSync(p),
);
if (MOSQUITTO_PASSWD === undefined) console.warn("mosquitto_passwd not found: the password cases of cloud-link-tls.test.ts are skipped");

const WAIT = { timeout: 15_000, interval: 20 };
const DEVICE_PASSWORD = "device-secret-7";
const FLEET_PASSWORD = "fleet-secret-9";
const run = promisify(execFile);

describeWithMosquitto("CloudLink with TLS and credentials from config", () => {
  let dir: string;
  let pki: TestPki;
  let broker: MosquittoBroker;
  let url: string;
  const cleanups: Array<() => Promise<unknown>> = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "vigil-tls-"));
    pki = await makeTestPki(dir);
    const lines = [`cafile ${pki.ca}`, `certfile ${pki.serverCert}`, `keyfile ${pki.serverKey}`, "require_certificate true"];
    if (MOSQUITTO_PASSWD !== undefined) {
      const file = join(dir, "passwd");
      await run(MOSQUITTO_PASSWD, ["-b", "-c", file, "fl-tls", DEVICE_PASSWORD]);
      await run(MOSQUITTO_PASSWD, ["-b", file, "fleet", FLEET_PASSWORD]);
      lines.push(`password_file ${file}`);
    }
    broker = await startBroker({ listenerLines: lines });
    url = `mqtts://127.0.0.1:${broker.port}`;
  });
  afterAll(async () => {
    await broker?.dispose();
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  /** A link built the way the runtime builds it: schema, then cloudLinkOptionsFromConfig (paths relative to the PKI folder). */
  async function linkFromConfig(name: string, tls: Record<string, unknown>, password = DEVICE_PASSWORD): Promise<CloudLink> {
    const config = CloudConfigSchema.parse({
      broker_url: url,
      site: "dock-3",
      device: "fl-tls",
      client_id: `vigil-dock-3-fl-tls-${name}`,
      ...(MOSQUITTO_PASSWD === undefined ? {} : { username: "fl-tls", password_env: "VIGIL_TEST_MQTT_PASSWORD" }),
      tls,
      reconnect_ms: 100,
      outbox: { dir: join(dir, `outbox-${name}`), max_bytes: 1 << 20 },
    });
    const options = await cloudLinkOptionsFromConfig(config, { baseDir: pki.dir, env: { VIGIL_TEST_MQTT_PASSWORD: password } });
    const link = new CloudLink(options);
    cleanups.push(() => link.close());
    return link;
  }

  const goodTls = { ca: "ca.pem", cert: "client.pem", key: "client.key" };

  it("connects with the right CA, client certificate and password, and delivers risk events", async () => {
    const t = deviceTopics("dock-3", "fl-tls");
    const sub = new CloudSubscriber({
      url,
      clientId: "fleet-tls-test",
      filters: [t.riskEvents],
      tls: { ca: pki.ca, cert: pki.clientCert, key: pki.clientKey },
      ...(MOSQUITTO_PASSWD === undefined ? {} : { username: "fleet", password: FLEET_PASSWORD }),
      reconnectMs: 100,
    });
    const got: CloudDelivery[] = [];
    sub.onMessage((d) => got.push(d));
    await sub.connect();
    cleanups.push(() => sub.close());

    const link = await linkFromConfig("good", goodTls);
    await link.connect();
    await vi.waitFor(() => expect(link.state).toBe("online"), WAIT);
    const ids = [await link.sendRiskEvent({ sensorId: "cam-1", level: 4 }), await link.sendRiskEvent({ sensorId: "cam-2", level: 2 })];
    await vi.waitFor(() => expect(got.map((d) => d.id)).toEqual(ids), WAIT);
    expect(got.map((d) => vigil.v1.RiskEvent.decode(d.payload).assessment?.sensorId)).toEqual(["cam-1", "cam-2"]);
    await vi.waitFor(() => expect(link.counters().acked).toBe(2), WAIT);
    expect([link.counters().connects, link.counters().connectErrors]).toEqual([1, 0]);
    expect(link.lastError).toBeUndefined();
  });

  it.skipIf(MOSQUITTO_PASSWD === undefined)("is refused with a wrong password: counted, offline, retrying, nothing lost, no crash", async () => {
    const link = await linkFromConfig("badpass", goodTls, "not-the-password");
    await link.connect();
    await vi.waitFor(() => expect(link.counters().connectErrors).toBeGreaterThanOrEqual(3), WAIT); // it keeps retrying
    expect(link.state).toBe("offline");
    expect(link.lastError?.code).toBe("CLOUD_LINK_DOWN");
    // MQTT 5 CONNACK reason: 0x86 bad user name or password, or 0x87 not authorized
    expect([0x86, 0x87]).toContain(link.lastError?.reasonCode);
    const id = await link.sendRiskEvent({ sensorId: "cam-1", level: 4 }); // still durable in the outbox
    const c = link.counters();
    expect([c.connects, c.published, c.outbox.records]).toEqual([0, 0, 1]);
    expect(id).toBe("dock-3/fl-tls:1");
  });

  it("is refused without a client certificate", async () => {
    const link = await linkFromConfig("nocert", { ca: "ca.pem" });
    await link.connect();
    await vi.waitFor(() => expect(link.counters().connectErrors).toBeGreaterThanOrEqual(2), WAIT);
    expect(link.state).toBe("offline");
    expect(link.counters().connects).toBe(0);
    expect(link.lastError?.code).toBe("CLOUD_LINK_DOWN");
    expect(link.lastError?.reasonCode).toBeUndefined(); // refused in the TLS handshake, before any CONNACK
    expect(link.lastError?.detail).not.toBe("");
  });

  it("refuses a broker whose certificate another CA signed", async () => {
    const link = await linkFromConfig("wrongca", { ...goodTls, ca: "other-ca.pem" });
    await link.connect();
    await vi.waitFor(() => expect(link.counters().connectErrors).toBeGreaterThanOrEqual(2), WAIT);
    expect(link.state).toBe("offline");
    expect(link.counters().connects).toBe(0);
    expect(link.lastError?.detail).toMatch(/certificate/i);
  });
});
