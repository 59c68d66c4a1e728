// The `api` config section: defaults, bounds, the loopback rule and the token kept out of the file.
import { describe, expect, it } from "vitest";
import { ApiConfigSchema, isLoopbackHost } from "../../runtime/config/api-config.js";

describe("api config", () => {
  it("defaults: loopback 8080, no token, 2 s timeout, 2 concurrent, no queue, 16 MiB bodies, 256-entry 8 MiB cache", () => {
    expect(ApiConfigSchema.parse({})).toEqual({
      host: "127.0.0.1",
      port: 8080,
      allow_remote: false,
      infer: { timeout_ms: 2000, max_concurrent: 2, max_queue: 0, max_body_bytes: 16 * 1024 * 1024, cache: { max_entries: 256, max_bytes: 8 * 1024 * 1024 } },
    });
  });

  it("loopback hosts are 127.0.0.0/8, ::1 and localhost", () => {
    for (const h of ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LOCALHOST", "::ffff:127.0.0.1"]) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ["0.0.0.0", "::", "192.168.1.4", "10.0.0.1", "example.com", "128.0.0.1", "localhost.example.com"]) expect(isLoopbackHost(h), h).toBe(false);
  });

  it("a non-loopback host needs allow_remote: true", () => {
    const refused = ApiConfigSchema.safeParse({ host: "192.168.1.4" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.path.join("."))).toEqual(["host"]);
    expect(ApiConfigSchema.parse({ host: "192.168.1.4", allow_remote: true }).host).toBe("192.168.1.4");
  });

  it("refuses a token written in the file, a bad env name, unknown keys and out-of-range limits", () => {
    const inFile = ApiConfigSchema.safeParse({ token: "abc" });
    expect(inFile.success).toBe(false);
    expect(inFile.error?.issues[0]?.message).toContain("token_env");
    const cases: Record<string, unknown>[] = [
      { token_env: "1BAD" },
      { prot: 8080 },
      { port: 70_000 },
      { infer: { max_concurrent: 0 } },
      { infer: { timeout_ms: 0 } },
      { infer: { max_body_bytes: 10 } },
      { infer: { cache: { max_entries: -1 } } },
      { infer: { unknown: 1 } },
    ];
    for (const c of cases) expect(ApiConfigSchema.safeParse(c).success, JSON.stringify(c)).toBe(false);
  });
});
