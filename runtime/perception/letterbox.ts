import type { Box, Letterbox } from "./detection-types.js";
import type { LetterboxMode } from "./model-spec.js";

/** Where a source image lands in the model input: the Letterbox plus the resized size. */
export interface LetterboxGeometry extends Letterbox {
  resizedWidth: number;
  resizedHeight: number;
  inputWidth: number;
  inputHeight: number;
}

/**
 * The letterbox for a source size and a model input size, as each model family was trained:
 * "center" is Ultralytics LetterBox (round sizes, pad split with the -0.1 bias), "top-left"
 * is YOLOX preproc (floor sizes, paste at 0,0).
 *   computeLetterbox(810, 1080, 640, 640, "center") // scale 0.5926, padLeft 80, padTop 0
 */
export function computeLetterbox(
  srcWidth: number,
  srcHeight: number,
  inputWidth: number,
  inputHeight: number,
  mode: LetterboxMode,
): LetterboxGeometry {
  const scale = Math.min(inputWidth / srcWidth, inputHeight / srcHeight);
  if (mode === "center") {
    const resizedWidth = clampSize(Math.round(srcWidth * scale), inputWidth);
    const resizedHeight = clampSize(Math.round(srcHeight * scale), inputHeight);
    return {
      scale,
      // max(0, ...) also turns round(-0.1) = -0 into 0
      padLeft: Math.max(0, Math.round((inputWidth - resizedWidth) / 2 - 0.1)),
      padTop: Math.max(0, Math.round((inputHeight - resizedHeight) / 2 - 0.1)),
      srcWidth,
      srcHeight,
      resizedWidth,
      resizedHeight,
      inputWidth,
      inputHeight,
    };
  }
  return {
    scale,
    padLeft: 0,
    padTop: 0,
    srcWidth,
    srcHeight,
    resizedWidth: clampSize(Math.floor(srcWidth * scale), inputWidth),
    resizedHeight: clampSize(Math.floor(srcHeight * scale), inputHeight),
    inputWidth,
    inputHeight,
  };
}

// A sliver of an image (1 x 5000) must still resize to at least one pixel.
const clampSize = (n: number, max: number): number => Math.min(max, Math.max(1, n));

/**
 * Maps a box from model-input pixels back to source pixels, clipped to the image.
 *   mapBoxToSource(lb, 128, 242, 330, 530) // bus.jpg at 640: [81, 408.4, 421.9, 894.4]
 */
export function mapBoxToSource(lb: Letterbox, x1: number, y1: number, x2: number, y2: number): Box {
  const { scale, padLeft, padTop, srcWidth, srcHeight } = lb;
  return [
    clip((x1 - padLeft) / scale, srcWidth),
    clip((y1 - padTop) / scale, srcHeight),
    clip((x2 - padLeft) / scale, srcWidth),
    clip((y2 - padTop) / scale, srcHeight),
  ];
}

const clip = (v: number, max: number): number => (v < 0 ? 0 : v > max ? max : v);
