// Entry of `npm run bench -- <suite> [--quick]`. Suites print JSON and a markdown table and
// write them to bench/results/<suite>.{json,md} (not with --quick).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { defaultFixturesDir } from "../runtime/cli/repo-paths.js";
import { detectBench } from "./detect-bench.js";
import { fallbackBench } from "./fallback-bench.js";
import { fleetBench } from "./fleet.js";
import { replayBench } from "./replay-bench.js";
import { trackBench } from "./track-bench.js";

const SUITES: Record<string, (fixtures: string, options: { quick: boolean }) => Promise<void>> = {
  detect: detectBench,
  track: trackBench,
  fallback: fallbackBench,
  replay: replayBench,
  fleet: fleetBench,
};

const args = process.argv.slice(2);
const suite = args.find((a) => !a.startsWith("-"));
if (!suite || args.includes("--help") || !(suite in SUITES)) {
  process.stderr.write(`usage: npm run bench -- <suite> [--quick]\nsuites: ${Object.keys(SUITES).join(", ")}\n`);
  process.exit(suite && !args.includes("--help") ? 2 : args.includes("--help") ? 0 : 2);
}
const fixtures = defaultFixturesDir();
if (!existsSync(join(fixtures, "models"))) {
  process.stderr.write(`bench: fixtures not found at ${fixtures}; set VIGIL_FIXTURES to the shared fixtures folder\n`);
  process.exit(2);
}
await SUITES[suite]!(fixtures, { quick: args.includes("--quick") });
process.exit(0);
