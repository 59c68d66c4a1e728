import { asyncScheduler, interval, type SchedulerLike, type Subscription } from "rxjs";
import { encodeHeartbeat, type HeartbeatMessage } from "../../proto/index.js";
import type { Clock } from "../clock/index.js";
import { ZmqPublisher } from "../publish/index.js";
import type { HeartbeatConfig } from "./health-config.js";
import type { HeartbeatReport } from "./runtime-health.js";

export interface HeartbeatPublisherOptions {
  config: HeartbeatConfig;
  clock: Clock;
  /** The reports to send at each beat, as of the given time. */
  reports: (nowNs: bigint) => HeartbeatReport[];
  /** Drives the beat (default asyncScheduler). */
  scheduler?: SchedulerLike;
  /** Sees every heartbeat as it is published (recorders). */
  onBeat?: (beat: HeartbeatMessage) => void;
}

/**
 * Publishes every stage's Heartbeat on a ZeroMQ PUB socket every heartbeat.period_ms, from
 * the event loop that runs the stages: when the runtime hangs or dies, the beats stop.
 *   const hb = await HeartbeatPublisher.open({ config: config.heartbeat, clock, reports: (t) => health.reports(t) });
 *   ...; await hb.close();
 */
export class HeartbeatPublisher {
  readonly #publisher: ZmqPublisher;
  readonly #options: HeartbeatPublisherOptions;
  #timer: Subscription | undefined;
  #seq = 0n;

  private constructor(publisher: ZmqPublisher, options: HeartbeatPublisherOptions) {
    this.#publisher = publisher;
    this.#options = options;
  }

  static async open(options: HeartbeatPublisherOptions): Promise<HeartbeatPublisher> {
    const { publish } = options.config;
    const publisher = await ZmqPublisher.open({
      endpoint: publish.endpoint,
      mode: publish.mode,
      sendHighWaterMark: publish.send_hwm,
      // One beat's worth of reports: an older beat is worthless once a newer one waits.
      maxPending: 256,
    });
    return new HeartbeatPublisher(publisher, options);
  }

  /** Starts beating (the first beat at once). */
  start(): void {
    if (this.#timer !== undefined) return;
    this.beat();
    this.#timer = interval(this.#options.config.period_ms, this.#options.scheduler ?? asyncScheduler).subscribe(() => this.beat());
  }

  /** Publishes one heartbeat per report now. */
  beat(): void {
    for (const report of this.#options.reports(this.#options.clock.nowNs())) {
      const beat: HeartbeatMessage = { ...report, seq: ++this.#seq };
      this.#options.onBeat?.(beat);
      this.#publisher.publish(encodeHeartbeat(beat));
    }
  }

  /** The endpoint actually bound (port 0 resolved). */
  get endpoint(): string {
    return this.#publisher.endpoint;
  }

  get published(): number {
    return this.#publisher.published;
  }

  /** Stops beating and closes the socket: from here the supervisor sees silence. */
  async close(): Promise<void> {
    this.#timer?.unsubscribe();
    this.#timer = undefined;
    await this.#publisher.close();
  }
}
