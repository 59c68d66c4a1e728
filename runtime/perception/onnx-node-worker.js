// @ts-check
// The onnx-node backend's inference thread: holds one ONNX Runtime session and answers
// load / run / dispose from OnnxNodeWorkerSession (the protocol's types live there).
// Plain JavaScript on purpose: tsx's hooks and vitest's transform do not reach workers.
import { parentPort } from "node:worker_threads";
import ort from "onnxruntime-node";

/** @typedef {import("./onnx-node-worker-session.js").WorkerRequest} WorkerRequest */
/** @typedef {import("./onnx-node-worker-session.js").WorkerReply} WorkerReply */
/** @typedef {import("./backend.js").Tensor} Tensor */
/** @typedef {import("./backend.js").TensorInfo} TensorInfo */

if (parentPort === null) throw new Error("onnx-node-worker.js runs only as a worker thread");
const port = parentPort;

const KINDS = new Set(["load", "run", "dispose"]);

/** @type {import("onnxruntime-node").InferenceSession | undefined} */
let session;
// Requests run one after another: onnxruntime-node's run() yields (setImmediate) before its
// native call, and a dispose must not release the session under a run that has begun.
/** @type {Promise<void>} */
let queue = Promise.resolve();

port.on("message", (/** @type {WorkerRequest} */ request) => {
  // A request this file does not know is a bug on the other side: fail loudly (the worker
  // exits and the main thread rejects what is pending).
  if (!KINDS.has(request?.type)) throw new Error(`onnx-node worker: unknown request ${JSON.stringify(request?.type)}`);
  queue = queue.then(() => handle(request)).catch(crash);
});

/** @param {WorkerRequest} request */
async function handle(request) {
  switch (request.type) {
    case "load":
      try {
        session = await ort.InferenceSession.create(request.path, request.options);
        const io = { inputs: session.inputMetadata.map(toTensorInfo), outputs: session.outputMetadata.map(toTensorInfo) };
        reply({ type: "loaded", id: request.id, io });
      } catch (err) {
        reply({ type: "failed", id: request.id, message: messageOf(err) });
      }
      return;
    case "run":
      try {
        const current = session;
        if (current === undefined) throw new Error("no model loaded");
        /** @type {Record<string, import("onnxruntime-node").Tensor>} */
        const feeds = {};
        for (const [name, t] of Object.entries(request.inputs)) feeds[name] = new ort.Tensor("float32", t.data, t.dims);
        const results = await current.run(feeds);
        /** @type {Record<string, Tensor>} */
        const outputs = {};
        /** @type {Set<ArrayBuffer>} */
        const transfer = new Set();
        for (const [name, value] of Object.entries(results)) {
          const data = ownFloat32(value.data);
          outputs[name] = { data, dims: [...value.dims] };
          transfer.add(/** @type {ArrayBuffer} */ (data.buffer));
        }
        reply({ type: "ran", id: request.id, outputs }, [...transfer]);
      } catch (err) {
        reply({ type: "failed", id: request.id, message: messageOf(err) });
      }
      return;
    case "dispose": {
      const current = session;
      session = undefined;
      try {
        await current?.release();
      } finally {
        // Nothing else holds the thread open: closing the port lets the worker exit.
        port.close();
      }
      return;
    }
  }
}

/**
 * @param {WorkerReply} message
 * @param {ArrayBuffer[]} [transfer]
 */
function reply(message, transfer = []) {
  port.postMessage(message, transfer);
}

/** @param {unknown} err */
function crash(err) {
  // Rethrown outside the promise chain so the worker dies with it and the main thread sees it.
  setImmediate(() => {
    throw err;
  });
}

/** @param {unknown} err */
const messageOf = (err) => (err instanceof Error ? err.message : String(err));

/**
 * @param {import("onnxruntime-node").InferenceSession.ValueMetadata} meta
 * @returns {TensorInfo}
 */
function toTensorInfo(meta) {
  if (!meta.isTensor) return { name: meta.name, shape: [], type: "non-tensor" };
  return { name: meta.name, shape: [...meta.shape], type: meta.type };
}

/**
 * A Float32Array that owns its whole buffer, so it can be transferred: decoders read float32,
 * and class indices or counts come as int64 / int32 from some exports.
 * @param {unknown} data
 * @returns {Float32Array}
 */
function ownFloat32(data) {
  if (data instanceof Float32Array) {
    const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
    return whole ? data : data.slice();
  }
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) {
    const out = new Float32Array(data.length);
    for (let i = 0; i < data.length; i++) out[i] = Number(data[i]);
    return out;
  }
  if (ArrayBuffer.isView(data) && !(data instanceof DataView)) {
    return Float32Array.from(/** @type {ArrayLike<number>} */ (/** @type {unknown} */ (data)));
  }
  throw new Error("model output is not a numeric tensor");
}
