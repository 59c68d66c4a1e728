import { readdir, readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { Publisher, Push } from "zeromq";
import { VigilError } from "../errors/index.js";
import type { Clock } from "../graph/index.js";
import { encodeSensorFrame } from "../ingest/index.js";
import type { Logger } from "../observe/index.js";
import type { PixelEncoding } from "../perception/index.js";
import { abortableSleep } from "./abortable-sleep.js";

export interface CameraSimulatorOptions {
  /** Folder of .jpg / .jpeg / .png images, sent in file-name order. */
  framesDir: string;
  fps: number;
  endpoint: string;
  mode: "bind" | "connect";
  socket: "push" | "pub";
  sensorId: string;
  /** Start again from the first image after the last. */
  loop: boolean;
  /** Stop after this many frames (default: one pass, or forever with loop). */
  count?: number;
  clock: Clock;
  logger: Logger;
  /** Messages ZeroMQ queues before a PUSH send waits (PUB drops instead). */
  sendHighWaterMark?: number;
}

export interface CameraSimulatorResult {
  sent: number;
  /** Frames sent later than their slot because the socket pushed back. */
  late: number;
}

const ENCODING_BY_EXT: Record<string, PixelEncoding> = { ".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png" };

/**
 * A camera gateway stand-in: publishes a folder of images as SensorFrames at a fixed rate.
 * Frame n of a pass gets seq n (1-based, counting on across loops), so logs line up with
 * MOTChallenge frame numbers.
 *   const sim = await CameraSimulator.open({ framesDir, fps: 10, endpoint, mode: "connect", socket: "push", ... });
 *   const { sent } = await sim.run(abort.signal); sim.close();
 */
export class CameraSimulator {
  readonly #options: CameraSimulatorOptions;
  readonly #socket: Push | Publisher;
  readonly #files: string[];

  private constructor(options: CameraSimulatorOptions, socket: Push | Publisher, files: string[]) {
    this.#options = options;
    this.#socket = socket;
    this.#files = files;
  }

  static async open(options: CameraSimulatorOptions): Promise<CameraSimulator> {
    if (!(options.fps > 0)) throw new VigilError("USAGE", `--fps must be above 0, got ${options.fps}`);
    let names: string[];
    try {
      names = await readdir(options.framesDir);
    } catch (err) {
      throw new VigilError("USAGE", `cannot read frames folder ${options.framesDir}: ${(err as Error).message}`, { cause: err });
    }
    const files = names.filter((n) => extname(n).toLowerCase() in ENCODING_BY_EXT).sort();
    if (files.length === 0) throw new VigilError("USAGE", `no .jpg, .jpeg or .png images in ${options.framesDir}`);
    const hwm = options.sendHighWaterMark ?? 16;
    const socket = options.socket === "push" ? new Push({ sendHighWaterMark: hwm, linger: 2000 }) : new Publisher({ sendHighWaterMark: hwm, linger: 2000 });
    if (options.mode === "bind") await socket.bind(options.endpoint);
    else socket.connect(options.endpoint);
    return new CameraSimulator(options, socket, files.map((f) => join(options.framesDir, f)));
  }

  get frameCount(): number {
    return this.#files.length;
  }

  /** Sends until the pass (or count) is done, or the signal aborts. */
  async run(signal?: AbortSignal): Promise<CameraSimulatorResult> {
    const { clock, fps, loop, sensorId } = this.#options;
    const total = this.#options.count ?? (loop ? Number.POSITIVE_INFINITY : this.#files.length);
    const periodNs = BigInt(Math.round(1e9 / fps));
    let due = clock.nowNs();
    let sent = 0;
    let late = 0;
    while (sent < total && !signal?.aborted) {
      const file = this.#files[sent % this.#files.length] as string;
      const data = await readFile(file);
      const wait = due - clock.nowNs();
      if (wait > 0n) await abortableSleep(wait, signal);
      if (signal?.aborted) break;
      const now = clock.nowNs();
      if (now - due > periodNs) late++;
      const frame = encodeSensorFrame({
        sensorId,
        seq: BigInt(sent + 1),
        captureTimeNs: now,
        sentTimeNs: now,
        encoding: ENCODING_BY_EXT[extname(file).toLowerCase()] as PixelEncoding,
        width: 0,
        height: 0,
        data,
      });
      await this.#socket.send(frame);
      sent++;
      // Slots stay on the fps grid; a late frame does not cause a burst to catch up.
      due = due + periodNs > clock.nowNs() ? due + periodNs : clock.nowNs();
      if (sent % 100 === 0) this.#options.logger.info({ sent, late }, "sim camera progress");
    }
    return { sent, late };
  }

  close(): void {
    this.#socket.close();
  }
}
