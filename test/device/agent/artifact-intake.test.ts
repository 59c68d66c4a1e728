import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { ArtifactAssembler, downloadArtifact } from "../../../device/agent/index.js";
import { describeWithFixtures } from "../../fixtures.js";
import { YOLOX, chunksOf } from "./agent-harness.js";

describeWithFixtures("artifact intake: chunks and downloads", ["models/yolox_nano.onnx"], () => {
  let model: Buffer;
  let server: Server;
  let base: string;
  let assembler: ArtifactAssembler | undefined;

  beforeAll(async () => {
    model = await readFile(YOLOX);
    server = createServer((req, res) => {
      if (req.url === "/model.onnx") {
        res.writeHead(200, { "content-length": model.length }).end(model);
      } else if (req.url === "/chunked.onnx") {
        // No content-length: the size limit must hold while streaming.
        res.writeHead(200);
        res.write(model.subarray(0, 1 << 20));
        res.end(model.subarray(1 << 20));
      } else if (req.url === "/stall") {
        res.writeHead(200);
        res.write(model.subarray(0, 1000)); // then nothing
      } else {
        res.writeHead(404, "Not Found").end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  afterEach(() => {
    assembler?.close();
    assembler = undefined;
  });

  it("assembles chunks that come out of order with a duplicate, before and after their DeployCommand", async () => {
    assembler = new ArtifactAssembler({ maxArtifactBytes: 8 << 20, chunkTimeoutMs: 30_000, maxPending: 2 });
    const chunks = chunksOf("d1", model, 7);
    const outcomes = [chunks[5], chunks[0]].map((c) => assembler!.add(c!));
    const bytes = assembler.expect("d1", { chunkCount: 7, sizeBytes: model.length });
    for (const i of [3, 0, 6, 1, 2]) outcomes.push(assembler.add(chunks[i]!));
    outcomes.push(assembler.add(chunks[4]!));
    expect(outcomes).toEqual(["accepted", "accepted", "accepted", "duplicate", "accepted", "accepted", "accepted", "complete"]);
    expect(Buffer.compare(Buffer.from(await bytes), model)).toBe(0);
    expect(assembler.pending).toBe(0);
    // A late redelivery is ignored, not taken for a new deploy.
    expect(assembler.add(chunks[2]!)).toBe("ignored");
    expect(assembler.counters).toEqual({ accepted: 7, duplicate: 1, ignored: 1, refused: 0, timedOut: 0 });

    // All chunks before the command: handed over at once.
    const early = chunksOf("d2", model, 2);
    expect(early.map((c) => assembler!.add(c))).toEqual(["accepted", "complete"]);
    expect((await assembler.expect("d2", { chunkCount: 2, sizeBytes: model.length })).length).toBe(model.length);
  });

  it("fails a deploy whose chunks break a bound: index, count, size, too many deploys at once", async () => {
    assembler = new ArtifactAssembler({ maxArtifactBytes: 8 << 20, chunkTimeoutMs: 30_000, maxPending: 2 });
    const c = chunksOf("x", model, 4);
    const index = assembler.expect("index", { chunkCount: 4, sizeBytes: model.length });
    expect(assembler.add({ ...c[0]!, deployId: "index", index: 4 })).toBe("refused");
    await expect(index).rejects.toMatchObject({ code: "MODEL_ARTIFACT_INCOMPLETE", message: expect.stringMatching(/index 4 is outside 0..3/) });

    const count = assembler.expect("count", { chunkCount: 4, sizeBytes: model.length });
    expect(assembler.add({ ...c[0]!, deployId: "count", count: 5 })).toBe("refused");
    await expect(count).rejects.toMatchObject({ message: expect.stringMatching(/says 5 chunks, the deploy has 4/) });

    const size = assembler.expect("size", { chunkCount: 4, sizeBytes: 1000 });
    expect(assembler.add({ ...c[0]!, deployId: "size" })).toBe("refused");
    await expect(size).rejects.toMatchObject({ message: expect.stringMatching(/more than 1000 bytes \(the manifest's size_bytes\)/) });

    await expect(assembler.expect("huge", { chunkCount: 1, sizeBytes: 9 << 20 })).rejects.toMatchObject({ message: expect.stringMatching(/over agent.max_artifact_bytes/) });

    const a = assembler.expect("a", { chunkCount: 4, sizeBytes: model.length });
    const b = assembler.expect("b", { chunkCount: 4, sizeBytes: model.length });
    await expect(assembler.expect("c", { chunkCount: 4, sizeBytes: model.length })).rejects.toMatchObject({ message: expect.stringMatching(/2 artifacts are being assembled already/) });
    expect(assembler.add({ ...c[0]!, deployId: "d" })).toBe("refused");
    assembler.cancel("a", "refused: MODEL_UNSIGNED");
    await expect(a).rejects.toMatchObject({ message: "refused: MODEL_UNSIGNED" });
    expect(assembler.add({ ...c[0]!, deployId: "a" })).toBe("ignored");
    assembler.close();
    await expect(b).rejects.toMatchObject({ code: "MODEL_ARTIFACT_INCOMPLETE" });
  });

  it("times out a deploy whose chunks stop coming", async () => {
    assembler = new ArtifactAssembler({ maxArtifactBytes: 8 << 20, chunkTimeoutMs: 200, maxPending: 2 });
    const c = chunksOf("slow", model, 3);
    const bytes = assembler.expect("slow", { chunkCount: 3, sizeBytes: model.length });
    assembler.add(c[2]!);
    await expect(bytes).rejects.toMatchObject({ code: "MODEL_ARTIFACT_INCOMPLETE", message: expect.stringMatching(/1 of 3 chunks \(missing 0, 1\) within 200 ms/) });
    expect(assembler.counters.timedOut).toBe(1);
    expect(assembler.pending).toBe(0);
  });

  it("downloads over http from 127.0.0.1 and from file: URLs, within the size limit and the timeout", async () => {
    const limits = { maxBytes: 8 << 20, timeoutMs: 30_000 };
    expect(Buffer.compare(Buffer.from(await downloadArtifact(`${base}/model.onnx`, limits)), model)).toBe(0);
    expect(Buffer.compare(Buffer.from(await downloadArtifact(`${base}/chunked.onnx`, limits)), model)).toBe(0);
    expect(Buffer.compare(Buffer.from(await downloadArtifact(pathToFileURL(YOLOX).href, limits)), model)).toBe(0);
    const small = { maxBytes: 1 << 20, timeoutMs: 30_000 };
    await expect(downloadArtifact(`${base}/model.onnx`, small)).rejects.toMatchObject({ code: "MODEL_ARTIFACT_INCOMPLETE", message: expect.stringMatching(/3713911 bytes, over/) });
    await expect(downloadArtifact(`${base}/chunked.onnx`, small)).rejects.toMatchObject({ message: expect.stringMatching(/over agent.max_artifact_bytes 1048576/) });
    await expect(downloadArtifact(pathToFileURL(YOLOX).href, small)).rejects.toMatchObject({ message: expect.stringMatching(/3713911 bytes, over/) });
    await expect(downloadArtifact(`${base}/missing`, limits)).rejects.toMatchObject({ message: expect.stringMatching(/HTTP 404/) });
    await expect(downloadArtifact(`${base}/stall`, { maxBytes: 8 << 20, timeoutMs: 300 })).rejects.toMatchObject({ message: expect.stringMatching(/broke off after 1000 bytes: no complete answer within 300 ms/) });
    await expect(downloadArtifact("ftp://127.0.0.1/model.onnx", limits)).rejects.toMatchObject({ message: expect.stringMatching(/scheme ftp: is not supported/) });
    await expect(downloadArtifact("file:///nonexistent/model.onnx", limits)).rejects.toMatchObject({ message: expect.stringMatching(/cannot read artifact/) });
  });
});
