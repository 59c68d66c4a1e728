import { VigilError } from "../errors/index.js";
import type { LetterboxGeometry } from "./letterbox.js";
import type { ChannelOrder, PixelScale } from "./model-spec.js";

/** Resized pixels, HWC uint8, as sharp returns them. */
export interface HwcPixels {
  data: Uint8Array;
  /** 1 (grey, expanded to 3 planes) or 3. */
  channels: 1 | 3;
  /** Band order of 3-channel data. */
  order: ChannelOrder;
}

/** How the model wants its planes. */
export interface NchwFormat {
  channelOrder: ChannelOrder;
  scale: PixelScale;
  padValue: number;
}

// v * (1/255) rounds to the same float32 as numpy's float32 v / 255 for all 256 values.
const FACTORS: Record<PixelScale, number> = { "1/255": 1 / 255, none: 1 };

/**
 * Writes resized HWC uint8 pixels into a padded NCHW float32 tensor at the letterbox
 * offset: the preprocessing hot loop (one pass, three plane writes per pixel).
 *   const t = writeNchw({ data, channels: 3, order: "rgb" }, lb, { channelOrder: "bgr", scale: "none", padValue: 114 });
 */
export function writeNchw(
  pixels: HwcPixels,
  lb: Pick<LetterboxGeometry, "inputWidth" | "inputHeight" | "resizedWidth" | "resizedHeight" | "padLeft" | "padTop">,
  format: NchwFormat,
  out: Float32Array = new Float32Array(3 * lb.inputWidth * lb.inputHeight),
): Float32Array {
  const { data: src, channels } = pixels;
  const W = lb.inputWidth;
  const plane = W * lb.inputHeight;
  const nw = lb.resizedWidth;
  const nh = lb.resizedHeight;
  if (
    out.length !== 3 * plane ||
    src.length !== nw * nh * channels ||
    lb.padLeft + nw > W ||
    lb.padTop + nh > lb.inputHeight
  ) {
    throw new VigilError(
      "FRAME_SIZE_MISMATCH",
      `${nw}x${nh}x${channels} pixels (${src.length} bytes) do not fit a ${W}x${lb.inputHeight} input`,
    );
  }
  const k = FACTORS[format.scale];
  out.fill(format.padValue * k);
  // Output planes of source bands 0 and 2: swapped when source and model orders differ.
  const swap = pixels.order !== format.channelOrder;
  const p0 = swap ? 2 * plane : 0;
  const p1 = plane;
  const p2 = swap ? 0 : 2 * plane;
  let s = 0;
  if (channels === 3) {
    for (let y = 0; y < nh; y++) {
      let o = (y + lb.padTop) * W + lb.padLeft;
      const end = o + nw;
      for (; o < end; o++, s += 3) {
        out[p0 + o] = src[s]! * k;
        out[p1 + o] = src[s + 1]! * k;
        out[p2 + o] = src[s + 2]! * k;
      }
    }
    return out;
  }
  for (let y = 0; y < nh; y++) {
    let o = (y + lb.padTop) * W + lb.padLeft;
    const end = o + nw;
    for (; o < end; o++, s++) {
      const v = src[s]! * k;
      out[o] = v;
      out[plane + o] = v;
      out[2 * plane + o] = v;
    }
  }
  return out;
}
