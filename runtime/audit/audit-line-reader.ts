import { open } from "node:fs/promises";
import { MAX_AUDIT_LINE_BYTES } from "./audit-entry.js";

/** One line of a file as read. */
export interface AuditLine {
  /** 1-based line number in its file. */
  number: number;
  /** The line without its newline (empty when overlong). */
  text: string;
  /** False for a last line with no newline after it: a write cut short. */
  terminated: boolean;
  /** More than maxLineBytes: its text is not kept. */
  overlong: boolean;
}

const CHUNK_BYTES = 64 * 1024;

/**
 * The lines of a file, in order, reading 64 KiB at a time: memory stays bounded by one
 * line (at most maxLineBytes) whatever the file's size. Lines split on "\n" bytes, so a
 * UTF-8 character is never cut.
 *   for await (const line of readAuditLines("audit.jsonl")) if (!line.terminated) ...
 */
export async function* readAuditLines(path: string, { maxLineBytes = MAX_AUDIT_LINE_BYTES } = {}): AsyncGenerator<AuditLine> {
  const file = await open(path, "r");
  try {
    const chunk = Buffer.alloc(CHUNK_BYTES);
    let parts: Buffer[] = [];
    let length = 0;
    let overlong = false;
    let number = 0;
    const take = (terminated: boolean): AuditLine => {
      const line = { number: ++number, text: overlong ? "" : Buffer.concat(parts, length).toString("utf8"), terminated, overlong };
      parts = [];
      length = 0;
      overlong = false;
      return line;
    };
    for (;;) {
      const { bytesRead } = await file.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      let start = 0;
      while (start < bytesRead) {
        const newline = chunk.indexOf(0x0a, start);
        const end = newline === -1 || newline >= bytesRead ? bytesRead : newline;
        if (!overlong) {
          length += end - start;
          if (length > maxLineBytes) {
            overlong = true;
            parts = [];
          } else {
            parts.push(Buffer.from(chunk.subarray(start, end)));
          }
        }
        if (end === bytesRead) break;
        yield take(true);
        start = end + 1;
      }
    }
    if (length > 0 || overlong) yield take(false);
  } finally {
    await file.close();
  }
}
