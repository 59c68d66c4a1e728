import { open } from "node:fs/promises";
import { McapIndexedReader, McapStreamReader, type McapTypes } from "@mcap/core";
import { VigilError } from "../errors/index.js";
import { FileReadable } from "./file-readable.js";

/** One message of a log, with its channel's topic and schema name. */
export interface LogMessage {
  readonly topic: string;
  readonly schemaName: string;
  readonly channelId: number;
  readonly sequence: number;
  readonly logTimeNs: bigint;
  readonly publishTimeNs: bigint;
  readonly data: Uint8Array;
}

/** A channel of a log and its schema (the FileDescriptorSet for protobuf). */
export interface LogChannel {
  readonly id: number;
  readonly topic: string;
  readonly messageEncoding: string;
  readonly schemaName: string;
  readonly schemaEncoding: string;
  readonly schemaData: Uint8Array;
}

/** What readMcapLog found in a file. */
export interface McapLog {
  readonly path: string;
  /** Bytes in the file. */
  readonly size: number;
  /** Read through its summary and index (a complete file); false when read record by record. */
  readonly indexed: boolean;
  readonly header: { profile: string; library: string } | undefined;
  /** By channel id, ascending. */
  readonly channels: readonly LogChannel[];
  /** Every message read, in log-time order (file order among equal times). */
  readonly messages: readonly LogMessage[];
  /** "vigil" and other metadata records, by name. */
  readonly metadata: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /**
   * Why the file could not be read to its end: LOG_TRUNCATED (it stops before its footer: a
   * crash, a copy cut short) or LOG_INVALID (not MCAP, or a corrupt record), naming the byte
   * offset where reading stopped. The messages before that offset are still in `messages`.
   */
  readonly problem?: VigilError;
  /** Bytes read as whole records: the file's size when there is no problem. */
  readonly readableBytes: number;
}

/** How much the record-by-record reader takes from the file at a time. */
const READ_BYTES = 1 << 20;

/**
 * Reads an MCAP log: through its index when the file is complete, else record by record
 * from the start (McapStreamReader) as far as whole records go, returning those messages
 * with a LOG_TRUNCATED / LOG_INVALID problem that names the offset where reading stopped.
 * Only a file that cannot be opened throws (LOG_INVALID).
 *   const log = await readMcapLog("recordings/vigil-20250102T030405.678Z-000001.mcap");
 *   if (log.problem) console.warn(log.problem.code, log.problem.message);
 *   for (const m of log.messages) if (m.topic === "/vigil/detections") use(decodeDetectionSet(m.data));
 */
export async function readMcapLog(path: string): Promise<McapLog> {
  let file: FileReadable;
  try {
    file = await FileReadable.open(path);
  } catch (err) {
    throw new VigilError("LOG_INVALID", `cannot open log ${path}: ${(err as Error).message}`, { cause: err });
  }
  let indexError: unknown;
  try {
    return await readIndexed(path, file);
  } catch (err) {
    indexError = err;
  } finally {
    await file.close();
  }
  return readStream(path, indexError);
}

async function readIndexed(path: string, file: FileReadable): Promise<McapLog> {
  const reader = await McapIndexedReader.Initialize({ readable: file });
  const channels = [...reader.channelsById.values()]
    .sort((a, b) => a.id - b.id)
    .map((c) => toLogChannel(c, reader.schemasById.get(c.schemaId)));
  const byId = new Map(channels.map((c) => [c.id, c]));
  const messages: LogMessage[] = [];
  for await (const m of reader.readMessages()) messages.push(toLogMessage(m, byId));
  const metadata = new Map<string, ReadonlyMap<string, string>>();
  for await (const m of reader.readMetadata()) metadata.set(m.name, m.metadata);
  const size = Number(await file.size());
  return { path, size, indexed: true, header: { profile: reader.header.profile, library: reader.header.library }, channels, messages, metadata, readableBytes: size };
}

