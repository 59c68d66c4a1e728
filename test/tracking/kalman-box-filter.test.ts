import { describe, expect, it } from "vitest";
import { KALMAN_STATE_SIZE, KalmanBoxFilter, TrackerConfigSchema } from "../../runtime/tracking/index.js";

const kalman = TrackerConfigSchema.parse({}).kalman;

/** A 40x100 box centred on (cx, cy). */
const boxAt = (cx: number, cy: number): number[] => [cx - 20, cy - 50, cx + 20, cy + 50];

describe("KalmanBoxFilter", () => {
  it("predicts constant-velocity motion within 1 px after a few updates", () => {
    const kf = new KalmanBoxFilter(kalman);
    const s = new Float64Array(KALMAN_STATE_SIZE);
    const dt = 1 / 25;
    const vx = 150; // px/s
    const vy = -50;
    kf.initiate(s, boxAt(100, 200));
    for (let k = 1; k <= 8; k++) {
      kf.predict(s, dt);
      kf.update(s, boxAt(100 + vx * k * dt, 200 + vy * k * dt));
    }
    kf.predict(s, dt);
    const out = new Float64Array(4);
    kf.box(s, out);
    const expected = boxAt(100 + vx * 9 * dt, 200 + vy * 9 * dt);
    for (let i = 0; i < 4; i++) expect(Math.abs(out[i]! - expected[i]!)).toBeLessThan(1);
  });

  it("reports the box-centre velocity in pixels per second at a known frame rate", () => {
    for (const fps of [7, 25, 30]) {
      const kf = new KalmanBoxFilter(kalman);
      const s = new Float64Array(KALMAN_STATE_SIZE);
      const dt = 1 / fps;
      kf.initiate(s, boxAt(300, 300));
      for (let k = 1; k <= 30; k++) {
        kf.predict(s, dt);
        kf.update(s, boxAt(300 + 2 * fps * k * dt, 300 + 1 * fps * k * dt)); // 2 px and 1 px per frame
      }
      const [vx, vy] = kf.velocity(s);
      expect(vx).toBeCloseTo(2 * fps, 0);
      expect(vy).toBeCloseTo(fps, 0);
    }
  });

  it("starts at rest on the measured box, and a zero step leaves the state alone", () => {
    const kf = new KalmanBoxFilter(kalman);
    const s = new Float64Array(KALMAN_STATE_SIZE);
    kf.initiate(s, [10, 20, 50, 120]);
    const before = s.slice();
    kf.predict(s, 0);
    expect([...s]).toEqual([...before]);
    const out: number[] = [0, 0, 0, 0];
    kf.box(s, out);
    expect(out.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([10, 20, 50, 120]);
    expect(kf.velocity(s)).toEqual([0, 0]);
  });

  it("grows its uncertainty while coasting, so a long gap still follows the motion", () => {
    const kf = new KalmanBoxFilter(kalman);
    const s = new Float64Array(KALMAN_STATE_SIZE);
    const dt = 1 / 25;
    kf.initiate(s, boxAt(0, 0));
    for (let k = 1; k <= 10; k++) {
      kf.predict(s, dt);
      kf.update(s, boxAt(100 * k * dt, 0));
    }
    const varianceBefore = s[8]!;
    kf.predict(s, 0.5); // 12.5 frames without a measurement
    expect(s[8]!).toBeGreaterThan(varianceBefore);
    const out = new Float64Array(4);
    kf.box(s, out);
    expect(Math.abs((out[0]! + out[2]!) / 2 - 100 * (10 * dt + 0.5))).toBeLessThan(3);
  });
});
