#!/usr/bin/env node
// Generates the protobufjs static module and its .d.ts from proto/vigil/v1/*.proto.
// Run with `npm run proto:gen`; the output in proto/gen/ is never edited by hand.
// An optional argument writes elsewhere (the test that checks proto/gen is up to date).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, "..", "node_modules", ".bin");
const sources = readdirSync(join(here, "vigil", "v1"))
  .filter((f) => f.endsWith(".proto"))
  .sort()
  .map((f) => join(here, "vigil", "v1", f));
const out = process.argv[2] ?? join(here, "gen");
mkdirSync(out, { recursive: true });

const js = join(out, "vigil.js");
execFileSync(
  join(bin, "pbjs"),
  ["-t", "static-module", "-w", "es6", "--es6", "--force-long", "-p", here, "-o", js, ...sources],
  { cwd: here, stdio: "inherit" },
);
// pbjs emits `import * as $protobuf from "protobufjs/minimal"`; Node's ESM resolver needs the extension.
const fixed = readFileSync(js, "utf8").replace('from "protobufjs/minimal"', 'from "protobufjs/minimal.js"');
writeFileSync(js, fixed);
execFileSync(join(bin, "pbts"), ["-o", join(out, "vigil.d.ts"), js], { cwd: here, stdio: "inherit" });

console.log(`generated ${js} and vigil.d.ts from ${sources.length} files`);
