import { FILE_DESCRIPTORS, type FileDescriptorEntry } from "../../proto/index.js";

/** What an MCAP protobuf channel's schema record holds. */
export interface ProtobufSchema {
  /** The message's full name, e.g. "vigil.v1.DetectionSet" or "foxglove.ImageAnnotations". */
  readonly name: string;
  readonly encoding: "protobuf";
  /** A serialized google.protobuf.FileDescriptorSet: the message's file and everything it imports. */
  readonly data: Uint8Array;
}

const byFile = new Map<string, FileDescriptorEntry>(FILE_DESCRIPTORS.map((f) => [f.name, f]));
const fileOfMessage = new Map<string, FileDescriptorEntry>(FILE_DESCRIPTORS.flatMap((f) => f.messages.map((m) => [m, f] as const)));
const cache = new Map<string, ProtobufSchema>();

/**
 * The MCAP schema of a protobuf message generated from proto/ (proto/gen/descriptor-set.js):
 * its FileDescriptorSet holds the message's file and its imports, dependencies first, as
 * Foxglove and the MCAP tools expect. Same bytes every time (replay compares files).
 *   const id = await writer.registerSchema(protobufSchema("vigil.v1.DetectionSet"));
 */
export function protobufSchema(messageName: string): ProtobufSchema {
  const cached = cache.get(messageName);
  if (cached !== undefined) return cached;
  const file = fileOfMessage.get(messageName);
  if (file === undefined) throw new Error(`no .proto under proto/ defines ${messageName} (run npm run proto:gen after adding it)`);
  const ordered: FileDescriptorEntry[] = [];
  const seen = new Set<string>();
  const visit = (entry: FileDescriptorEntry): void => {
    if (seen.has(entry.name)) return;
    seen.add(entry.name);
    for (const dep of entry.dependencies) {
      const depEntry = byFile.get(dep);
      if (depEntry === undefined) throw new Error(`${entry.name} imports ${dep}, which is not in proto/gen/descriptor-set.js`);
      visit(depEntry);
    }
    ordered.push(entry);
  };
  visit(file);
  // FileDescriptorSet { repeated FileDescriptorProto file = 1; }: each file is field 1, length-delimited.
  const parts = ordered.map((f) => Buffer.from(f.data, "base64"));
  const data = Buffer.concat(parts.flatMap((p) => [Buffer.from([0x0a, ...varint(p.byteLength)]), p]));
  const schema: ProtobufSchema = { name: messageName, encoding: "protobuf", data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  cache.set(messageName, schema);
  return schema;
}

function varint(n: number): number[] {
  const bytes: number[] = [];
  while (n > 0x7f) {
    bytes.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  bytes.push(n);
  return bytes;
}
