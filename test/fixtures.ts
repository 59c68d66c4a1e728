// Where the shared third-party fixtures live, and how tests that need them behave when
// they are missing: fail loudly under CI, skip with a message elsewhere.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe } from "vitest";
import { REPO_ROOT, defaultFixturesDir } from "../runtime/cli/repo-paths.js";

export { REPO_ROOT };
export const FIXTURES = defaultFixturesDir();

export const fixture = (...parts: string[]): string => join(FIXTURES, ...parts);

export function fixturesPresent(...parts: string[]): boolean {
  return existsSync(fixture(...parts));
}

/** describe() that needs files under the fixtures folder. */
export function describeWithFixtures(name: string, needs: string[], body: () => void): void {
  const missing = needs.filter((p) => !fixturesPresent(p));
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const message = `fixtures missing under ${FIXTURES} (${missing.join(", ")}): set VIGIL_FIXTURES to the shared fixtures folder`;
  if (process.env.CI) throw new Error(message);
  console.warn(`skipping "${name}": ${message}`);
  describe.skip(name, body);
}
