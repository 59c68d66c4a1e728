import { VigilError } from "../../runtime/errors/index.js";

// semver 2.0.0 without build metadata: MAJOR.MINOR.PATCH[-prerelease], no leading zeros.
const IDENT = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
const SEMVER = new RegExp(`^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${IDENT}(?:\\.${IDENT})*))?$`);

interface Semver {
  core: [bigint, bigint, bigint];
  pre: string[];
}

/** True for MAJOR.MINOR.PATCH with an optional -prerelease, e.g. "1.10.0", "2.0.0-rc.1". */
export function isSemver(version: string): boolean {
  return version.length <= 256 && SEMVER.test(version);
}

function parse(version: string): Semver {
  const m = version.length <= 256 ? SEMVER.exec(version) : null;
  if (m === null) {
    throw new VigilError("MODEL_MANIFEST_INVALID", `version "${version}" is not semver: write MAJOR.MINOR.PATCH, e.g. 1.2.0 or 1.2.0-rc.1`);
  }
  return { core: [BigInt(m[1]!), BigInt(m[2]!), BigInt(m[3]!)], pre: m[4] === undefined ? [] : m[4].split(".") };
}

/**
 * Orders two semver versions (numeric parts compared as numbers: 1.10.0 > 1.2.0; a
 * prerelease is lower than its release). Negative, 0 or positive; an invalid version
 * throws MODEL_MANIFEST_INVALID.
 *   compareSemver("1.2.0", "1.10.0") < 0; // true
 */
export function compareSemver(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    if (x.core[i]! !== y.core[i]!) return x.core[i]! < y.core[i]! ? -1 : 1;
  }
  if (x.pre.length === 0 || y.pre.length === 0) return (x.pre.length === 0 ? 1 : 0) - (y.pre.length === 0 ? 1 : 0);
  const n = Math.min(x.pre.length, y.pre.length);
  for (let i = 0; i < n; i++) {
    const c = compareIdentifier(x.pre[i]!, y.pre[i]!);
    if (c !== 0) return c;
  }
  return Math.sign(x.pre.length - y.pre.length);
}

// Numeric identifiers compare as numbers and sort before alphanumeric ones.
function compareIdentifier(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) {
    const d = BigInt(a) - BigInt(b);
    return d === 0n ? 0 : d < 0n ? -1 : 1;
  }
  if (an !== bn) return an ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
