import { Command } from "commander";
import { Subscriber } from "zeromq";
import { decodeDetectionSet } from "../publish/index.js";
import { parsePositiveInt } from "./option-parsers.js";

/** `vigil watch`: print DetectionSets from a runtime's PUB endpoint. */
export function watchCommand(): Command {
  return new Command("watch")
    .description("subscribe to a runtime's DetectionSets and print one line each")
    .option("--connect <endpoint>", "the runtime's output endpoint", "tcp://127.0.0.1:5556")
    .option("--json", "print each DetectionSet as a JSON line")
    .option("--count <n>", "exit after this many messages", parsePositiveInt)
    .addHelpText("after", "\nExample:\n  vigil watch --connect tcp://127.0.0.1:5556")
    .action(async (opts: { connect: string; json?: boolean; count?: number }) => {
      const socket = new Subscriber({ receiveHighWaterMark: 1000 });
      socket.connect(opts.connect);
      socket.subscribe();
      const stop = (): void => socket.close();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      let seen = 0;
      try {
        for await (const frames of socket) {
          const m = decodeDetectionSet(frames[frames.length - 1] as Buffer);
          if (opts.json) {
            process.stdout.write(`${JSON.stringify(m, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))}\n`);
          } else {
            const labels = new Map<string, number>();
            for (const d of m.detections) labels.set(d.label, (labels.get(d.label) ?? 0) + 1);
            const totalMs = Number(m.timings.total ?? 0n) / 1e6;
            process.stdout.write(
              `${m.sensorId} #${m.seq} ${m.modelName}@${m.modelVersion} ${totalMs.toFixed(1)} ms: ${[...labels].map(([l, n]) => `${n} ${l}`).join(", ") || "nothing"}\n`,
            );
          }
          if (opts.count !== undefined && ++seen >= opts.count) break;
        }
      } finally {
        if (!socket.closed) socket.close();
        process.removeListener("SIGINT", stop);
        process.removeListener("SIGTERM", stop);
      }
    });
}
