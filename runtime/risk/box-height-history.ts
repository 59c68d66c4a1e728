export interface HeightSample {
  timeNs: bigint;
  heightPx: number;
}

export interface BoxHeightHistoryOptions {
  /** Tracks remembered at once; more in one frame are not remembered (no scale TTC for them). */
  maxTracks: number;
  /** Samples kept per track. */
  maxSamples: number;
  /** Samples older than this before the newest frame are forgotten. */
  windowNs: bigint;
}

/**
 * The recent box heights of one sensor's tracks, for the box-height rate (scale TTC and the
 * ground contact point's speed). Bounded: maxTracks × maxSamples; tracks absent from a frame are forgotten.
 *   const ref = history.reference(id, t); history.update(t, new Map([[id, h]]));
 */
export class BoxHeightHistory {
  readonly #options: BoxHeightHistoryOptions;
  #tracks = new Map<number, HeightSample[]>();

  constructor(options: BoxHeightHistoryOptions) {
    if (options.maxTracks < 1 || options.maxSamples < 2 || options.windowNs <= 0n) {
      throw new RangeError(`BoxHeightHistory: bad options ${JSON.stringify({ ...options, windowNs: String(options.windowNs) })}`);
    }
    this.#options = options;
  }

  get size(): number {
    return this.#tracks.size;
  }

  /** The oldest sample of a track within the window before `timeNs` (strictly earlier), if any. */
  reference(trackId: number, timeNs: bigint): HeightSample | undefined {
    const samples = this.#tracks.get(trackId);
    if (samples === undefined) return undefined;
    return samples.find((s) => s.timeNs < timeNs && timeNs - s.timeNs <= this.#options.windowNs);
  }

  /** Whether a track is remembered (false for tracks beyond maxTracks). */
  has(trackId: number): boolean {
    return this.#tracks.has(trackId);
  }

  /** Records one frame's heights; forgets tracks not in it and samples outside the window. */
  update(timeNs: bigint, heights: ReadonlyMap<number, number>): void {
    const next = new Map<number, HeightSample[]>();
    for (const [trackId, heightPx] of heights) {
      if (next.size >= this.#options.maxTracks) break;
      const samples = (this.#tracks.get(trackId) ?? []).filter((s) => s.timeNs < timeNs && timeNs - s.timeNs <= this.#options.windowNs);
      samples.push({ timeNs, heightPx });
      if (samples.length > this.#options.maxSamples) samples.splice(0, samples.length - this.#options.maxSamples);
      next.set(trackId, samples);
    }
    this.#tracks = next;
  }
}
