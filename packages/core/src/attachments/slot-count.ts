/**
 * Checks how many files an attachment slot holds against its `min` and `max` (PEM-2, PEM-9, RN-2):
 * e.g. the identity document needs exactly 2 images, front and back.
 */
import type { AttachmentRef, AttachmentSlot, Issue, Locale } from '../types.js';
import { createIssue } from '../messages/issue-text.js';
import { localize } from '../messages/registry.js';

/** The part of a slot the count check reads. */
export type SlotCountLimits = Pick<AttachmentSlot, 'min' | 'max' | 'label'>;

/**
 * Returns an `attachment-min` or `attachment-max` issue at `path` when the number of `refs` is
 * outside the slot's limits; an empty list otherwise. A missing list counts as zero files.
 *
 * @example
 * checkSlotCount([ref], { min: 2, max: 2, label: { 'zh-CN': '身份证件' } }, '/attachments/id-card', 'zh-CN');
 * // [{ code: 'attachment-min', message: '请上传身份证件（须 2 个文件，已上传 1 个）', … }]
 */
export function checkSlotCount(
  refs: AttachmentRef[] | undefined,
  slot: SlotCountLimits,
  path: string,
  locale: Locale = 'zh-CN',
): Issue[] {
  const count = Array.isArray(refs) ? refs.length : 0;
  const params = { label: localize(slot.label, locale), min: slot.min, max: slot.max, count };
  if (count < slot.min) return [createIssue('attachment-min', params, path, 'attachments', locale)];
  if (count > slot.max) return [createIssue('attachment-max', params, path, 'attachments', locale)];
  return [];
}
