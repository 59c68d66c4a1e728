// The systemd units in docs/operations/systemd: the supervisor is its own unit, starts first,
// is not tied to the runtime's lifetime, and both run commands the CLI has.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../fixtures.js";

type Unit = Record<string, Record<string, string[]>>;

function readUnit(name: string): Unit {
  const unit: Unit = {};
  let section = "";
  for (const raw of readFileSync(join(REPO_ROOT, "docs", "operations", "systemd", name), "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header !== null) {
      section = header[1] as string;
      unit[section] ??= {};
      continue;
    }
    const eq = line.indexOf("=");
    expect(eq, `${name}: "${line}" is not key=value`).toBeGreaterThan(0);
    expect(section, `${name}: "${line}" before any section`).not.toBe("");
    ((unit[section] as Record<string, string[]>)[line.slice(0, eq)] ??= []).push(line.slice(eq + 1));
  }
  return unit;
}

describe("systemd units", () => {
  const run = readUnit("vigil-run.service");
  const supervise = readUnit("vigil-supervise.service");
  const binding = ["BindsTo", "PartOf", "Requires", "Requisite"];

  it("keep the supervisor independent of the runtime, and started before it", () => {
    for (const key of binding) {
      expect(supervise.Unit?.[key] ?? [], `supervise ${key}`).toEqual([]);
      expect(run.Unit?.[key] ?? [], `run ${key}`).toEqual([]);
    }
    expect(supervise.Unit?.Before).toEqual(["vigil-run.service"]);
    expect([run.Service?.Restart, supervise.Service?.Restart]).toEqual([["always"], ["always"]]);
    expect([run.Service?.KillSignal, supervise.Service?.KillSignal]).toEqual([["SIGTERM"], ["SIGTERM"]]);
  });

  it("run vigil commands that exist, on the shipped edge-device pipeline", () => {
    for (const [unit, want] of [[run, "run"], [supervise, "supervise"]] as const) {
      const exec = (unit.Service?.ExecStart ?? [])[0]?.split(/\s+/) ?? [];
      expect(exec.slice(0, 2)).toEqual(["/usr/bin/node", "/opt/vigil/bin/vigil.js"]);
      expect(exec[2]).toBe(want);
      const help = spawnSync(process.execPath, [join(REPO_ROOT, "bin", "vigil.js"), want, "--help"], { encoding: "utf8" });
      expect(help.status, help.stderr).toBe(0);
      expect(help.stdout).toContain("--config");
      expect(exec.slice(3)).toEqual(["--config", "/etc/vigil/edge-device.yaml"]);
    }
    expect(readFileSync(join(REPO_ROOT, "pipelines", "edge-device.yaml"), "utf8")).toContain("name: edge-device");
  });
});
