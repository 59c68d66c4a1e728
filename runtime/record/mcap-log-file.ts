import { join } from "node:path";
import { LIBRARY_IDENTIFIER, McapWriter } from "@mcap/core";
import { FileWritable } from "./file-writable.js";
import type { LogRecord } from "./log-channels.js";
import { protobufSchema } from "./protobuf-schema.js";

/** The MCAP header's library field: who wrote the file (no version of the process or host, so logs stay byte-identical). */
export const RECORDER_LIBRARY = `vigil-recorder; ${LIBRARY_IDENTIFIER}`;

/** Bytes a message adds to a file besides its data: the Message record header and its index entry. */
export const MESSAGE_OVERHEAD_BYTES = 31 + 16;

/**
 * One MCAP file being written: protobuf schemas and channels registered as their first
 * message arrives (so ids follow the order of the input), chunked and uncompressed, with a
 * "vigil" metadata record at the start. close() writes the summary and footer.
 *   const file = await McapLogFile.create(dir, "vigil-20250102T030405.678Z-000001.mcap", { chunkBytes: 1 << 20, metadata: { kind: "log" } });
 *   await file.add(record); ...; await file.close();
 */
export class McapLogFile {
  readonly name: string;
  readonly path: string;
  readonly #out: FileWritable;
  readonly #writer: McapWriter;
  readonly #schemas = new Map<string, number>();
  readonly #channels = new Map<string, { id: number; sequence: number }>();
  #recordBytes = 0;
  #messages = 0;

  private constructor(name: string, out: FileWritable, writer: McapWriter) {
    this.name = name;
    this.path = out.path;
    this.#out = out;
    this.#writer = writer;
  }

  /** Creates the file (EEXIST when it is there already) and writes its header and metadata. */
  static async create(dir: string, name: string, options: { chunkBytes: number; metadata: Record<string, string> }): Promise<McapLogFile> {
    const out = await FileWritable.create(join(dir, name));
    try {
      const writer = new McapWriter({ writable: out, chunkSize: options.chunkBytes });
      await writer.start({ profile: "", library: RECORDER_LIBRARY });
      const keys = Object.keys(options.metadata).sort();
      await writer.addMetadata({ name: "vigil", metadata: new Map(keys.map((k) => [k, options.metadata[k]!])) });
      return new McapLogFile(name, out, writer);
    } catch (err) {
      // The write error is the one to report; a failing close of the same file adds nothing but is kept as its cause.
      const closed = await out.close().then(
        () => undefined,
        (closeErr: unknown) => closeErr,
      );
      throw closed === undefined ? err : new AggregateError([err, closed], (err as Error).message);
    }
  }

  async add(record: LogRecord): Promise<void> {
    let channel = this.#channels.get(record.topic);
    if (channel === undefined) {
      let schemaId = this.#schemas.get(record.schemaName);
      if (schemaId === undefined) {
        const schema = protobufSchema(record.schemaName);
        schemaId = await this.#writer.registerSchema(schema);
        this.#schemas.set(record.schemaName, schemaId);
        this.#recordBytes += 25 + schema.name.length + schema.data.byteLength;
      }
      const id = await this.#writer.registerChannel({ topic: record.topic, schemaId, messageEncoding: "protobuf", metadata: new Map() });
      channel = { id, sequence: 0 };
      this.#channels.set(record.topic, channel);
      this.#recordBytes += 33 + record.topic.length;
    }
    channel.sequence++;
    await this.#writer.addMessage({
      channelId: channel.id,
      sequence: channel.sequence,
      logTime: record.logTimeNs,
      publishTime: record.publishTimeNs,
      data: record.data,
    });
    this.#messages++;
    this.#recordBytes += MESSAGE_OVERHEAD_BYTES + record.data.byteLength;
  }

  /** Bytes of what was added so far (schemas, channels, messages and their index): what rotation compares with rotate_bytes. */
  get recordBytes(): number {
    return this.#recordBytes;
  }

  /** Bytes on disk now (the chunk being built is still in memory). */
  get sizeOnDisk(): number {
    return Number(this.#out.position());
  }

  get messages(): number {
    return this.#messages;
  }

  /** Writes the last chunk, the summary and the footer, and closes the file; resolves to its size. */
  async close(): Promise<number> {
    try {
      await this.#writer.end();
    } finally {
      await this.#out.close();
    }
    return Number(this.#out.position());
  }

  /** Closes the file without a footer (after a write error): what was written stays readable up to its last chunk. */
  async abandon(): Promise<unknown> {
    // Already after a write error: a close error is returned for the caller to log, not thrown over the first.
    return this.#out.close().then(
      () => undefined,
      (closeErr: unknown) => closeErr,
    );
  }
}
