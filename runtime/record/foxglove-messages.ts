import { bigintToLong, foxglove } from "../../proto/index.js";
import type { FrameItem } from "../ingest/index.js";
import type { DetectionSetMessage } from "../publish/index.js";

/** Box outline thickness and label size, pixels. */
const BOX_THICKNESS = 2;
const LABEL_FONT_SIZE = 14;
const WHITE: foxglove.IColor = { r: 1, g: 1, b: 1, a: 1 };
/** Box colours by class id (modulo), so a class keeps its colour across frames and logs. */
const PALETTE: readonly foxglove.IColor[] = [
  { r: 0.95, g: 0.26, b: 0.21, a: 1 },
  { r: 0.13, g: 0.59, b: 0.95, a: 1 },
  { r: 0.3, g: 0.69, b: 0.31, a: 1 },
  { r: 1, g: 0.76, b: 0.03, a: 1 },
  { r: 0.61, g: 0.15, b: 0.69, a: 1 },
  { r: 0, g: 0.74, b: 0.83, a: 1 },
  { r: 1, g: 0.34, b: 0.13, a: 1 },
  { r: 0.55, g: 0.76, b: 0.29, a: 1 },
];

type Timestamp = NonNullable<foxglove.ICompressedImage["timestamp"]>;

/** google.protobuf.Timestamp of a nanosecond epoch time. */
function timestamp(ns: bigint): Timestamp {
  const seconds = ns >= 0n ? ns / 1_000_000_000n : -((-ns + 999_999_999n) / 1_000_000_000n);
  return { seconds: bigintToLong(seconds), nanos: Number(ns - seconds * 1_000_000_000n) };
}

/**
 * A camera frame as foxglove.CompressedImage (JPEG and PNG only: Foxglove's CompressedImage
 * takes no raw pixels), stamped with the capture time and the sensor id as frame_id.
 * Undefined for raw encodings, which the recorder counts as skipped.
 *   const bytes = encodeCompressedImage(frame); if (bytes) write("/cam0/image", bytes);
 */
export function encodeCompressedImage(frame: Pick<FrameItem, "sensorId" | "captureTimeNs" | "encoding" | "data">): Uint8Array | undefined {
  if (frame.encoding !== "jpeg" && frame.encoding !== "png") return undefined;
  return foxglove.CompressedImage.encode({
    timestamp: timestamp(frame.captureTimeNs),
    frameId: frame.sensorId,
    data: frame.data,
    format: frame.encoding,
  }).finish();
}

/**
 * A DetectionSet as foxglove.ImageAnnotations: each box a closed LINE_LOOP of its corners
 * (x1,y1) (x2,y1) (x2,y2) (x1,y2), labelled "<label> <score>" at its top-left corner,
 * everything stamped with the frame's capture time so Foxglove draws it over that image.
 *   write(`/${m.sensorId}/annotations`, encodeImageAnnotations(m));
 */
export function encodeImageAnnotations(m: Pick<DetectionSetMessage, "captureTimeNs" | "detections">): Uint8Array {
  const time = timestamp(m.captureTimeNs);
  const points: foxglove.IPointsAnnotation[] = [];
  const texts: foxglove.ITextAnnotation[] = [];
  for (const d of m.detections) {
    const [x1, y1, x2, y2] = d.box;
    const colour = PALETTE[((d.classId % PALETTE.length) + PALETTE.length) % PALETTE.length]!;
    points.push({
      timestamp: time,
      type: foxglove.PointsAnnotation.Type.LINE_LOOP,
      points: [
        { x: x1, y: y1 },
        { x: x2, y: y1 },
        { x: x2, y: y2 },
        { x: x1, y: y2 },
      ],
      outlineColor: colour,
      thickness: BOX_THICKNESS,
    });
    texts.push({
      timestamp: time,
      position: { x: x1, y: y1 },
      text: `${d.label || `class ${d.classId}`} ${d.score.toFixed(2)}`,
      fontSize: LABEL_FONT_SIZE,
      textColor: WHITE,
      backgroundColor: { ...colour, a: 0.7 },
    });
  }
  return foxglove.ImageAnnotations.encode({ points, texts }).finish();
}
