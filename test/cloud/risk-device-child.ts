// A device process for the cloud link tests: a CloudLink over a DurableOutbox in <dir> that
// sends a RiskEvent every <periodMs> (0: none, it only holds the link), printing
// `queued <id>` once each send resolved (durable) and `state <state>` on each link change.
// "stop" on stdin: stop sending, wait until the outbox is drained, print `drained <counters>`, close.
//   node --import tsx test/cloud/risk-device-child.ts <url> <dir> <site> <device> <periodMs> <reconnectMs>
import { join } from "node:path";
import { CloudLink, DurableOutbox, MESSAGE_ID_FILE, MessageIdSequence } from "../../runtime/cloud/index.js";
import { bigintToLong } from "../../proto/index.js";

const [url, dir, site, device, periodArg, reconnectArg] = process.argv.slice(2) as [string, string, string, string, string, string];
const periodMs = Number(periodArg);
const out = (line: string): void => {
  process.stdout.write(`${line}\n`); // stdout to a pipe is synchronous on Linux
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const outbox = await DurableOutbox.open({ dir, maxBytes: 64 << 20, segmentBytes: 256 << 10, fsync: "batch" });
const ids = await MessageIdSequence.open({ file: join(dir, MESSAGE_ID_FILE), prefix: device, reserve: 100 });
const link = new CloudLink({ url, site, device, outbox, ids, reconnectMs: Number(reconnectArg), keepaliveSec: 5 });
link.onStateChange((state) => out(`state ${state}`));
link.setStatus({ state: "running", activeModel: "yolox_nano", activeVersion: "1.0.0" });
await link.connect();

let stopping = false;
process.stdin.on("data", (d: Buffer) => {
  if (d.toString().includes("stop")) stopping = true;
});
let seq = 0;
while (!stopping) {
  if (periodMs === 0) {
    await sleep(50);
    continue;
  }
  seq++;
  const id = await link.sendRiskEvent({
    sensorId: "cam-1",
    seq: bigintToLong(BigInt(seq), true),
    assessmentId: `${process.pid}-${seq}`,
    decisionTimeNs: bigintToLong(BigInt(Date.now()) * 1_000_000n),
    level: 3,
    rawLevel: 3,
  });
  out(`queued ${id}`);
  await sleep(periodMs);
}
while (link.counters().outbox.records > 0) await sleep(20); // the test bounds this with its own deadline
out(`drained ${JSON.stringify(link.counters())}`);
await link.close();
process.stdin.destroy();
