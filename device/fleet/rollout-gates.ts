import YAML from "yaml";
import { z } from "zod";
import { VigilError } from "../../runtime/errors/index.js";

/** How a gate folds the confirmed devices' values into one: "worst" (the default) is the highest for a max limit, the lowest for a min limit, i.e. every device must meet it. */
export const GATE_AGGREGATES = ["worst", "max", "min", "mean", "p95"] as const;
export type GateAggregate = (typeof GATE_AGGREGATES)[number];

const RolloutGateSchema = z
  .strictObject({
    /** A key of the "confirmed" report's metrics: error_rate, p99_latency_ms, fallback_triggers, frames, ... */
    metric: z.string().min(1),
    max: z.number().optional(),
    min: z.number().optional(),
    aggregate: z.enum(GATE_AGGREGATES).default("worst"),
  })
  .superRefine((g, ctx) => {
    if ((g.max === undefined) === (g.min === undefined)) {
      ctx.addIssue({ code: "custom", message: `gate ${g.metric} sets ${g.max === undefined ? "neither" : "both"} of max and min: set exactly one (write one gate per limit)` });
    }
  });

/** The rollout gates file (YAML). Defaults in one place: here. */
export const RolloutGatesSchema = z.strictObject({
  /** Every device of a wave must end (confirmed, refused, ...) within this; later ones count as failed (ROLLOUT_TIMEOUT). */
  wave_timeout_s: z.number().positive().max(86_400).default(60),
  /** Fraction of a wave's devices that must end "confirmed". */
  min_success: z.number().min(0).max(1).default(1),
  /** How long a halted rollout waits for the devices' "rolled_back" reports. */
  rollback_timeout_s: z.number().positive().max(86_400).default(60),
  gates: z.array(RolloutGateSchema).max(64).default([]),
});

export type RolloutGates = z.infer<typeof RolloutGatesSchema>;
export type RolloutGate = RolloutGates["gates"][number];

/** One gate judged over one wave. */
export interface GateOutcome {
  metric: string;
  aggregate: GateAggregate;
  kind: "max" | "min";
  limit: number;
  /** The aggregated value over the wave's confirmed devices; null when there is none to judge. */
  value: number | null;
  pass: boolean;
  /** Why it failed when it could not be judged (no confirmed device, a device without the metric). */
  reason: string | null;
}

/** Slack so a value exactly at its limit passes despite float rounding. */
const TOLERANCE = 1e-9;

/**
 * Validates parsed gates (CONFIG_INVALID naming each bad field) and fills the defaults.
 *   const gates = parseRolloutGates({ gates: [{ metric: "p99_latency_ms", max: 120 }] });
 */
export function parseRolloutGates(raw: unknown, source = "rollout gates"): RolloutGates {
  const result = RolloutGatesSchema.safeParse(raw ?? {});
  if (!result.success) throw new VigilError("CONFIG_INVALID", `${source} is invalid:\n${z.prettifyError(result.error)}`, { cause: result.error });
  return result.data;
}

/** parseRolloutGates of YAML text; CONFIG_INVALID when it is not YAML. */
export function parseRolloutGatesYaml(text: string, source = "rollout gates"): RolloutGates {
  let raw: unknown;
  try {
    raw = YAML.parse(text);
  } catch (err) {
    throw new VigilError("CONFIG_INVALID", `${source} is not valid YAML: ${(err as Error).message}`, { cause: err });
  }
  return parseRolloutGates(raw, source);
}

/**
 * Judges the gates over the metrics of a wave's "confirmed" devices (one map per device).
 * A gate holds when the aggregate meets its limit (inclusive); with the default "worst",
 * that is when every confirmed device meets it. No confirmed device, or one without the
 * metric, fails the gate with a reason: never a silent pass.
 *   evaluateRolloutGates(gates.gates, [{ p99_latency_ms: 300 }]); // [{ metric: "p99_latency_ms", value: 300, pass: false, ... }]
 */
export function evaluateRolloutGates(gates: readonly RolloutGate[], confirmed: ReadonlyArray<{ device: string; metrics: Readonly<Record<string, number>> }>): GateOutcome[] {
  return gates.map((gate) => {
    const kind = gate.max !== undefined ? "max" : "min";
    const limit = (gate.max ?? gate.min) as number;
    const base = { metric: gate.metric, aggregate: gate.aggregate, kind, limit } as const;
    if (confirmed.length === 0) return { ...base, value: null, pass: false, reason: "no device of the wave was confirmed" };
    const missing = confirmed.filter((c) => !Number.isFinite(c.metrics[gate.metric]));
    if (missing.length > 0) {
      const names = missing.slice(0, 5).map((c) => c.device).join(", ");
      return { ...base, value: null, pass: false, reason: `${missing.length} confirmed device(s) reported no ${gate.metric} (${names}${missing.length > 5 ? ", ..." : ""})` };
    }
    const values = confirmed.map((c) => c.metrics[gate.metric] as number);
    const value = aggregate(values, gate.aggregate, kind);
    const pass = kind === "max" ? value <= limit + TOLERANCE : value >= limit - TOLERANCE;
    return { ...base, value, pass, reason: null };
  });
}

function aggregate(values: readonly number[], how: GateAggregate, kind: "max" | "min"): number {
  switch (how) {
    case "worst":
      return kind === "max" ? Math.max(...values) : Math.min(...values);
    case "max":
      return Math.max(...values);
    case "min":
      return Math.min(...values);
    case "mean":
      return values.reduce((a, b) => a + b, 0) / values.length;
    case "p95": {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(0.95 * sorted.length) - 1))] as number;
    }
  }
}
