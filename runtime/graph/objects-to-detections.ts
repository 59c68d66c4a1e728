import { map, type OperatorFunction } from "rxjs";
import type { ObjectsItem } from "../ingest/index.js";
import type { PipelineCounters } from "../observe/index.js";
import type { DetectionSetMessage } from "../publish/index.js";
import type { Clock } from "./clock.js";

/** What a DetectionSet from an object-list sensor names as its "model". */
export const OBJECT_SENSOR_MODEL = "sensor-objects";

/**
 * Object-list sensors (radar, lidar, cameras that detect on board) join the camera path
 * here: each ObjectList becomes a DetectionSet of the objects that carry an image box, so
 * the same tracker and risk stage serve both. Objects with no box are counted as dropped
 * detections in the timings-free message (the tracker works on boxes).
 *   objects$.pipe(objectsToDetections({ clock, counters }))
 */
export function objectsToDetections({ clock, counters }: { clock: Clock; counters: PipelineCounters }): OperatorFunction<ObjectsItem, DetectionSetMessage> {
  return map((list) => {
    counters.outcome(list.sensorId, "processed");
    const publishTimeNs = clock.nowNs();
    return {
      sensorId: list.sensorId,
      seq: list.seq,
      captureTimeNs: list.captureTimeNs,
      publishTimeNs,
      modelName: OBJECT_SENSOR_MODEL,
      modelVersion: list.sensorId,
      backend: "sensor",
      frameWidth: 0,
      frameHeight: 0,
      detections: list.objects.flatMap((o) =>
        o.box === undefined ? [] : [{ classId: o.classId, label: o.label, score: o.score, box: [o.box[0], o.box[1], o.box[2], o.box[3]] as [number, number, number, number] }],
      ),
      timings: { total: publishTimeNs - list.receivedNs },
    };
  });
}
