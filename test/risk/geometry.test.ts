import { describe, expect, it } from "vitest";
import { isVigilError } from "../../runtime/errors/index.js";
import {
  Homography,
  contactPoint,
  groundTimeToCollision,
  homographyProblem,
  nearestPointOnShape,
  pointInPolygon,
  scaleTimeToCollision,
  type Matrix3,
  type Point,
} from "../../runtime/risk/index.js";

const SQUARE: Point[] = [[0, 0], [10, 0], [10, 10], [0, 10]];

describe("polygon", () => {
  it("tells inside from outside, edges and vertices count as inside", () => {
    expect(pointInPolygon([5, 5], SQUARE)).toBe(true);
    expect(pointInPolygon([10, 5], SQUARE)).toBe(true);
    expect(pointInPolygon([0, 0], SQUARE)).toBe(true);
    expect(pointInPolygon([10.01, 5], SQUARE)).toBe(false);
    expect(pointInPolygon([-1, -1], SQUARE)).toBe(false);
  });

  it("handles a concave polygon", () => {
    const u: Point[] = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3]];
    expect(pointInPolygon([1.5, 2], u)).toBe(false); // in the notch
    expect(pointInPolygon([0.5, 2], u)).toBe(true);
    expect(pointInPolygon([2.5, 2], u)).toBe(true);
  });

  it("takes the bottom-centre of a box as its ground contact point", () => {
    expect(contactPoint([100, 50, 140, 250])).toEqual([120, 250]);
  });

  it("finds the nearest point of a footprint, a point, and 0 inside", () => {
    const machine: Point[] = [[-1, -1], [1, -1], [1, 0], [-1, 0]];
    expect(nearestPointOnShape([0, 5], machine)).toEqual({ point: [0, 0], distance: 5 });
    expect(nearestPointOnShape([4, 4], machine)).toEqual({ point: [1, 0], distance: 5 });
    expect(nearestPointOnShape([0, -0.5], machine)).toEqual({ point: [0, -0.5], distance: 0 });
    expect(nearestPointOnShape([3, 4], [[0, 0]])).toEqual({ point: [0, 0], distance: 5 });
  });
});

describe("homography", () => {
  // 50 px per metre, origin at the image's bottom-centre (320, 720), ground y pointing away from the machine.
  const AFFINE: Matrix3 = [[0.02, 0, -6.4], [0, -0.02, 14.4], [0, 0, 1]];
  // A projective one: a camera looking down at an angle.
  const PROJECTIVE: Matrix3 = [[0.01, 0.002, -3], [0, -0.03, 20], [0, 0.001, 0.2]];

  it("maps image pixels to ground metres", () => {
    const h = Homography.fromMatrix(AFFINE);
    expect(h.apply([320, 720])).toEqual([0, 0]);
    const p = h.apply([370, 220]) as Point;
    expect(p[0]).toBeCloseTo(1, 12);
    expect(p[1]).toBeCloseTo(10, 12);
  });

  it("maps points back through its inverse, and refuses points beyond the horizon", () => {
    const h = Homography.fromMatrix(PROJECTIVE);
    const ground = h.apply([400, 500]) as Point;
    const back = h.inverse().apply(ground) as Point;
    expect(back[0]).toBeCloseTo(400, 9);
    expect(back[1]).toBeCloseTo(500, 9);
    expect(h.apply([400, -200])).toBeUndefined(); // w = 0.001·(-200) + 0.2 = 0
    expect(h.apply([400, -300])).toBeUndefined();
  });

  it("maps a velocity as the first-order motion of the point", () => {
    const h = Homography.fromMatrix(PROJECTIVE);
    const p: Point = [400, 500];
    const v: Point = [30, -40];
    const dt = 1e-6;
    const a = h.apply(p) as Point;
    const b = h.apply([p[0] + v[0] * dt, p[1] + v[1] * dt]) as Point;
    const mapped = h.applyVelocity(p, v) as Point;
    expect(mapped[0]).toBeCloseTo((b[0] - a[0]) / dt, 4);
    expect(mapped[1]).toBeCloseTo((b[1] - a[1]) / dt, 4);
  });

  it("rejects singular and non-finite matrices with RISK_CONFIG_INVALID", () => {
    expect(homographyProblem(AFFINE)).toBeUndefined();
    expect(homographyProblem([[1, 2, 3], [2, 4, 6], [0, 0, 1]])).toMatch(/singular/);
    expect(homographyProblem([[1, 0, 0], [0, 1, 0], [0, 0, Number.NaN]])).toMatch(/finite/);
    let code: string | undefined;
    try {
      Homography.fromMatrix([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
    } catch (err) {
      code = isVigilError(err) ? err.code : "other";
    }
    expect(code).toBe("RISK_CONFIG_INVALID");
  });
});

describe("time to collision", () => {
  it("a pedestrian 10 m away walking at 2 m/s straight at the machine: 5 s", () => {
    const ttc = groundTimeToCollision([0, 10], [0, -2], [0, 0], 0.1);
    expect(ttc).toEqual({ ttcS: 5, closingSpeedMps: 2, distanceM: 10 });
  });

  it("uses the closing speed along the line of sight", () => {
    // 5 m away on the diagonal (3, 4), moving at (0, -2): closing 2·4/5 = 1.6 m/s.
    const ttc = groundTimeToCollision([3, 4], [0, -2], [0, 0], 0.1);
    expect(ttc.closingSpeedMps).toBeCloseTo(1.6, 12);
    expect(ttc.ttcS).toBeCloseTo(5 / 1.6, 12);
  });

  it("moving away, crossing or too slow: no TTC", () => {
    expect(groundTimeToCollision([0, 10], [0, 2], [0, 0], 0.1).ttcS).toBe(Infinity);
    expect(groundTimeToCollision([0, 10], [1.5, 0], [0, 0], 0.1).ttcS).toBe(Infinity);
    expect(groundTimeToCollision([0, 10], [0, -0.05], [0, 0], 0.1).ttcS).toBe(Infinity);
  });

  it("at the machine: 0", () => {
    expect(groundTimeToCollision([0, 0], [0, 0], [0, 0], 0.1).ttcS).toBe(0);
  });

  const limits = { minHeightPx: 8, minGrowth: 0.01 };

  it("box height doubling over 1 s: 1 s", () => {
    expect(scaleTimeToCollision(50, 100, 1, limits)).toBe(1);
    // 10% growth over 0.5 s: 5 s.
    expect(scaleTimeToCollision(100, 110, 0.5, limits)).toBeCloseTo(5, 12);
  });

  it("shrinking, steady, tiny boxes or no time: no TTC", () => {
    expect(scaleTimeToCollision(100, 80, 1, limits)).toBe(Infinity);
    expect(scaleTimeToCollision(100, 100.5, 1, limits)).toBe(Infinity);
    expect(scaleTimeToCollision(4, 8, 1, limits)).toBe(Infinity);
    expect(scaleTimeToCollision(50, 100, 0, limits)).toBe(Infinity);
  });
});
