import { loadPipeline, resolveConfigPath, type PipelineConfig } from "../runtime/config/index.js";
import { VigilError } from "../runtime/errors/index.js";
import { HEARTBEAT_COMPONENTS, type HeartbeatComponent } from "../proto/index.js";
import type { FallbackConfig } from "./fallback-config.js";

/**
 * What `vigil supervise` runs with: the pipeline's `fallback` section (defaults already
 * applied by its zod schema) plus what is derived from the rest of the pipeline file.
 */
export interface SupervisorSettings {
  /** The pipeline's name (for logs). */
  pipeline: string;
  /** Written into every SAFE_STOP; commands for another machine do not count as a live stream. */
  machineId: string;
  /** Heartbeat PUB endpoints the supervisor connects to. */
  heartbeatEndpoints: readonly string[];
  /** Command PUB endpoints whose stream must not stop; may be empty. */
  commandEndpoints: readonly string[];
  /** Components that must be heard from, in pipeline order. */
  required: readonly HeartbeatComponent[];
  fallback: FallbackConfig;
}

/**
 * Derives the supervisor's settings from a parsed pipeline. USAGE when no heartbeat
 * endpoint can be found or the deadlines contradict each other.
 *   const settings = supervisorSettings(parsePipeline(YAML.parse(text)));
 */
export function supervisorSettings(config: PipelineConfig): SupervisorSettings {
  const fallback = config.fallback;
  let heartbeatEndpoints: string[] = [...fallback.heartbeats];
  if (heartbeatEndpoints.length === 0) {
    if (config.heartbeat === undefined) {
      throw new VigilError(
        "USAGE",
        `pipeline "${config.name}" publishes no heartbeats, so there is nothing to supervise: add a \`heartbeat:\` section ` +
          "(e.g. `heartbeat: { publish: { endpoint: tcp://127.0.0.1:5570 }, period_ms: 50 }`) or list endpoints under fallback.heartbeats",
      );
    }
    heartbeatEndpoints = [derived("heartbeat", config.heartbeat.publish, "heartbeats")];
  }
  const commandEndpoints =
    fallback.commands.length > 0 ? [...fallback.commands] : config.actuation !== undefined ? [derived("actuation", config.actuation.publish, "commands")] : [];
  const required = fallback.require.length > 0 ? new Set(fallback.require) : derivedRequirements(config);

  // A silent instance must be reported before it is forgotten, or forgetting would hide it.
  const slowest = Math.max(...HEARTBEAT_COMPONENTS.map((c) => fallback.components[c].heartbeat_deadline_ms));
  if (fallback.forget_after_ms <= slowest) {
    throw new VigilError("USAGE", `fallback.forget_after_ms (${fallback.forget_after_ms}) must exceed every heartbeat_deadline_ms (largest: ${slowest})`);
  }
  if (new Set(heartbeatEndpoints).size !== heartbeatEndpoints.length || new Set(commandEndpoints).size !== commandEndpoints.length) {
    throw new VigilError("USAGE", "fallback.heartbeats and fallback.commands must not list an endpoint twice");
  }
  return {
    pipeline: config.name,
    machineId: config.actuation?.machine_id ?? "machine-0",
    heartbeatEndpoints,
    commandEndpoints,
    required: HEARTBEAT_COMPONENTS.filter((c) => required.has(c)),
    fallback,
  };
}

/**
 * Reads a pipeline file and derives the supervisor's settings; CONFIG_NOT_FOUND,
 * CONFIG_INVALID or USAGE when it cannot.
 *   const settings = await loadSupervisorSettings("pipelines/demo.yaml");
 */
export async function loadSupervisorSettings(path: string): Promise<SupervisorSettings> {
  const { config, path: file } = await loadPipeline(path);
  const f = config.fallback;
  return supervisorSettings(f.audit_file === undefined ? config : { ...config, fallback: { ...f, audit_file: resolveConfigPath(file, f.audit_file) } });
}

/** The endpoint the runtime binds; one it connects from (to a broker, say) says nothing about where to subscribe. */
function derived(section: string, publish: { endpoint: string; mode: "bind" | "connect" }, list: string): string {
  if (publish.mode === "bind") return publish.endpoint;
  throw new VigilError("USAGE", `${section}.publish.mode is connect, so the supervisor cannot subscribe to ${publish.endpoint}: list the endpoint to subscribe to under fallback.${list}`);
}

/** ingest, track and risk always; detect when frames are ingested; arbiter when actuation is set. */
function derivedRequirements(config: PipelineConfig): Set<HeartbeatComponent> {
  const required = new Set<HeartbeatComponent>(["ingest", "track", "risk"]);
  if (config.ingest.some((i) => i.kind === "frames")) required.add("detect");
  if (config.actuation !== undefined) required.add("arbiter");
  return required;
}
