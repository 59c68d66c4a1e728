// The supervisor must stay small and auditable: it may load the contracts, the pipeline
// schema, errors and clock, and a few packages - never the ML runtime. This walks its
// import graph (static, dynamic and type-only imports, so it over-approximates) from its
// entry and from every file in fallback/, and fails on anything else.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../fixtures.js";

const ALLOWED_PACKAGES = new Set(["zeromq", "zod", "yaml", "commander", "long", "protobufjs"]);
/** Whole folders the supervisor may load. */
/** runtime/audit/ imports only node: modules, errors and clock (checked below), so the supervisor can keep its own audit trail. */
const ALLOWED_FOLDERS = ["proto/", "fallback/", "runtime/errors/", "runtime/clock/", "runtime/config/", "runtime/audit/"];
/** Config schema files (and their helpers) that runtime/config's pipeline schema pulls in. */
const ALLOWED_SCHEMA_FILES = new Set([
  "runtime/actuation/actuation-config.ts",
  "runtime/risk/risk-config.ts",
  "runtime/risk/homography.ts",
  "runtime/risk/polygon.ts",
  "runtime/risk/risk-level.ts",
  "runtime/tracking/tracker-config.ts",
  "runtime/graph/ground-view.ts",
  "runtime/health/health-config.ts",
  "runtime/health/sensor-health-config.ts",
]);
const MAX_FALLBACK_LINES = 1500;

const FALLBACK_DIR = join(REPO_ROOT, "fallback");
const fallbackFiles = readdirSync(FALLBACK_DIR)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => join(FALLBACK_DIR, f));

interface Graph {
  files: Set<string>;
  packages: Map<string, string[]>;
  unresolved: string[];
}

