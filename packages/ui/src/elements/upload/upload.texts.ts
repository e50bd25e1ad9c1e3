/**
 * The words of `<shenbao-upload>` (the catalog's `upload.` section): buttons, the count rule of a
 * slot, progress and error announcements. Slot labels and hints come from the definition.
 */
import { acceptedTypesText, pluralText, sizeLimitText, text, type AttachmentSlot, type KeysUnder, type Locale, type MessageArgs } from '@shenbao/core';

/** Keys of the upload texts (catalog keys under `upload.`). */
export type UploadTextKey = KeysUnder<'upload'>;

/** An upload text in a locale, `{name}` placeholders filled. */
export function uploadText<K extends UploadTextKey>(key: K, locale: Locale, ...params: MessageArgs<`upload.${K}`>): string {
  return text(`upload.${key}`, locale, ...params);
}

/** True when the slot takes images only (counted in 张 / images rather than 个 / files). */
export function imagesOnly(slot: Pick<AttachmentSlot, 'accept'>): boolean {
  return slot.accept.every((type) => type.startsWith('image/'));
}

/** The counting word for `n`: 张/个 in Chinese, image(s)/file(s) in English. */
function unit(slot: Pick<AttachmentSlot, 'accept'>, n: number, locale: Locale): string {
  return pluralText(imagesOnly(slot) ? 'upload.unit.image' : 'upload.unit.file', n, locale);
}

/**
 * The slot's count rule and limits for people, e.g. `须上传 2 张（正面、反面各 1 张），已上传 1 张 ·
 * JPG/PNG，每张不超过 500 KB` or `最多 10 张，已上传 3 张 · …`, with the least pixels when the slot has
 * them (`…，不小于 295 × 413 像素`): the slot's one statement of what to upload (issue 8 item 10).
 */
export function ruleText(slot: Pick<AttachmentSlot, 'accept' | 'maxBytes' | 'maxBytesExclusive' | 'image'>, min: number, max: number, count: number, locale: Locale): string {
  const u = (n: number) => unit(slot, n, locale);
  let rule: string;
  if (min === 2 && max === 2) rule = uploadText('exactPlaces', locale);
  else if (min === max) rule = uploadText('exact', locale, { n: min, unit: u(min) });
  else if (min > 0) rule = uploadText('range', locale, { min, max, unitMin: u(min), unit: u(max) });
  else rule = uploadText('atMost', locale, { max, unit: u(max) });
  const counted = uploadText('count', locale, { count, unit: u(count) });
  let limits = uploadText('limits', locale, { types: acceptedTypesText(slot.accept), size: sizeLimitText(slot, locale), unitOne: u(1) });
  if (slot.image?.minWidth && slot.image.minHeight) limits += `${uploadText('listSeparator', locale)}${uploadText('pixels', locale, { width: slot.image.minWidth, height: slot.image.minHeight })}`;
  return uploadText('rule', locale, { rule, counted, limits });
}