async function readStream(path: string, indexError: unknown): Promise<McapLog> {
  const handle = await open(path, "r");
  const reader = new McapStreamReader();
  const schemas = new Map<number, McapTypes.Schema>();
  const byId = new Map<number, LogChannel>();
  const messages: LogMessage[] = [];
  const metadata = new Map<string, ReadonlyMap<string, string>>();
  let header: McapLog["header"];
  let appended = 0;
  let size = 0;
  let failure: unknown;
  try {
    size = (await handle.stat()).size;
    const buffer = new Uint8Array(READ_BYTES);
    reading: for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_BYTES, appended);
      if (bytesRead === 0) break;
      reader.append(buffer.slice(0, bytesRead));
      appended += bytesRead;
      try {
        for (let record = reader.nextRecord(); record !== undefined; record = reader.nextRecord()) {
          switch (record.type) {
            case "Header":
              header = { profile: record.profile, library: record.library };
              break;
            case "Schema":
              schemas.set(record.id, record);
              break;
            case "Channel":
              byId.set(record.id, toLogChannel(record, schemas.get(record.schemaId)));
              break;
            case "Message":
              messages.push(toLogMessage(record, byId));
              break;
            case "Metadata":
              metadata.set(record.name, record.metadata);
              break;
            default:
              break;
          }
        }
      } catch (err) {
        failure = err;
        break reading;
      }
      if (reader.done()) break;
    }
  } finally {
    await handle.close();
  }
  // Whole records read: what was handed to the reader minus what it still holds.
  const readableBytes = appended - reader.bytesRemaining();
  messages.sort((a, b) => (a.logTimeNs < b.logTimeNs ? -1 : a.logTimeNs > b.logTimeNs ? 1 : 0));
  const channels = [...byId.values()].sort((a, b) => a.id - b.id);
  const base = { path, size, indexed: false, header, channels, messages, metadata, readableBytes };
  const detail = `the ${messages.length} messages in its first ${readableBytes} bytes still read`;
  if (header === undefined && failure !== undefined) {
    const problem = new VigilError("LOG_INVALID", `${path} is not an MCAP log (no MCAP magic and header at byte 0 of ${size}): ${describe(failure)}`, { cause: failure });
    return { ...base, readableBytes: 0, problem };
  }
  if (failure !== undefined) {
    const problem = new VigilError("LOG_INVALID", `log ${path} has a corrupt record at byte ${readableBytes} of ${size}: ${describe(failure)}; ${detail}`, { cause: failure });
    return { ...base, problem };
  }
  if (!reader.done()) {
    const problem = new VigilError("LOG_TRUNCATED", `log ${path} is truncated: it stops at byte ${readableBytes} of ${size} before its footer; ${detail}`, { cause: indexError });
    return { ...base, problem };
  }
  // Complete record by record, yet the index did not read: the summary is what is broken.
  return { ...base, problem: new VigilError("LOG_INVALID", `log ${path} has an unreadable summary or index (${describe(indexError)}); all ${messages.length} messages read record by record`, { cause: indexError }) };
}

function toLogChannel(c: McapTypes.Channel, schema: McapTypes.Schema | undefined): LogChannel {
  return {
    id: c.id,
    topic: c.topic,
    messageEncoding: c.messageEncoding,
    schemaName: schema?.name ?? "",
    schemaEncoding: schema?.encoding ?? "",
    schemaData: schema?.data ?? new Uint8Array(0),
  };
}

function toLogMessage(m: McapTypes.Message, channels: ReadonlyMap<number, LogChannel>): LogMessage {
  const channel = channels.get(m.channelId);
  return {
    topic: channel?.topic ?? "",
    schemaName: channel?.schemaName ?? "",
    channelId: m.channelId,
    sequence: m.sequence,
    logTimeNs: m.logTime,
    publishTimeNs: m.publishTime,
    data: m.data,
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
