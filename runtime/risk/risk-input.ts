/**
 * What the risk stage reads from the tracker: the subset of the tracker's TrackSet message
 * it needs, declared here so runtime/risk does not depend on runtime/tracking. Any object
 * with these fields (the tracker's TrackSetMessage) fits structurally.
 *   tracks$.pipe(assessRisk({ config, clock }))   // tracks$: Observable<RiskInput>
 */
export type RiskTrackState = "tentative" | "confirmed" | "lost" | "removed";

export interface RiskTrack {
  /** Stable per sensor; a safe integer. */
  readonly trackId: number;
  /** Class label the rules match on (e.g. "person"). */
  readonly label: string;
  /** x1, y1, x2, y2 in sensor pixels, y pointing down. */
  readonly box: readonly [number, number, number, number];
  /** Box-centre velocity in pixels per second: [vx, vy]. */
  readonly velocity: readonly [number, number];
  readonly state: RiskTrackState;
}

export interface RiskInput {
  readonly sensorId: string;
  readonly seq: bigint;
  /** Capture time of the frame the tracks came from; the hysteresis runs on this time. */
  readonly captureTimeNs: bigint;
  readonly modelName: string;
  readonly modelVersion: string;
  readonly tracks: readonly RiskTrack[];
  /** Why upstream stages do not fully trust this input (sensor health, backend failover, overload); the degraded policy applies when non-empty. */
  readonly degradedReasons?: readonly string[];
}
