import type { ObjectListFields, SensedObjectFields } from "../ingest/index.js";
import type { Scenario, ScenarioActor } from "./scenario-schema.js";
import { mulberry32 } from "./seeded-random.js";

/** An actor's ground state at one instant: position in metres, velocity in metres per second. */
export interface ActorGroundState {
  xM: number;
  yM: number;
  vxMps: number;
  vyMps: number;
}

type Vec3 = readonly [number, number, number];

/** Points nearer the camera's plane than this (projective w) count as behind it. */
const MIN_W = 1e-9;

/**
 * Computes what the scenario's sensor reports at any instant, deterministically: each
 * actor's ground state on its path (velocity from the path segment) and its image box
 * (bottom-centre at the projected ground point, top at the projected head point, width
 * from width_m). Objects whose box misses the image are not reported; boxes are not clipped.
 *   const player = new ScenarioPlayer(scenario);
 *   const list = player.listAt(0, startNs); // ObjectListFields for slot 0, or null while silent
 */
export class ScenarioPlayer {
  readonly #scenario: Scenario;
  readonly #h: readonly Vec3[];
  /** H·[camera foot, 1] / camera height: subtracting z times it lifts a ground point z metres. */
  readonly #lift: Vec3;

  constructor(scenario: Scenario) {
    this.#scenario = scenario;
    this.#h = scenario.sensor.homography_ground_to_image;
    const { x_m, y_m, height_m } = scenario.sensor.camera;
    const foot = this.#homogeneous(x_m, y_m);
    this.#lift = [foot[0] / height_m, foot[1] / height_m, foot[2] / height_m];
  }

  get scenario(): Scenario {
    return this.#scenario;
  }

