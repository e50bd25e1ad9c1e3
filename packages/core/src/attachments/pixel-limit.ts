/**
 * The pixel count limit of image slots: an image whose header claims more than `maxPixels`
 * (width × height) is refused before anything decodes it — a 12,000 × 12,000 PNG of a few hundred
 * KB inflates to 576 MB of RGBA, and a header may claim 65,535² (17 GB). Browser and server check
 * the same number, from the header alone.
 */
import type { AttachmentSlot, Locale } from '../types.js';

/** The limit of a slot that names none: 40 megapixels (a 7,300 × 5,475 photo; RGBA: 160 MB). */
export const defaultMaxPixels = 40_000_000;

/** The pixel count limit of a slot. */
export function maxPixelsOf(slot: AttachmentSlot): number {
  return slot.image?.maxPixels ?? defaultMaxPixels;
}

/** Megapixels for people: `40`, `1.5`. */
const megapixels = (pixels: number): string => String(Math.round(pixels / 100_000) / 10);

/** The message for an image over the pixel limit. */
export function pixelsMessage(name: string, width: number, height: number, maxPixels: number, locale: Locale): string {
  return locale === 'en'
    ? `Image "${name}" is ${width}×${height} px (${megapixels(width * height)} megapixels); at most ${megapixels(maxPixels)} megapixels are accepted: scale it down and upload it again`
    : `图片“${name}”为 ${width}×${height} 像素（约 ${megapixels(width * height)} 百万像素），超过上限 ${megapixels(maxPixels)} 百万像素，请缩小后重新上传`;
}
