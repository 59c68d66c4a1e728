import { VigilError } from "../errors/index.js";
import type { Point } from "./polygon.js";

/** A 3x3 matrix, row-major: [[h11, h12, h13], [h21, h22, h23], [h31, h32, h33]]. */
export type Matrix3 = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];

/** Below this |det| / ‖H‖³ a matrix counts as singular. */
const SINGULAR_RATIO = 1e-12;
/** Points whose projective w is at or below this lie on or beyond the horizon. */
const MIN_W = 1e-12;

/**
 * Why a matrix cannot be a homography (non-finite entries, singular), or undefined when it can.
 * The config schema calls it so a bad matrix fails at load with the field named.
 *   homographyProblem([[1, 0, 0], [0, 1, 0], [0, 0, 0]]) → "singular: ..."
 */
export function homographyProblem(m: Matrix3): string | undefined {
  const flat = m.flat();
  if (flat.length !== 9 || !flat.every(Number.isFinite)) return "needs 9 finite numbers";
  const norm = Math.hypot(...flat);
  if (norm === 0) return "singular: all zero";
  const det = determinant(m);
  if (Math.abs(det) <= SINGULAR_RATIO * norm ** 3) return `singular: determinant ${det} is not invertible`;
  return undefined;
}

/**
 * A plane-to-plane projective map, here image pixels → ground metres. Scale the matrix so
 * points on the ground below the horizon map with w > 0 (as OpenCV's findHomography does).
 *   const h = Homography.fromMatrix(config.homographies[sensorId]); const ground = h.apply([320, 700]);
 */
export class Homography {
  readonly #m: Matrix3;

  private constructor(m: Matrix3) {
    this.#m = m;
  }

  /** Throws RISK_CONFIG_INVALID when the matrix is not finite or not invertible. */
  static fromMatrix(m: Matrix3): Homography {
    const problem = homographyProblem(m);
    if (problem !== undefined) throw new VigilError("RISK_CONFIG_INVALID", `homography ${JSON.stringify(m)}: ${problem}`);
    return new Homography(m);
  }

  get matrix(): Matrix3 {
    return this.#m;
  }

  /** Maps a point; undefined when it lies on or beyond the horizon (w ≤ 0). */
  apply(p: Point): Point | undefined {
    const [[a, b, c], [d, e, f], [g, h, i]] = this.#m;
    const w = g * p[0] + h * p[1] + i;
    if (!(w > MIN_W)) return undefined;
    return [(a * p[0] + b * p[1] + c) / w, (d * p[0] + e * p[1] + f) / w];
  }

  /**
   * Maps a velocity at a point: J(p)·v, the first-order change of the mapped point.
   * Undefined where apply(p) is.
   */
  applyVelocity(p: Point, v: Point): Point | undefined {
    const mapped = this.apply(p);
    if (mapped === undefined) return undefined;
    const [[a, b], [d, e], [g, h, i]] = this.#m;
    const w = g * p[0] + h * p[1] + i;
    const [u, q] = mapped;
    return [((a - u * g) * v[0] + (b - u * h) * v[1]) / w, ((d - q * g) * v[0] + (e - q * h) * v[1]) / w];
  }

  /** The map back (ground → image); points mapped by this homography map back with w > 0. */
  inverse(): Homography {
    const [[a, b, c], [d, e, f], [g, h, i]] = this.#m;
    const det = determinant(this.#m);
    const inv: Matrix3 = [
      [(e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det],
      [(f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det],
      [(d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det],
    ];
    // H·[p, 1] = w·[q, 1] with w > 0 gives H⁻¹·[q, 1] = (1/w)·[p, 1]: the inverse keeps w > 0.
    return new Homography(inv);
  }
}

function determinant(m: Matrix3): number {
  const [[a, b, c], [d, e, f], [g, h, i]] = m;
  return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
}
