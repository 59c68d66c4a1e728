/**
 * Where an object stands and moves on the ground plane, in metres and metres per second
 * (the frame the risk stage's ground zones use).
 *   if (o.ground !== undefined) console.log(Math.hypot(o.ground.vxMps, o.ground.vyMps));
 */
export interface GroundState {
  readonly xM: number;
  readonly yM: number;
  readonly vxMps: number;
  readonly vyMps: number;
}

/**
 * One object a smart sensor reported, validated: a finite score in [0, 1], a box (x1, y1,
 * x2, y2 in the sensor's image pixels, x1 <= x2, y1 <= y2) when it sent one, a ground state
 * when it set has_ground. objectId is the sensor's own id, -1 when it has none.
 */
export interface SensedObjectItem {
  readonly objectId: number;
  readonly label: string;
  readonly classId: number;
  readonly score: number;
  readonly box?: readonly [number, number, number, number];
  readonly ground?: GroundState;
}

/**
 * One validated ObjectList, as ingest hands it to the graph (the "objects" branch of the
 * ingest union beside FrameItem). Times are nanoseconds since the Unix epoch.
 *   objects$.subscribe((l) => console.log(l.sensorId, l.seq, l.objects.length));
 */
export interface ObjectsItem {
  readonly type: "objects";
  readonly sensorId: string;
  readonly seq: bigint;
  /** When the sensor saw it; the receive time when the sender left capture_time_ns at 0. */
  readonly captureTimeNs: bigint;
  /** When the sensor sent it (0 when the sender did not say). */
  readonly sentTimeNs: bigint;
  /** The ingest clock when the list was validated. */
  readonly receivedNs: bigint;
  readonly objects: readonly SensedObjectItem[];
  readonly tags: Readonly<Record<string, string>>;
}
