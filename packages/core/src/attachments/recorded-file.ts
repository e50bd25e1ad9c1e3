/**
 * Checks a file as recorded in a declaration (`AttachmentRef`: the type, size and pixels the upload
 * check found) against its slot, with the same codes, params and messages as {@link checkFile}: a
 * declaration whose references were edited after upload gets the verdict the upload would have.
 */
import type { AttachmentRef, AttachmentSlot, Issue, Locale } from '../types.js';
import { formatSize } from './attachment-messages.js';
import { createIssue } from '../messages/issue-text.js';
import { brokenLimits } from './dimension-limits.js';
import { exceedsSizeLimit } from './size-limit.js';

const extOf = (mime: unknown) => (typeof mime === 'string' && mime.includes('/') ? mime.slice(mime.indexOf('/') + 1).toUpperCase() : null);

/** Whether a recorded file fits its slot: exactly when {@link checkRecordedFile} finds no issue (cheaper: no issue, message or path is made). */
export function recordedFileFits(file: AttachmentRef, slot: AttachmentSlot): boolean {
  if (!(slot.accept as readonly string[]).includes(file.type)) return false;
  if (typeof file.size === 'number' && exceedsSizeLimit(file.size, slot)) return false;
  if (slot.image !== undefined && typeof file.width === 'number' && typeof file.height === 'number') {
    for (const _ in brokenLimits(file.width, file.height, slot.image)) return false;
  }
  return true;
}

/** Issues of one recorded file at `path` (`attachment-type`, `attachment-size`, `attachment-dimensions`); none when it fits. */
export function checkRecordedFile(file: AttachmentRef, slot: AttachmentSlot, path: string, locale: Locale = 'zh-CN'): Issue[] {
  const issues: Issue[] = [];
  const name = typeof file.name === 'string' ? file.name : '';
  const accepted = (slot.accept as readonly string[]).includes(file.type);
  if (!accepted) {
    const params = { name, accept: slot.accept, detected: typeof file.type === 'string' ? file.type : null, detectedName: extOf(file.type) };
    issues.push(createIssue('attachment-type', params, path, 'attachments', locale));
  }
  if (typeof file.size === 'number' && exceedsSizeLimit(file.size, slot)) {
    const exclusive = slot.maxBytesExclusive === true;
    const params = { name, size: file.size, maxBytes: slot.maxBytes, sizeText: formatSize(file.size, 'up'), maxText: formatSize(slot.maxBytes, 'down'), ...(exclusive ? { exclusive: true as const } : {}) };
    issues.push(createIssue('attachment-size', params, path, 'attachments', locale));
  }
  if (accepted && slot.image !== undefined && typeof file.width === 'number' && typeof file.height === 'number') {
    const broken = brokenLimits(file.width, file.height, slot.image);
    if (Object.keys(broken).length > 0) {
      issues.push(createIssue('attachment-dimensions', { name, width: file.width, height: file.height, ...broken }, path, 'attachments', locale));
    }
  }
  return issues;
}
