// A rig for fault injection on real processes: `vigil run` (the runtime), `vigil supervise`
// (the fallback) and `vigil actuator` (the machine), wired over ZeroMQ on loopback, with the
// sensor played by this process so faults can be switched at known instants. Used by
// test/integration/fault-injection.test.ts and `npm run bench -- fallback`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { Push, Subscriber } from "zeromq";
import { decodeActuationCommand, decodeHeartbeat, type ActuationCommandMessage, type HeartbeatMessage } from "../../proto/index.js";
import { SystemClock } from "../../runtime/clock/index.js";
import { encodeObjectList, encodeSensorFrame } from "../../runtime/ingest/index.js";
import { startVigil, type VigilProcess } from "../vigil-process.js";

/** Wall-clock nanoseconds on the same base as the processes' SystemClock (Date.now() anchored, hrtime advanced). */
const clock = new SystemClock();
export const wallNs = (): bigint => clock.nowNs();

/** Free TCP ports on 127.0.0.1 (bound, read and released: the caller binds them soon after). */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<Server>((resolve, reject) => {
      const s = createServer();
      s.once("error", reject);
      s.listen(0, "127.0.0.1", () => resolve(s));
    })),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

export interface Transition {
  atNs: bigint;
  from: string;
  to: string;
  cause: string;
  source?: string;
  reason?: string;
}

const HEARTBEATS_KEPT = 5000;

export const isSafe = (mode: string): boolean => mode === "SAFE" || mode === "SAFE_STOP";

export interface RigTiming {
  heartbeatPeriodMs: number;
  heartbeatDeadlineMs: number;
  maxFrameAgeMs: number;
  checkPeriodMs: number;
  healthyMs: number;
  windowMs: number;
  validityMs: number;
  publishPeriodMs: number;
}

export const DEFAULT_TIMING: RigTiming = {
  heartbeatPeriodMs: 20,
  heartbeatDeadlineMs: 150,
  maxFrameAgeMs: 500,
  checkPeriodMs: 10,
  healthyMs: 300,
  windowMs: 1000,
  validityMs: 300,
  publishPeriodMs: 100,
};

export interface RigOptions {
  kind: "objects" | "frames";
  timing?: Partial<RigTiming>;
  /** Merged into the generated pipeline (e.g. a detector section). */
  pipeline?: Record<string, unknown>;
  /** Environment of the runtime process (fault switches). */
  runtimeEnv?: NodeJS.ProcessEnv;
  /** Camera frames (JPEG bytes) the sender cycles through, for kind frames. */
  frames?: Uint8Array[];
  /** The sensor's send rate. */
  fps?: number;
}

export type SenderMode = "normal" | "silent" | "flood" | "corrupt";

/**
 * The sensor: a PUSH socket in this process sending at `fps`; `mode` switches faults
 * (flood: 10x the rate; corrupt: every 5th message truncated to garbage; silent: nothing).
 */
export class Sensor {
  mode: SenderMode = "normal";
  sent = 0;
  corrupted = 0;
  readonly #push: Push;
  readonly #options: RigOptions;
  #seq = 0n;
  #timer: NodeJS.Timeout | undefined;
  #busy = false;

  constructor(endpoint: string, options: RigOptions) {
    this.#options = options;
    this.#push = new Push({ sendHighWaterMark: 8, linger: 0 });
    this.#push.connect(endpoint);
  }

