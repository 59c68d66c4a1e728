import { afterEach, describe, expect, it } from "vitest";
import { actuatorCommand } from "../../runtime/cli/actuator-command.js";
import { CommandPublisher } from "../../runtime/actuation/index.js";
import { SystemClock } from "../../runtime/graph/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { within } from "../ingest/ingest-test-support.js";

const MS = 1_000_000n;
const clock = new SystemClock();

describe("vigil actuator (actuatorCommand, in process)", () => {
  const closers: Array<() => unknown> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  it("prints each transition as a JSON line and stops on abort, closing its sockets", async () => {
    const pub = await CommandPublisher.open({ endpoint: "tcp://127.0.0.1:*", mode: "bind", send_hwm: 16, max_pending: 8 });
    closers.push(() => pub.close());
    const lines: string[] = [];
    let sawProceed!: () => void;
    const proceed = new Promise<void>((resolve) => (sawProceed = resolve));
    const stdout = {
      write: (text: string) => {
        lines.push(text);
        if (text.includes('"to":"PROCEED"')) sawProceed();
      },
    };
    const abort = new AbortController();
    closers.push(() => abort.abort());
    const command = actuatorCommand({ stdout, clock, logger: silentLogger, signal: abort.signal }).exitOverride();
    const running = command.parseAsync(["--connect", pub.endpoint, "--check-ms", "10", "--json"], { from: "user" });

    const send = (): void => {
      const now = clock.nowNs();
      pub.publish({ machineId: "m", seq: 1n, issuedTimeNs: now, validUntilNs: now + 150n * MS, kind: "PROCEED", source: "PERCEPTION", maxSpeedMps: 0, reason: "CLEAR: no risk factors", assessmentId: "as-1", origin: "test" });
    };
    const timer = setInterval(send, 20);
    closers.push(() => clearInterval(timer));
    await within(proceed, 5000, "a PROCEED line");
    abort.abort();
    await within(running, 5000, "the command to return after abort");

    expect(lines.every((l) => l.endsWith("\n"))).toBe(true);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed[0]).toMatchObject({ from: "START", to: "SAFE", cause: "no command yet" });
    expect(parsed[1]).toMatchObject({ from: "SAFE", to: "PROCEED", cause: "command", command: { source: "PERCEPTION", kind: "PROCEED", assessmentId: "as-1" } });
    expect(typeof parsed[1]?.atNs).toBe("string");
  });

  it("prints one readable line per transition without --json", async () => {
    const lines: string[] = [];
    const abort = new AbortController();
    abort.abort();
    await actuatorCommand({ stdout: { write: (t: string) => lines.push(t) }, clock, logger: silentLogger, signal: abort.signal })
      .exitOverride()
      .parseAsync(["--connect", "tcp://127.0.0.1:1"], { from: "user" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z START -> SAFE \(no command yet\)\n$/);
  });

  it.each([
    ["no --connect", []],
    ["an endpoint that is not ZeroMQ", ["--connect", "localhost:5560"]],
  ])("rejects %s as USAGE", async (_what, args) => {
    const command = actuatorCommand({ stdout: { write: () => true }, clock, logger: silentLogger }).exitOverride();
    await expect(command.parseAsync(args, { from: "user" })).rejects.toMatchObject({ code: "USAGE" });
  });
});
