#!/usr/bin/env node
// The `vigil` command. Vigil ships as TypeScript; tsx compiles it on load, so a checkout
// runs right after `npm ci` with no build step.
import { register } from "tsx/esm/api";

register();
await import("../runtime/cli/main.ts");
