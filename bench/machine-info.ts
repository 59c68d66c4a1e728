import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

// Read from node_modules directly: some packages do not export ./package.json.
function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  } catch (err) {
    return `unavailable (${(err as Error).message.split("\n")[0]})`;
  }
}

/** What a result was measured on: results from different machines are not comparable. */
export function machineInfo(): Record<string, unknown> {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? "unknown",
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    platform: `${process.platform}-${process.arch}`,
    node: process.version,
    onnxruntimeNode: version("onnxruntime-node"),
    onnxruntimeWeb: version("onnxruntime-web"),
    sharp: version("sharp"),
    zeromq: version("zeromq"),
    gpu: "none",
  };
}
