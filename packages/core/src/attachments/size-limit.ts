/**
 * A slot's size limit as the manual words it: 「文件小于30kb」 is strictly less (`maxBytesExclusive`),
 * 「单个照片文件大小不超过500k」 allows exactly the limit (the default).
 */
import type { AttachmentSlot, Locale } from '../types.js';
import { formatSize } from './attachment-messages.js';
import { text } from '../messages/registry.js';

/** The parts of a slot that say how large a file may be. */
export type SizeLimit = Pick<AttachmentSlot, 'maxBytes' | 'maxBytesExclusive'>;

/**
 * Whether a file of `size` bytes breaks the slot's size limit.
 *
 * @example
 * exceedsSizeLimit(30 * 1024, { maxBytes: 30 * 1024, maxBytesExclusive: true }); // true: 小于 30 KB
 * exceedsSizeLimit(500 * 1024, { maxBytes: 500 * 1024 }); // false: 不超过 500 KB
 */
export function exceedsSizeLimit(size: number, slot: SizeLimit): boolean {
  return slot.maxBytesExclusive === true ? size >= slot.maxBytes : size > slot.maxBytes;
}

/**
 * The limit in the manual's words: `小于 30 KB` or `不超过 500 KB` (`under 30 KB` / `at most 500 KB`).
 *
 * @example
 * sizeLimitText({ maxBytes: 30720, maxBytesExclusive: true }, 'zh-CN'); // '小于 30 KB'
 */
export function sizeLimitText(slot: SizeLimit, locale: Locale = 'zh-CN'): string {
  const limit = formatSize(slot.maxBytes, 'down');
  const exclusive = slot.maxBytesExclusive === true;
  return text(exclusive ? 'attachment.sizeLimitExclusive' : 'attachment.sizeLimit', locale, { limit });
}
