import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MessageIdSequence } from "../../runtime/cloud/index.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "vigil-ids-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const seqOf = (id: string): number => Number(id.split(":")[1]);

describe("MessageIdSequence", () => {
  it("hands out increasing ids that keep increasing after a restart", async () => {
    const file = join(dir, "ids", "seq");
    let ids = await MessageIdSequence.open({ file, prefix: "cam-7", reserve: 10 });
    const first = await Promise.all(Array.from({ length: 25 }, () => ids.next()));
    expect(first[0]).toBe("cam-7:1");
    expect(first.map(seqOf)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));

    ids = await MessageIdSequence.open({ file, prefix: "cam-7", reserve: 10 }); // "restart" without a clean close
    const after = await ids.next();
    expect(seqOf(after)).toBeGreaterThan(25);
    expect(seqOf(after)).toBeLessThanOrEqual(31);
    expect(seqOf(await ids.next())).toBe(seqOf(after) + 1);
  });
});
