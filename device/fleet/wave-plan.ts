import { VigilError } from "../../runtime/errors/index.js";

/** One wave of a rollout: the devices [from, to) of the sorted device list (cumulative: wave k covers [0, to)). */
export interface WavePlan {
  /** 1-based. */
  wave: number;
  /** The cumulative fraction asked for. */
  fraction: number;
  from: number;
  to: number;
}

/**
 * Reads "10%,50%,100%" (or "0.1,0.5,1"): cumulative fractions, strictly increasing, each in
 * (0, 1]. USAGE naming the bad entry otherwise.
 *   parseWaveFractions("10%,50%,100%"); // [0.1, 0.5, 1]
 */
export function parseWaveFractions(text: string): number[] {
  const parts = text.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  if (parts.length === 0) throw new VigilError("USAGE", `waves "${text}" is empty: write e.g. 10%,50%,100%`);
  const fractions = parts.map((p) => {
    const percent = p.endsWith("%");
    const n = Number(percent ? p.slice(0, -1) : p);
    if (!Number.isFinite(n)) throw new VigilError("USAGE", `wave "${p}" is not a number: write e.g. 10%,50%,100% or 0.1,0.5,1`);
    return percent ? n / 100 : n;
  });
  checkWaveFractions(fractions);
  return fractions;
}

/** USAGE unless the fractions are strictly increasing and each in (0, 1]. */
export function checkWaveFractions(fractions: readonly number[]): void {
  if (fractions.length === 0) throw new VigilError("USAGE", "a rollout needs at least one wave, e.g. [0.1, 0.5, 1]");
  fractions.forEach((f, i) => {
    if (!(f > 0 && f <= 1)) throw new VigilError("USAGE", `wave ${i + 1} is ${f}: each wave is a cumulative fraction above 0 and at most 1 (100%)`);
    if (i > 0 && f <= (fractions[i - 1] as number)) {
      throw new VigilError("USAGE", `wave ${i + 1} (${f}) is not above wave ${i} (${fractions[i - 1]}): waves are cumulative, e.g. 10%,50%,100%`);
    }
  });
}

/**
 * The waves over `n` sorted devices: wave k ends at ceil(fraction_k * n). A wave that would
 * add no device (few devices, close fractions) is left out, so every planned wave deploys to
 * at least one new device.
 *   planWaves([0.1, 0.5, 1], 20); // ends at 2, 10, 20
 */
export function planWaves(fractions: readonly number[], n: number): WavePlan[] {
  checkWaveFractions(fractions);
  const plans: WavePlan[] = [];
  let from = 0;
  for (const fraction of fractions) {
    // the epsilon keeps 0.1 * 20 at 2 despite float rounding (0.30000000000000004 * 10 -> 3, not 4)
    const to = Math.min(n, Math.ceil(fraction * n - 1e-9));
    if (to <= from) continue;
    plans.push({ wave: plans.length + 1, fraction, from, to });
    from = to;
  }
  return plans;
}
