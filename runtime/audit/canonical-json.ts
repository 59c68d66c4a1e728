import { VigilError } from "../errors/index.js";

/** Nesting deeper than this is refused: audit details are small records, not documents. */
const MAX_DEPTH = 32;

/**
 * The one JSON text of a value that every writer and verifier agrees on, so it can be
 * hashed: object keys sorted (by UTF-16 code units, Array.prototype.sort's order) at every
 * level, no whitespace, numbers and strings as JSON.stringify writes them. Object keys whose
 * value is undefined are left out and undefined array items become null (as JSON.stringify
 * does); a bigint becomes its decimal string. Anything else that is not plain JSON data
 * (NaN, Infinity, functions, symbols, class instances such as Date or Buffer, cycles) is
 * refused with AUDIT_ENTRY_INVALID naming where it is, rather than silently written as
 * something else. canonicalJson(JSON.parse(canonicalJson(x))) === canonicalJson(x).
 *   canonicalJson({ b: 1, a: [true, "x"] }); // '{"a":[true,"x"],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, "$", 0);
}

function write(value: unknown, at: string, depth: number): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return JSON.stringify(value.toString());
    case "number":
      if (!Number.isFinite(value)) throw invalid(at, `${value} is not a finite number`);
      return JSON.stringify(value);
    case "object": {
      if (value === null) return "null";
      if (depth >= MAX_DEPTH) throw invalid(at, `nested deeper than ${MAX_DEPTH} levels (or a cycle)`);
      if (Array.isArray(value)) return `[${value.map((item, i) => (item === undefined ? "null" : write(item, `${at}[${i}]`, depth + 1))).join(",")}]`;
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw invalid(at, `a ${(value as object).constructor?.name ?? "non-plain"} object is not plain JSON data`);
      const record = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const key of Object.keys(record).sort()) {
        const item = record[key];
        if (item !== undefined) parts.push(`${JSON.stringify(key)}:${write(item, `${at}.${key}`, depth + 1)}`);
      }
      return `{${parts.join(",")}}`;
    }
    default:
      throw invalid(at, `a ${typeof value} is not JSON data`);
  }
}

function invalid(at: string, why: string): VigilError {
  return new VigilError("AUDIT_ENTRY_INVALID", `audit detail ${at}: ${why}`);
}
