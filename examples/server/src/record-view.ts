/**
 * A record as the API returns it: data, status, what the caller may do next, the history (with
 * each review's comments), the current review comments and the files. A reviewer gets the data
 * with identity and phone numbers masked (COMMON-4) — each can be revealed, recorded, with
 * `POST /records/:id/reveal` — and the previous submission, to see what changed since.
 */
import { allowedActions, compileForm, maskData, statusLabel, type LifecycleAction, type LifecycleRole } from '@shenbao/core';
import type { StoredFile } from './files-repository.js';
import { formOf } from './record-access.js';
import type { StoredHistoryEntry, StoredRecord } from './records-repository.js';
import { lifecycleOf, type Services } from './services.js';

/** A file of a record, with the slot and slot instance it was uploaded for. */
export interface FileView {
  id: string;
  name: string;
  type: string;
  size: number;
  width?: number;
  height?: number;
  slot: string;
  path: string;
  uploadedAt: string;
}

/** The JSON of a record. */
export interface RecordView {
  id: string;
  form: string;
  year: number;
  candidateId: string;
  status: StoredRecord['status'];
  statusLabel: string;
  reviewStarted: boolean;
  modificationAllowed: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  data: unknown;
  /** What the caller's role may do now (`edit` = save the draft and upload files). */
  allowedActions: LifecycleAction[];
  /** The newest history entries (at most 20, oldest first); GET /records/:id/history pages the rest. */
  history: StoredHistoryEntry[];
  /** How many history entries there are in all. */
  historyTotal: number;
  /** The unit the record is filed under. */
  unit?: string;
  /** The latest review comments (of the newest history entry that has comments), by section, slot or field. */
  comments: Record<string, string>;
  files: FileView[];
  /** For a reviewer: the pointers whose values are masked in `data` (each may be revealed, recorded). */
  masked?: string[];
  /** For a reviewer: the data of the submission before the one under review (masked the same way), when there is one. */
  previous?: { at: string; data: unknown };
}

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
 * pointers, and the previous submission (masked too) to mark what changed.
 */
export function readerView(services: Services, record: StoredRecord, role: LifecycleRole): RecordView {
  const view = recordView(record, services.files.listByRecord(record.id), role);
  if (role !== 'reviewer') return view;
  const index = compileForm(formOf(services, record).definition).index;
  const now = services.now();
  const masked = maskData(record.data, index, now);
  view.data = masked.data;
  view.masked = masked.paths;
  // While the record is submitted or decided, its data is the newest submission: compare with the one before.
  const submissions = services.records.submissions(record.id);
  const previous = record.status === 'submitted' || record.status === 'approved' ? submissions[1] : submissions[0];
  if (previous !== undefined) view.previous = { at: previous.at, data: maskData(previous.data, index, now).data };
  return view;
}
