import type { HistogramBins } from "./fixed-histogram.js";

/** Mean grey (0..255) of the frame's thumbnail, from the sensor health image checks. */
export const BRIGHTNESS = "brightness";
/** Standard deviation of the thumbnail's grey (0..127.5). */
export const CONTRAST = "contrast";
/** Detections in one DetectionSet. */
export const DETECTIONS_PER_FRAME = "detections_per_frame";
/** Each detection's score goes to `score:<label>`. */
export const SCORE_PREFIX = "score:";
/** Not a histogram feature: the fraction of ended tracks that were short-lived (alarm and gauge label). */
export const SHORT_LIVED_TRACKS = "short_lived_tracks";

/** The fixed features every sensor may have, besides one `score:<label>` per class. */
export const FIXED_FEATURES = [BRIGHTNESS, CONTRAST, DETECTIONS_PER_FRAME] as const;

/** Counts 0..31 each get a bin; 32 and more share the overflow bin. */
export const DETECTION_COUNT_BINS = 32;

const GREY_BINS: HistogramBins = { lo: 0, hi: 256, bins: 32, overflow: false };
const COUNT_BINS: HistogramBins = { lo: 0, hi: DETECTION_COUNT_BINS, bins: DETECTION_COUNT_BINS, overflow: true };
const SCORE_BINS: HistogramBins = { lo: 0, hi: 1, bins: 20, overflow: false };

/** The score feature of a detection class. */
export const scoreFeature = (label: string): string => `${SCORE_PREFIX}${label}`;

/** Whether `name` is a histogram feature (a fixed one or `score:<label>` with a non-empty label). */
export function isHistogramFeature(name: string): boolean {
  return (FIXED_FEATURES as readonly string[]).includes(name) || (name.startsWith(SCORE_PREFIX) && name.length > SCORE_PREFIX.length);
}

/**
 * The histogram bins of a feature, fixed by its kind so every profile and window of it bins
 * alike: grey levels 0..255 in 32 bins of 8, detection counts one bin per count with an
 * overflow bin, scores 0..1 in 20 bins of 0.05.
 *   binsOf("score:person"); // { lo: 0, hi: 1, bins: 20, overflow: false }
 */
export function binsOf(feature: string): HistogramBins {
  if (feature === BRIGHTNESS || feature === CONTRAST) return GREY_BINS;
  if (feature === DETECTIONS_PER_FRAME) return COUNT_BINS;
  if (isHistogramFeature(feature)) return SCORE_BINS;
  throw new RangeError(`"${feature}" is not a drift feature`);
}
