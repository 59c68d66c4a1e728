import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../fixtures.js";
import { startVigil, type VigilProcess } from "../vigil-process.js";

const PERIOD_MS = 100;
const VALIDITY_MS = 300;

// Real processes: the demo pipeline fed by a scenario, `vigil actuator` obeying it. SIGKILL
// the runtime: no goodbye, no last command; the actuator must go SAFE on expiry alone.
describe("SIGKILL of the runtime", () => {
  const dir = mkdtempSync(join(tmpdir(), "vigil-kill-"));
  const procs: VigilProcess[] = [];
  afterAll(() => {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("puts vigil actuator in SAFE within valid_until + one publish period", async () => {
    const demo = YAML.parse(readFileSync(join(REPO_ROOT, "pipelines", "demo.yaml"), "utf8")) as Record<string, any>;
    demo.ingest[0].endpoint = "tcp://127.0.0.1:*";
    demo.output = { detections: { endpoint: "tcp://127.0.0.1:*" } };
    demo.actuation.publish.endpoint = "tcp://127.0.0.1:*";
    demo.actuation.inputs = [];
    demo.heartbeat.publish.endpoint = "tcp://127.0.0.1:*";
    demo.actuation.publish_period_ms = PERIOD_MS;
    demo.actuation.validity_ms = VALIDITY_MS;
    demo.logging = { stats_interval_ms: 0 };
    const config = join(dir, "pipeline.yaml");
    writeFileSync(config, YAML.stringify(demo));

    const runtime = startVigil(["run", "--config", config]);
    procs.push(runtime);
    const m = await runtime.waitForStderr(/ObjectLists on (tcp:\/\/\S+);.*ActuationCommands on (tcp:\/\/[^;\s]+)/, 30_000);
    const [, ingest, commands] = m as unknown as [string, string, string];
    const actuator = startVigil(["actuator", "--connect", commands, "--json", "--check-ms", "5"]);
    procs.push(actuator);
    // Forklifts passing, no person: the risk is CLEAR and the machine may proceed.
    const sim = startVigil(["sim", "scenario", "two-forklifts-passing", "--connect", ingest, "--loop"]);
    procs.push(sim);

    const transitions = () =>
      actuator
        .stdout()
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as { atNs: string; from: string; to: string; cause: string; expired?: { validUntilNs: string; kind: string } });
    const until = async (pred: () => boolean, ms: number, what: string) => {
      for (const end = Date.now() + ms; Date.now() < end; ) {
        if (pred()) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`timed out: ${what}\nactuator:\n${actuator.stdout()}\nruntime:\n${runtime.stderr().slice(-2000)}`);
    };
    await until(() => transitions().some((t) => t.to === "PROCEED"), 30_000, "the actuator proceeding");
    await new Promise((r) => setTimeout(r, 500));
    expect(transitions().at(-1)!.to).toBe("PROCEED");

    const killedAtNs = BigInt(Date.now()) * 1_000_000n;
    runtime.child.kill("SIGKILL");
    await until(() => transitions().at(-1)!.to === "SAFE", 5_000, "the actuator going SAFE");
    const safe = transitions().at(-1)!;
    expect(safe.cause).toBe("expired");
    expect(safe.expired!.kind).toBe("PROCEED");
    const afterExpiryMs = Number(BigInt(safe.atNs) - BigInt(safe.expired!.validUntilNs)) / 1e6;
    const afterKillMs = Number(BigInt(safe.atNs) - killedAtNs) / 1e6;
    console.info(`SIGKILL -> SAFE: ${afterKillMs.toFixed(1)} ms after the kill, ${afterExpiryMs.toFixed(1)} ms after valid_until (validity ${VALIDITY_MS} ms, period ${PERIOD_MS} ms)`);
    expect(afterExpiryMs).toBeGreaterThanOrEqual(0); // never before the command lapsed
    expect(afterExpiryMs).toBeLessThanOrEqual(PERIOD_MS);
    expect(afterKillMs).toBeLessThanOrEqual(VALIDITY_MS + PERIOD_MS);
    sim.child.kill("SIGTERM");
    actuator.child.kill("SIGTERM");
    expect(await actuator.exited).toBe(0);
  }, 90_000);
});
