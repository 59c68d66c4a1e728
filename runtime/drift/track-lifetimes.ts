/** Tracks ended on one TrackSet: how many, and how many of them were short-lived. */
export interface EndedTracks {
  ended: number;
  shortLived: number;
}

/**
 * Follows one sensor's tracks from TrackSet to TrackSet and reports the ones that ended (the
 * tracker stopped reporting them: a tentative track that missed, a lost one that expired)
 * with the detections each had matched. A track that ends with fewer than `shortLivedFrames`
 * matches is short-lived: mostly false positives that flickered. Holds only the live tracks
 * (at most `maxTracks`; more in one set are not followed).
 *   const lifetimes = new TrackLifetimes(5); const { ended, shortLived } = lifetimes.update(trackSet.tracks);
 */
export class TrackLifetimes {
  readonly shortLivedFrames: number;
  readonly maxTracks: number;
  #live = new Map<number, number>();
  /** Tracks beyond maxTracks in one set, not followed. */
  untracked = 0;

  constructor(shortLivedFrames: number, maxTracks = 10_000) {
    this.shortLivedFrames = shortLivedFrames;
    this.maxTracks = maxTracks;
  }

  update(tracks: ReadonlyArray<{ trackId: number; hits: number }>): EndedTracks {
    const next = new Map<number, number>();
    for (const t of tracks) {
      if (next.size >= this.maxTracks) {
        this.untracked++;
        continue;
      }
      next.set(t.trackId, Math.max(t.hits, this.#live.get(t.trackId) ?? 0));
    }
    let ended = 0;
    let shortLived = 0;
    for (const [id, hits] of this.#live) {
      if (next.has(id)) continue;
      ended++;
      if (hits < this.shortLivedFrames) shortLived++;
    }
    this.#live = next;
    return { ended, shortLived };
  }

  /** Forgets the live tracks without counting them as ended (a new log: track ids start again). */
  reset(): void {
    this.#live.clear();
  }

  get live(): number {
    return this.#live.size;
  }
}
