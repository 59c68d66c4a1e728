import { bigintToLong, longToBigint, vigil } from "../../proto/index.js";
import { VigilError } from "../errors/index.js";
import { decodeStageTimings, encodeStageTimings } from "../publish/index.js";
import type { TrackMessage } from "./track-message.js";
import { trackStateFromProto, trackStateToProto } from "./track-state.js";

/** A TrackSet inside the process: bigint times, plain tracks. */
export interface TrackSetMessage {
  sensorId: string;
  seq: bigint;
  captureTimeNs: bigint;
  publishTimeNs: bigint;
  modelName: string;
  modelVersion: string;
  tracks: TrackMessage[];
  /** Stage name → nanoseconds (the detection set's, plus "tracking"). */
  timings: Record<string, bigint>;
  /** The detection set's degraded reasons, carried to the risk stage. */
  degradedReasons?: readonly string[];
}

/**
 * TrackSet wire encoding (vigil.v1.TrackSet).
 *   publisher.publish(encodeTrackSet(message)); const m = decodeTrackSet(bytes);
 */
export function encodeTrackSet(m: TrackSetMessage): Uint8Array {
  return vigil.v1.TrackSet.encode({
    sensorId: m.sensorId,
    seq: bigintToLong(m.seq, true),
    captureTimeNs: bigintToLong(m.captureTimeNs),
    publishTimeNs: bigintToLong(m.publishTimeNs),
    modelName: m.modelName,
    modelVersion: m.modelVersion,
    tracks: m.tracks.map((t) => ({
      trackId: bigintToLong(BigInt(t.trackId), true),
      classId: t.classId,
      label: t.label,
      score: t.score,
      x1: t.box[0],
      y1: t.box[1],
      x2: t.box[2],
      y2: t.box[3],
      vxPxps: t.velocity[0],
      vyPxps: t.velocity[1],
      ageNs: bigintToLong(t.ageNs),
      hits: t.hits,
      state: trackStateToProto(t.state),
      ...(t.ground ? { xM: t.ground.xM, yM: t.ground.yM, vxMps: t.ground.vxMps, vyMps: t.ground.vyMps, hasGround: true } : {}),
    })),
    timings: encodeStageTimings(m.timings),
    degradedReasons: m.degradedReasons === undefined ? [] : [...m.degradedReasons],
  }).finish();
}

/** Decodes a vigil.v1.TrackSet; a track without a known state is FRAME_MALFORMED (never guessed). */
export function decodeTrackSet(bytes: Uint8Array): TrackSetMessage {
  let d: vigil.v1.TrackSet;
  try {
    d = vigil.v1.TrackSet.decode(bytes);
  } catch (err) {
    throw new VigilError("FRAME_MALFORMED", `not a vigil.v1.TrackSet: ${(err as Error).message}`, { cause: err });
  }
  return {
    sensorId: d.sensorId,
    seq: longToBigint(d.seq),
    captureTimeNs: longToBigint(d.captureTimeNs),
    publishTimeNs: longToBigint(d.publishTimeNs),
    modelName: d.modelName,
    modelVersion: d.modelVersion,
    // Repeated fields decode as the optional-field interface; proto3 absent scalars mean 0 / "".
    tracks: d.tracks.map((x): TrackMessage => {
      const state = trackStateFromProto(x.state ?? 0);
      if (state === undefined) throw new VigilError("FRAME_MALFORMED", `track ${String(x.trackId)} has no known state (${x.state ?? 0})`);
      const track: TrackMessage = {
        trackId: Number(longToBigint(x.trackId)),
        classId: x.classId ?? 0,
        label: x.label ?? "",
        score: x.score ?? 0,
        box: [x.x1 ?? 0, x.y1 ?? 0, x.x2 ?? 0, x.y2 ?? 0],
        velocity: [x.vxPxps ?? 0, x.vyPxps ?? 0],
        ageNs: longToBigint(x.ageNs),
        hits: x.hits ?? 0,
        state,
      };
      if (x.hasGround) track.ground = { xM: x.xM ?? 0, yM: x.yM ?? 0, vxMps: x.vxMps ?? 0, vyMps: x.vyMps ?? 0 };
      return track;
    }),
    timings: decodeStageTimings(d.timings),
    ...(d.degradedReasons !== undefined && d.degradedReasons.length > 0 ? { degradedReasons: d.degradedReasons } : {}),
  };
}
