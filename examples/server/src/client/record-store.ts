/**
 * The reference server as the `RecordStore` of `<shenbao-form>`: the form asks it to open the
 * candidate's draft record before the first upload (`POST /records`, once however many uploads ask;
 * the candidate's existing record of the form and year when there is one) and to store each file
 * with that record (`createServerUploader`).
 */
import type { AttachmentRef } from '@shenbao/core';
import type { RecordStore, UploadRequest } from '@shenbao/ui';
import { createServerRecord, type ServerRecordOptions } from './server-record.js';
import { createServerUploader, type ServerUploader } from './server-uploader.js';

/** Options of {@link createServerRecordStore}: those of the draft record it opens (the server's messages are its own). */
export type ServerRecordStoreOptions = ServerRecordOptions;

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
