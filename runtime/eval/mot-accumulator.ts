import { VigilError } from "../errors/index.js";
import { solveAssignment } from "../tracking/index.js";
import { iouDistance, type LtwhBox } from "./iou-distance.js";

/** One box of one frame: a ground-truth object or a tracker hypothesis. */
export interface MotFrameBox extends LtwhBox {
  id: number;
}

/**
 * What happened to each object and hypothesis in a frame (py-motmetrics' event types):
 * MATCH and SWITCH pair an object with a hypothesis at `distance` (1 - IoU), MISS is an
 * object left unmatched, FP a hypothesis left unmatched.
 */
export type MotEvent =
  | { type: "MATCH" | "SWITCH"; frame: number; objectId: number; hypothesisId: number; distance: number }
  | { type: "MISS"; frame: number; objectId: number }
  | { type: "FP"; frame: number; hypothesisId: number };

/** In how many frames each id was present, and each (object, hypothesis) pair was within the threshold. */
export interface MotPresence {
  objectFrames: ReadonlyMap<number, number>;
  hypothesisFrames: ReadonlyMap<number, number>;
  /** objectId -> hypothesisId -> frames in which the pair could have matched. */
  pairFrames: ReadonlyMap<number, ReadonlyMap<number, number>>;
}

export interface MotAccumulatorOptions {
  /** Largest 1 - IoU that may still match (default 0.5: IoU >= 0.5 matches). */
  maxDistance?: number;
}

/**
 * CLEAR-MOT matching frame by frame, as py-motmetrics' `MOTAccumulator.update` does: an
 * object keeps the hypothesis it was last matched to (in any earlier frame) while that
 * hypothesis is present and within the threshold; the rest are paired by minimum-cost
 * assignment, and a pair whose object was last matched to another hypothesis is a SWITCH.
 *   const acc = new MotAccumulator();
 *   acc.update(1, [{ id: 1, left: 0, top: 0, width: 10, height: 20 }], [{ id: 7, left: 1, top: 0, width: 10, height: 20 }]);
 *   acc.events; // [{ type: "MATCH", frame: 1, objectId: 1, hypothesisId: 7, distance: 0.1818... }]
 */
export class MotAccumulator {
  readonly maxDistance: number;
  #events: MotEvent[] = [];
  #numFrames = 0;
  #lastFrame = Number.NEGATIVE_INFINITY;
  /** objectId -> the hypothesis it was last matched to (py-motmetrics' `m`). */
  #lastHypothesis = new Map<number, number>();
  #objectFrames = new Map<number, number>();
  #hypothesisFrames = new Map<number, number>();
  #pairFrames = new Map<number, Map<number, number>>();

  constructor({ maxDistance = 0.5 }: MotAccumulatorOptions = {}) {
    this.maxDistance = maxDistance;
  }

  /** Every event so far, in frame order. */
  get events(): readonly MotEvent[] {
    return this.#events;
  }

  /** Frames passed to `update`, empty ones included. */
  get numFrames(): number {
    return this.#numFrames;
  }

  get presence(): MotPresence {
    return { objectFrames: this.#objectFrames, hypothesisFrames: this.#hypothesisFrames, pairFrames: this.#pairFrames };
  }

  /** Matches one frame; frames must come in increasing order. Returns this frame's events. */
  update(frame: number, objects: readonly MotFrameBox[], hypotheses: readonly MotFrameBox[]): readonly MotEvent[] {
    if (!(frame > this.#lastFrame)) {
      throw new VigilError("MOT_FILE_INVALID", `frame ${frame} comes after frame ${this.#lastFrame}: frames must be given in increasing order`);
    }
    assertUniqueIds(frame, objects, "object");
    assertUniqueIds(frame, hypotheses, "hypothesis");
    this.#lastFrame = frame;
    this.#numFrames++;

    const no = objects.length;
    const nh = hypotheses.length;
    // Distances with Infinity for pairs that may not match (py-motmetrics' NaN).
    const dist: number[][] = objects.map((o) =>
      hypotheses.map((h) => {
        const d = iouDistance(o, h);
        return d > this.maxDistance ? Number.POSITIVE_INFINITY : d;
      }),
    );
    this.#countPresence(objects, hypotheses, dist);

    const start = this.#events.length;
    const objectDone = new Uint8Array(no);
    const hypothesisDone = new Uint8Array(nh);
    if (no > 0 && nh > 0) {
      // 1. Carry forward: each object keeps its last hypothesis if present and still close enough.
      for (let i = 0; i < no; i++) {
        const prev = this.#lastHypothesis.get(objects[i]!.id);
        if (prev === undefined) continue;
        const j = hypotheses.findIndex((h, k) => hypothesisDone[k] === 0 && h.id === prev);
        if (j < 0 || !Number.isFinite(dist[i]![j]!)) continue;
        objectDone[i] = 1;
        hypothesisDone[j] = 1;
        this.#events.push({ type: "MATCH", frame, objectId: objects[i]!.id, hypothesisId: prev, distance: dist[i]![j]! });
      }
      // 2. Minimum-cost assignment over what is left.
      const rows = [...objectDone.keys()].filter((i) => objectDone[i] === 0);
      const cols = [...hypothesisDone.keys()].filter((j) => hypothesisDone[j] === 0);
      const rowToCol = solveAssignment(rows.map((i) => cols.map((j) => dist[i]![j]!)));
      rows.forEach((i, r) => {
        const c = rowToCol[r]!;
        if (c < 0) return;
        const j = cols[c]!;
        const o = objects[i]!.id;
        const h = hypotheses[j]!.id;
        const prev = this.#lastHypothesis.get(o);
        const type = prev !== undefined && prev !== h ? "SWITCH" : "MATCH";
        this.#events.push({ type, frame, objectId: o, hypothesisId: h, distance: dist[i]![j]! });
        this.#lastHypothesis.set(o, h);
        objectDone[i] = 1;
        hypothesisDone[j] = 1;
      });
    }
    // 3. and 4. What is left is missed or false.
    objects.forEach((o, i) => {
      if (objectDone[i] === 0) this.#events.push({ type: "MISS", frame, objectId: o.id });
    });
    hypotheses.forEach((h, j) => {
      if (hypothesisDone[j] === 0) this.#events.push({ type: "FP", frame, hypothesisId: h.id });
    });
    return this.#events.slice(start);
  }

  #countPresence(objects: readonly MotFrameBox[], hypotheses: readonly MotFrameBox[], dist: readonly (readonly number[])[]): void {
    for (const o of objects) this.#objectFrames.set(o.id, (this.#objectFrames.get(o.id) ?? 0) + 1);
    for (const h of hypotheses) this.#hypothesisFrames.set(h.id, (this.#hypothesisFrames.get(h.id) ?? 0) + 1);
    objects.forEach((o, i) => {
      hypotheses.forEach((h, j) => {
        if (!Number.isFinite(dist[i]![j]!)) return;
        let row = this.#pairFrames.get(o.id);
        if (!row) this.#pairFrames.set(o.id, (row = new Map()));
        row.set(h.id, (row.get(h.id) ?? 0) + 1);
      });
    });
  }
}

function assertUniqueIds(frame: number, boxes: readonly MotFrameBox[], what: string): void {
  const seen = new Set<number>();
  for (const b of boxes) {
    if (seen.has(b.id)) throw new VigilError("MOT_FILE_INVALID", `${what} id ${b.id} appears twice in frame ${frame}`);
    seen.add(b.id);
  }
}
