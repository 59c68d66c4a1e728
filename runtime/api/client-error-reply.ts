import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { ApiError } from "./api-error.js";

/**
 * Answers a request Node's HTTP parser rejected before fastify saw it (bad Content-Length,
 * oversized headers, a request that took too long to arrive) with the API's error envelope,
 * then closes the socket, as Node itself would.
 *   Fastify({ clientErrorHandler: replyToClientError });
 */
export function replyToClientError(err: Error & { code?: string }, socket: Duplex): void {
  // A reset connection has no one to answer.
  if (err.code === "ECONNRESET" || socket.destroyed) return;
  const status = err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : err.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
  const message =
    status === 408 ? "the request did not arrive in time" : status === 431 ? "the request headers are too large" : "the request is not valid HTTP/1.1";
  const body = JSON.stringify(new ApiError(status, "REQUEST_INVALID", message, err.code === undefined ? undefined : { cause_code: err.code }).envelope());
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
