/**
 * The people-facing texts of attachment issues, in Chinese and English. Sizes are shown in KB (B
 * below 1 KB); the actual size is rounded up and the limit down, so "over the limit" never shows two
 * equal numbers.
 */
import { localize } from '../dictionaries/dictionary.js';
import type { AcceptedType, Locale, LocalizedText } from '../types.js';

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

/** Picks the text for the locale. */
function pick(locale: Locale, zh: string, en: string): string {
  return locale === 'en' ? en : zh;
}

/** File type refused: names the allowed types and what the content really is. */
export function typeMessage(name: string, accept: readonly string[], detected: string | null, locale: Locale): string {
  const allowed = acceptedTypesText(accept);
  return pick(
    locale,
    `文件“${name}”不是允许的类型（${allowed}），实际内容为 ${detected ?? '未知'}`,
    `File "${name}" is not an allowed type (${allowed}); its content is ${detected ?? 'unknown'}`,
  );
}

/** The file has no bytes at all. */
export function emptyMessage(name: string, locale: Locale): string {
  return pick(locale, `文件“${name}”是空文件`, `File "${name}" is empty`);
}

/** The file is cut off or its image header cannot be read. */
export function damagedMessage(name: string, locale: Locale): string {
  return pick(
    locale,
    `文件“${name}”已损坏或不完整，请重新上传`,
    `File "${name}" is damaged or incomplete; please upload it again`,
  );
}

/** The file is larger than the slot allows; `exclusive` when the file must be smaller than the limit (小于). */
export function sizeMessage(name: string, size: number, maxBytes: number, locale: Locale, exclusive = false): string {
  const actual = formatSize(size, 'up');
  const limit = formatSize(maxBytes, 'down');
  if (exclusive) return pick(locale, `文件“${name}”大小为 ${actual}，须小于 ${limit}`, `File "${name}" is ${actual}; it must be under ${limit}`);
  return pick(locale, `文件“${name}”大小为 ${actual}，超过 ${limit} 上限`, `File "${name}" is ${actual}, over the ${limit} limit`);
}

/** Pixel limits of an image slot. */
export interface DimensionLimits {
  minWidth?: number;
  minHeight?: number;
  maxWidth?: number;
  maxHeight?: number;
}

/** The image is outside the slot's pixel limits; `broken` lists the limits it breaks. */
export function dimensionsMessage(
  name: string,
  width: number,
  height: number,
  broken: DimensionLimits,
  locale: Locale,
): string {
  const zh: string[] = [];
  const en: string[] = [];
  if (broken.minWidth !== undefined) {
    zh.push(`宽度不能小于 ${broken.minWidth} 像素`);
    en.push(`width must be at least ${broken.minWidth} px`);
  }
  if (broken.maxWidth !== undefined) {
    zh.push(`宽度不能超过 ${broken.maxWidth} 像素`);
    en.push(`width must be at most ${broken.maxWidth} px`);
  }
  if (broken.minHeight !== undefined) {
    zh.push(`高度不能小于 ${broken.minHeight} 像素`);
    en.push(`height must be at least ${broken.minHeight} px`);
  }
  if (broken.maxHeight !== undefined) {
    zh.push(`高度不能超过 ${broken.maxHeight} 像素`);
    en.push(`height must be at most ${broken.maxHeight} px`);
  }
  return pick(
    locale,
    `图片“${name}”尺寸为 ${width}×${height} 像素，${zh.join('，')}`,
    `Image "${name}" is ${width}×${height} px; ${en.join('; ')}`,
  );
}

/**
 * The image is stored rotated or mirrored (EXIF orientation 2–8): viewers that ignore EXIF, as
 * review systems often do, show it sideways or flipped.
 */
export function orientationMessage(name: string, orientation: number, locale: Locale): string {
  return pick(
    locale,
    `图片“${name}”是旋转或翻转保存的（EXIF 方向 ${orientation}），审核时会显示为侧向或镜像，请转正后重新上传`,
    `Image "${name}" is stored rotated or mirrored (EXIF orientation ${orientation}) and shows sideways or flipped in review; please straighten it and upload it again`,
  );
}

/** Too few files in a slot. */
export function minCountMessage(label: LocalizedText, min: number, max: number, count: number, locale: Locale): string {
  const name = localize(label, locale);
  if (min === max) return exactCountMessage(name, min, count, locale);
  return pick(
    locale,
    `请上传${name}（至少 ${min} 个文件，已上传 ${count} 个）`,
    `Upload at least ${min} ${min === 1 ? 'file' : 'files'} for ${name} (${count} uploaded)`,
  );
}

/** Too many files in a slot. */
export function maxCountMessage(label: LocalizedText, min: number, max: number, count: number, locale: Locale): string {
  const name = localize(label, locale);
  if (min === max) return exactCountMessage(name, max, count, locale);
  return pick(
    locale,
    `${name} 最多上传 ${max} 个文件（已上传 ${count} 个）`,
    `${name} allows at most ${max} ${max === 1 ? 'file' : 'files'} (${count} uploaded)`,
  );
}

/** A slot whose count is fixed. */
function exactCountMessage(name: string, count: number, uploaded: number, locale: Locale): string {
  return pick(
    locale,
    uploaded < count ? `请上传${name}（须 ${count} 个文件，已上传 ${uploaded} 个）` : `${name}只能上传 ${count} 个文件（已上传 ${uploaded} 个），请删除多余的`,
    `${name} needs exactly ${count} ${count === 1 ? 'file' : 'files'} (${uploaded} uploaded)`,
  );
}
