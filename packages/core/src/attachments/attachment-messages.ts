/**
 * The parts of attachment messages that are not plain catalog texts: type names, sizes, broken pixel
 * limits and slot counts (texts from the catalog's `attachment.` keys). Sizes are shown in KB (B
 * below 1 KB); the actual size is rounded up and the limit down, so "over the limit" never shows two
 * equal numbers.
 */
import { pluralText, text } from '../messages/registry.js';
import type { AcceptedType, Locale } from '../types.js';

/** Short names of the accepted MIME types, as candidates know them. */
const TYPE_NAMES: Readonly<Record<AcceptedType, string>> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
};

/**
 * The accepted types as a short list, e.g. `JPG/PNG`.
 *
 * @example
 * acceptedTypesText(['image/jpeg', 'image/png']); // 'JPG/PNG'
 */
export function acceptedTypesText(accept: readonly string[]): string {
  return accept.map((mime) => (Object.hasOwn(TYPE_NAMES, mime) ? TYPE_NAMES[mime as AcceptedType] : mime)).join('/');
}

/**
 * A byte count for people: `612 KB`, `1.5 KB`, `300 B`. `round` says which way to round.
 *
 * @example
 * formatSize(626_000, 'up'); // '612 KB'
 */
export function formatSize(bytes: number, round: 'up' | 'down'): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (Number.isInteger(kb)) return `${kb} KB`;
  const roundTo = round === 'up' ? Math.ceil : Math.floor;
  const value = kb < 10 ? roundTo(kb * 10) / 10 : roundTo(kb);
  return `${value} KB`;
}

/** Pixel limits of an image slot. */
export type DimensionLimits = {
  minWidth?: number;
  minHeight?: number;
  maxWidth?: number;
  maxHeight?: number;
};

const LIMIT_KEYS = ['minWidth', 'maxWidth', 'minHeight', 'maxHeight'] as const;

/** The image is outside the slot's pixel limits; `broken` lists the limits it breaks. */
export function dimensionsMessage(name: string, width: number, height: number, broken: DimensionLimits, locale: Locale): string {
  const parts = LIMIT_KEYS.filter((key) => broken[key] !== undefined).map((key) => text(`attachment.${key}`, locale, { limit: broken[key] }));
  return text('attachment.dimensions', locale, { name, width, height, broken: parts.join(text('attachment.dimensions.separator', locale)) });
}

/** Megapixels for people: `40`, `1.5`. */
export const megapixels = (pixels: number): string => String(Math.round(pixels / 100_000) / 10);

/** Too few files in a slot named `label`. */
export function minCountMessage(label: string, min: number, max: number, count: number, locale: Locale): string {
  if (min === max) return exactCountMessage(label, min, count, locale);
  return pluralText('attachment.min', min, locale, { label, min, count });
}

/** Too many files in a slot named `label`. */
export function maxCountMessage(label: string, min: number, max: number, count: number, locale: Locale): string {
  if (min === max) return exactCountMessage(label, max, count, locale);
  return pluralText('attachment.max', max, locale, { label, max, count });
}

/** A slot whose count is fixed. */
function exactCountMessage(label: string, count: number, uploaded: number, locale: Locale): string {
  return pluralText(uploaded < count ? 'attachment.exactMissing' : 'attachment.exactTooMany', count, locale, { label, count, uploaded });
}