  /** Message slots in one pass: duration_s * rate_hz. */
  get slotCount(): number {
    return Math.round(this.#scenario.duration_s * this.#scenario.rate_hz);
  }

  /** Slot k's scenario time in seconds: k / rate_hz. */
  slotTime(slot: number): number {
    return slot / this.#scenario.rate_hz;
  }

  /** Slot k's offset from the start of its pass in nanoseconds (exact on the rate grid). */
  slotOffsetNs(slot: number): bigint {
    return BigInt(Math.round((slot * 1e9) / this.#scenario.rate_hz));
  }

  /** True while the sensor is silenced: the last event at or before t is a silence. */
  isSilent(tS: number): boolean {
    let silent = false;
    for (const e of this.#scenario.events) {
      if (e.t_s > tS) break;
      silent = e.type === "silence";
    }
    return silent;
  }

  /**
   * Where an actor is at t, or undefined before its first and after its last waypoint.
   * The velocity is its segment's: the one starting at t, or at the last waypoint the one ending there.
   */
  groundState(actor: ScenarioActor, tS: number): ActorGroundState | undefined {
    const path = actor.path;
    const first = path[0];
    const last = path[path.length - 1];
    if (first === undefined || last === undefined || tS < first.t_s || tS > last.t_s) return undefined;
    let i = 0;
    while (i < path.length - 2 && (path[i + 1] as (typeof path)[number]).t_s <= tS) i++;
    const a = path[i] as (typeof path)[number];
    const b = path[i + 1] as (typeof path)[number];
    const dt = b.t_s - a.t_s;
    const f = Math.min(1, Math.max(0, (tS - a.t_s) / dt));
    return { xM: a.x_m + f * (b.x_m - a.x_m), yM: a.y_m + f * (b.y_m - a.y_m), vxMps: (b.x_m - a.x_m) / dt, vyMps: (b.y_m - a.y_m) / dt };
  }

  /** Ground metres → image pixels for a point `zM` metres above the ground; undefined behind the camera. */
  project(xM: number, yM: number, zM = 0): [number, number] | undefined {
    const g = this.#homogeneous(xM, yM);
    const l = this.#lift;
    const w = g[2] - zM * l[2];
    if (!(w > MIN_W)) return undefined;
    return [(g[0] - zM * l[0]) / w, (g[1] - zM * l[1]) / w];
  }

  /**
   * The actor's box in image pixels (x1, y1, x2, y2), or undefined when it is behind the
   * camera or wholly outside the image.
   */
  boxOf(actor: ScenarioActor, state: ActorGroundState): [number, number, number, number] | undefined {
    const foot = this.project(state.xM, state.yM);
    const head = this.project(state.xM, state.yM, actor.height_m);
    if (foot === undefined || head === undefined || !(head[1] < foot[1])) return undefined;
    // Width across the line of sight: the ground points width_m / 2 either side of the foot.
    const { x_m: cx, y_m: cy } = this.#scenario.sensor.camera;
    let nx = -(state.yM - cy);
    let ny = state.xM - cx;
    const n = Math.hypot(nx, ny);
    [nx, ny] = n > 1e-9 ? [nx / n, ny / n] : [1, 0];
    const half = actor.width_m / 2;
    const left = this.project(state.xM - nx * half, state.yM - ny * half);
    const right = this.project(state.xM + nx * half, state.yM + ny * half);
    if (left === undefined || right === undefined) return undefined;
    const halfPx = Math.hypot(right[0] - left[0], right[1] - left[1]) / 2;
    const box: [number, number, number, number] = [foot[0] - halfPx, head[1], foot[0] + halfPx, foot[1]];
    const { width, height } = this.#scenario.sensor.image;
    if (box[2] < 0 || box[0] > width || box[3] < 0 || box[1] > height) return undefined;
    return box;
  }

  /**
   * What the sensor reports at slot k (object ids are the actor's 1-based index), noise
   * applied when the scenario asks for it, seeded by (seed, slot, actor) so any slot can be
   * computed alone.
   */
  objectsAt(slot: number): SensedObjectFields[] {
    const tS = this.slotTime(slot);
    const { noise, seed } = this.#scenario;
    const objects: SensedObjectFields[] = [];
    this.#scenario.actors.forEach((actor, index) => {
      const state = this.groundState(actor, tS);
      if (state === undefined) return;
      const box = this.boxOf(actor, state);
      if (box === undefined) return;
      const ground = { ...state };
      if (noise.box_px > 0 || noise.ground_m > 0) {
        const gauss = gaussianSource(seed, slot, index);
        for (let i = 0; i < 4; i++) box[i] = (box[i] as number) + noise.box_px * gauss();
        if (box[2] < box[0]) [box[0], box[2]] = [box[2], box[0]];
        if (box[3] < box[1]) [box[1], box[3]] = [box[3], box[1]];
        ground.xM += noise.ground_m * gauss();
        ground.yM += noise.ground_m * gauss();
      }
      objects.push({ objectId: index + 1, label: actor.label, classId: actor.class_id, score: actor.score, box, ground });
    });
    return objects;
  }

  /**
   * The ObjectList for slot k of pass `pass` (0-based), or null while the sensor is silent.
   * seq is pass * slotCount + k + 1 (silent slots leave gaps); capture time is startNs plus the
   * scenario time; sentTimeNs is left for the sender to stamp.
   */
  listAt(slot: number, startNs: bigint, pass = 0): ObjectListFields | null {
    if (this.isSilent(this.slotTime(slot))) return null;
    const passNs = BigInt(pass) * this.slotOffsetNs(this.slotCount);
    return {
      sensorId: this.#scenario.sensor.id,
      seq: BigInt(pass * this.slotCount + slot + 1),
      captureTimeNs: startNs + passNs + this.slotOffsetNs(slot),
      objects: this.objectsAt(slot),
      tags: { ...this.#scenario.tags, scenario: this.#scenario.name },
    };
  }

  #homogeneous(xM: number, yM: number): Vec3 {
    const [r0, r1, r2] = this.#h as [Vec3, Vec3, Vec3];
    return [r0[0] * xM + r0[1] * yM + r0[2], r1[0] * xM + r1[1] * yM + r1[2], r2[0] * xM + r2[1] * yM + r2[2]];
  }
}

/** Standard normal samples from mulberry32 seeded by (seed, slot, actor), via Box–Muller. */
function gaussianSource(seed: number, slot: number, actor: number): () => number {
  const random = mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(slot + 1, 0xc2b2ae35) ^ Math.imul(actor + 1, 0x27d4eb2f));
  const uniform = (): number => 1 - random(); // (0, 1]: log() below stays finite
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}
