import type { vigil } from "../../proto/index.js";
import { isVigilError } from "../../runtime/errors/index.js";
import type { Detector, PixelEncoding } from "../../runtime/perception/index.js";
import type { Refusal } from "../manifest/index.js";

/** What each golden input gave: label wanted, how many wanted and how many found. */
export interface GoldenResult {
  name: string;
  label: string;
  wanted: number;
  found: number;
}

export interface SelfTestResult {
  results: GoldenResult[];
  /** Set when a golden input was missed or could not run: MODEL_SELF_TEST_FAILED. */
  refusal?: Refusal;
}

/**
 * Runs a candidate model on each of its manifest's golden inputs and counts detections of
 * the expected label; fewer than expect_min_count (or an image that cannot run) is
 * MODEL_SELF_TEST_FAILED naming the image, the label, what was wanted and what was found.
 * Stops at the first failure. No golden inputs: passes with no results.
 *   const { refusal } = await runSelfTest(candidate, manifest); if (refusal) report("self_test_failed", refusal);
 */
export async function runSelfTest(detector: Detector, manifest: vigil.v1.ModelManifest.$Properties): Promise<SelfTestResult> {
  const results: GoldenResult[] = [];
  const golden = manifest.golden ?? [];
  for (const [i, g] of golden.entries()) {
    const name = g.name || `golden[${i}]`;
    const label = g.expectLabel ?? "";
    const wanted = g.expectMinCount ?? 0;
    const data = g.image ?? new Uint8Array(0);
    const encoding = encodingOf(data);
    const failed = (detail: string): SelfTestResult => ({ results, refusal: { code: "MODEL_SELF_TEST_FAILED", detail } });
    const what = `${manifest.name || "model"}@${manifest.version || "?"}`;
    if (encoding === undefined) return failed(`${what}: golden image ${name} is not a JPEG or PNG`);
    let found: number;
    try {
      found = (await detector.detect({ encoding, data })).filter((d) => d.label === label).length;
    } catch (err) {
      const code = isVigilError(err) ? err.code : "INFERENCE_FAILED";
      return failed(`${what}: golden image ${name} did not run (${code}: ${(err as Error).message})`);
    }
    results.push({ name, label, wanted, found });
    if (found < wanted) return failed(`${what}: golden image ${name} wants at least ${wanted} "${label}", the model found ${found}`);
  }
  return { results };
}

function encodingOf(data: Uint8Array): PixelEncoding | undefined {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "jpeg";
  if (data.length >= 8 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return "png";
  return undefined;
}
