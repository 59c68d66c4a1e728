import { isVigilError } from "../runtime/errors/index.js";

/** The VigilError code a promise rejects with; undefined when it resolves. Other errors rethrow. */
export async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (err) {
    if (isVigilError(err)) return err.code;
    throw err;
  }
  return undefined;
}
