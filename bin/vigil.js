#!/usr/bin/env node
// The `vigil` command. Vigil ships as TypeScript; tsx compiles it on load, so a checkout
// runs right after `npm ci` with no build step.
import { register } from "tsx/esm/api";

register();
if (process.argv[2] === "supervise") {
  // The fallback supervisor is its own small process: it must not load the runtime's CLI
  // (and with it the ML backends), so it has its own entry.
  await import("../fallback/supervise-main.ts");
} else {
  await import("../runtime/cli/main.ts");
}
