/**
 * The words of `<shenbao-upload>` in zh-CN and en: buttons, the count rule of a slot, progress and
 * error announcements. Slot labels and hints come from the definition.
 */
import { acceptedTypesText, fillTemplate, localize, sizeLimitText, type AttachmentSlot, type Locale } from '@shenbao/core';

const texts = {
  choose: { 'zh-CN': '选择文件', en: 'Choose file' },
  camera: { 'zh-CN': '拍照', en: 'Take photo' },
  replace: { 'zh-CN': '替换', en: 'Replace' },
  delete: { 'zh-CN': '删除', en: 'Delete' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  processing: { 'zh-CN': '处理中…', en: 'Processing…' },
  cancelUpload: { 'zh-CN': '取消上传“{name}”', en: 'Cancel uploading "{name}"' },
  replaceFile: { 'zh-CN': '替换“{name}”', en: 'Replace "{name}"' },
  deleteFile: { 'zh-CN': '删除“{name}”', en: 'Delete "{name}"' },
  addTo: { 'zh-CN': '{action}：{slot}', en: '{action}: {slot}' },
  front: { 'zh-CN': '正面', en: 'Front' },
  open: { 'zh-CN': '（查看大图）', en: ' (view full size)' },
  back: { 'zh-CN': '反面', en: 'Back' },
  waitFor: { 'zh-CN': '请先上传{place}', en: 'Upload the {place} first' },
  notUploaded: { 'zh-CN': '未上传', en: 'Not uploaded' },
  comment: { 'zh-CN': '审核意见', en: 'Reviewer’s comment' },
  progressOf: { 'zh-CN': '“{name}”上传进度', en: 'Upload progress of "{name}"' },
  uploading: { 'zh-CN': '正在上传“{name}”', en: 'Uploading "{name}"' },
  uploadedPart: { 'zh-CN': '“{name}”已上传 {pct}%', en: '"{name}": {pct}% uploaded' },
  uploaded: { 'zh-CN': '“{name}”上传完成', en: '"{name}" uploaded' },
  deleted: { 'zh-CN': '已删除“{name}”', en: '"{name}" deleted' },
  cancelled: { 'zh-CN': '已取消上传“{name}”', en: 'Upload of "{name}" cancelled' },
  failed: { 'zh-CN': '“{name}”上传失败：{reason}', en: 'Uploading "{name}" failed: {reason}' },
  straighten: { 'zh-CN': '自动转正后上传', en: 'Straighten and upload' },
  straightenFile: { 'zh-CN': '自动转正后上传“{name}”', en: 'Straighten and upload "{name}"' },
  straightenOffered: { 'zh-CN': '可点击“自动转正后上传”，将“{name}”转正后上传', en: 'Choose "Straighten and upload" to turn "{name}" upright and upload it' },
  straightening: { 'zh-CN': '正在转正“{name}”', en: 'Straightening "{name}"' },
  straightenFailed: { 'zh-CN': '无法自动转正“{name}”，请在手机或电脑上转正后重新上传', en: 'Could not straighten "{name}"; turn it upright on your phone or computer and upload it again' },
  noUploader: { 'zh-CN': '未配置上传服务，“{name}”未上传', en: 'No uploader is configured; "{name}" was not uploaded' },
  tooMany: { 'zh-CN': '最多还能上传 {room} {unit}，其余 {rest} 个文件未上传', en: 'Only {room} more {unit} allowed; {rest} file(s) not uploaded' },
  exact: { 'zh-CN': '须上传 {n} {unit}', en: 'exactly {n} {unit}' },
  exactPlaces: { 'zh-CN': '须上传 2 张（正面、反面各 1 张）', en: 'exactly 2 images (front and back)' },
  range: { 'zh-CN': '至少 {min} {unitMin}，最多 {max} {unit}', en: 'at least {min} {unitMin}, at most {max} {unit}' },
  atMost: { 'zh-CN': '最多 {max} {unit}', en: 'at most {max} {unit}' },
  count: { 'zh-CN': '已上传 {count} {unit}', en: '{count} uploaded' },
  limits: { 'zh-CN': '{types}，每{unitOne}{size}', en: '{types}, {size} each' },
} as const;

/** Keys of the upload texts. */
export type UploadTextKey = keyof typeof texts;

/** An upload text in a locale, `{name}` placeholders filled. */
export function uploadText(key: UploadTextKey, locale: Locale, params: Record<string, string | number> = {}): string {
  return fillTemplate(localize(texts[key], locale), params);
}

/** True when the slot takes images only (counted in 张 / images rather than 个 / files). */
export function imagesOnly(slot: Pick<AttachmentSlot, 'accept'>): boolean {
  return slot.accept.every((type) => type.startsWith('image/'));
}

/** The counting word: 张/个 in Chinese, image(s)/file(s) in English. */
function unit(slot: Pick<AttachmentSlot, 'accept'>, n: number, locale: Locale): string {
  const images = imagesOnly(slot);
  if (locale !== 'en') return images ? '张' : '个';
  const word = images ? 'image' : 'file';
  return n === 1 ? word : `${word}s`;
}

/**
 * The slot's count rule and limits for people, e.g. `须上传 2 张（正面、反面各 1 张），已上传 1 张 ·
 * JPG/PNG，每张不超过 500 KB` or `最多 10 张，已上传 3 张 · …`.
 */
export function ruleText(slot: Pick<AttachmentSlot, 'accept' | 'maxBytes' | 'maxBytesExclusive'>, min: number, max: number, count: number, locale: Locale): string {
  const u = (n: number) => unit(slot, n, locale);
  let rule: string;
  if (min === 2 && max === 2) rule = uploadText('exactPlaces', locale);
  else if (min === max) rule = uploadText('exact', locale, { n: min, unit: u(min) });
  else if (min > 0) rule = uploadText('range', locale, { min, max, unitMin: u(min), unit: u(max) });
  else rule = uploadText('atMost', locale, { max, unit: u(max) });
  const counted = uploadText('count', locale, { count, unit: u(count) });
  const limits = uploadText('limits', locale, { types: acceptedTypesText(slot.accept), size: sizeLimitText(slot, locale), unitOne: u(1) });
  return locale === 'en' ? `${rule}, ${counted} · ${limits}` : `${rule}，${counted} · ${limits}`;
}
