// Issue 6's required test: a device streams risk events through its CloudLink while the broker
// restarts 20 times and the device process is SIGKILLed twice; the fleet-side subscriber ends
// up with every event the device reported durable, each exactly once after de-duplication.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it, vi } from "vitest";
import { vigil } from "../../proto/index.js";
import { CloudSubscriber, MESSAGE_ID_FILE, deviceTopics } from "../../runtime/cloud/index.js";
import { describeWithMosquitto, type MosquittoBroker } from "../mosquitto-broker.js";
import { startBroker } from "./cloud-broker.js";
import { RiskDeviceProcess } from "./risk-device-process.js";

const SITE = "dock-3";
const DEVICE = "fl-restart";
const RESTARTS = 20;
/** Before these restarts the device is SIGKILLed: one while the broker is up, one while it is down. */
const KILL_BROKER_UP = 6;
const KILL_BROKER_DOWN = 13;
const DOWN_MS = [0, 20, 50, 100, 200, 10, 300, 30, 150, 80];
const PERIOD_MS = 7;
const RECONNECT_MS = 100;

/** The id file holds the next unreserved sequence number (1 before the first run). */
async function reservedUntil(dir: string): Promise<number> {
  try {
    return Number((await readFile(join(dir, MESSAGE_ID_FILE), "utf8")).trim());
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return 1;
    throw err;
  }
}

describeWithMosquitto("CloudLink through broker restarts and device crashes", () => {
  let broker: MosquittoBroker | undefined;
  let sub: CloudSubscriber | undefined;
  let dir: string | undefined;
  const children: RiskDeviceProcess[] = [];

  afterEach(async () => {
    for (const c of children.splice(0)) if (c.child.exitCode === null && c.child.signalCode === null) await c.kill();
    await sub?.close();
    await broker?.dispose();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it(
    `loses no queued risk event across ${RESTARTS} broker restarts and 2 device SIGKILLs, and dedupes the repeats`,
    { timeout: 150_000 },
    async () => {
      const started = Date.now();
      broker = await startBroker();
      dir = await mkdtemp(join(tmpdir(), "vigil-restart-"));
      const outboxDir = join(dir, "outbox");
      const t = deviceTopics(SITE, DEVICE);

      // the fleet side: a persistent session that outlives the broker restarts
      sub = new CloudSubscriber({ url: broker.url, clientId: "fleet-restart-test", filters: [t.riskEvents], reconnectMs: RECONNECT_MS, sessionExpirySec: 600 });
      const delivered: string[] = [];
      const deliveredSet = new Set<string>();
      const badPayloads: string[] = [];
      sub.onMessage((d) => {
        const event = vigil.v1.RiskEvent.decode(d.payload);
        if (event.eventId !== d.id || event.device !== DEVICE || event.assessment === null) badPayloads.push(`${d.id}/${event.eventId}`);
        delivered.push(d.id ?? "<no id>");
        deliveredSet.add(d.id ?? "<no id>");
      });
      await sub.connect();

      const queued = new Set<string>();
      const startDevice = (): RiskDeviceProcess => {
        const c = new RiskDeviceProcess({ url: broker!.url, dir: outboxDir, site: SITE, device: DEVICE, periodMs: PERIOD_MS, reconnectMs: RECONNECT_MS });
        children.push(c);
        return c;
      };
      const collect = (c: RiskDeviceProcess): void => {
        for (const id of c.queued) queued.add(id);
      };
      /** Waits until the device is online again and more events got through. */
      const progress = async (c: RiskDeviceProcess, onlineBefore: number): Promise<void> => {
        const deliveredBefore = delivered.length;
        await vi.waitFor(
          () => {
            expect(c.child.exitCode, `device exited early: ${c.stderr}`).toBeNull();
            expect(c.onlineCount).toBeGreaterThan(onlineBefore);
            expect(delivered.length).toBeGreaterThanOrEqual(deliveredBefore + 15);
          },
          { timeout: 20_000, interval: 10 },
        );
      };

      let device = startDevice();
      await progress(device, 0);
      let kills = 0;
      for (let i = 0; i < RESTARTS; i++) {
        const onlineBefore = device.onlineCount;
        if (i === KILL_BROKER_UP || i === KILL_BROKER_DOWN) {
          if (i === KILL_BROKER_DOWN) {
            // let a backlog build up that only the next device process can send
            await broker.stop();
            const queuedBefore = device.queued.length;
            await vi.waitFor(() => expect(device.queued.length).toBeGreaterThanOrEqual(queuedBefore + 10), { timeout: 20_000, interval: 10 });
          }
          expect(await device.kill()).toBe("SIGKILL");
          kills++;
          collect(device);
          device = startDevice();
          await broker.restart(DOWN_MS[i % DOWN_MS.length]); // after stop() this only starts it again
          await progress(device, 0);
        } else {
          await broker.restart(DOWN_MS[i % DOWN_MS.length]);
          await progress(device, onlineBefore);
        }
      }
      expect(broker.starts).toBe(RESTARTS + 1);

      // stop sending; the device drains its outbox and exits
      device.stop();
      await vi.waitFor(() => expect(device.drained, device.stderr).toBeDefined(), { timeout: 30_000, interval: 20 });
      expect((await device.exited).code).toBe(0);
      collect(device);
      await vi.waitFor(() => expect([...queued].filter((id) => !deliveredSet.has(id)).length).toBe(0), { timeout: 30_000, interval: 50 });

      // every id the devices reported durable arrived; after the DedupeWindow none twice
      expect([...queued].filter((id) => !deliveredSet.has(id))).toEqual([]);
      expect(deliveredSet.size).toBe(delivered.length);
      expect(badPayloads).toEqual([]);
      // nothing arrived that the devices did not generate: ids are <device>:<seq> with seq in
      // the reserved ranges, and at most one per SIGKILL was sent without being reported
      const until = await reservedUntil(outboxDir);
      const outside = delivered.filter((id) => {
        const m = /^fl-restart:(\d+)$/.exec(id);
        return m === null || Number(m[1]) < 1 || Number(m[1]) >= until;
      });
      expect(outside).toEqual([]);
      const unreported = delivered.filter((id) => !queued.has(id));
      expect(unreported.length).toBeLessThanOrEqual(kills);

      const c = sub.counters();
      expect(c.delivered).toBe(delivered.length);
      expect(c.received).toBe(c.delivered + c.duplicates);
      const last = device.drained as { published: number; acked: number; reconnects: number; outbox: { records: number } };
      expect(last.outbox.records).toBe(0);
      console.log(
        JSON.stringify({
          brokerStarts: broker.starts,
          deviceKills: kills,
          queued: queued.size,
          delivered: delivered.length,
          duplicatesBeforeDedupe: c.duplicates,
          receivedBeforeDedupe: c.received,
          sentButNotReported: unreported.length,
          subscriberConnects: c.connects,
          lastDevice: { published: last.published, acked: last.acked, reconnects: last.reconnects },
          seconds: (Date.now() - started) / 1000,
        }),
      );
    },
  );
});
