import { vigil } from "../../proto/index.js";

/** The agent's handler per command kind. */
export interface CommandHandlers {
  handleDeploy(cmd: vigil.v1.DeployCommand): Promise<unknown>;
  handleChunk(chunk: vigil.v1.ArtifactChunk): unknown;
  handleRollback(cmd: vigil.v1.RollbackCommand): Promise<unknown>;
}

/** A command as it left the table: what the handler returned (a deploy's promise is its whole flow). */
export type Dispatch = (handlers: CommandHandlers, payload: Uint8Array) => unknown;

/**
 * One entry per command topic under `vigil/<site>/<device>/`: decode the payload as that
 * topic's message and hand it to its handler. A payload that does not decode throws (the
 * caller counts it as CLOUD_COMMAND_INVALID).
 *   COMMAND_TABLE["cmd/rollback"]?.(agent, payload);
 */
export const COMMAND_TABLE: Readonly<Record<string, Dispatch>> = {
  "cmd/deploy": (h, payload) => h.handleDeploy(vigil.v1.DeployCommand.decode(payload)),
  "cmd/artifact": (h, payload) => h.handleChunk(vigil.v1.ArtifactChunk.decode(payload)),
  "cmd/rollback": (h, payload) => h.handleRollback(vigil.v1.RollbackCommand.decode(payload)),
};