  start(): void {
    const fps = this.#options.fps ?? 10;
    let tick = 0;
    // A 10x flood needs 10 sends per normal period: the timer runs at the flood rate.
    this.#timer = setInterval(() => {
      tick++;
      if (this.mode === "silent" || this.#busy) return;
      if (this.mode !== "flood" && tick % 10 !== 0) return;
      void this.#send();
    }, 1000 / fps / 10);
  }

  async #send(): Promise<void> {
    this.#busy = true;
    try {
      const seq = ++this.#seq;
      let bytes = this.#message(seq);
      if (this.mode === "corrupt" && seq % 5n === 0n) {
        bytes = bytes.subarray(0, Math.min(bytes.length, 40)); // a truncated message: not a SensorFrame / ObjectList
        this.corrupted++;
      }
      await this.#push.send(bytes);
      this.sent++;
    } finally {
      this.#busy = false;
    }
  }

  #message(seq: bigint): Uint8Array {
    const captureTimeNs = wallNs();
    if (this.#options.kind === "objects") return encodeObjectList({ sensorId: "cam0", seq, captureTimeNs, objects: [] });
    const frames = this.#options.frames ?? [];
    const data = frames[Number(seq % BigInt(frames.length))]!;
    return encodeSensorFrame({ sensorId: "cam0", seq, captureTimeNs, encoding: "jpeg", data });
  }

  close(): void {
    clearInterval(this.#timer);
    this.#push.close();
  }
}

/** The three processes and the sensor, with the actuator's transitions parsed as they come. */
export class FaultRig {
  readonly timing: RigTiming;
  readonly dir: string;
  readonly configPath: string;
  readonly endpoints: { ingest: string; commands: string; fallback: string; heartbeats: string; control: string };
  runtime!: VigilProcess;
  supervisor!: VigilProcess;
  actuator!: VigilProcess;
  sensor!: Sensor;
  /** The runtime's heartbeats as this process saw them, the last HEARTBEATS_KEPT. */
  readonly heartbeats: HeartbeatMessage[] = [];
  /** The arbiter's commands as this process saw them, the last HEARTBEATS_KEPT. */
  readonly commands: ActuationCommandMessage[] = [];
  readonly #options: RigOptions;
  readonly #subs: Subscriber[] = [];

  private constructor(options: RigOptions, ports: number[]) {
    this.#options = options;
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    const ep = (p: number): string => `tcp://127.0.0.1:${p}`;
    this.endpoints = { ingest: ep(ports[0]!), commands: ep(ports[1]!), fallback: ep(ports[2]!), heartbeats: ep(ports[3]!), control: ep(ports[4]!) };
    this.dir = mkdtempSync(join(tmpdir(), "vigil-fault-"));
    this.configPath = join(this.dir, "pipeline.yaml");
    writeFileSync(this.configPath, YAML.stringify(this.#pipeline(ports[5]!)));
  }

  /** Starts runtime, supervisor, actuator and sensor, and waits until the machine may PROCEED. */
  static async start(options: RigOptions): Promise<FaultRig> {
    const rig = new FaultRig(options, await freePorts(6));
    rig.supervisor = startVigil(["supervise", "--config", rig.configPath]);
    await rig.supervisor.waitForStderr(/vigil: supervisor watching/, 30_000);
    rig.actuator = startVigil(["actuator", "--connect", rig.endpoints.commands, "--connect", rig.endpoints.fallback, "--json", "--check-ms", "2"]);
    await rig.startRuntime();
    rig.#watch();
    rig.sensor = new Sensor(rig.endpoints.ingest, options);
    rig.sensor.start();
    await rig.waitFor((t) => t.to === "PROCEED", 0n, 60_000);
    return rig;
  }

  #watch(): void {
    this.#collect(this.endpoints.heartbeats, decodeHeartbeat, this.heartbeats);
    this.#collect(this.endpoints.commands, decodeActuationCommand, this.commands);
  }

  #collect<T>(endpoint: string, decode: (bytes: Uint8Array) => T, into: T[]): void {
    const sub = new Subscriber({ receiveHighWaterMark: 1000 });
    sub.connect(endpoint);
    sub.subscribe();
    this.#subs.push(sub);
    void (async () => {
      for await (const [msg] of sub) {
        into.push(decode(msg!));
        if (into.length > HEARTBEATS_KEPT) into.splice(0, into.length - HEARTBEATS_KEPT);
      }
    })();
  }

