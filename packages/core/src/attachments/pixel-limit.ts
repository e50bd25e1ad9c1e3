/**
 * The pixel count limit of image slots: an image whose header claims more than `maxPixels`
 * (width × height) is refused before anything decodes it — a 12,000 × 12,000 PNG of a few hundred
 * KB inflates to 576 MB of RGBA, and a header may claim 65,535² (17 GB). Browser and server check
 * the same number, from the header alone.
 */
import type { AttachmentSlot } from '../types.js';

/** The limit of a slot that names none: 40 megapixels (a 7,300 × 5,475 photo; RGBA: 160 MB). */
export const defaultMaxPixels = 40_000_000;

/** The pixel count limit of a slot. */
export function maxPixelsOf(slot: AttachmentSlot): number {
  return slot.image?.maxPixels ?? defaultMaxPixels;
}
