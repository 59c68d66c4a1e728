import { mulberry32 } from "../sim/index.js";
import { quantile } from "./quantile.js";

/** How a cluster bootstrap resamples: defaults 1000 resamples, seed 1, 95% intervals. */
export interface BootstrapOptions {
  /** Resamples drawn (default 1000). */
  resamples?: number;
  /** Seed of the mulberry32 generator that draws them (default 1). */
  seed?: number;
  /** Coverage of the percentile interval (default 0.95). */
  confidence?: number;
}

/** Min, max and sample standard deviation (n - 1; null below 2 values) of per-group values. */
export interface Spread {
  min: number;
  max: number;
  std: number | null;
  n: number;
}

export const BOOTSTRAP_DEFAULTS: Required<BootstrapOptions> = { resamples: 1000, seed: 1, confidence: 0.95 };

/**
 * Cluster-bootstrap resamples of `groups` groups: each resample draws `groups` groups with
 * replacement and is given as how many times each group was drawn. The groups are the
 * caller's, in a fixed order (sorted by id), so the same groups and seed give the same
 * resamples; a metric is then recomputed from the drawn groups' accumulators, weighted.
 *   for (const weights of bootstrapWeights(sequences.length)) values.push(recall(weights));
 */
export function bootstrapWeights(groups: number, { resamples = BOOTSTRAP_DEFAULTS.resamples, seed = BOOTSTRAP_DEFAULTS.seed }: BootstrapOptions = {}): Uint32Array[] {
  const random = mulberry32(seed);
  const out: Uint32Array[] = [];
  for (let b = 0; b < resamples; b++) {
    const weights = new Uint32Array(groups);
    for (let k = 0; k < groups; k++) weights[Math.floor(random() * groups)]!++;
    out.push(weights);
  }
  return out;
}

/**
 * The percentile interval of bootstrap values: the (1 - confidence) / 2 and
 * (1 + confidence) / 2 quantiles (type 7) of the finite ones; null when none is finite
 * (e.g. every resample had no ground truth).
 *   percentileInterval(values, 0.95); // [q2.5, q97.5]
 */
export function percentileInterval(values: readonly number[], confidence = BOOTSTRAP_DEFAULTS.confidence): [number, number] | null {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return null;
  return [quantile(finite, (1 - confidence) / 2), quantile(finite, (1 + confidence) / 2)];
}

/** Spread of per-group values, NaN ones (undefined for that group) left out; null when none is left. */
export function spreadOf(values: readonly number[]): Spread | null {
  const finite = values.filter(Number.isFinite);
  const n = finite.length;
  if (n === 0) return null;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of finite) {
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const mean = sum / n;
  let squares = 0;
  for (const v of finite) squares += (v - mean) * (v - mean);
  return { min, max, std: n < 2 ? null : Math.sqrt(squares / (n - 1)), n };
}
