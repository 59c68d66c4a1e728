import { map, type OperatorFunction } from "rxjs";
import type { ObjectsItem } from "../ingest/index.js";
import type { PipelineCounters } from "../observe/index.js";
import type { DetectionSetMessage } from "../publish/index.js";
import type { Clock } from "../clock/index.js";
import { groundFootprintBox } from "./ground-view.js";

/** What a DetectionSet from an object-list sensor names as its "model". */
export const OBJECT_SENSOR_MODEL = "sensor-objects";

export interface ObjectsToDetectionsOptions {
  clock: Clock;
  counters: PipelineCounters;
  /** image: objects are placed by their image box; ground: by their ground position, in the bird's-eye view. */
  viewOf: (sensorId: string) => { view: "image" | "ground"; footprintM: number };
}

/**
 * viewOf for a pipeline's `sensors` section: sensors not listed there are smart cameras (image view).
 *   objectsToDetections({ clock, counters, viewOf: sensorViews(config.sensors) })
 */
export function sensorViews(
  sensors: Readonly<Record<string, { view: "image" | "ground"; footprint_m: number }>>,
): ObjectsToDetectionsOptions["viewOf"] {
  return (id) => {
    const sensor = sensors[id];
    return sensor === undefined ? { view: "image", footprintM: 0 } : { view: sensor.view, footprintM: sensor.footprint_m };
  };
}

/**
 * Object-list sensors (radar, lidar, cameras that detect on board) join the camera path
 * here: each ObjectList becomes a DetectionSet, so the same tracker and risk stage serve
 * both. An image-view sensor contributes the objects that carry a box; a ground-view sensor
 * (radar, lidar) the objects that carry a ground position, as footprints in its bird's-eye
 * view (ground-view.ts). Objects with neither are left out.
 *   objects$.pipe(objectsToDetections({ clock, counters, viewOf: () => ({ view: "image", footprintM: 0.6 }) }))
 */
export function objectsToDetections({ clock, counters, viewOf }: ObjectsToDetectionsOptions): OperatorFunction<ObjectsItem, DetectionSetMessage> {
  return map((list) => {
    const { view, footprintM } = viewOf(list.sensorId);
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
      detections: list.objects.flatMap((o) => {
        const box =
          view === "ground"
            ? o.ground && groundFootprintBox(o.ground.xM, o.ground.yM, footprintM)
            : o.box && ([o.box[0], o.box[1], o.box[2], o.box[3]] as [number, number, number, number]);
        return box === undefined ? [] : [{ classId: o.classId, label: o.label, score: o.score, box }];
      }),
      timings: { total: publishTimeNs - list.receivedNs },
    };
  });
}
