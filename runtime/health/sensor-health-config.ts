import { z } from "zod";

/**
 * Every threshold of the sensor health checks, with its default: the one place they live.
 *   const monitor = new SensorHealthMonitor(SensorHealthConfigSchema.parse({ frozen_frames: 30 }));
 */
export const SensorHealthConfigSchema = z.object({
  /** Consecutive frames with an identical thumbnail hash (the first included) that mean the sensor is frozen. */
  frozen_frames: z.number().int().min(2).max(100_000).default(10),
  /** Mean luminance (0..255) below this is a black (covered, dead, unlit) sensor. */
  black_mean_below: z.number().min(0).max(255).default(10),
  /** A fraction of pixels at luminance >= 240 above this is an overexposed (blinded) sensor. */
  overexposed_fraction_above: z.number().min(0).max(1).default(0.9),
  /** Luminance standard deviation below this is a low-contrast image (fog, condensation, flat scene). */
  low_contrast_std_below: z.number().min(0).max(128).default(4),
  /**
   * Laplacian variance (on the 64x48 thumbnail) below this is a blurred image (defocus, smeared
   * lens). Default 2000, about the geometric mean of what PETS09-S2L1 measures: 4186..5257 over
   * its 150 frames, 801..1046 after sharp .blur(8) at 768x576. Scene-dependent: a bare, low-texture
   * view measures less when sharp, so tune it per sensor.
   */
  blur_laplacian_var_below: z.number().min(0).default(2000),
  /** A raised reason clears only after this many consecutive frames without its condition. */
  clear_frames: z.number().int().min(1).max(10_000).default(3),
});

export type SensorHealthConfig = z.output<typeof SensorHealthConfigSchema>;
