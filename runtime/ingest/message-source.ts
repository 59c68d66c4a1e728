/**
 * Where ingest reads raw messages from, one at a time and only when asked: a ZeroMQ socket
 * (ZmqFrameSource), or a log or an in-memory list in replay and tests. null means the
 * source has ended (closed); an aborted call also resolves null and must lose no message.
 *   for (let m = await source.receive(signal); m !== null; m = await source.receive(signal)) use(m);
 */
export interface MessageSource {
  receive(signal?: AbortSignal): Promise<Uint8Array | null>;
}