  async startRuntime(): Promise<void> {
    this.runtime = startVigil(["run", "--config", this.configPath], this.#options.runtimeEnv ?? {});
    await this.runtime.waitForStderr(/vigil: pipeline "fault" listening/, 60_000);
  }

  #pipeline(detectionsPort: number): Record<string, unknown> {
    const t = this.timing;
    const deadlines = { heartbeat_deadline_ms: t.heartbeatDeadlineMs, max_frame_age_ms: t.maxFrameAgeMs };
    return {
      name: "fault",
      max_frame_age_ms: t.maxFrameAgeMs,
      sensors: { cam0: { nominal_fps: this.#options.fps ?? 10 } },
      ingest: [{ endpoint: this.endpoints.ingest, kind: this.#options.kind }],
      output: { detections: { endpoint: `tcp://127.0.0.1:${detectionsPort}` } },
      actuation: {
        machine_id: "forklift-1",
        publish: { endpoint: this.endpoints.commands },
        publish_period_ms: t.publishPeriodMs,
        validity_ms: t.validityMs,
        inputs: [this.endpoints.fallback],
      },
      heartbeat: { publish: { endpoint: this.endpoints.heartbeats }, period_ms: t.heartbeatPeriodMs },
      health: { window_ms: t.windowMs },
      fallback: {
        publish: { endpoint: this.endpoints.fallback },
        control: { endpoint: this.endpoints.control },
        components: { ingest: deadlines, detect: deadlines, track: deadlines, risk: deadlines, arbiter: deadlines },
        command_deadline_ms: t.validityMs,
        check_period_ms: t.checkPeriodMs,
        recovery: { mode: "auto", healthy_ms: t.healthyMs },
      },
      logging: { stats_interval_ms: 0 },
      ...this.#options.pipeline,
    };
  }

  /** Every transition the actuator printed so far. */
  transitions(): Transition[] {
    return this.actuator
      .stdout()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => {
        const j = JSON.parse(l) as { atNs: string; from: string; to: string; cause: string; command?: { source: string; reason: string } };
        return { atNs: BigInt(j.atNs), from: j.from, to: j.to, cause: j.cause, source: j.command?.source, reason: j.command?.reason };
      });
  }

  /** The first transition at or after sinceNs that matches, waiting up to timeoutMs. */
  async waitFor(match: (t: Transition) => boolean, sinceNs: bigint, timeoutMs: number): Promise<Transition> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.transitions().find((t) => t.atNs >= sinceNs && match(t));
      if (hit !== undefined) return hit;
      if (Date.now() > deadline) {
        throw new Error(
          `no matching actuator transition within ${timeoutMs} ms; transitions:\n${this.transitions().map((t) => `${t.atNs} ${t.from}->${t.to} ${t.source ?? ""} ${t.reason ?? ""}`).join("\n")}\n` +
            `supervisor stderr tail:\n${this.supervisor.stderr().slice(-3000)}\nruntime stderr tail:\n${this.runtime.stderr().slice(-3000)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Milliseconds from faultNs to the actuator's first SAFE / SAFE_STOP after it. */
  async reactionMs(faultNs: bigint, timeoutMs = 10_000): Promise<{ ms: number; transition: Transition }> {
    const transition = await this.waitFor((t) => isSafe(t.to), faultNs, timeoutMs);
    return { ms: Number(transition.atNs - faultNs) / 1e6, transition };
  }

  /** Supervisor incident log lines (JSON) so far. */
  incidents(): Array<Record<string, unknown>> {
    return this.supervisor.logs.filter((l) => typeof l.event === "string" && String(l.event).startsWith("incident"));
  }

  async close(): Promise<void> {
    this.sensor?.close();
    for (const sub of this.#subs) sub.close();
    for (const p of [this.runtime, this.supervisor, this.actuator]) {
      if (p === undefined || p.child.exitCode !== null || p.child.signalCode !== null) continue;
      p.child.kill("SIGCONT");
      p.child.kill("SIGINT");
    }
    await Promise.race([
      Promise.all([this.runtime?.exited, this.supervisor?.exited, this.actuator?.exited]),
      new Promise((r) => setTimeout(r, 5000)),
    ]);
    for (const p of [this.runtime, this.supervisor, this.actuator]) if (p?.child.exitCode === null) p.child.kill("SIGKILL");
    rmSync(this.dir, { recursive: true, force: true });
  }
}
