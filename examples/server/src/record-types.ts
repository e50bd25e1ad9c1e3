/**
 * The records as the reference server's API answers them (`GET /records/:id` …): declared once,
 * here, types only (no runtime import), so the server's routes and its browser client
 * (`@shenbao/server-example/client`) share them.
 */
import type { AttachmentRef, HistoryEntry, Issue, LifecycleAction, RecordStatus } from '@shenbao/core';

/** A history entry as stored and answered: a review's comments with it, by section, slot or field. */
export interface StoredHistoryEntry extends HistoryEntry {
  comments?: Record<string, string>;
}

/** A file of a record, with the slot and slot instance it was uploaded for. */
export interface FileView extends AttachmentRef {
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
  status: RecordStatus;
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
  /**
   * For a reviewer: the verdict of the real (unmasked) data as the server evaluates it now — the
   * problems a review desk lists (masked display values cannot be checked in the browser).
   */
  issues?: Issue[];
  /** For a reviewer: the data of the submission before the one under review (masked the same way), when there is one. */
  previous?: { at: string; data: unknown };
}
