import { readFileSync } from "node:fs";
import sharp from "sharp";
import { beforeAll, expect, it } from "vitest";
import { bigintToLong, vigil } from "../../proto/index.js";
import type { FrameRejectCode } from "../../runtime/errors/index.js";
import { ManualClock } from "../../runtime/clock/index.js";
import { FrameValidator, type ValidationResult } from "../../runtime/ingest/frame-validator.js";
import { encodeSensorFrame, encodingFromProto, encodingToProto } from "../../runtime/ingest/sensor-frame-codec.js";
import type { PixelEncoding } from "../../runtime/perception/detection-types.js";
import { describeWithFixtures, fixture } from "../fixtures.js";
import { seededBytes } from "./ingest-test-support.js";

const PETS = "video/PETS09-S2L1/000001.jpg";
const NOW = 1_700_000_000_123_456_789n;

function rejected(result: ValidationResult): { code: FrameRejectCode; sensorId?: string } {
  if (result.ok) throw new Error(`expected a reject, got a frame from ${result.item.sensorId}`);
  return result.sensorId === undefined ? { code: result.code } : { code: result.code, sensorId: result.sensorId };
}

function accepted(result: ValidationResult) {
  if (!result.ok) throw new Error(`expected a frame, got ${result.code}: ${result.detail}`);
  return result.item;
}

