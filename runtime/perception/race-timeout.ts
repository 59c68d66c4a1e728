/** How a raced promise ended: its value, its error, or the deadline first. */
export type Raced<T> = { kind: "value"; value: T } | { kind: "error"; error: unknown } | { kind: "timeout" };

/**
 * Waits for `work` or `ms` milliseconds, whichever comes first; never rejects. The timer is
 * cleared as soon as `work` settles. `work` itself is left running on a timeout (the caller
 * decides what to do with it). `ms` undefined: no deadline.
 *   const r = await raceTimeout(session.run(inputs), 1000); if (r.kind === "timeout") ...
 */
export async function raceTimeout<T>(work: Promise<T>, ms: number | undefined): Promise<Raced<T>> {
  const settled = work.then(
    (value): Raced<T> => ({ kind: "value", value }),
    (error: unknown): Raced<T> => ({ kind: "error", error }),
  );
  if (ms === undefined) return settled;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Raced<T>>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "timeout" }), ms);
  });
  try {
    return await Promise.race([settled, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
