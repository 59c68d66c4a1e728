import { describe, expect, it } from "vitest";
import { vigil } from "../../proto/index.js";
import { ActuationConfigSchema, MAX_REASON_CHARS, riskToCommand, type RiskAssessmentInput } from "../../runtime/actuation/index.js";

const MS = 1_000_000n;
const config = ActuationConfigSchema.parse({ machine_id: "forklift-7" });

function assessment(level: RiskAssessmentInput["level"], extra: Partial<RiskAssessmentInput> = {}): RiskAssessmentInput {
  return { assessmentId: "as-42", level, decisionTimeNs: 1_000n * MS, factors: [], ...extra };
}

describe("riskToCommand", () => {
  it.each([
    ["CLEAR", "PROCEED", 0],
    ["CAUTION", "SLOW", 1.0],
    ["WARNING", "SLOW", 0.3],
    ["DANGER", "STOP", 0],
  ] as const)("maps %s to %s (%d m/s) with the default mapping", (level, kind, speed) => {
    const c = riskToCommand(assessment(level), config);
    expect(c).toEqual({
      machineId: "forklift-7",
      seq: 0n,
      issuedTimeNs: 1_000n * MS,
      validUntilNs: 1_300n * MS,
      kind,
      source: "PERCEPTION",
      maxSpeedMps: speed,
      reason: `${level}: no risk factors`,
      assessmentId: "as-42",
      origin: "vigil-arbiter/risk",
    });
  });

  it("accepts vigil.v1.RiskLevel numbers and follows a configured mapping", () => {
    const custom = ActuationConfigSchema.parse({ validity_ms: 500, mapping: { warning: { kind: "STOP" }, caution: { kind: "SLOW", max_speed_mps: 2 } } });
    expect(riskToCommand(assessment(vigil.v1.RiskLevel.RISK_LEVEL_WARNING), custom)).toMatchObject({ kind: "STOP", maxSpeedMps: 0, reason: "WARNING: no risk factors" });
    expect(riskToCommand(assessment(vigil.v1.RiskLevel.RISK_LEVEL_CAUTION), custom)).toMatchObject({ kind: "SLOW", maxSpeedMps: 2, validUntilNs: 1_500n * MS });
  });

  it("treats an unspecified or unknown level as DANGER and says so", () => {
    for (const level of [vigil.v1.RiskLevel.RISK_LEVEL_UNSPECIFIED, 17, "UNSPECIFIED" as const]) {
      expect(riskToCommand(assessment(level), config)).toMatchObject({ kind: "STOP", reason: "risk level unspecified, treated as DANGER: no risk factors" });
    }
  });

  it("builds the reason from the factors, most severe first, naming rule, zone, track, TTC, distance and detail", () => {
    const c = riskToCommand(
      assessment("DANGER", {
        factors: [
          { rule: "near_zone", zone: "aisle-3", trackId: 4n, level: "CAUTION", ttcS: -1, distanceM: 6.25 },
          { rule: "person_in_zone", zone: "loading", trackId: 7, level: "DANGER", ttcS: 1.24, distanceM: 3.4, detail: "crossing" },
        ],
        degradedInput: true,
      }),
      config,
    );
    expect(c.reason).toBe("DANGER: person_in_zone in loading track 7 ttc 1.2s at 3.4m: crossing; near_zone in aisle-3 track 4 at 6.3m (degraded input)");
  });

  it("names at most three factors, counts the rest, and keeps the reason bounded", () => {
    const factors = Array.from({ length: 5 }, (_, i) => ({ rule: `rule_${i}`, level: vigil.v1.RiskLevel.RISK_LEVEL_WARNING }));
    expect(riskToCommand(assessment("WARNING", { factors }), config).reason).toBe("WARNING: rule_0; rule_1; rule_2; +2 more");
    const long = riskToCommand(assessment("WARNING", { factors: [{ rule: "r", detail: "x".repeat(1000) }] }), config).reason;
    expect(long).toHaveLength(MAX_REASON_CHARS);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("ActuationConfigSchema", () => {
  it("fills every default", () => {
    expect(ActuationConfigSchema.parse({})).toEqual({
      machine_id: "machine-0",
      origin: "vigil-arbiter",
      publish: { endpoint: "tcp://127.0.0.1:5560", mode: "bind", send_hwm: 16, max_pending: 8 },
      inputs: [],
      publish_period_ms: 100,
      validity_ms: 300,
      escalate_immediately: true,
      mapping: {
        clear: { kind: "PROCEED", max_speed_mps: 0 },
        caution: { kind: "SLOW", max_speed_mps: 1 },
        warning: { kind: "SLOW", max_speed_mps: 0.3 },
        danger: { kind: "STOP", max_speed_mps: 0 },
      },
    });
  });

  it.each([
    ["validity not above the publish period", { publish_period_ms: 300, validity_ms: 300 }, "validity_ms"],
    ["SLOW without a speed", { mapping: { caution: { kind: "SLOW" } } }, "mapping.caution.max_speed_mps"],
    ["a bad endpoint", { publish: { endpoint: "localhost:5560" } }, "publish.endpoint"],
    ["an unknown kind", { mapping: { danger: { kind: "HALT" } } }, "mapping.danger.kind"],
  ])("rejects %s", (_what, input, path) => {
    const result = ActuationConfigSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });
});
