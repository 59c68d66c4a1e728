// Runs test/cloud/risk-device-child.ts and follows what it prints.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../fixtures.js";

export interface RiskDeviceArgs {
  url: string;
  dir: string;
  site: string;
  device: string;
  /** A RiskEvent every periodMs; 0 sends none (the child only holds the link). */
  periodMs: number;
  reconnectMs: number;
}

export class RiskDeviceProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** Ids the child reported durable (`queued <id>`), in order. */
  readonly queued: string[] = [];
  /** Link states it reported, in order. */
  readonly states: string[] = [];
  /** The link counters it printed once drained. */
  drained: Record<string, unknown> | undefined;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  #stderr = "";
  #partial = "";

  constructor(args: RiskDeviceArgs) {
    const argv = [args.url, args.dir, args.site, args.device, String(args.periodMs), String(args.reconnectMs)];
    this.child = spawn(process.execPath, ["--import", "tsx", join("test", "cloud", "risk-device-child.ts"), ...argv], {
      cwd: REPO_ROOT,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, VIGIL_LOG_LEVEL: "silent" },
    });
    this.child.stderr.on("data", (d: Buffer) => {
      this.#stderr = (this.#stderr + d.toString()).slice(-4000);
    });
    this.child.stdout.on("data", (d: Buffer) => this.#onData(d.toString()));
    this.exited = new Promise((resolve) => this.child.on("exit", (code, signal) => resolve({ code, signal })));
  }

  get stderr(): string {
    return this.#stderr;
  }

  /** How many times the link came online. */
  get onlineCount(): number {
    return this.states.filter((s) => s === "online").length;
  }

  /** Asks it to stop sending, drain the outbox and exit. */
  stop(): void {
    this.child.stdin.write("stop\n");
  }

  async kill(): Promise<NodeJS.Signals | null> {
    this.child.kill("SIGKILL");
    return (await this.exited).signal;
  }

  #onData(text: string): void {
    const lines = (this.#partial + text).split("\n");
    this.#partial = lines.pop() ?? "";
    for (const line of lines) {
      const space = line.indexOf(" ");
      const [kind, rest] = [line.slice(0, space), line.slice(space + 1)];
      if (kind === "queued") this.queued.push(rest);
      else if (kind === "state") this.states.push(rest);
      else if (kind === "drained") this.drained = JSON.parse(rest) as Record<string, unknown>;
    }
  }
}
