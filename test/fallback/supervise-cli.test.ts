import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { Publisher } from "zeromq";
import { encodeHeartbeat, type HeartbeatComponent } from "../../proto/index.js";
import { msToNs, SystemClock } from "../../runtime/clock/index.js";
import { REPO_ROOT } from "../fixtures.js";
import { startVigil, type VigilProcess } from "../vigil-process.js";

const clock = new SystemClock();
const HEALTHY_MS = 200;

function vigil(args: string[]) {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, "bin", "vigil.js"), ...args], { cwd: REPO_ROOT, env: { ...process.env, VIGIL_LOG_LEVEL: "warn" }, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A port nobody listens on right now (the kernel's choice, released at once). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  return port;
}

/** Runs a `vigil` process to its end without blocking the event loop (heartbeats keep flowing). */
async function vigilAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = startVigil(args, { VIGIL_LOG_LEVEL: "warn" });
  const code = await p.exited;
  return { code, stdout: p.stdout(), stderr: p.stderr() };
}

describe("vigil supervise (real processes)", () => {
  const dir = mkdtempSync(join(tmpdir(), "vigil-supervise-"));
  const procs: VigilProcess[] = [];
  const closers: Array<() => unknown> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    for (const p of procs.splice(0)) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function writeConfig(name: string, fallback: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
    const path = join(dir, `${name}.yaml`);
    const pipeline = { name: "demo", ingest: [{ endpoint: "tcp://127.0.0.1:1", kind: "objects" }], output: { detections: { endpoint: "tcp://127.0.0.1:2" } }, fallback, ...extra };
    writeFileSync(path, YAML.stringify(pipeline));
    return path;
  }

  it("holds SAFE_STOP until an operator resets it: --reset refused (exit 1) while unhealthy, accepted (exit 0) after healthy_ms; SIGTERM exits 0", async () => {
    const beats = new Publisher({ linger: 0 });
    await beats.bind("tcp://127.0.0.1:*");
    closers.push(() => beats.close());
    const [publishPort, controlPort] = [await freePort(), await freePort()];
    const config = writeConfig("operator", {
      heartbeats: [beats.lastEndpoint],
      publish: { endpoint: `tcp://127.0.0.1:${publishPort}` },
      control: { endpoint: `tcp://127.0.0.1:${controlPort}` },
      recovery: { mode: "operator", healthy_ms: HEALTHY_MS },
    });

    const sup = startVigil(["supervise", "--config", config, "--json"]);
    procs.push(sup);
    const ready = await sup.waitForStderr(/vigil: supervisor watching .*\n/, 30_000);
    expect(ready[0]).toBe(
      `vigil: supervisor watching heartbeats on ${beats.lastEndpoint}; commands on (none); requiring ingest, track, risk; recovery operator; ` +
        `SAFE_STOP on tcp://127.0.0.1:${publishPort}; control on tcp://127.0.0.1:${controlPort}\n`,
    );

    // Nothing heard yet: a reset is refused with the reason.
    const early = await vigilAsync(["supervise", "--config", config, "--reset", "--operator", "alice"]);
    expect(early.code, early.stderr).toBe(1);
    expect(JSON.parse(early.stdout)).toMatchObject({ op: "reset", accepted: false, code: "FALLBACK_RESET_REFUSED", incident: { id: 1, cause: "FALLBACK_STARTING" } });
    expect(early.stderr).toContain("FALLBACK_RESET_REFUSED");

    let seq = 0n;
    const instances: Array<[HeartbeatComponent, string]> = [["ingest", "*"], ["track", "demo"], ["risk", "demo"]];
    const timer = setInterval(() => {
      void (async () => {
        for (const [component, instance] of instances) {
          await beats.send(encodeHeartbeat({ component, instance, seq: ++seq, timeNs: clock.nowNs(), state: "OK", reason: "", frameAgeNs: msToNs(5), latencyNs: 0n, queueDepth: 0, counters: {} }));
        }
      })();
    }, 20);
    closers.push(() => clearInterval(timer));

    // Healthy now; wait (by --status) until healthy_ms has passed, then reset.
    for (let tries = 0; ; tries++) {
      expect(tries, "the supervisor never reported healthy_ms of health").toBeLessThan(30);
      const status = await vigilAsync(["supervise", "--config", config, "--status"]);
      expect(status.code, status.stderr).toBe(0);
      const reply = JSON.parse(status.stdout) as { op: string; status: { conditions: unknown[]; holding: boolean; incident: { healthyForMs: number | null } | null } };
      expect(reply.op).toBe("status");
      expect(reply.status.holding).toBe(true);
      if (reply.status.conditions.length === 0 && (reply.status.incident?.healthyForMs ?? 0) >= HEALTHY_MS) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const reset = await vigilAsync(["supervise", "--config", config, "--reset", "--operator", "alice"]);
    expect(reset.code, reset.stderr).toBe(0);
    expect(JSON.parse(reset.stdout)).toMatchObject({ op: "reset", accepted: true, incident: { id: 1, cause: "FALLBACK_STARTING", endedBy: "operator:alice" } });

    await sup.waitForStderr(/"event":"incident_ended"/, 5000);
    const ended = sup.logs.find((l) => l.event === "incident_ended");
    expect(ended).toMatchObject({ id: 1, cause: "FALLBACK_STARTING", endedBy: "operator:alice" });
    expect(typeof ended?.startNs).toBe("string");
    expect(typeof ended?.endNs).toBe("string");
    expect(ended?.durationMs).toBeGreaterThan(0);
    const events = sup
      .stdout()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { type: string; incident?: { endedBy?: string } });
    expect(events[0]).toMatchObject({ type: "conditions_changed", conditions: [{ code: "FALLBACK_STARTING" }] });
    expect(events.find((e) => e.type === "incident_ended")?.incident?.endedBy).toBe("operator:alice");

    sup.child.kill("SIGTERM");
    expect(await sup.exited).toBe(0);
  }, 120_000);

  it("--reset with no supervisor answering exits 1 and says so", async () => {
    const config = writeConfig("nobody", { heartbeats: ["tcp://127.0.0.1:1"], control: { endpoint: `tcp://127.0.0.1:${await freePort()}` } });
    const r = await vigilAsync(["supervise", "--config", config, "--reset", "--timeout-ms", "300"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("FALLBACK_SOCKET_FAILED");
    expect(r.stderr).toContain("no reply within 300 ms");
  });

  it("`vigil supervise --help` explains the triggers, recovery and the import rule, and exits 0", () => {
    const r = vigil(["supervise", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: vigil supervise [options]");
    for (const text of ["FALLBACK_HEARTBEAT_MISSING", "FALLBACK_FRAME_AGE", "FALLBACK_COMPONENT_FAILED", "FALLBACK_COMMANDS_STOPPED", "--reset", "operator", "no ML code"]) {
      expect(r.stdout).toContain(text);
    }
    expect(vigil(["--help"]).stdout).toMatch(/\n\s+supervise \[options\]\s+the independent fallback supervisor/);
  });

  it.each([
    ["a missing config file", ["--config", "/nonexistent/missing.yaml"], "CONFIG_NOT_FOUND"],
    ["--reset with --status", ["--config", "pipelines/demo.yaml", "--reset", "--status"], "not both"],
    ["no --config", [], "--config"],
  ])("exits 2 for %s", (_what, args, says) => {
    const r = vigil(["supervise", ...args]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(says);
  });

  it("exits 2 and says to add a heartbeat section when the pipeline publishes none", () => {
    const r = vigil(["supervise", "--config", writeConfig("no-heartbeat", {})]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain("USAGE");
    expect(r.stderr).toContain("heartbeat:");
  });
});
