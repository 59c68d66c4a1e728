/**
 * The bird's-eye "image" of a ground-plane sensor (radar, lidar): x right, y down, in
 * centimetres, so ground position (x, y) metres is pixel (100 x, -100 y). Ground-only
 * objects become boxes here, which lets the same box tracker follow them; the risk stage
 * maps them back with GROUND_VIEW_IMAGE_TO_GROUND as that sensor's homography.
 *   const box = groundFootprintBox(2.0, 5.5, 0.6); // bottom-centre at (200, -550)
 */
export const GROUND_VIEW_PX_PER_M = 100;

/** Image (bird's-eye pixels) → ground metres: write it as risk.homographies.<sensor>. */
export const GROUND_VIEW_IMAGE_TO_GROUND: readonly [readonly number[], readonly number[], readonly number[]] = [
  [1 / GROUND_VIEW_PX_PER_M, 0, 0],
  [0, -1 / GROUND_VIEW_PX_PER_M, 0],
  [0, 0, 1],
];

/**
 * A square footprint of `sizeM` metres whose near edge's centre (the box's bottom-centre,
 * the risk stage's contact point) is the object's ground position.
 */
export function groundFootprintBox(xM: number, yM: number, sizeM: number): [number, number, number, number] {
  const s = GROUND_VIEW_PX_PER_M;
  const half = (sizeM / 2) * s;
  return [xM * s - half, -(yM + sizeM) * s, xM * s + half, -yM * s];
}
