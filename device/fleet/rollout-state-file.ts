import { mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import { VigilError } from "../../runtime/errors/index.js";
import { writeFileAtomic } from "../../runtime/files/index.js";

export const ROLLOUT_STATE_KIND = "vigil.fleet.rollout";
export const ROLLOUT_STATE_VERSION = 1;

const DeviceStateSchema = z.strictObject({
  site: z.string(),
  device: z.string(),
  /** 1-based wave the device was deployed in; 0 when not (yet) deployed. */
  wave: z.number().int().min(0),
  /** The version active before this rollout (from its status, or the "active" report's previous_version). */
  previousVersion: z.string(),
  /** "not_deployed", "pending" (no report yet), a report state, or "timeout". */
  state: z.string(),
  reason: z.string(),
  /** The device reported "active" for this rollout at some point. */
  becameActive: z.boolean(),
});

const RolloutStateSchema = z.strictObject({
  kind: z.literal(ROLLOUT_STATE_KIND),
  version: z.literal(ROLLOUT_STATE_VERSION),
  deployId: z.string().min(1),
  modelName: z.string(),
  modelVersion: z.string(),
  target: z.string(),
  /** "running", "completed" or "halted". */
  outcome: z.enum(["running", "completed", "halted"]),
  startedNs: z.string().regex(/^\d+$/),
  updatedNs: z.string().regex(/^\d+$/),
  devices: z.array(DeviceStateSchema).max(1_000_000),
});

/** What `vigil fleet rollback` needs to undo the last rollout: written by the RolloutController. */
export type RolloutState = z.infer<typeof RolloutStateSchema>;
export type RolloutDeviceState = z.infer<typeof DeviceStateSchema>;

/**
 * Writes the state atomically (temp file, fsync, rename): a crash leaves the old or the new file, never half of one.
 *   await writeRolloutState(".vigil/last-rollout.json", state);
 */
export async function writeRolloutState(path: string, state: RolloutState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
}

/** Reads a state file; CONFIG_NOT_FOUND when missing, CONFIG_INVALID when it is not one. */
export async function readRolloutState(path: string): Promise<RolloutState> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new VigilError("CONFIG_NOT_FOUND", `no rollout state at ${path}: ${(err as Error).message} (vigil fleet push --state writes it; or pass --target, --to-version and --model-name)`, { cause: err });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new VigilError("CONFIG_INVALID", `rollout state ${path} is not JSON: ${(err as Error).message}`, { cause: err });
  }
  const parsed = RolloutStateSchema.safeParse(raw);
  if (!parsed.success) throw new VigilError("CONFIG_INVALID", `${path} is not a vigil rollout state file:\n${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  return parsed.data;
}
