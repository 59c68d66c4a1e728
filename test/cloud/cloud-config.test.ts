import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cloudLinkOptionsFromConfig, MESSAGE_ID_FILE } from "../../runtime/cloud/index.js";
import { CloudConfigSchema } from "../../runtime/config/cloud-config.js";
import { codeOf } from "../error-code-of.js";

const minimal = { broker_url: "mqtts://broker.example:8883", site: "dock-3", device: "fl-7" };
const issues = (raw: unknown): string[] => {
  const r = CloudConfigSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("CloudConfigSchema", () => {
  it("fills every default", () => {
    expect(CloudConfigSchema.parse(minimal)).toEqual({
      ...minimal,
      session_expiry_s: 3600,
      keepalive_s: 30,
      reconnect_ms: 1000,
      connect_timeout_ms: 10_000,
      max_inflight: 64,
      outbox: { dir: "outbox", max_bytes: 64 * 1024 * 1024, segment_bytes: 1024 * 1024, fsync: "batch" },
      telemetry_period_ms: 10_000,
    });
    expect(CloudConfigSchema.parse({ ...minimal, tls: { ca: "ca.pem" } }).tls).toEqual({ ca: "ca.pem", reject_unauthorized: true });
  });

  it("refuses a password in the file, tls without mqtts, half a client certificate and ids that cannot be topic levels", () => {
    expect(issues({ ...minimal, password: "hunter2" })).toEqual([
      "password: never write a password in the pipeline file: put it in an environment variable and name that in password_env",
    ]);
    expect(issues({ ...minimal, broker_url: "mqtt://127.0.0.1:1883", tls: { ca: "ca.pem" } })).toEqual(["tls: tls is set but broker_url is mqtt://; use mqtts:// for TLS"]);
    expect(issues({ ...minimal, tls: { cert: "c.pem" } })).toEqual(["tls.key: cert and key go together: set both or neither"]);
    expect(issues({ ...minimal, site: "fleet" })).toEqual(['site: "fleet" is reserved for fleet-wide topics']);
    expect(issues({ ...minimal, device: "a/b" })).toHaveLength(1);
    expect(issues({ ...minimal, device: "+" })).toHaveLength(1);
    expect(issues({ ...minimal, broker_url: "http://x" })).toEqual(["broker_url: mqtt://host:port or mqtts://host:port"]);
    expect(issues({ ...minimal, password_env: "not a name" })).toEqual(["password_env: an environment variable name"]);
    expect(issues({ ...minimal, outbox: { max_bytes: 8192, segment_bytes: 16384 } })).toEqual(["outbox.segment_bytes: segment_bytes must not exceed max_bytes"]);
    expect(issues({ ...minimal, telemetry_period_ms: 50 })).toEqual(["telemetry_period_ms: 0 (off) or at least 100"]);
    expect(issues({ ...minimal, max_inflight: 0 })).toHaveLength(1);
    expect(issues({ ...minimal, extra: 1 })).toHaveLength(1);
  });

  it("describes every field", () => {
    const shape = CloudConfigSchema.shape;
    const undescribed = Object.entries(shape)
      .filter(([key, s]) => key !== "password" && !s.description)
      .map(([key]) => key);
    expect(undescribed).toEqual([]);
  });
});

describe("cloudLinkOptionsFromConfig", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "vigil-cloudcfg-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads the password from the named variable and the PEM files relative to baseDir, and opens outbox and ids", async () => {
    await writeFile(join(dir, "ca.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    const config = CloudConfigSchema.parse({ ...minimal, username: "fl-7", password_env: "FL7_PASSWORD", tls: { ca: "ca.pem", reject_unauthorized: false }, max_inflight: 16 });
    const o = await cloudLinkOptionsFromConfig(config, { baseDir: dir, env: { FL7_PASSWORD: "s3cret" } });
    try {
      expect([o.url, o.site, o.device, o.username, o.password, o.maxInflight, o.reconnectMs, o.sessionExpirySec]).toEqual([
        "mqtts://broker.example:8883", "dock-3", "fl-7", "fl-7", "s3cret", 16, 1000, 3600,
      ]);
      expect(o.tls).toEqual({ ca: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", rejectUnauthorized: false });
      expect(o.outbox.dir).toBe(join(dir, "outbox"));
      expect(o.outbox.maxBytes).toBe(64 * 1024 * 1024);
      expect(await o.ids.next()).toBe("dock-3/fl-7:1");
      expect(o.ids.prefix).toBe("dock-3/fl-7");
    } finally {
      await o.outbox.close();
    }
    const again = await cloudLinkOptionsFromConfig(config, { baseDir: dir, env: { FL7_PASSWORD: "s3cret" } });
    expect(Number((await again.ids.next()).split(":")[1])).toBeGreaterThan(1); // the id file lives in the outbox folder
    await again.outbox.close();
    expect(MESSAGE_ID_FILE).toBe("message-id.seq");
  });

  it("fails with CONFIG_INVALID naming what is missing, before opening anything", async () => {
    const withPassword = CloudConfigSchema.parse({ ...minimal, password_env: "NOT_SET_ANYWHERE", outbox: { dir: join(dir, "a") } });
    const p = cloudLinkOptionsFromConfig(withPassword, { baseDir: dir, env: {} });
    await expect(p).rejects.toThrow(/NOT_SET_ANYWHERE/);
    expect(await codeOf(cloudLinkOptionsFromConfig(withPassword, { baseDir: dir, env: {} }))).toBe("CONFIG_INVALID");

    const withCa = CloudConfigSchema.parse({ ...minimal, tls: { ca: "missing-ca.pem" }, outbox: { dir: join(dir, "b") } });
    await expect(cloudLinkOptionsFromConfig(withCa, { baseDir: dir })).rejects.toThrow(/cloud\.tls\.ca: cannot read PEM file .*missing-ca\.pem/);
    expect(await codeOf(cloudLinkOptionsFromConfig(withCa, { baseDir: dir }))).toBe("CONFIG_INVALID");

    await writeFile(join(dir, "not-pem.pem"), "hello");
    const notPem = CloudConfigSchema.parse({ ...minimal, tls: { ca: "not-pem.pem" }, outbox: { dir: join(dir, "c") } });
    await expect(cloudLinkOptionsFromConfig(notPem, { baseDir: dir })).rejects.toThrow(/cloud\.tls\.ca: .* holds no PEM block/);
    expect((await readdir(dir)).sort()).toEqual(["not-pem.pem"]); // no outbox folder was created
  });
});