/** "./x.js" next to a .ts source means x.ts (NodeNext + tsx); a real .js file (proto/gen) is itself. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const target = resolve(dirname(from), specifier);
  if (target.endsWith(".js") && existsSync(target.replace(/\.js$/, ".ts"))) return target.replace(/\.js$/, ".ts");
  return existsSync(target) ? target : undefined;
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

function walk(entries: string[]): Graph {
  const graph: Graph = { files: new Set(), packages: new Map(), unresolved: [] };
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (graph.files.has(file)) continue;
    graph.files.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (specifier.startsWith(".")) {
        const target = resolveRelative(file, specifier);
        if (target === undefined) graph.unresolved.push(`${relative(REPO_ROOT, file)} -> ${specifier}`);
        else pending.push(target);
      } else if (!specifier.startsWith("node:")) {
        const name = packageName(specifier);
        graph.packages.set(name, [...(graph.packages.get(name) ?? []), relative(REPO_ROOT, file)]);
      }
    }
  }
  return graph;
}

describe("the supervisor's import graph", () => {
  const graph = walk([join(FALLBACK_DIR, "supervise-main.ts"), ...fallbackFiles]);
  const reached = [...graph.files].map((f) => relative(REPO_ROOT, f)).sort();

  it("resolves every relative import (so the audit sees the whole graph)", () => {
    expect(graph.unresolved).toEqual([]);
    // The walker really follows the chain: entry -> command -> settings -> config -> schema -> generated code.
    expect(reached).toEqual(expect.arrayContaining(["fallback/supervise-main.ts", "fallback/supervisor-core.ts", "runtime/config/pipeline-schema.ts", "proto/gen/vigil.js"]));
  });

  it("reaches only proto/, fallback/, errors, clock, config, audit and the config schema files", () => {
    const outside = reached.filter((f) => !ALLOWED_FOLDERS.some((d) => f.startsWith(d)));
    console.info(`supervisor import graph: ${reached.length} files; outside proto/, fallback/, errors, clock, config, audit: ${outside.join(", ")}`);
    expect(outside.filter((f) => !ALLOWED_SCHEMA_FILES.has(f))).toEqual([]);
    expect(reached.filter((f) => /perception|sharp|onnx|tfjs|observe|graph\/(?!ground-view)|ingest\/|cli\//.test(f))).toEqual([]);
  });

  it("imports only allowed packages and node: builtins", () => {
    const packages = [...graph.packages.keys()].sort();
    console.info(`supervisor packages: ${packages.join(", ")}`);
    const forbidden = packages.filter((p) => !ALLOWED_PACKAGES.has(p));
    // Bare builtins ("fs") are fine too, but the codebase writes them node:fs.
    expect(forbidden.filter((p) => !isBuiltin(p)).map((p) => `${p} (from ${graph.packages.get(p)!.join(", ")})`)).toEqual([]);
    for (const ml of ["rxjs", "pino", "sharp", "onnxruntime-node", "onnxruntime-web", "@tensorflow/tfjs"]) expect(packages).not.toContain(ml);
  });

  it("runtime/audit/ (allowed above) imports only node: builtins, its own files, errors and clock", () => {
    const auditDir = join(REPO_ROOT, "runtime", "audit");
    const audit = walk(readdirSync(auditDir).filter((f) => f.endsWith(".ts")).map((f) => join(auditDir, f)));
    const files = [...audit.files].map((f) => relative(REPO_ROOT, f));
    expect(files.filter((f) => !["runtime/audit/", "runtime/errors/", "runtime/clock/"].some((d) => f.startsWith(d)))).toEqual([]);
    expect([...audit.packages.keys()]).toEqual([]);
    expect(files).toContain("runtime/audit/audit-trail.ts");
  });

  it("has no import the walker cannot see (computed dynamic imports, require)", () => {
    for (const file of fallbackFiles) {
      const text = readFileSync(file, "utf8");
      expect(text, relative(REPO_ROOT, file)).not.toMatch(/\bimport\(\s*[^"'\s)]/);
      expect(text, relative(REPO_ROOT, file)).not.toMatch(/\brequire\(/);
      expect(text, relative(REPO_ROOT, file)).not.toMatch(/createRequire/);
    }
  });

  it(`stays small: fallback/ under ${MAX_FALLBACK_LINES} lines of TypeScript`, () => {
    const lines = fallbackFiles.map((f) => [relative(REPO_ROOT, f), readFileSync(f, "utf8").split("\n").length] as const);
    const total = lines.reduce((sum, [, n]) => sum + n, 0);
    console.info(`fallback/ lines: ${total} (${lines.map(([f, n]) => `${f.replace("fallback/", "")} ${n}`).join(", ")})`);
    expect(total).toBeLessThan(MAX_FALLBACK_LINES);
  });

  it("at run time, `vigil supervise` loads no other file and no other package (bin/vigil.js skips runtime/cli)", () => {
    // A resolve hook that prints every module the process loads.
    const hook = `export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write("LOADED " + r.url + "\\n"); return r; }`;
    const register = `import { register } from "node:module"; register("data:text/javascript," + encodeURIComponent(${JSON.stringify(hook)}));`;
    const r = spawnSync(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(register)}`, join(REPO_ROOT, "bin", "vigil.js"), "supervise", "--help"], { cwd: REPO_ROOT, encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const urls = [...new Set(r.stderr.split("\n").filter((l) => l.startsWith("LOADED ")).map((l) => l.slice("LOADED ".length)))];
    const files = urls.filter((u) => u.startsWith("file:") && !u.includes("/node_modules/")).map((u) => relative(REPO_ROOT, new URL(u).pathname));
    const packages = new Set(urls.filter((u) => u.includes("/node_modules/")).map((u) => packageName(u.split("/node_modules/").at(-1)!)));
    expect(files).toContain("fallback/supervise-main.ts");
    expect([...packages]).toEqual(expect.arrayContaining(["zeromq", "zod", "commander"]));
    expect(files.filter((f) => f !== "bin/vigil.js" && !reached.includes(f))).toEqual([]);
    // tsx (and its esbuild) compile the TypeScript on load: the only packages besides the allowed ones.
    expect([...packages].filter((p) => !ALLOWED_PACKAGES.has(p) && p !== "tsx" && p !== "esbuild" && !p.startsWith("@esbuild"))).toEqual([]);
  });

  it("the core has no clock of its own and no I/O", () => {
    const core = readFileSync(join(FALLBACK_DIR, "supervisor-core.ts"), "utf8");
    expect(core).not.toMatch(/Date\.now|hrtime|performance\.now|setTimeout|setInterval|from "zeromq"|from "node:/);
  });
});
