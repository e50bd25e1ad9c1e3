/**
 * A record as the API returns it: data, status, what the caller may do next, the history (with
 * each review's comments), the current review comments and the files. A reviewer gets the data
 * with identity and phone numbers masked (COMMON-4) — each can be revealed, recorded, with
 * `POST /records/:id/reveal` — and the previous submission, to see what changed since.
 */
import { allowedActions, compileForm, maskData, statusLabel, type LifecycleRole } from '@shenbao/core';
import { evaluate } from '@shenbao/rules';
import type { StoredFile } from './files-repository.js';
import type { FileView, RecordView } from './record-types.js';
import { formOf } from './record-access.js';
import type { StoredRecord } from './records-repository.js';
import { lifecycleOf, type Services } from './services.js';

export type { FileView, RecordView };

/** Builds the view of a record for a caller of `role`. */
export function recordView(record: StoredRecord, files: readonly StoredFile[], role: LifecycleRole): RecordView {
  const view: RecordView = {
    id: record.id,
    form: record.form,
    year: record.year,
    candidateId: record.candidateId,
    status: record.status,
    statusLabel: statusLabel(record.status),
    reviewStarted: record.reviewStarted,
    modificationAllowed: record.modificationAllowed,
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    data: record.data,
    allowedActions: allowedActions(lifecycleOf(record), role),
    history: record.history,
    historyTotal: record.historyCount,
    comments: record.latestComments ?? {},
    files: files.map((f) => {
      const view: FileView = { id: f.id, name: f.name, type: f.type, size: f.size, slot: f.slot, path: f.path, uploadedAt: f.createdAt };
      if (f.width !== undefined) view.width = f.width;
      if (f.height !== undefined) view.height = f.height;
      return view;
    }),
  };
  if (record.unit !== undefined) view.unit = record.unit;
  return view;
}

/**
 * The view of a record for `role`, as every route that answers a record to a reviewer must build
 * it: a reviewer gets the data masked for a reader who need not see the numbers, the masked
 * pointers, the previous submission (masked too) to mark what changed, and the verdict of the real
 * data (`issues`, evaluated with the server's own context), which the desk lists instead of checking
 * masked values.
 */
export async function readerView(services: Services, record: StoredRecord, role: LifecycleRole): Promise<RecordView> {
  const view = recordView(record, services.files.listByRecord(record.id), role);
  if (role !== 'reviewer') return view;
  const form = formOf(services, record);
  const index = compileForm(form.definition).index;
  const now = services.now();
  const pack = form.pack(record.year);
  if (pack) view.issues = (await evaluate(form.definition, pack, record.data, await services.contextFor(record, now))).issues;
  const masked = maskData(record.data, index, now);
  view.data = masked.data;
  view.masked = masked.paths;
  // While the record is submitted or decided, its data is the newest submission: compare with the one before.
  const submissions = services.records.submissions(record.id);
  const previous = record.status === 'submitted' || record.status === 'approved' ? submissions[1] : submissions[0];
  if (previous !== undefined) view.previous = { at: previous.at, data: maskData(previous.data, index, now).data };
  return view;
}
