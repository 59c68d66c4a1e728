import type { KalmanConfig } from "./tracker-config.js";

/** Floats one filter state takes in a KalmanBoxFilter buffer. */
export const KALMAN_STATE_SIZE = 20;

// Layout of a state: the mean [cx, cy, a, h, vcx, vcy, va, vh] (velocities per second), then
// per axis k (cx, cy, a, h) its 2x2 covariance [pos-pos, pos-vel, vel-vel] at 8 + 3k.
// With a diagonal Q, R and initial P, the constant-velocity model never couples the four
// axes, so the 8x8 filter is exactly four independent 2-state filters.
const MEAN_V = 4;
const COV = 8;

/**
 * Constant-velocity Kalman filter on a box as centre, aspect (w/h) and height (ByteTrack's
 * KalmanFilterXYAH) with noise proportional to the height; time steps in seconds, so the
 * velocities are pixels per second. It keeps no state: each track owns a Float64Array.
 *   const kf = new KalmanBoxFilter(config.kalman); const s = new Float64Array(KALMAN_STATE_SIZE);
 *   kf.initiate(s, box); kf.predict(s, 0.04); kf.update(s, nextBox); kf.box(s, out);
 */
export class KalmanBoxFilter {
  readonly #wp: number;
  readonly #wv: number;
  readonly #ref: number;
  readonly #z = new Float64Array(4);

  constructor(config: KalmanConfig) {
    this.#wp = config.std_weight_position;
    this.#wv = config.std_weight_velocity;
    this.#ref = config.reference_rate_hz;
  }

  /** A new state at box [x1, y1, x2, y2], at rest, with a wide velocity covariance. */
  initiate(s: Float64Array, box: ArrayLike<number>): void {
    toXyah(box, this.#z);
    const h = this.#z[3]!;
    for (let k = 0; k < 4; k++) {
      s[k] = this.#z[k]!;
      s[MEAN_V + k] = 0;
      const aspect = k === 2;
      const sp = aspect ? 1e-2 : 2 * this.#wp * h;
      const sv = aspect ? 1e-5 * this.#ref : 10 * this.#wv * h * this.#ref;
      s[COV + 3 * k] = sp * sp;
      s[COV + 3 * k + 1] = 0;
      s[COV + 3 * k + 2] = sv * sv;
    }
  }

  /** Moves the state dt seconds ahead (dt >= 0; 0 leaves it as it is). */
  predict(s: Float64Array, dt: number): void {
    if (dt <= 0) return;
    const h = s[3]!;
    const steps = dt * this.#ref; // noise variance grows with elapsed time, in reference frames
    for (let k = 0; k < 4; k++) {
      const aspect = k === 2;
      const sp = aspect ? 1e-2 : this.#wp * h;
      const sv = aspect ? 1e-5 * this.#ref : this.#wv * h * this.#ref;
      s[k] = s[k]! + s[MEAN_V + k]! * dt;
      const c = COV + 3 * k;
      const pp = s[c]!;
      const pv = s[c + 1]!;
      const vv = s[c + 2]!;
      s[c] = pp + 2 * dt * pv + dt * dt * vv + sp * sp * steps;
      s[c + 1] = pv + dt * vv;
      s[c + 2] = vv + sv * sv * steps;
    }
  }

  /** Corrects the state with a measured box [x1, y1, x2, y2]. */
  update(s: Float64Array, box: ArrayLike<number>): void {
    toXyah(box, this.#z);
    const h = s[3]!;
    for (let k = 0; k < 4; k++) {
      const sr = k === 2 ? 1e-1 : this.#wp * h;
      const c = COV + 3 * k;
      const pp = s[c]!;
      const pv = s[c + 1]!;
      const vv = s[c + 2]!;
      const innovationVar = pp + sr * sr;
      const kp = pp / innovationVar;
      const kv = pv / innovationVar;
      const y = this.#z[k]! - s[k]!;
      s[k] = s[k]! + kp * y;
      s[MEAN_V + k] = s[MEAN_V + k]! + kv * y;
      s[c] = (1 - kp) * pp;
      s[c + 1] = (1 - kp) * pv;
      s[c + 2] = vv - kv * pv;
    }
  }

  /** Stops the height from changing (ByteTrack does this for a track that is not being tracked). */
  freezeHeight(s: Float64Array): void {
    s[MEAN_V + 3] = 0;
  }

  /** The state's box [x1, y1, x2, y2] into out. */
  box(s: Float64Array, out: Float64Array | number[]): void {
    const h = s[3]!;
    const w = s[2]! * h;
    out[0] = s[0]! - w / 2;
    out[1] = s[1]! - h / 2;
    out[2] = s[0]! + w / 2;
    out[3] = s[1]! + h / 2;
  }

  /** Box-centre velocity in pixels per second: [vx, vy]. */
  velocity(s: Float64Array): [number, number] {
    return [s[MEAN_V]!, s[MEAN_V + 1]!];
  }
}

/** [x1, y1, x2, y2] to [cx, cy, w/h, h]; a degenerate height is clamped to 1e-3 px. */
function toXyah(box: ArrayLike<number>, out: Float64Array): void {
  const w = box[2]! - box[0]!;
  const h = Math.max(box[3]! - box[1]!, 1e-3);
  out[0] = box[0]! + w / 2;
  out[1] = box[1]! + h / 2;
  out[2] = w / h;
  out[3] = h;
}
