/**
 * Contracts between `<shenbao-form>`, its parts and the host page: modes, adapters and field state.
 */
import type { AttachmentRef, AttachmentSlot, DictionaryItem, FieldInfo, Locale } from '@shenbao/core';

/** How a form is shown: filled in (wizard), confirmed, read, or reviewed by a unit. */
export type FormMode = 'edit' | 'confirm' | 'readonly' | 'review';

/** Stores drafts so nothing is lost on reload; the default uses the browser's localStorage. */
export interface DraftStore {
  load(key: string): Promise<unknown>;
  save(key: string, value: unknown): Promise<void>;
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

/** Stores files for the host and returns a reference (the default posts to the reference server). */
export interface Uploader {
  upload(request: UploadRequest): Promise<AttachmentRef>;
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
  widget: string;
  placeholder?: string;
  /** Choices for select/radio/checkboxes: code and label (and, from a dictionary, the item's extras such as `level`). */
  options?: { value: string; label: string; extras?: Record<string, unknown> }[];
  /** Async dictionary for lookup widgets. */
  lookup?: string;
}

/** The locale of a form (zh-CN default). */
export type { Locale };
