// Child process for the crash test: appends until killed, printing each id once its append resolved.
//   node --import tsx test/cloud/outbox-writer-child.ts <dir> <always|batch> <concurrency>
import { DurableOutbox } from "../../runtime/cloud/index.js";

const [dir, fsync, concurrency] = process.argv.slice(2);
const outbox = await DurableOutbox.open({ dir: dir!, maxBytes: 64 << 20, segmentBytes: 16 << 10, fsync: fsync as "always" | "batch" });
let seq = 0;
const body = Buffer.alloc(300, 0x5a);
async function writer(): Promise<never> {
  for (;;) {
    const id = `dev:${seq++}`;
    await outbox.append({ id, class: seq % 3 === 0 ? "risk" : "telemetry", topic: "t", body });
    process.stdout.write(`${id}\n`); // stdout to a pipe is synchronous on Linux
  }
}
await Promise.all(Array.from({ length: Number(concurrency) }, writer));
