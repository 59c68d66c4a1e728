// A real Mosquitto broker for tests and benchmarks: started on a free loopback port with its
// own config and persistence folder, restartable (graceful, so its queued QoS 1 messages
// survive), stopped at the end. Tests that need it fail under CI when mosquitto is missing
// and skip with a message elsewhere.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe } from "vitest";

const CANDIDATES = [process.env.MOSQUITTO, "/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto"];

/** The mosquitto binary, or undefined when it is not installed. */
export function mosquittoPath(): string | undefined {
  return CANDIDATES.find((p): p is string => p !== undefined && p !== "" && existsSync(p));
}

/** describe() that needs a mosquitto binary (Debian package `mosquitto`; `.ci/run` installs it). */
export function describeWithMosquitto(name: string, body: () => void): void {
  if (mosquittoPath() !== undefined) {
    describe(name, body);
    return;
  }
  const message = "mosquitto not found (apt-get install mosquitto, or set MOSQUITTO to its path)";
  if (process.env.CI) throw new Error(message);
  console.warn(`skipping "${name}": ${message}`);
  describe.skip(name, body);
}

/** A free TCP port on 127.0.0.1 (free when asked; the broker binds it right after). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface MosquittoOptions {
  port?: number;
  /** Extra mosquitto.conf lines for the listener (TLS files, password_file, require_certificate, ...). */
  listenerLines?: string[];
  /** allow_anonymous; default true unless listenerLines name a password_file. */
  allowAnonymous?: boolean;
  /** Most queued messages per offline client (mosquitto max_queued_messages); default 100000. */
  maxQueuedMessages?: number;
}

export class MosquittoBroker {
  readonly port: number;
  readonly dir: string;
  #child: ChildProcess | undefined;
  #stderr = "";
  /** Times the broker was started (1 after start()). */
  starts = 0;

  private constructor(port: number, dir: string) {
    this.port = port;
    this.dir = dir;
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  /** Starts mosquitto with persistence in a fresh temp folder and waits until it accepts connections. */
  static async start(options: MosquittoOptions = {}): Promise<MosquittoBroker> {
    const bin = mosquittoPath();
    if (bin === undefined) throw new Error("mosquitto not found (apt-get install mosquitto, or set MOSQUITTO)");
    const dir = await mkdtemp(join(tmpdir(), "vigil-mosquitto-"));
    const port = options.port ?? (await freePort());
    const lines = options.listenerLines ?? [];
    const anonymous = options.allowAnonymous ?? !lines.some((l) => l.startsWith("password_file"));
    const conf = [
      "per_listener_settings false",
      // As root, mosquitto drops to user "mosquitto" and then cannot write its persistence file
      // (or read TLS keys) in our 0700 temp folder: queued messages would not survive a restart.
      ...(process.getuid?.() === 0 ? ["user root"] : []),
      `listener ${port} 127.0.0.1`,
      ...lines,
      `allow_anonymous ${anonymous}`,
      "persistence true",
      `persistence_location ${dir}/`,
      "autosave_interval 0",
      `max_queued_messages ${options.maxQueuedMessages ?? 100_000}`,
      "max_inflight_messages 0",
      "log_dest stderr",
      "log_type error",
      "log_type warning",
      "",
    ].join("\n");
    await writeFile(join(dir, "mosquitto.conf"), conf);
    const broker = new MosquittoBroker(port, dir);
    await broker.#spawn();
    return broker;
  }

  async #spawn(): Promise<void> {
    const bin = mosquittoPath() as string;
    const child = spawn(bin, ["-c", join(this.dir, "mosquitto.conf")], { stdio: ["ignore", "ignore", "pipe"] });
    this.#child = child;
    this.starts++;
    child.stderr?.on("data", (chunk: Buffer) => {
      this.#stderr = (this.#stderr + chunk.toString()).slice(-4000);
    });
    const deadline = Date.now() + 10_000;
    while (!(await canConnect(this.port))) {
      if (child.exitCode !== null) throw new Error(`mosquitto exited with ${child.exitCode}: ${this.#stderr}`);
      if (Date.now() > deadline) throw new Error(`mosquitto did not listen on ${this.port} within 10 s: ${this.#stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Stops the broker gracefully (SIGTERM: it saves its persistence file) and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = undefined;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }

  /** Stop, then start again on the same port with the same persistence (queued messages survive). */
  async restart(downMs = 0): Promise<void> {
    await this.stop();
    if (downMs > 0) await new Promise((r) => setTimeout(r, downMs));
    await this.#spawn();
  }

  /** Stops the broker and deletes its folder. */
  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }

  /** The last few KB the broker wrote to stderr (errors and warnings). */
  get log(): string {
    return this.#stderr;
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
