import Long from "long";

export type { Long };

/** int64 fields decode as Long (or number when small); the runtime works in bigint nanoseconds. */
export function longToBigint(value: Long | number | string | null | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === "number") return BigInt(Math.trunc(value));
  if (typeof value === "string") return BigInt(value);
  return value.toBigInt();
}

export function bigintToLong(value: bigint, unsigned = false): Long {
  return Long.fromBigInt(value, unsigned);
}