describeWithFixtures("FrameValidator", [PETS], () => {
  const clock = new ManualClock(NOW);
  const validator = new FrameValidator({ maxMessageBytes: 1 << 20, clock });
  // Read in beforeAll: a skipped suite still runs this body to collect its tests.
  let jpeg: Buffer;
  let png: Buffer;
  beforeAll(async () => {
    jpeg = readFileSync(fixture(PETS));
    png = await sharp(jpeg).resize(64, 48, { fit: "fill" }).png().toBuffer();
  });

  it("maps every pixel encoding to the wire enum and back", () => {
    for (const e of ["jpeg", "png", "rgb8", "bgr8", "gray8"] as const) expect(encodingFromProto(encodingToProto(e))).toBe(e);
    expect(encodingFromProto(vigil.v1.Encoding.ENCODING_UNSPECIFIED)).toBeUndefined();
    expect(encodingFromProto(99)).toBeUndefined();
  });

  it("accepts a JPEG with its header size, bigint times, tags and a view of the data", () => {
    const bytes = encodeSensorFrame({
      sensorId: "cam0",
      seq: 18_446_744_073_709_551_615n, // uint64 max survives the trip
      captureTimeNs: 1_700_000_000_000_000_001n,
      sentTimeNs: 1_700_000_000_000_000_002n,
      encoding: "jpeg",
      data: jpeg,
      tags: { scenario: "pets09" },
    });
    const item = accepted(validator.validate(bytes));
    expect(item).toMatchObject({
      type: "frame",
      sensorId: "cam0",
      seq: 18_446_744_073_709_551_615n,
      captureTimeNs: 1_700_000_000_000_000_001n,
      sentTimeNs: 1_700_000_000_000_000_002n,
      receivedNs: NOW,
      encoding: "jpeg",
      width: 768,
      height: 576,
      tags: { scenario: "pets09" },
    });
    expect(Buffer.from(item.data).equals(jpeg)).toBe(true);
    expect(item.data.buffer).toBe(bytes.buffer); // a view into the message, not a copy
  });

  it("accepts a JPEG whose declared size matches, and a PNG", () => {
    expect(accepted(validator.validate(encodeSensorFrame({ sensorId: "c", encoding: "jpeg", width: 768, height: 576, data: jpeg })))).toMatchObject({ width: 768, height: 576 });
    const item = accepted(validator.validate(encodeSensorFrame({ sensorId: "c", seq: 7n, encoding: "png", data: png })));
    expect(item).toMatchObject({ encoding: "png", width: 64, height: 48, seq: 7n });
  });

  for (const [encoding, channels] of [["rgb8", 3], ["bgr8", 3], ["gray8", 1]] as const) {
    it(`accepts ${encoding} with width*height*${channels} bytes`, () => {
      const data = seededBytes(3, 5 * 4 * channels);
      const item = accepted(validator.validate(encodeSensorFrame({ sensorId: "raw", seq: 2n, captureTimeNs: 10n, encoding, width: 5, height: 4, data })));
      expect(item).toMatchObject({ sensorId: "raw", encoding, width: 5, height: 4, seq: 2n, captureTimeNs: 10n, sentTimeNs: 0n, receivedNs: NOW, tags: {} });
      expect(item.data.byteLength).toBe(5 * 4 * channels);
    });
  }

  it("stamps the receive time as capture time when capture_time_ns is 0", () => {
    clock.set(NOW + 5n);
    const item = accepted(validator.validate(encodeSensorFrame({ sensorId: "c", encoding: "gray8", width: 1, height: 1, data: Uint8Array.of(9) })));
    expect(item.captureTimeNs).toBe(NOW + 5n);
    expect(item.receivedNs).toBe(NOW + 5n);
    clock.set(NOW);
  });

  it("gives each frame its own tags object", () => {
    const a = accepted(validator.validate(encodeSensorFrame({ sensorId: "c", encoding: "gray8", width: 1, height: 1, data: Uint8Array.of(1) })));
    expect(Object.isFrozen(a.tags)).toBe(false);
  });

  // One test per reject code, exact code asserted.
  it("FRAME_TOO_LARGE: over maxMessageBytes, before decoding", () => {
    const small = new FrameValidator({ maxMessageBytes: 1000, clock });
    expect(rejected(small.validate(seededBytes(4, 1001)))).toEqual({ code: "FRAME_TOO_LARGE" });
    expect(rejected(small.validate(encodeSensorFrame({ sensorId: "c", encoding: "jpeg", data: jpeg })))).toEqual({ code: "FRAME_TOO_LARGE" });
  });

  it("FRAME_MALFORMED: random bytes and truncated protobuf", () => {
    const garbage = seededBytes(5, 300);
    garbage[0] = 0x07; // field 0, wire type 7: no valid message starts like this
    expect(rejected(validator.validate(garbage))).toEqual({ code: "FRAME_MALFORMED" });
    const whole = encodeSensorFrame({ sensorId: "c", encoding: "jpeg", data: jpeg });
    expect(rejected(validator.validate(whole.subarray(0, whole.length >> 1)))).toEqual({ code: "FRAME_MALFORMED" });
  });

  it("FRAME_MISSING_SENSOR: empty sensor_id", () => {
    expect(rejected(validator.validate(encodeSensorFrame({ sensorId: "", encoding: "jpeg", data: jpeg })))).toEqual({ code: "FRAME_MISSING_SENSOR" });
    expect(rejected(validator.validate(new Uint8Array(0)))).toEqual({ code: "FRAME_MISSING_SENSOR" });
  });

  it("FRAME_UNKNOWN_ENCODING: unspecified and unknown enum values", () => {
    for (const encoding of [0, 99, -1]) {
      const bytes = vigil.v1.SensorFrame.encode({ sensorId: "c", seq: bigintToLong(1n, true), encoding: encoding as vigil.v1.Encoding, data: jpeg }).finish();
      expect(rejected(validator.validate(bytes)), `encoding ${encoding}`).toEqual({ code: "FRAME_UNKNOWN_ENCODING", sensorId: "c" });
    }
  });

  it("FRAME_SIZE_MISMATCH: raw data length or missing width/height", () => {
    const cases: Array<[PixelEncoding, number, number, number]> = [
      ["rgb8", 4, 4, 47],
      ["bgr8", 4, 4, 16],
      ["gray8", 4, 4, 48],
      ["rgb8", 0, 4, 0],
      ["gray8", 4, 0, 0],
    ];
    for (const [encoding, width, height, bytes] of cases) {
      const r = validator.validate(encodeSensorFrame({ sensorId: "c", encoding, width, height, data: new Uint8Array(bytes) }));
      expect(rejected(r), `${encoding} ${width}x${height} ${bytes} B`).toEqual({ code: "FRAME_SIZE_MISMATCH", sensorId: "c" });
    }
  });

  it("FRAME_UNDECODABLE: JPEG/PNG whose header can't be read", () => {
    const corrupt = Buffer.from(jpeg);
    corrupt[2] = 0x00;
    for (const [encoding, data] of [["jpeg", corrupt], ["jpeg", jpeg.subarray(0, 16)], ["png", jpeg], ["png", png.subarray(0, 20)], ["jpeg", new Uint8Array(0)]] as const) {
      expect(rejected(validator.validate(encodeSensorFrame({ sensorId: "c", encoding, data }))), `${encoding} ${data.length} B`).toEqual({ code: "FRAME_UNDECODABLE", sensorId: "c" });
    }
  });

  it("FRAME_DIMENSION_MISMATCH: declared size differs from the header, or is absurd", () => {
    const declared: Array<[number, number]> = [[640, 480], [768, 480], [0, 480], [640, 0]];
    for (const [width, height] of declared) {
      const r = validator.validate(encodeSensorFrame({ sensorId: "c", encoding: "jpeg", width, height, data: jpeg }));
      expect(rejected(r), `${width}x${height}`).toEqual({ code: "FRAME_DIMENSION_MISMATCH", sensorId: "c" });
    }
    expect(rejected(validator.validate(encodeSensorFrame({ sensorId: "c", encoding: "png", width: 65, data: png })))).toEqual({ code: "FRAME_DIMENSION_MISMATCH", sensorId: "c" });
    // A header that claims 20000 px wide (patched SOF) and a raw frame past 16384.
    const wide = Buffer.from(jpeg);
    const sof = wide.indexOf(Buffer.from([0xff, 0xc0]));
    wide.writeUInt16BE(20_000, sof + 7);
    expect(rejected(validator.validate(encodeSensorFrame({ sensorId: "c", encoding: "jpeg", data: wide })))).toEqual({ code: "FRAME_DIMENSION_MISMATCH", sensorId: "c" });
    expect(rejected(validator.validate(encodeSensorFrame({ sensorId: "c", encoding: "gray8", width: 16_385, height: 1, data: new Uint8Array(16_385) })))).toEqual({ code: "FRAME_DIMENSION_MISMATCH", sensorId: "c" });
    const zeroHigh = Buffer.from(jpeg);
    zeroHigh.writeUInt16BE(0, sof + 5);
    expect(rejected(validator.validate(encodeSensorFrame({ sensorId: "c", encoding: "jpeg", data: zeroHigh })))).toEqual({ code: "FRAME_DIMENSION_MISMATCH", sensorId: "c" });
  });

  it("refuses a non-positive maxMessageBytes with CONFIG_INVALID", () => {
    expect(() => new FrameValidator({ maxMessageBytes: 0, clock })).toThrow(expect.objectContaining({ code: "CONFIG_INVALID" }));
  });
});
