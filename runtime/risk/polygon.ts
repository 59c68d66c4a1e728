/** A point [x, y]: pixels in a sensor's image, or metres on the ground plane. */
export type Point = readonly [number, number];

/**
 * Whether a point lies inside a simple polygon (even-odd rule); points on an edge count
 * as inside, so a track standing on a zone's border is in the zone.
 *   pointInPolygon([5, 5], [[0, 0], [10, 0], [10, 10], [0, 10]]) === true
 */
export function pointInPolygon(p: Point, polygon: readonly Point[]): boolean {
  const [x, y] = p;
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i] as Point;
    const b = polygon[j] as Point;
    if (distanceToSegment(p, a, b).distance === 0) return true;
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/**
 * Where a track touches the ground in the image: the bottom-centre of its box (image y points down).
 *   contactPoint([100, 50, 140, 250]) → [120, 250]
 */
export function contactPoint(box: readonly [number, number, number, number]): Point {
  const [x1, y1, x2, y2] = box;
  return [(x1 + x2) / 2, Math.max(y1, y2)];
}

/** The height of a box in pixels. */
export function boxHeight(box: readonly [number, number, number, number]): number {
  return Math.abs(box[3] - box[1]);
}

export interface NearestPoint {
  /** The closest point of the shape; `p` itself when p is inside. */
  point: Point;
  /** 0 inside or on the boundary. */
  distance: number;
}

/**
 * The point of a shape nearest to p: a polygon (3+ vertices, 0 inside), a segment or a single point.
 *   nearestPointOnShape([0, 5], [[-1, -1], [1, -1], [1, 0], [-1, 0]]) → { point: [0, 0], distance: 5 }
 */
export function nearestPointOnShape(p: Point, shape: readonly Point[]): NearestPoint {
  const first = shape[0];
  if (first === undefined) throw new RangeError("nearestPointOnShape: empty shape");
  if (shape.length === 1) return { point: first, distance: Math.hypot(p[0] - first[0], p[1] - first[1]) };
  if (shape.length >= 3 && pointInPolygon(p, shape)) return { point: p, distance: 0 };
  let best: NearestPoint = { point: first, distance: Infinity };
  const edges = shape.length === 2 ? 1 : shape.length;
  for (let i = 0; i < edges; i++) {
    const candidate = distanceToSegment(p, shape[i] as Point, shape[(i + 1) % shape.length] as Point);
    if (candidate.distance < best.distance) best = candidate;
  }
  return best;
}

function distanceToSegment(p: Point, a: Point, b: Point): NearestPoint {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.min(1, Math.max(0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSq));
  const point: Point = [a[0] + t * dx, a[1] + t * dy];
  return { point, distance: Math.hypot(p[0] - point[0], p[1] - point[1]) };
}
