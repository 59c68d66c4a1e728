import { Counter, Histogram, type Registry } from "prom-client";

/** Route label of requests that matched no route (bounded: clients cannot mint labels). */
export const UNMATCHED_ROUTE = "(unmatched)";

/** API counters as plain numbers (GET /v1/status, tests). */
export interface ApiCountsSnapshot {
  /** route pattern -> status code -> answers. */
  requests: Record<string, Record<string, number>>;
  infer: { hits: number; misses: number; timeouts: number; overloaded: number; lateFinished: number; lateFailed: number };
}

/**
 * Counts every API answer by route pattern and status, cache hits and misses and inference
 * time; with a prom-client Registry also as vigil_api_requests_total{route,status},
 * vigil_api_infer_cache_total{result} and the vigil_api_infer_seconds histogram.
 * Labels come from route patterns and status codes only, so their number is bounded.
 *   const m = new ApiMetrics(registry); m.request("/v1/infer", 200); m.inferSeconds(0.031);
 */
export class ApiMetrics {
  readonly #requests = new Map<string, Map<number, number>>();
  readonly #infer = { hits: 0, misses: 0, timeouts: 0, overloaded: 0, lateFinished: 0, lateFailed: 0 };
  readonly #promRequests: Counter<"route" | "status"> | undefined;
  readonly #promCache: Counter<"result"> | undefined;
  readonly #promSeconds: Histogram | undefined;

  constructor(registry?: Registry) {
    if (registry === undefined) return;
    this.#promRequests = new Counter({
      name: "vigil_api_requests_total",
      help: "HTTP API answers by route pattern and status code",
      labelNames: ["route", "status"],
      registers: [registry],
    });
    this.#promCache = new Counter({
      name: "vigil_api_infer_cache_total",
      help: "POST /v1/infer cache lookups by result (hit, miss)",
      labelNames: ["result"],
      registers: [registry],
    });
    this.#promSeconds = new Histogram({
      name: "vigil_api_infer_seconds",
      help: "Time of the inferences POST /v1/infer ran (preprocess, model, decode), including those whose client timed out",
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    // Both results exist from the start, so a dashboard's rate() has a series before the first request.
    this.#promCache.inc({ result: "hit" }, 0);
    this.#promCache.inc({ result: "miss" }, 0);
  }

  request(route: string, status: number): void {
    let byStatus = this.#requests.get(route);
    if (byStatus === undefined) this.#requests.set(route, (byStatus = new Map()));
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    this.#promRequests?.inc({ route, status: String(status) });
  }

  cache(result: "hit" | "miss"): void {
    this.#infer[result === "hit" ? "hits" : "misses"]++;
    this.#promCache?.inc({ result });
  }

  inferSeconds(seconds: number): void {
    this.#promSeconds?.observe(seconds);
  }

  /** A client got 504 while its inference went on. */
  timedOut(): void {
    this.#infer.timeouts++;
  }

  overloaded(): void {
    this.#infer.overloaded++;
  }

  /** An inference whose client already timed out ended (ok: answered, cached; else failed). */
  lateEnd(ok: boolean): void {
    this.#infer[ok ? "lateFinished" : "lateFailed"]++;
  }

  snapshot(): ApiCountsSnapshot {
    const requests: ApiCountsSnapshot["requests"] = {};
    for (const [route, byStatus] of this.#requests) requests[route] = Object.fromEntries([...byStatus].map(([s, n]) => [String(s), n]));
    return { requests, infer: { ...this.#infer } };
  }
}
