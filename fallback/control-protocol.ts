import { Request } from "zeromq";
import { z } from "zod";
import { VigilError } from "../runtime/errors/index.js";
import type { CoreStatus, IncidentJson } from "./supervisor-core.js";

/** Control requests: JSON on the supervisor's REP endpoint (fallback.control.endpoint). */
export const ControlRequestSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("reset"), operator: z.string().trim().min(1).max(64).regex(/^[\w.@ -]+$/, "letters, digits, space and . @ - _") }).strict(),
  z.object({ op: z.literal("status") }).strict(),
]);
export type ControlRequest = z.infer<typeof ControlRequestSchema>;

/** What the supervisor answers; every request gets exactly one reply. */
export type ControlReply =
  | ({ op: "reset" } & ResetReply)
  | { op: "status"; status: SupervisorStatus }
  | { op: "error"; code: "USAGE"; message: string };

/** The answer to a reset request. */
export interface ResetReply {
  accepted: boolean;
  /** FALLBACK_RESET_REFUSED when refused. */
  code?: string;
  message: string;
  incident?: IncidentJson;
}

/** The supervisor's status: its core's plus the sockets and what they rejected. */
export interface SupervisorStatus extends CoreStatus {
  pipeline: string;
  machineId: string;
  endpoints: SupervisorEndpoints;
  /** Messages that could not be read, by code (HEARTBEAT_MALFORMED, COMMAND_MALFORMED). */
  malformed: Record<string, number>;
  /** SAFE_STOPs handed to the PUB socket, and those lost because a send was still in flight. */
  published: number;
  dropped: number;
}

export interface SupervisorEndpoints {
  heartbeats: string[];
  commands: string[];
  /** Where SAFE_STOPs go (the bound port when the config said *). */
  publish: string;
  control: string;
}

/** Control messages are tiny: a larger one is refused by libzmq before it is read. */
export const MAX_CONTROL_REQUEST_BYTES = 4096;

/**
 * Reads one control request; USAGE (with what is wrong) when it is not valid JSON or not a request.
 *   const request = parseControlRequest(bytes); // { op: "reset", operator: "alice" }
 */
export function parseControlRequest(bytes: Uint8Array): ControlRequest {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    throw new VigilError("USAGE", `control request is not JSON: ${(err as Error).message}; send {"op":"status"} or {"op":"reset","operator":"<name>"}`, { cause: err });
  }
  const parsed = ControlRequestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new VigilError("USAGE", `bad control request: ${z.prettifyError(parsed.error)}; send {"op":"status"} or {"op":"reset","operator":"<name>"}`, { cause: parsed.error });
  }
  return parsed.data;
}

/**
 * Sends one request to a running supervisor and waits at most timeoutMs for its reply;
 * FALLBACK_SOCKET_FAILED when none comes (not running, wrong endpoint).
 *   const reply = await sendControlRequest("tcp://127.0.0.1:5562", { op: "reset", operator: "alice" }, 2000);
 */
export async function sendControlRequest(endpoint: string, request: ControlRequest, timeoutMs: number): Promise<ControlReply> {
  const socket = new Request({ linger: 0, sendTimeout: timeoutMs, receiveTimeout: timeoutMs, maxMessageSize: 4 * 1024 * 1024 });
  try {
    socket.connect(endpoint);
    await socket.send(JSON.stringify(request));
    const [reply] = await socket.receive();
    return JSON.parse(new TextDecoder().decode(reply)) as ControlReply;
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const why = code === "EAGAIN" ? `no reply within ${timeoutMs} ms` : (err as Error).message;
    throw new VigilError("FALLBACK_SOCKET_FAILED", `supervisor control endpoint ${endpoint}: ${why}; is \`vigil supervise --config <file>\` running with this control endpoint?`, { cause: err });
  } finally {
    socket.close();
  }
}
