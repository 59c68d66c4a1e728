import { Command } from "commander";
import { addFleetKeyCommands } from "./fleet-key-commands.js";
import { addFleetRolloutCommands } from "./fleet-rollout-commands.js";

/** `vigil fleet`: what a fleet manager runs — signing keys and manifests, rollouts, status, rollback. */
export function fleetCommand(): Command {
  const fleet = new Command("fleet").description("sign model versions and roll them out to devices over MQTT, in waves, with rollback");
  addFleetKeyCommands(fleet);
  addFleetRolloutCommands(fleet);
  return fleet;
}
