/**
 * @shenbao/ui — Lit web components that render any shenbao form definition and show what
 * `evaluate()` says. Import `@shenbao/ui/define` to register the `shenbao-*` tags.
 */
export { ShenbaoForm } from './elements/form/form.js';
export type { RulesInput } from './resolve-rules.js';
export { ShenbaoField } from './elements/field/field.js';
export { ShenbaoGroup } from './elements/group/group.js';
export { ShenbaoSteps } from './elements/steps/steps.js';
export { ShenbaoUpload } from './elements/upload/upload.js';
export { ShenbaoTimeline, roleLabel } from './elements/timeline/timeline.js';
export { ShenbaoReviewPanel, type ReviewAction, type ReviewTarget } from './elements/review-panel/review-panel.js';
export { ShenbaoNotice, type NoticeRow } from './elements/notice/notice.js';
// The document viewer is loaded by <shenbao-form> on first use; its types only here, so importing the package does not load it.
export type { ShenbaoDocViewer, ViewerDocument } from './elements/doc-viewer/doc-viewer.js';
export { reviewPlaceLabel } from './elements/form/review-places.js';
export { ShenbaoIssueList, ShenbaoIssueSelectEvent, type IssueListItem } from './elements/issue-list/issue-list.js';
export { issueListItems, focusIssue } from './elements/issue-list/issue-items.js';
export { saveAsImage, captureScale, type SaveAsImageOptions } from './save-as-image.js';
export { formatChinaTime } from './format-time.js';
export { createServerUploader, UploadError, type ServerHeaders, type ServerUploader, type ServerUploaderOptions, type UploadIssue } from './adapters/server-uploader.js';
export { ShenbaoFieldChangeEvent, type FieldChangeDetail } from './events/field-change-event.js';
export { ShenbaoCommentEvent, ShenbaoOpenDocumentEvent } from './events/document-events.js';
export { ShenbaoInputEvent, ShenbaoRecordEvent, ShenbaoReviewEvent, ShenbaoStepEvent, ShenbaoSubmitEvent, ShenbaoValueEvent, type FormValueDetail } from './events/form-events.js';
export { localDraftStore } from './adapters/local-draft-store.js';
export { createServerRecord, type ServerRecordOptions } from './adapters/server-record.js';
export { credentialHeaders, type CredentialValue, type ServerCredentials } from './adapters/server-credentials.js';
export { FormStore, assignAt, type FormStoreOptions } from './form-store.js';
export { defaultDictionaries, fieldSpec } from './field-specs.js';
export { t, type UiTextKey } from './ui-texts.js';
export type { DraftStore, FieldSpec, FormMode, Lookup, ReviewComment, UploadRequest, Uploader } from './types.js';
