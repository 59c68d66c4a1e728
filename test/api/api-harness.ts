// Shared by the API tests: a server on 127.0.0.1:0 with a config built from a partial `api`
// section, fetch helpers that return status, headers and parsed body, and a detector wrapper
// that counts how often the real model runs.
import { Registry } from "prom-client";
import { ApiServer, type ApiServerOptions } from "../../runtime/api/index.js";
import { ApiConfigSchema } from "../../runtime/config/api-config.js";
import { silentLogger } from "../../runtime/observe/index.js";
import type { Detector, DetectorHealth, ImageInput, InferenceResult, PreparedInput } from "../../runtime/perception/index.js";

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
  /** Milliseconds from sending to the whole answer read (performance.now()). */
  ms: number;
}

/** Starts an API server on a free loopback port; `api` is the raw `api` section. */
export async function startTestApi(api: Record<string, unknown>, options: Omit<ApiServerOptions, "config" | "logger"> & { logger?: ApiServerOptions["logger"] } = {}): Promise<ApiServer> {
  return ApiServer.start({
    logger: silentLogger,
    registry: new Registry(),
    ...options,
    config: ApiConfigSchema.parse({ port: 0, ...api }),
  });
}

/** One request; the body is parsed as JSON when the answer says it is JSON. */
export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const t0 = performance.now();
  const res = await fetch(url, init);
  const text = await res.text();
  const ms = performance.now() - t0;
  const body = (res.headers.get("content-type") ?? "").includes("json") ? JSON.parse(text) : text;
  return { status: res.status, headers: res.headers, body, ms };
}

/** POST raw bytes with a content type. */
export const postBytes = (url: string, data: Uint8Array, contentType: string): Promise<Answer> =>
  call(url, { method: "POST", headers: { "content-type": contentType }, body: data });

/** POST a JSON value. */
export const postJson = (url: string, value: unknown): Promise<Answer> =>
  call(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(value) });

/** The error envelope's shape, checked field by field. */
export function envelopeCode(a: Answer): string {
  const e = a.body?.error;
  if (typeof e?.code !== "string" || typeof e?.message !== "string" || e.message.length === 0) {
    throw new Error(`not an error envelope (status ${a.status}): ${JSON.stringify(a.body)}`);
  }
  return e.code;
}

/**
 * The real detector, with a count of model runs; `version` overrides the version it reports
 * (what a model swap looks like to the API).
 *   const d = new CountingDetector(real); ...; expect(d.infers).toBe(1);
 */
export class CountingDetector implements Detector {
  infers = 0;
  readonly #inner: Detector;
  readonly #version: string | undefined;

  constructor(inner: Detector, version?: string) {
    this.#inner = inner;
    this.#version = version;
  }

  get modelName(): string {
    return this.#inner.modelName;
  }

  get modelVersion(): string {
    return this.#version ?? this.#inner.modelVersion;
  }

  get backend(): string {
    return this.#inner.backend;
  }

  get provider(): string {
    return this.#inner.provider;
  }

  preprocess(image: ImageInput): Promise<PreparedInput> {
    return this.#inner.preprocess(image);
  }

  async infer(input: PreparedInput): Promise<InferenceResult> {
    this.infers++;
    const r = await this.#inner.infer(input);
    return this.#version === undefined ? r : { ...r, model: { name: this.modelName, version: this.#version } };
  }

  async detect(image: ImageInput): Promise<InferenceResult["detections"]> {
    return (await this.infer(await this.preprocess(image))).detections;
  }

  health(): DetectorHealth {
    return this.#inner.health!();
  }

  dispose(): Promise<void> {
    return Promise.resolve(); // the test owns the inner detector
  }
}
