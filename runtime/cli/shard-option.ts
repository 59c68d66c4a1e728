import { InvalidArgumentError } from "commander";

/** Shard i of n (0-based): the inputs whose position in name order is i modulo n. */
export interface Shard {
  index: number;
  count: number;
}

/** Commander parser for `--shard i/n` (0 <= i < n); a Kubernetes Indexed Job passes $JOB_COMPLETION_INDEX as i. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m === null ? NaN : Number(m[1]);
  const count = m === null ? NaN : Number(m[2]);
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index >= count) {
    throw new InvalidArgumentError("must be i/n with 0 <= i < n, e.g. 0/3.");
  }
  return { index, count };
}

/**
 * This shard's share of the inputs: sorted by name, every n-th from position i, so the
 * split depends only on the names and n (never on the order they were given in).
 *   shardOf(["b.mcap", "a.mcap", "c.mcap"], { index: 1, count: 2 }, (x) => x) // ["b.mcap"]
 */
export function shardOf<T>(items: readonly T[], shard: Shard | undefined, nameOf: (item: T) => string): T[] {
  const sorted = [...items].sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
  return shard === undefined ? sorted : sorted.filter((_, i) => i % shard.count === shard.index);
}
