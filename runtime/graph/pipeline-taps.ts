import type { RuntimePipelineDeps } from "./runtime-pipeline.js";

/** The RuntimePipeline hooks: what recorders, metrics, drift, the cloud link and the audit trail listen on. */
export type PipelineTaps = Pick<RuntimePipelineDeps, "onFrame" | "onDetections" | "onTracks" | "onRisk" | "onCommand" | "onHeartbeat">;

const HOOKS = ["onFrame", "onDetections", "onTracks", "onRisk", "onCommand", "onHeartbeat"] as const;

/**
 * One set of hooks from several: each hook calls every part's in the order given. A part that
 * throws would stop the stage that calls it, so parts must not throw (they count and log).
 *   RuntimePipeline.start(config, { detector, clock, logger, ...combineTaps(metrics.taps(), cloud.taps()) });
 */
export function combineTaps(...parts: ReadonlyArray<Partial<PipelineTaps> | undefined>): PipelineTaps {
  const out: PipelineTaps = {};
  for (const hook of HOOKS) {
    const fns = parts.flatMap((p) => (p?.[hook] === undefined ? [] : [p[hook] as (m: never) => void]));
    if (fns.length === 1) (out as Record<string, unknown>)[hook] = fns[0];
    else if (fns.length > 1) (out as Record<string, unknown>)[hook] = (m: never) => fns.forEach((f) => f(m));
  }
  return out;
}
