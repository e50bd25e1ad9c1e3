/**
 * Contracts between `<shenbao-form>`, its parts and the host page: modes, adapters and field state.
 */
import type { WidgetName } from './widgets/registry.js';
import type { AttachmentRef, AttachmentSlot, DictionaryItem, FieldInfo, Locale } from '@shenbao/core';

/** How a form is shown: filled in (wizard), confirmed, read, or reviewed by a unit. */
export type FormMode = 'edit' | 'confirm' | 'readonly' | 'review';

/**
 * Stores drafts so nothing is lost on reload; the default uses the browser's localStorage. Beside
 * the draft under `key` the form keeps `key#step` (the wizard's step) and `key#record` (the id its
 * {@link RecordStore} opened).
 */
export interface DraftStore {
  /** Resolves with what was saved under `key`, or undefined. */
  load(key: string): Promise<unknown>;
  /** Saves `value` (JSON-safe) under `key`; a failure must not reject loudly (a draft is a convenience). */
  save(key: string, value: unknown): Promise<void>;
  /** Forgets what is saved under `key` (the declaration was submitted). */
  clear(key: string): Promise<void>;
}

/** What an uploader is told about a file it stores. */
export interface UploadRequest {
  file: Blob;
  name: string;
  slot: AttachmentSlot;
  /** Slot instance path, e.g. `/attachments/photo` or `/teachers/0/attachments/teacherIdCard`. */
  path: string;
  /** Reports progress from 0 to 1. */
  onProgress(fraction: number): void;
  signal?: AbortSignal;
}

/**
 * Stores files for the host and returns a reference. `<shenbao-form>` uses the host's `uploader`,
 * else its {@link RecordStore}'s files; with neither, nothing is sent anywhere.
 */
export interface Uploader {
  /** Stores one file and resolves with its reference; rejects with an Error whose `message` is for people (shown at the slot), or an `AbortError` when `signal` aborted it. */
  upload(request: UploadRequest): Promise<AttachmentRef>;
  /** URL to show a stored file (a preview); optional. */
  url?(ref: AttachmentRef): string | undefined;
}

/**
 * The host's back end as `<shenbao-form>` needs it when the host gives no `uploader`: files belong
 * to a record, so before the first upload the form asks the store to open one (unless it has a
 * `record-id`), keeps the id (`record-id`, with the draft under `key#record`, `shenbao-record`) and
 * stores each file with that record. Drafts go through the {@link DraftStore}, the submission
 * through `shenbao-submit` (cancel it to store the declaration), the status and history through
 * `recordStatus` and `history`. The reference server's client implements it
 * (`createServerRecordStore` of `@shenbao/server-example/client`).
 */
export interface RecordStore {
  /**
   * Opens the candidate's draft record of this form (or answers the one that exists) and resolves
   * with its id; rejects with an Error whose `message` is for people. The form asks once, however
   * many uploads wait for it.
   */
  open(): Promise<string>;
  /** Stores one file with the record `recordId` (as {@link Uploader.upload}). */
  upload(recordId: string, request: UploadRequest): Promise<AttachmentRef>;
  /** URL to show a stored file (a preview); optional. */
  url?(ref: AttachmentRef): string | undefined;
}

/** Searches a host code table (unit, school …) for lookup fields. */
export interface Lookup {
  search(dictionary: string, query: string, signal?: AbortSignal): Promise<DictionaryItem[]>;
}

/** A reviewer's comment on a section, field or attachment slot (PEM-10). */
export interface ReviewComment {
  /** Section id, field pointer or slot instance path. */
  target: string;
  text: string;
}

/** A field as the form describes it to a field element. */
export interface FieldSpec {
  pointer: string;
  label: string;
  info: FieldInfo;
  /** The widget that shows it (widgets/registry.ts). */
  widget: WidgetName;
  placeholder?: string;
  /** Choices for select/radio/checkboxes: code and label (and, from a dictionary, the item's extras such as `level`). */
  options?: { value: string; label: string; extras?: Record<string, unknown> }[];
  /** Async dictionary for lookup widgets. */
  lookup?: string;
}

/** The locale of a form (zh-CN default). */
export type { Locale };
