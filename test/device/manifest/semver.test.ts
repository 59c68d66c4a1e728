import { describe, expect, it } from "vitest";
import { compareSemver, isSemver } from "../../../device/manifest/index.js";
import { isVigilError } from "../../../runtime/errors/index.js";

describe("semver", () => {
  it("compares numeric parts as numbers, not text", () => {
    expect(compareSemver("1.2.0", "1.10.0")).toBe(-1);
    expect(compareSemver("1.10.0", "1.2.0")).toBe(1);
    expect(compareSemver("10.0.0", "9.99.99")).toBe(1);
    expect(compareSemver("1.2.3", "1.2.3")).toBe(0);
    expect(compareSemver("0.0.9", "0.0.10")).toBe(-1);
  });

  it("orders prereleases below their release and by semver's identifier rules", () => {
    const ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1"];
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect(compareSemver(ordered[i]!, ordered[i + 1]!), `${ordered[i]} < ${ordered[i + 1]}`).toBe(-1);
      expect(compareSemver(ordered[i + 1]!, ordered[i]!)).toBe(1);
    }
    const shuffled = [...ordered].reverse().sort(compareSemver);
    expect(shuffled).toEqual(ordered);
  });

  it("accepts MAJOR.MINOR.PATCH[-prerelease] and nothing else", () => {
    for (const v of ["0.0.0", "1.2.3", "1.10.0", "2.0.0-rc.1", "1.0.0-0.3.7", "1.0.0-x-y-z.--"]) expect(isSemver(v), v).toBe(true);
    for (const v of ["", "1", "1.2", "v1.2.3", "1.2.3.4", "01.2.3", "1.02.3", "1.2.3-", "1.2.3-01", "1.2.3+build", " 1.2.3", "1.2.3-a..b"]) {
      expect(isSemver(v), v).toBe(false);
    }
  });

  it("throws MODEL_MANIFEST_INVALID for a version it cannot order", () => {
    let code: string | undefined;
    try {
      compareSemver("1.2", "1.2.0");
    } catch (err) {
      code = isVigilError(err) ? err.code : "not a VigilError";
    }
    expect(code).toBe("MODEL_MANIFEST_INVALID");
  });
});
