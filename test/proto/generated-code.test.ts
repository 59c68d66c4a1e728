import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import protobuf from "protobufjs";
import descriptor from "protobufjs/ext/descriptor.js";
import { FILE_DESCRIPTORS } from "../../proto/gen/descriptor-set.js";
import { bigintToLong, longToBigint, vigil } from "../../proto/index.js";
import { REPO_ROOT } from "../fixtures.js";

describe("proto/gen", () => {
  const out = mkdtempSync(join(tmpdir(), "vigil-proto-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("is what `npm run proto:gen` produces from proto/vigil/v1 and proto/foxglove (never edited by hand)", () => {
    execFileSync(process.execPath, [join(REPO_ROOT, "proto", "generate.js"), out], { stdio: "pipe" });
    for (const file of ["vigil.js", "vigil.d.ts", "foxglove.js", "foxglove.d.ts", "descriptor-set.js", "descriptor-set.d.ts"]) {
      const fresh = readFileSync(join(out, file), "utf8");
      const committed = readFileSync(join(REPO_ROOT, "proto", "gen", file), "utf8");
      expect(committed === fresh, `proto/gen/${file} is stale: run npm run proto:gen`).toBe(true);
    }
  });

  it("has every message DESIGN.md names, and int64 nanoseconds survive a round trip", () => {
    const v1 = vigil.v1;
    for (const m of [v1.SensorFrame, v1.ObjectList, v1.Detection, v1.DetectionSet, v1.Track, v1.TrackSet, v1.RiskAssessment, v1.RiskFactor, v1.ActuationCommand, v1.Heartbeat, v1.ModelManifest, v1.DeployCommand, v1.DeviceStatus, v1.RiskEvent, v1.Telemetry]) {
      expect(typeof m.encode).toBe("function");
    }
    const ns = 1_795_000_000_123_456_789n; // past 2^53: needs 64 bits
    const bytes = v1.ActuationCommand.encode({ validUntilNs: bigintToLong(ns), kind: v1.CommandKind.COMMAND_KIND_SAFE_STOP }).finish();
    const back = v1.ActuationCommand.decode(bytes);
    expect(longToBigint(back.validUntilNs)).toBe(ns);
    expect(back.kind).toBe(v1.CommandKind.COMMAND_KIND_SAFE_STOP);
  });

  it("has a FileDescriptorProto per .proto file, as protoc names them, that reads the static module's bytes", () => {
    type FileProto = descriptor.IFileDescriptorProto & { name: string; package: string; dependency: string[]; syntax: string };
    const files = FILE_DESCRIPTORS.map((f) => descriptor.FileDescriptorProto.decode(Buffer.from(f.data, "base64")) as unknown as FileProto);
    expect(files.map((f) => f.name)).toEqual(FILE_DESCRIPTORS.map((f) => f.name));
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(["vigil/v1/perception.proto", "foxglove/ImageAnnotations.proto", "google/protobuf/timestamp.proto"]));
    // Dependencies come first, and every import is in the set.
    const seen = new Set<string>();
    for (const f of files) {
      for (const dep of f.dependency) expect(seen.has(dep), `${f.name} imports ${dep} before it is listed`).toBe(true);
      seen.add(f.name);
    }
    const perception = files.find((f) => f.name === "vigil/v1/perception.proto")!;
    expect(perception.package).toBe("vigil.v1");
    expect(perception.syntax).toBe("proto3");
    const root = protobuf.Root.fromDescriptor({ file: files });
    const bytes = vigil.v1.DetectionSet.encode({ sensorId: "cam0", seq: bigintToLong(7n, true), detections: [{ label: "person", score: 0.5, x1: 1, y2: 4 }] }).finish();
    const back = root.lookupType("vigil.v1.DetectionSet").toObject(root.lookupType("vigil.v1.DetectionSet").decode(bytes), { longs: String }) as Record<string, unknown>;
    expect(back).toMatchObject({ sensor_id: "cam0", seq: "7", detections: [{ label: "person", score: 0.5, x1: 1, y2: 4 }] });
    const points = root.lookupType("foxglove.PointsAnnotation");
    expect(points.fields.type!.resolvedType!.fullName).toBe(".foxglove.PointsAnnotation.Type");
    expect(root.lookupEnum("foxglove.PointsAnnotation.Type").values.LINE_LOOP).toBe(2);
  });
});
