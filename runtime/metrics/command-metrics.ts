import { Counter, Gauge } from "prom-client";
import type { ActuationCommandMessage } from "../../proto/index.js";
import { METRIC_NAMES, type MetricsTarget } from "./metric-names.js";

/**
 * What the arbiter publishes: commands per source and kind (each fixed-rate re-publish counts),
 * whether the published command comes from source FALLBACK now (the supervisor's SAFE_STOP, or
 * the arbiter's own when no command is valid), and how often it switched to FALLBACK.
 *   const commands = new CommandMetrics(target); commands.onCommand(command);
 */
export class CommandMetrics {
  readonly #commands: Counter<"source" | "kind">;
  readonly #fallbackActive: Gauge;
  readonly #fallbackTriggers: Counter;
  #lastSource: ActuationCommandMessage["source"] | undefined;

  constructor(target: MetricsTarget) {
    const { registry, prefix } = target;
    this.#commands = new Counter({
      name: prefix + METRIC_NAMES.commands,
      help: "Actuation commands the arbiter published, per source (PERCEPTION, OPERATOR, FALLBACK) and kind (PROCEED, SLOW, STOP, SAFE_STOP)",
      labelNames: ["source", "kind"],
      registers: [registry],
    });
    this.#fallbackActive = new Gauge({
      name: prefix + METRIC_NAMES.fallbackActive,
      help: "1 while the arbiter's published command comes from source FALLBACK, else 0",
      registers: [registry],
    });
    this.#fallbackTriggers = new Counter({
      name: prefix + METRIC_NAMES.fallbackTriggers,
      help: "Times the arbiter's published command switched to source FALLBACK",
      registers: [registry],
    });
  }

  onCommand(c: ActuationCommandMessage): void {
    // Source and kind are closed enums (decodeActuationCommand refuses others): the label set is bounded.
    this.#commands.inc({ source: c.source, kind: c.kind });
    const fallback = c.source === "FALLBACK";
    if (fallback && this.#lastSource !== "FALLBACK") this.#fallbackTriggers.inc();
    this.#fallbackActive.set(fallback ? 1 : 0);
    this.#lastSource = c.source;
  }
}
