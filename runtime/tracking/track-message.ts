import type { Box } from "../perception/index.js";
import type { TrackState } from "./track-state.js";

/** Ground-plane position and velocity of a track, where a homography is known. */
export interface GroundMotion {
  xM: number;
  yM: number;
  vxMps: number;
  vyMps: number;
}

/**
 * One track as the tracker reports it (vigil.v1.Track inside the process).
 *   for (const t of tracker.update(detections, timeNs)) if (t.state === "confirmed") use(t.trackId, t.box);
 */
export interface TrackMessage {
  /** Stable per sensor, from 1; below 2^53. */
  trackId: number;
  /** The class most of its matches had (ties: the latest). */
  classId: number;
  label: string;
  /** Score of the detection it last matched. */
  score: number;
  /** x1, y1, x2, y2 in sensor pixels: the filtered box (the prediction when lost). */
  box: Box;
  /** Box-centre velocity, pixels per second: [vx, vy]. */
  velocity: [number, number];
  /** Time since the detection that started it. */
  ageNs: bigint;
  /** Detections it has matched, the first included. */
  hits: number;
  state: TrackState;
  ground?: GroundMotion;
}
