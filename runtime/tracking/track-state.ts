/**
 * A track's life: tentative (seen, not yet trusted) → confirmed (matched on this update)
 * → lost (not matched, coasting on its prediction) → confirmed again or removed.
 *   if (track.state === "confirmed") draw(track.box);
 */
export type TrackState = "tentative" | "confirmed" | "lost" | "removed";

export const TRACK_STATES: readonly TrackState[] = ["tentative", "confirmed", "lost", "removed"];

/** vigil.v1.TrackState numbers (0 is UNSPECIFIED). */
const PROTO_NUMBER: Record<TrackState, number> = { tentative: 1, confirmed: 2, lost: 3, removed: 4 };

/** The vigil.v1.TrackState number of a state: `trackStateToProto("lost") === 3`. */
export function trackStateToProto(state: TrackState): number {
  return PROTO_NUMBER[state];
}

/** The state of a vigil.v1.TrackState number; UNSPECIFIED or unknown numbers give undefined. */
export function trackStateFromProto(value: number): TrackState | undefined {
  return TRACK_STATES[value - 1];
}
