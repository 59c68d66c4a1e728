import { describe, expect, it } from "vitest";
import { vigil } from "../../proto/index.js";
import { decodeActuationCommand, encodeActuationCommand, type ActuationCommandMessage } from "../../runtime/actuation/index.js";
import { isVigilError } from "../../runtime/errors/index.js";

const command: ActuationCommandMessage = {
  machineId: "forklift-7",
  seq: 2n ** 63n + 5n, // uint64 beyond int64
  issuedTimeNs: 1_764_000_000_123_456_789n,
  validUntilNs: 1_764_000_000_423_456_789n,
  kind: "SLOW",
  source: "OPERATOR",
  maxSpeedMps: 0.5,
  reason: "operator: aisle blocked",
  assessmentId: "as-1",
  origin: "panel-2",
};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (isVigilError(err)) return err.code;
    throw err;
  }
  return undefined;
}

describe("ActuationCommand codec", () => {
  it("round-trips every field with bigint times", () => {
    expect(decodeActuationCommand(encodeActuationCommand(command))).toEqual(command);
    for (const kind of ["PROCEED", "STOP", "SAFE_STOP"] as const) {
      for (const source of ["PERCEPTION", "FALLBACK"] as const) {
        expect(decodeActuationCommand(encodeActuationCommand({ ...command, kind, source }))).toMatchObject({ kind, source });
      }
    }
  });

  it("writes the proto enum numbers", () => {
    const wire = vigil.v1.ActuationCommand.decode(encodeActuationCommand({ ...command, kind: "SAFE_STOP", source: "FALLBACK" }));
    expect(wire.kind).toBe(vigil.v1.CommandKind.COMMAND_KIND_SAFE_STOP);
    expect(wire.source).toBe(vigil.v1.CommandSource.COMMAND_SOURCE_FALLBACK);
  });

  it("rejects bytes that are not a command, and commands it cannot obey, as COMMAND_MALFORMED", () => {
    const wire = (fields: vigil.v1.ActuationCommand.$Properties) => vigil.v1.ActuationCommand.encode(fields).finish();
    expect(codeOf(() => decodeActuationCommand(new Uint8Array([0x0a, 0xff, 0xff, 0xff])))).toBe("COMMAND_MALFORMED");
    expect(codeOf(() => decodeActuationCommand(new Uint8Array(0)))).toBe("COMMAND_MALFORMED"); // kind unspecified
    expect(codeOf(() => decodeActuationCommand(wire({ kind: 9 as vigil.v1.CommandKind, source: 1 })))).toBe("COMMAND_MALFORMED");
    expect(codeOf(() => decodeActuationCommand(wire({ kind: 1, source: 0 })))).toBe("COMMAND_MALFORMED");
    expect(codeOf(() => decodeActuationCommand(wire({ kind: 2, source: 1, maxSpeedMps: Number.NaN })))).toBe("COMMAND_MALFORMED");
    expect(codeOf(() => decodeActuationCommand(wire({ kind: 2, source: 1, maxSpeedMps: -1 })))).toBe("COMMAND_MALFORMED");
  });
});
