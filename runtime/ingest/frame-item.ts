import type { PixelEncoding } from "../perception/detection-types.js";

/**
 * One validated camera frame, as ingest hands it to the graph. Times are nanoseconds since
 * the Unix epoch; `data` is a view into the received message (no copy), and for JPEG/PNG
 * width/height are the sizes the image header states.
 *   frames$.subscribe((f) => console.log(f.sensorId, f.seq, f.width, f.height));
 */
export interface FrameItem {
  readonly type: "frame";
  readonly sensorId: string;
  readonly seq: bigint;
  /** When the sensor took it; the receive time when the sender left capture_time_ns at 0. */
  readonly captureTimeNs: bigint;
  /** When the gateway sent it (0 when the sender did not say). */
  readonly sentTimeNs: bigint;
  /** The ingest clock when the frame was validated. */
  readonly receivedNs: bigint;
  readonly encoding: PixelEncoding;
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
  readonly tags: Readonly<Record<string, string>>;
}
