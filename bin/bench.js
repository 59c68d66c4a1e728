#!/usr/bin/env node
// `npm run bench -- <suite>`: the benchmarks are TypeScript, loaded through tsx.
import { register } from "tsx/esm/api";

register();
await import("../bench/run-bench.ts");
