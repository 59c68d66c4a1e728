// The API over real HTTP on 127.0.0.1, without a model: health, readiness, metrics, status,
// models, the bearer token on mutating calls, the error envelope on every error fastify or a
// route produces, and the OpenAPI document.
import { connect } from "node:net";
import { Counter, Registry } from "prom-client";
import { afterEach, describe, expect, it } from "vitest";
import type { ApiServer, ReadyState } from "../../runtime/api/index.js";
import { ApiConfigSchema } from "../../runtime/config/api-config.js";
import { startApiServer } from "../../runtime/api/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { codeOf } from "../error-code-of.js";
import { captureLogger } from "../perception/capture-logger.js";
import { call, envelopeCode, postBytes, postJson, startTestApi } from "./api-harness.js";

const TOKEN = "s3cret-token-for-tests";

describe("API server", () => {
  let api: ApiServer | undefined;

  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it("GET /healthz answers 200 {status: ok}", async () => {
    api = await startTestApi({});
    const a = await call(`${api.url}/healthz`);
    expect(a.status).toBe(200);
    expect(a.body).toEqual({ status: "ok" });
    expect(api.host).toBe("127.0.0.1");
    expect(api.port).toBeGreaterThan(0);
  });

  it("GET /readyz answers 200 while ready and 503 NOT_READY with the reasons otherwise", async () => {
    let state: ReadyState = { ready: true, reasons: [] };
    api = await startTestApi({}, { ready: () => state });
    const ok = await call(`${api.url}/readyz`);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ status: "ready", reasons: [] });

    state = { ready: false, reasons: ["SENSOR_SILENT", "BACKEND_ALL_FAILED"], details: { sensors: { cam0: ["SENSOR_SILENT"] } } };
    const notReady = await call(`${api.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(envelopeCode(notReady)).toBe("NOT_READY");
    expect(notReady.body.error.details).toEqual({ reasons: ["SENSOR_SILENT", "BACKEND_ALL_FAILED"], sensors: { cam0: ["SENSOR_SILENT"] } });
    expect(notReady.body.error.message).toContain("SENSOR_SILENT");
    expect(notReady.headers.get("retry-after")).toBe("1");
  });

  it("GET /metrics serves the injected registry's text with its content type, including the API's own counters", async () => {
    const registry = new Registry();
    const frames = new Counter({ name: "vigil_test_frames_total", help: "frames", registers: [registry] });
    frames.inc(7);
    api = await startTestApi({}, { registry });
    await call(`${api.url}/healthz`);
    await call(`${api.url}/healthz`);
    await call(`${api.url}/no/such/route`);
    const a = await call(`${api.url}/metrics`);
    expect(a.status).toBe(200);
    expect(a.headers.get("content-type")).toBe(registry.contentType);
    const text = a.body as string;
    expect(text).toContain("vigil_test_frames_total 7");
    expect(text).toContain('vigil_api_requests_total{route="/healthz",status="200"} 2');
    expect(text).toContain('vigil_api_requests_total{route="(unmatched)",status="404"} 1');
    expect(text).toContain('vigil_api_infer_cache_total{result="hit"} 0');
    expect(text).toContain('vigil_api_infer_cache_total{result="miss"} 0');
    expect(text).toContain("# TYPE vigil_api_infer_seconds histogram");
  });

  it("GET /v1/status merges the provider's status with the API's counters", async () => {
    api = await startTestApi({ infer: { max_concurrent: 3, max_queue: 1 } }, { status: () => ({ pipeline: "dock", health: { state: "OK" } }) });
    await call(`${api.url}/healthz`);
    const a = await call(`${api.url}/v1/status`);
    expect(a.status).toBe(200);
    expect(a.body.pipeline).toBe("dock");
    expect(a.body.health).toEqual({ state: "OK" });
    expect(a.body.api.requests["/healthz"]).toEqual({ "200": 1 });
    expect(a.body.api.infer).toMatchObject({ running: 0, queued: 0, max_concurrent: 3, max_queue: 1, hits: 0, misses: 0 });
    expect(a.body.api.infer.cache).toMatchObject({ entries: 0, bytes: 0, maxEntries: 256, maxBytes: 8 * 1024 * 1024 });
    expect(api.counts().requests["/v1/status"]).toEqual({ "200": 1 });
  });

  it("GET /v1/models answers the provider's list", async () => {
    const models = {
      active: { name: "yolox_nano", version: "1.2.0", backend: "onnx-node", provider: "cpu" },
      shadow: { name: "yolox_nano", version: "1.3.0" },
      stored_versions: ["1.1.0", "1.2.0", "1.3.0"],
    };
    api = await startTestApi({}, { models: () => models });
    const a = await call(`${api.url}/v1/models`);
    expect(a.status).toBe(200);
    expect(a.body).toEqual(models);
  });

  it("GET /v1/models without a provider or a detector: no active model", async () => {
    api = await startTestApi({});
    expect((await call(`${api.url}/v1/models`)).body).toEqual({ active: null, shadow: null, stored_versions: [] });
  });

  it("mutating calls: 401 without a bearer token, 403 with a wrong one, 200 with the right one", async () => {
    api = await startTestApi({ token_env: "VIGIL_TEST_API_TOKEN" }, { env: { VIGIL_TEST_API_TOKEN: TOKEN } });
    const url = `${api.url}/v1/infer/cache/clear`;
    const none = await call(url, { method: "POST" });
    expect(none.status).toBe(401);
    expect(envelopeCode(none)).toBe("UNAUTHORIZED");
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="vigil"');
    const basic = await call(url, { method: "POST", headers: { authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString("base64")}` } });
    expect(basic.status).toBe(401);
    const wrong = await call(url, { method: "POST", headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(403);
    expect(envelopeCode(wrong)).toBe("FORBIDDEN");
    const short = await call(url, { method: "POST", headers: { authorization: "Bearer s" } });
    expect(short.status).toBe(403);
    const right = await call(url, { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(right.body).toEqual({ cleared: 0 });
    // Auth runs before the body is read: a wrong token with an unsupported body is still 403.
    const wrongWithBody = await call(url, { method: "POST", headers: { authorization: "Bearer nope", "content-type": "text/csv" }, body: "a,b" });
    expect(wrongWithBody.status).toBe(403);
    expect(api.counts().requests["/v1/infer/cache/clear"]).toEqual({ "200": 1, "401": 2, "403": 3 });
  });

  it("mutating calls are refused with 403 while no token is configured, and the message says to set api.token_env", async () => {
    api = await startTestApi({});
    const a = await call(`${api.url}/v1/infer/cache/clear`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(a.status).toBe(403);
    expect(envelopeCode(a)).toBe("FORBIDDEN");
    expect(a.body.error.message).toContain("api.token_env");
    await api.close();
    // token_env naming a variable that is not set: refused too, naming the variable.
    api = await startTestApi({ token_env: "VIGIL_TEST_UNSET_TOKEN" }, { env: {} });
    const b = await call(`${api.url}/v1/infer/cache/clear`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(b.status).toBe(403);
    expect(b.body.error.message).toContain("VIGIL_TEST_UNSET_TOKEN");
  });

  it("mutation routes added by the composer sit behind the token and get the JSON body", async () => {
    const seen: unknown[] = [];
    api = await startTestApi(
      { token_env: "T" },
      {
        env: { T: TOKEN },
        mutations: [{ path: "/v1/drift/reference/reset", summary: "Reset the drift reference", handle: (body) => (seen.push(body), { reset: true, sensors: 2 }) }],
      },
    );
    const url = `${api.url}/v1/drift/reference/reset`;
    expect((await call(url, { method: "POST" })).status).toBe(401);
    expect(seen).toEqual([]);
    const ok = await call(url, { method: "POST", headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" }, body: '{"sensor":"cam0"}' });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ reset: true, sensors: 2 });
    expect(seen).toEqual([{ sensor: "cam0" }]);
    const doc = (await call(`${api.url}/openapi.json`)).body;
    expect(doc.paths["/v1/drift/reference/reset"].post.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(doc.paths["/v1/drift/reference/reset"].post.responses).sort()).toEqual(["200", "400", "401", "403", "500"]);
  });

  it("errors fastify produces itself use the envelope: 404, malformed JSON, missing image, bad base64, 415, 413", async () => {
    api = await startTestApi({ infer: { max_body_bytes: 4096 } });
    const infer = `${api.url}/v1/infer`;

    const notFound = await call(`${api.url}/v2/nothing?x=1`);
    expect(notFound.status).toBe(404);
    expect(envelopeCode(notFound)).toBe("NOT_FOUND");
    const wrongMethod = await call(`${api.url}/healthz`, { method: "DELETE" });
    expect(wrongMethod.status).toBe(404);
    expect(envelopeCode(wrongMethod)).toBe("NOT_FOUND");

    const badJson = await call(infer, { method: "POST", headers: { "content-type": "application/json" }, body: '{"image": "abc' });
    expect(badJson.status).toBe(400);
    expect(envelopeCode(badJson)).toBe("INFER_BODY_INVALID");

    const emptyJson = await call(infer, { method: "POST", headers: { "content-type": "application/json" }, body: "" });
    expect(emptyJson.status).toBe(400);
    expect(envelopeCode(emptyJson)).toBe("INFER_BODY_INVALID");

    const missing = await postJson(infer, { picture: "AAAA" });
    expect(missing.status).toBe(400);
    expect(envelopeCode(missing)).toBe("INFER_BODY_INVALID");
    expect(missing.body.error.details.issues[0].keyword).toBe("required");

    const wrongType = await postJson(infer, { image: 42 });
    expect(wrongType.status).toBe(400);
    expect(envelopeCode(wrongType)).toBe("INFER_BODY_INVALID");

    const badEncoding = await postJson(infer, { image: "AAAA", encoding: "gif" });
    expect(badEncoding.status).toBe(400);
    expect(envelopeCode(badEncoding)).toBe("INFER_BODY_INVALID");

    for (const image of ["not base64!", "QUJD=A==", "QUJDRA"]) {
      const badBase64 = await postJson(infer, { image });
      expect(badBase64.status, image).toBe(400);
      expect(envelopeCode(badBase64), image).toBe("INFER_BODY_INVALID");
      expect(badBase64.body.error.message).toContain("base64");
    }

    const emptyRaw = await postBytes(infer, new Uint8Array(0), "image/jpeg");
    expect(emptyRaw.status).toBe(400);
    expect(envelopeCode(emptyRaw)).toBe("INFER_BODY_INVALID");

    const text = await call(infer, { method: "POST", headers: { "content-type": "text/plain" }, body: "a picture of a bus" });
    expect(text.status).toBe(415);
    expect(envelopeCode(text)).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(text.body.error.details.supported).toEqual(["application/json", "image/jpeg", "image/png", "application/octet-stream"]);
    const gif = await postBytes(infer, Buffer.from("GIF89a"), "image/gif");
    expect(gif.status).toBe(415);
    expect(envelopeCode(gif)).toBe("UNSUPPORTED_MEDIA_TYPE");

    const big = await postBytes(infer, new Uint8Array(256 * 1024).fill(7), "image/jpeg");
    expect(big.status).toBe(413);
    expect(envelopeCode(big)).toBe("PAYLOAD_TOO_LARGE");
    expect(big.body.error.details).toEqual({ max_body_bytes: 4096 });
    const bigJson = await postJson(infer, { image: Buffer.alloc(4096).toString("base64") });
    expect(bigJson.status).toBe(413);
    expect(envelopeCode(bigJson)).toBe("PAYLOAD_TOO_LARGE");

    // Every one of them counted by route and status.
    const counts = api.counts().requests;
    expect(counts["(unmatched)"]).toEqual({ "404": 2 });
    expect(counts["/v1/infer"]).toEqual({ "400": 9, "413": 2, "415": 2 });
  });

  it("errors before routing use the envelope too: a malformed URL, and HTTP the parser refuses", async () => {
    api = await startTestApi({});
    const badUrl = await call(`${api.url}/v1/%E0%A4%A`);
    expect(badUrl.status).toBe(400);
    expect(envelopeCode(badUrl)).toBe("REQUEST_INVALID");
    expect(badUrl.body.error.details).toEqual({ cause_code: "FST_ERR_BAD_URL" });
    // Raw bytes on a socket: not a request line at all.
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(api!.port, "127.0.0.1", () => socket.write("NOT HTTP AT ALL\r\n\r\n"));
      let text = "";
      socket.on("data", (c: Buffer) => (text += c.toString("utf8")));
      socket.on("close", () => resolve(text));
      // The server closes right after answering; a reset after the answer is no failure.
      socket.on("error", (err) => (text === "" ? reject(err) : resolve(text)));
    });
    expect(raw.split("\r\n")[0]).toBe("HTTP/1.1 400 Bad Request");
    expect(JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4)).error.code).toBe("REQUEST_INVALID");
  });

  it("POST /v1/infer without a detector answers 503 INFER_UNAVAILABLE; octet-stream that is no image: 400 FRAME_UNDECODABLE before any model", async () => {
    api = await startTestApi({});
    const a = await postBytes(`${api.url}/v1/infer`, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), "image/jpeg");
    expect(a.status).toBe(503);
    expect(envelopeCode(a)).toBe("INFER_UNAVAILABLE");
    const b = await postBytes(`${api.url}/v1/infer`, Buffer.from("plain words, not pixels"), "application/octet-stream");
    expect(b.status).toBe(400);
    expect(envelopeCode(b)).toBe("FRAME_UNDECODABLE");
    expect(b.body.error.details.first_bytes).toBe(Buffer.from("plain wo").toString("hex"));
  });

  it("GET /openapi.json describes every route, and /v1/infer's body types and 200/400/413/429/504 answers with the error envelope", async () => {
    api = await startTestApi({});
    const a = await call(`${api.url}/openapi.json`);
    expect(a.status).toBe(200);
    const doc = a.body;
    expect(doc.openapi).toBe("3.0.3");
    expect(Object.keys(doc.paths).sort()).toEqual(["/healthz", "/metrics", "/readyz", "/v1/infer", "/v1/infer/cache/clear", "/v1/models", "/v1/status"]);
    const infer = doc.paths["/v1/infer"].post;
    expect(Object.keys(infer.requestBody.content).sort()).toEqual(["application/json", "application/octet-stream", "image/jpeg", "image/png"]);
    expect(infer.requestBody.content["application/json"].schema.required).toEqual(["image"]);
    expect(infer.requestBody.content["image/jpeg"].schema).toEqual({ type: "string", format: "binary" });
    expect(Object.keys(infer.responses)).toEqual(expect.arrayContaining(["200", "400", "413", "415", "429", "503", "504"]));
    expect(infer.responses["200"].content["application/json"].schema.required).toEqual(["detections", "model", "cached", "sha256", "inference_ms"]);
    expect(infer.security).toBeUndefined();
    // Error answers refer to the one envelope schema.
    const envelope = doc.components.schemas.ErrorEnvelope;
    expect(envelope.required).toEqual(["error"]);
    expect(envelope.properties.error.required).toEqual(["code", "message"]);
    for (const status of ["400", "413", "429", "504"]) {
      expect(infer.responses[status].content["application/json"].schema.$ref, status).toBe("#/components/schemas/ErrorEnvelope");
      expect(infer.responses[status].description.length, status).toBeGreaterThan(10);
    }
    expect(infer.responses["429"].description).toContain("OVERLOADED");
    expect(infer.responses["504"].description).toContain("INFERENCE_TIMEOUT");
    const clear = doc.paths["/v1/infer/cache/clear"].post;
    expect(clear.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(clear.responses).sort()).toEqual(["200", "401", "403", "500"]);
    expect(doc.components.securitySchemes.bearer).toEqual({ type: "http", scheme: "bearer" });
    expect(doc.paths["/readyz"].get.responses["503"].content["application/json"].schema.$ref).toBe("#/components/schemas/ErrorEnvelope");
  });

  it("refuses a non-loopback host unless allow_remote is set, with CONFIG_INVALID", async () => {
    const parsed = ApiConfigSchema.safeParse({ host: "0.0.0.0" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["host"]);
    expect(parsed.error?.issues[0]?.message).toContain("allow_remote");
    // A config built past the schema is checked again at start.
    const config = { ...ApiConfigSchema.parse({ port: 0 }), host: "0.0.0.0" };
    expect(await codeOf(startApiServer({ config, logger: silentLogger }))).toBe("CONFIG_INVALID");
    // On purpose: allowed.
    api = await startApiServer({ config: ApiConfigSchema.parse({ host: "0.0.0.0", port: 0, allow_remote: true }), logger: silentLogger, registry: new Registry() });
    expect((await call(`http://127.0.0.1:${api.port}/healthz`)).status).toBe(200);
  });

  it("logs through the injected logger with component api; a failing handler is a 500 INTERNAL_ERROR envelope and an error line", async () => {
    const { logger, lines } = captureLogger();
    api = await startTestApi(
      { token_env: "T" },
      {
        logger,
        env: { T: TOKEN },
        mutations: [
          {
            path: "/v1/broken",
            summary: "Always fails",
            handle: () => {
              throw new Error("disk on fire");
            },
          },
        ],
      },
    );
    const a = await call(`${api.url}/v1/broken`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(a.status).toBe(500);
    expect(envelopeCode(a)).toBe("INTERNAL_ERROR");
    expect(a.body.error.message).not.toContain("disk on fire"); // internals stay in the log
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.every((l) => l.component === "api")).toBe(true);
    expect(lines.find((l) => l.msg === "API listening")).toMatchObject({ url: api.url, tokenEnv: "T" });
    const failed = lines.find((l) => l.msg === "API request failed");
    expect(failed).toMatchObject({ level: 50, code: "INTERNAL_ERROR", route: "/v1/broken", status: 500 });
    expect((failed!.err as { message: string }).message).toBe("disk on fire");
  });

  it("a mutation outside /v1/ or on a built-in route is refused with CONFIG_INVALID", async () => {
    const handle = () => ({});
    expect(await codeOf(startTestApi({}, { mutations: [{ path: "/admin/reset", summary: "x", handle }] }))).toBe("CONFIG_INVALID");
    expect(await codeOf(startTestApi({}, { mutations: [{ path: "/v1/infer", summary: "x", handle }] }))).toBe("CONFIG_INVALID");
  });

  it("a port that is taken: API_LISTEN_FAILED", async () => {
    api = await startTestApi({});
    expect(await codeOf(startTestApi({ port: api.port }))).toBe("API_LISTEN_FAILED");
  });
});
