/**
 * Which of a slot's pixel limits an image of `width` × `height` breaks — shared by the upload check
 * (`file-check.ts`) and the check of a recorded file (`recorded-file.ts`), which must not pull the
 * content sniffers into a page that only evaluates declarations.
 */
import type { DimensionLimits } from './attachment-messages.js';

/** The limits of `limits` an image of `width` × `height` breaks (empty when it fits). */
export function brokenLimits(width: number, height: number, limits: DimensionLimits): DimensionLimits {
  const broken: DimensionLimits = {};
  if (limits.minWidth !== undefined && width < limits.minWidth) broken.minWidth = limits.minWidth;
  if (limits.maxWidth !== undefined && width > limits.maxWidth) broken.maxWidth = limits.maxWidth;
  if (limits.minHeight !== undefined && height < limits.minHeight) broken.minHeight = limits.minHeight;
  if (limits.maxHeight !== undefined && height > limits.maxHeight) broken.maxHeight = limits.maxHeight;
  return broken;
}
