/**
 * `@shenbao/server-example/client` — the reference server's browser client: its uploader, its
 * record store for `<shenbao-form>` (`form.recordStore = createServerRecordStore({ … })`), its
 * draft store (`ServerDraftStore`), the
 * credential headers, and the API's record types, declared once in the server. Browser-safe: no
 * Node import; it implements the seams `@shenbao/ui` declares (`Uploader`, `DraftStore`, `RecordStore`).
 */
export { createServerUploader, UploadError, type ServerHeaders, type ServerUploader, type ServerUploaderOptions, type UploadIssue } from './server-uploader.js';
export { createServerRecord, type ServerRecordOptions } from './server-record.js';
export { createServerRecordStore, type ServerRecordStore, type ServerRecordStoreOptions } from './record-store.js';
export { ServerDraftStore, type ServerDraftStoreOptions } from './server-draft-store.js';
export { credentialHeaders, type CredentialValue, type ServerCredentials } from './server-credentials.js';
export type { FileView, RecordView, StoredHistoryEntry } from '../record-types.js';
