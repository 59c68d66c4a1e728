import type { Matrix3, RiskInput, RiskTrack } from "../../runtime/risk/index.js";

/** 50 px per metre; ground origin at the image's bottom-centre (320, 720); ground y points away from the machine. */
export const H_50PX_PER_M: Matrix3 = [[0.02, 0, -6.4], [0, -0.02, 14.4], [0, 0, 1]];

/** A 40x100 px person box standing at ground (x, y) under H_50PX_PER_M, moving at (vx, vy) m/s. */
export function personAt(trackId: number, x: number, y: number, vx = 0, vy = 0, state: RiskTrack["state"] = "confirmed"): RiskTrack {
  const px = 320 + 50 * x;
  const py = 720 - 50 * y;
  return { trackId, label: "person", box: [px - 20, py - 100, px + 20, py], velocity: [50 * vx, -50 * vy], state };
}

export function frame(seq: number, timeMs: number, tracks: RiskTrack[], sensorId = "cam-1"): RiskInput {
  return {
    sensorId,
    seq: BigInt(seq),
    captureTimeNs: 1_700_000_000_000_000_000n + BigInt(timeMs) * 1_000_000n,
    modelName: "yolox_nano",
    modelVersion: `1.2.${seq % 3}`,
    tracks,
  };
}
