import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import YAML from "yaml";
import { REPO_ROOT } from "../fixtures.js";

it("docs/kubernetes/replay-campaign.yaml is an Indexed Job whose pods shard by their completion index over all completions", () => {
  const docs = YAML.parseAllDocuments(readFileSync(join(REPO_ROOT, "docs", "kubernetes", "replay-campaign.yaml"), "utf8")).map((d) => {
    expect(d.errors).toEqual([]);
    return d.toJS() as { kind: string; spec: { completionMode?: string; completions?: number; template: { spec: { containers: { args: string[] }[] } } } };
  });
  const [replay, merge] = docs;
  expect(replay!.kind).toBe("Job");
  expect(replay!.spec.completionMode).toBe("Indexed");
  const script = replay!.spec.template.spec.containers[0]!.args.join("\n");
  expect(script).toContain(`N=${replay!.spec.completions}`);
  expect(script).toMatch(/vigil replay .*--shard "\$I\/\$N"/s);
  expect(script).toMatch(/vigil eval .*--shard "\$I\/\$N" --campaign/s);
  expect(merge!.spec.template.spec.containers[0]!.args.join("\n")).toMatch(/vigil eval merge .*\n.*vigil gate/s);
});
