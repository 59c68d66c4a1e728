// Runs `vigil` commands as real child processes and reads their JSON log lines.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../runtime/cli/repo-paths.js";

export interface VigilProcess {
  child: ChildProcess;
  /** Parsed JSON log lines from stderr, in order. */
  logs: Array<Record<string, unknown>>;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves with the first stderr text matching the pattern. */
  waitForStderr: (pattern: RegExp, ms: number) => Promise<RegExpMatchArray>;
}

export function startVigil(args: string[], env: NodeJS.ProcessEnv = {}): VigilProcess {
  const child = spawn(process.execPath, [join(REPO_ROOT, "bin", "vigil.js"), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, VIGIL_LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  let pending = "";
  const logs: Array<Record<string, unknown>> = [];
  const watchers: Array<{ pattern: RegExp; resolve: (m: RegExpMatchArray) => void }> = [];
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => {
    const text = d.toString();
    err += text;
    pending += text;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith("{")) logs.push(JSON.parse(line) as Record<string, unknown>);
    }
    for (let i = watchers.length - 1; i >= 0; i--) {
      const m = err.match(watchers[i]!.pattern);
      if (m) {
        watchers[i]!.resolve(m);
        watchers.splice(i, 1);
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    logs,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForStderr: (pattern, ms) =>
      new Promise((resolve, reject) => {
        const m = err.match(pattern);
        if (m) return resolve(m);
        const timer = setTimeout(() => reject(new Error(`no ${pattern} on stderr within ${ms} ms; stderr so far:\n${err}`)), ms);
        watchers.push({
          pattern,
          resolve: (match) => {
            clearTimeout(timer);
            resolve(match);
          },
        });
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`vigil exited with ${code} before ${pattern}; stderr:\n${err}`));
        });
      }),
  };
}
