/**
 * Binds the attachment references of submitted data to the files the server stored. A client
 * sends `{ id, name, type, size, … }` for each file; only the id is believed. Each id must name a
 * file of this record, uploaded (and checked by content) for the same slot, and referenced once.
 * Its reference is then replaced by the stored file's real metadata before `evaluate()` runs, so a
 * client that claims `image/jpeg` or a smaller size for a file is judged on what the file really is.
 */
import {
  expandTemplate,
  getAt,
  localize,
  setAt,
  slotPath,
  type FormDefinition,
  type Issue,
  type Locale,
} from '@shenbao/core';
import { attachmentRefOf, type StoredFile } from './files-repository.js';

/** The outcome of {@link bindAttachmentRefs}. */
export interface BoundAttachments {
  /** The data with every known reference replaced by the stored metadata. */
  data: unknown;
  /** References that name no file of this record, a file of another slot, or a file twice. */
  issues: Issue[];
  /** Ids of the stored files the data references. */
  fileIds: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks and replaces every reference at every slot instance of `definition` in `data`.
 * `lookup` returns a stored file by id (of any record; ownership is checked here).
 */
export function bindAttachmentRefs(
  definition: FormDefinition,
  data: unknown,
  recordId: string,
  lookup: (id: string) => StoredFile | undefined,
  locale: Locale = 'zh-CN',
): BoundAttachments {
  let bound = data;
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const issue = (path: string, code: string, message: string) => issues.push({ path, code, message, params: {}, source: 'server' });
  const labelOf = (slotId: string) => {
    const slot = definition.attachments.find((s) => s.id === slotId);
    return slot === undefined ? slotId : localize(slot.label, locale);
  };

  for (const slot of definition.attachments) {
    const label = localize(slot.label, locale);
    for (const path of expandTemplate(slotPath(slot), data)) {
      const refs = getAt(data, path);
      if (!Array.isArray(refs)) continue; // a shape problem: evaluate() reports it
      refs.forEach((ref, index) => {
        const at = `${path}/${index}`;
        if (!isObject(ref) || typeof ref.id !== 'string') return; // a shape problem as well
        const file = lookup(ref.id);
        if (file === undefined || file.recordId !== recordId) {
          issue(at, 'attachment-unknown', `“${label}”的第 ${index + 1} 个文件不存在或不属于本申报，请重新上传`);
          return;
        }
        if (file.slot !== slot.id) {
          issue(at, 'attachment-slot', `文件“${file.name}”是作为“${labelOf(file.slot)}”上传的，不能用作“${label}”，请在此处重新上传`);
          return;
        }
        if (seen.has(file.id)) {
          issue(at, 'attachment-duplicate', `文件“${file.name}”被重复引用，每个文件只能用在一处`);
          return;
        }
        seen.add(file.id);
        const stored = attachmentRefOf(file);
        // The place a front/back slot's file fills (正面, 反面) is the candidate's to say.
        if (ref.place === 'front' || ref.place === 'back') stored.place = ref.place;
        bound = setAt(bound, at, stored);
      });
    }
  }
  return { data: bound, issues, fileIds: [...seen] };
}
