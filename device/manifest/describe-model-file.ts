import { VigilError, isVigilError } from "../../runtime/errors/index.js";
import { silentLogger } from "../../runtime/observe/index.js";
import { importBackend, type ModelIO } from "../../runtime/perception/index.js";

/**
 * Loads an ONNX model on onnx-node (CPU, on this thread) only to read its inputs and
 * outputs (names, shapes, element types), then disposes the session. A file that does not
 * load rejects with the backend's code (MODEL_NOT_FOUND, BACKEND_LOAD_FAILED).
 *   const io = await describeModelFile("yolox_nano.onnx"); // io.inputs[0].shape: [1, 3, 416, 416]
 */
export async function describeModelFile(path: string): Promise<ModelIO> {
  const backend = await importBackend("onnx-node");
  let session;
  try {
    session = await backend.load({ path }, { providers: ["cpu"], threads: 1, isolation: "inline", logger: silentLogger });
  } catch (err) {
    if (isVigilError(err)) throw err;
    throw new VigilError("BACKEND_LOAD_FAILED", `onnx-node cannot load ${path}: ${(err as Error).message}`, { cause: err });
  }
  try {
    return session.describe();
  } finally {
    await session.dispose();
  }
}
