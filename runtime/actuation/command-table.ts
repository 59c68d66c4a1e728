import type { ActuationCommandMessage, CommandKindName, CommandSourceName } from "../../proto/index.js";

const KIND_RANK: Record<CommandKindName, number> = { PROCEED: 1, SLOW: 2, STOP: 3, SAFE_STOP: 4 };
const SOURCE_RANK: Record<CommandSourceName, number> = { PERCEPTION: 1, OPERATOR: 2, FALLBACK: 3 };

/**
 * Positive when `a` is more restrictive than `b`: the higher kind; between two SLOWs the
 * lower speed limit; then the higher-ranked source (FALLBACK > OPERATOR > PERCEPTION).
 *   const winner = compareRestrictiveness(a, b) >= 0 ? a : b;
 */
export function compareRestrictiveness(
  a: Pick<ActuationCommandMessage, "kind" | "maxSpeedMps" | "source">,
  b: Pick<ActuationCommandMessage, "kind" | "maxSpeedMps" | "source">,
): number {
  const byKind = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (byKind !== 0) return byKind;
  if (a.kind === "SLOW" && a.maxSpeedMps !== b.maxSpeedMps) return b.maxSpeedMps - a.maxSpeedMps;
  return SOURCE_RANK[a.source] - SOURCE_RANK[b.source];
}

/**
 * The latest command from each source (three slots at most, so bounded), and the most
 * restrictive of those still valid at a given time. Shared by the arbiter and the gateway.
 *   table.offer(command); const winner = table.winner(clock.nowNs()); // undefined: none valid
 */
export class CommandTable {
  readonly #latest = new Map<CommandSourceName, ActuationCommandMessage>();

  /** Replaces the source's previous command, whatever it said: the newest word of a source counts. */
  offer(command: ActuationCommandMessage): void {
    this.#latest.set(command.source, command);
  }

  /** A command is valid while nowNs <= validUntilNs. */
  winner(nowNs: bigint): ActuationCommandMessage | undefined {
    let best: ActuationCommandMessage | undefined;
    for (const command of this.#latest.values()) {
      if (command.validUntilNs < nowNs) continue;
      if (best === undefined || compareRestrictiveness(command, best) > 0) best = command;
    }
    return best;
  }

  /** The latest command of each source, valid or not. */
  latest(): ActuationCommandMessage[] {
    return [...this.#latest.values()];
  }

  clear(): void {
    this.#latest.clear();
  }
}
