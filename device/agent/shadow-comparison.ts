import { DetectionMatcher, type Detection as EvalDetection } from "../../runtime/eval/index.js";
import type { Detection } from "../../runtime/perception/index.js";
import { OutcomeWindow } from "./outcome-window.js";

/** One frame run by both models: the active result as delivered, the shadow's beside it. */
export interface ShadowFrame {
  active: readonly Detection[];
  shadow: readonly Detection[];
  activeMs: number;
  shadowMs: number;
}

/** How far the shadow's detections on one frame match the active model's. */
export interface FrameAgreement {
  /** Shadow detections matching an active one of the same label at IoU >= 0.5 (each matched once). */
  matched: number;
  activeCount: number;
  shadowCount: number;
  /** 2 * matched / (activeCount + shadowCount); 1 when both found nothing. */
  f1: number;
  /** Both models see the same set of labels at or above the decision score. */
  decisionAgrees: boolean;
}

/** The report metrics of a shadow run (ModelStatusReport "shadow"). */
export interface ShadowMetrics {
  shadow_f1: number;
  shadow_decision_agreement: number;
  shadow_latency_p99_ms: number;
  active_latency_p99_ms: number;
  shadow_frames: number;
  shadow_skipped: number;
  shadow_errors: number;
}

export interface ShadowComparisonOptions {
  /** Labels at or above this score make a frame's decision set. Default 0.5. */
  decisionScore?: number;
  /** Latencies kept for the p99s (ring). Default 4096. */
  latencyCapacity?: number;
}

const IOU = 0.5;

/**
 * Scores one frame: detection F1 of the shadow against the active model (same label,
 * IoU >= 0.5, greedy by score as runtime/eval matches detections to labels), and decision
 * agreement: the two models agree when the sets of labels each detects at or above
 * `decisionScore` on the frame are equal (what a rule keyed on "a person is present" sees).
 *   const a = compareShadowFrame(activeDets, shadowDets, 0.5); // { f1: 1, decisionAgrees: true, ... }
 */
export function compareShadowFrame(active: readonly Detection[], shadow: readonly Detection[], decisionScore = 0.5): FrameAgreement {
  const matcher = new DetectionMatcher({ iouThreshold: IOU });
  matcher.update(0, shadow.map(toEval), active.map((d) => ({ frame: 0, classLabel: d.label, box: toEval(d).box })));
  let matched = 0;
  for (const c of Object.values(matcher.finish().classes)) for (const tp of c.tp) matched += tp;
  const total = active.length + shadow.length;
  return {
    matched,
    activeCount: active.length,
    shadowCount: shadow.length,
    f1: total === 0 ? 1 : (2 * matched) / total,
    decisionAgrees: sameSet(labelsAbove(active, decisionScore), labelsAbove(shadow, decisionScore)),
  };
}

/**
 * Running agreement of a shadow model with the active one, in bounded form: counts, and
 * latency rings for the p99s. F1 is pooled over frames (2 * all matches / all detections),
 * so frames with many objects weigh more than empty ones.
 *   const cmp = new ShadowComparison(); cmp.add(frame); cmp.metrics(skipped, errors).shadow_f1;
 */
export class ShadowComparison {
  readonly #decisionScore: number;
  readonly #activeMs: OutcomeWindow;
  readonly #shadowMs: OutcomeWindow;
  #frames = 0;
  #matched = 0;
  #detections = 0;
  #agreeing = 0;

  constructor({ decisionScore = 0.5, latencyCapacity = 4096 }: ShadowComparisonOptions = {}) {
    this.#decisionScore = decisionScore;
    this.#activeMs = new OutcomeWindow(latencyCapacity);
    this.#shadowMs = new OutcomeWindow(latencyCapacity);
  }

  get frames(): number {
    return this.#frames;
  }

  add(frame: ShadowFrame): FrameAgreement {
    const a = compareShadowFrame(frame.active, frame.shadow, this.#decisionScore);
    this.#frames++;
    this.#matched += a.matched;
    this.#detections += a.activeCount + a.shadowCount;
    if (a.decisionAgrees) this.#agreeing++;
    this.#activeMs.add({ latencyMs: frame.activeMs, ok: true });
    this.#shadowMs.add({ latencyMs: frame.shadowMs, ok: true });
    return a;
  }

  /** The report metrics; `skipped` and `errors` are the slot's shadow counters. With no frame compared, every figure is 0. */
  metrics(skipped: number, errors: number): ShadowMetrics {
    return {
      shadow_f1: this.#detections === 0 ? (this.#frames === 0 ? 0 : 1) : (2 * this.#matched) / this.#detections,
      shadow_decision_agreement: this.#frames === 0 ? 0 : this.#agreeing / this.#frames,
      shadow_latency_p99_ms: orZero(this.#shadowMs.figures().p99LatencyMs),
      active_latency_p99_ms: orZero(this.#activeMs.figures().p99LatencyMs),
      shadow_frames: this.#frames,
      shadow_skipped: skipped,
      shadow_errors: errors,
    };
  }
}

// A report's metrics map is double-valued; a figure of nothing is 0 beside shadow_frames 0.
const orZero = (v: number): number => (Number.isFinite(v) ? v : 0);

function toEval(d: Detection): EvalDetection {
  const [x1, y1, x2, y2] = d.box;
  return { frame: 0, classLabel: d.label, score: d.score, box: { left: x1, top: y1, width: x2 - x1, height: y2 - y1 } };
}

function labelsAbove(dets: readonly Detection[], score: number): Set<string> {
  return new Set(dets.filter((d) => d.score >= score).map((d) => d.label));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
