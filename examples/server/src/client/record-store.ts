/**
 * The reference server as the `RecordStore` of `<shenbao-form>`: the form asks it to open the
 * candidate's draft record before the first upload (`POST /records`, once however many uploads ask;
 * the candidate's existing record of the form and year when there is one) and to store each file
 * with that record (`createServerUploader`).
 */
import type { AttachmentRef, Locale } from '@shenbao/core';
import type { RecordStore, UploadRequest } from '@shenbao/ui';
import { createServerRecord } from './server-record.js';
import { createServerUploader, type ServerHeaders, type ServerUploader } from './server-uploader.js';

/** Options of {@link createServerRecordStore}. */
export interface ServerRecordStoreOptions {
  /** The server's address, e.g. `/api` (a trailing `/` is ignored). */
  baseUrl: string;
  /** The form's id (the record opened is of this form). */
  form: string;
  /** The rule pack year; default the server's newest. */
  year?: number;
  /** Request headers (the credentials, see `credentialHeaders`); a function is asked on every request. */
  headers?: ServerHeaders;
  /** Send cookies to another origin. */
  withCredentials?: boolean;
  /** Language of the client's own messages (network errors); the server's messages are its own. Default zh-CN. */
  locale?: Locale;
}

/** The reference server's record store: `url(ref)` always answers. */
export interface ServerRecordStore extends RecordStore {
  url(ref: AttachmentRef): string;
}

/**
 * A {@link RecordStore} on the reference server.
 *
 * @example
 * form.recordStore = createServerRecordStore({ baseUrl: '/api', form: 'physician-exam-materials', headers: credentialHeaders({ csrfToken: () => session.csrfToken }) });
 * form.addEventListener('shenbao-record', (e) => console.log('draft record', e.detail.recordId));
 */
export function createServerRecordStore(options: ServerRecordStoreOptions): ServerRecordStore {
  const { baseUrl, headers, withCredentials, locale } = options;
  const common = { baseUrl, ...(headers === undefined ? {} : { headers }), ...(withCredentials === undefined ? {} : { withCredentials }), ...(locale === undefined ? {} : { locale }) };
  /** One uploader per record id (the form uploads to one record at a time). */
  let made: { recordId: string; uploader: ServerUploader } | undefined;
  const uploaderOf = (recordId: string): ServerUploader => {
    if (made?.recordId !== recordId) made = { recordId, uploader: createServerUploader({ ...common, recordId }) };
    return made.uploader;
  };
  return {
    open: () => createServerRecord({ ...common, form: options.form, ...(options.year === undefined ? {} : { year: options.year }) }),
    upload: (recordId: string, request: UploadRequest) => uploaderOf(recordId).upload(request),
    url: (ref: AttachmentRef) => `${baseUrl.replace(/\/+$/, '')}/files/${encodeURIComponent(ref.id)}`,
  };
}
