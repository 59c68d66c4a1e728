/**
 * Waits `ns` nanoseconds (millisecond timer resolution), or less if the signal aborts:
 * how simulators pace their sends without outliving a stop.
 *   await abortableSleep(100_000_000n, abort.signal);
 */
export function abortableSleep(ns: bigint, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, Number(ns / 1_000_000n));
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
